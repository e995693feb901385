// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "response/JsonPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace {

bool isPlainKeyChar(QChar c)
{
    return c != QLatin1Char('.') && c != QLatin1Char('[') && c != QLatin1Char(']');
}

} // namespace

JsonPath JsonPath::parse(const QString &path, QString *error)
{
    JsonPath result;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return JsonPath();
    };

    // Surrounding blanks are forgiven; columns still count from the start of what was given.
    qsizetype i = 0;
    qsizetype end = path.size();
    while (i < end && path.at(i).isSpace())
        ++i;
    while (end > i && path.at(end - 1).isSpace())
        --end;
    if (i == end)
        return fail(tr("empty path"));

    auto column = [](qsizetype index) {
        return QString::number(index + 1);
    };
    auto readKey = [&]() {
        const qsizetype start = i;
        while (i < end && isPlainKeyChar(path.at(i)))
            ++i;
        return path.mid(start, i - start);
    };

    if (path.at(i) == QLatin1Char('$')) {
        ++i;
        if (i < end && path.at(i) != QLatin1Char('.') && path.at(i) != QLatin1Char('['))
            return fail(tr("expected . or [ after $ at column %1").arg(column(i)));
    } else if (path.at(i) != QLatin1Char('[')) {
        const qsizetype start = i;
        const QString key = readKey();
        if (key.isEmpty())
            return fail(tr("empty key at column %1").arg(column(start)));
        result.m_steps.append({key, -1});
    }

    while (i < end) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('.')) {
            ++i;
            const qsizetype start = i;
            const QString key = readKey();
            if (key.isEmpty())
                return fail(tr("empty key at column %1").arg(column(start)));
            result.m_steps.append({key, -1});
        } else if (c == QLatin1Char('[')) {
            const qsizetype open = i++;
            if (i < end && path.at(i) == QLatin1Char('"')) {
                QString key;
                bool closed = false;
                for (++i; i < end; ++i) {
                    QChar k = path.at(i);
                    if (k == QLatin1Char('"')) {
                        closed = true;
                        ++i;
                        break;
                    }
                    if (k == QLatin1Char('\\') && i + 1 < end)
                        k = path.at(++i);
                    key.append(k);
                }
                if (!closed)
                    return fail(tr("unclosed quote at column %1").arg(column(open + 1)));
                if (i >= end || path.at(i) != QLatin1Char(']'))
                    return fail(tr("expected ] at column %1").arg(column(i)));
                ++i;
                result.m_steps.append({key, -1});
            } else {
                const qsizetype close = path.indexOf(QLatin1Char(']'), i);
                if (close < 0 || close >= end)
                    return fail(tr("unclosed [ at column %1").arg(column(open)));
                const QString text = path.mid(i, close - i);
                bool ok = !text.isEmpty();
                for (const QChar digit : text)
                    ok = ok && digit >= QLatin1Char('0') && digit <= QLatin1Char('9');
                const qlonglong index = ok ? text.toLongLong(&ok) : -1;
                if (!ok || index > std::numeric_limits<int>::max())
                    return fail(tr("bad index \"%1\" at column %2: expected a number from 0, or a quoted key")
                                    .arg(text, column(i)));
                result.m_steps.append({QString(), static_cast<qsizetype>(index)});
                i = close + 1;
            }
        } else {
            return fail(tr("unexpected \"%1\" at column %2: expected . or [").arg(QString(c), column(i)));
        }
    }

    result.m_valid = true;
    return result;
}

QJsonValue JsonPath::evaluate(const QJsonValue &root) const
{
    if (!m_valid)
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = root;
    for (const Step &step : m_steps) {
        if (step.index >= 0) {
            const QJsonArray array = current.toArray();
            if (!current.isArray() || step.index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(step.index);
        } else {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(step.key);
            if (!current.isObject() || it == object.constEnd())
                return QJsonValue(QJsonValue::Undefined);
            current = it.value();
        }
    }
    return current;
}

QJsonValue JsonPath::parseDocument(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());

    // A bare string, number, true, false or null is valid JSON too: read it as a one-element array.
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + json + ']');
    if (wrapped.isArray() && wrapped.array().size() == 1)
        return wrapped.array().at(0);

    if (error) {
        *error = QCoreApplication::translate("JsonPath", "%1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
    }
    return QJsonValue(QJsonValue::Undefined);
}
