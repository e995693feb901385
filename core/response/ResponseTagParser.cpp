// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "response/ResponseTagParser.h"

#include "response/GeoTable.h"
#include "response/JsonPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <limits>
#include <utility>

namespace {

// Walks JSON text that QJsonDocument has already accepted, to keep what QJsonObject loses:
// the order of the keys, and the exact text of numbers. Being valid is what keeps this small.
class Scanner final
{
public:
    explicit Scanner(const QByteArray &json)
        : m_at(json.constData())
        , m_end(json.constData() + json.size())
    {}

    // The raw key and value of each member of the object at the start of the text, the first
    // limit of them.
    QList<QPair<QByteArray, QByteArray>> members(qsizetype limit)
    {
        QList<QPair<QByteArray, QByteArray>> result;
        skipBom();
        skipSpace();
        if (!consume('{'))
            return result;
        skipSpace();
        while (m_at < m_end && *m_at == '"' && result.size() < limit) {
            const QByteArray key = slice(&Scanner::skipString);
            skipSpace();
            consume(':');
            skipSpace();
            result.append({key, slice(&Scanner::skipValue)});
            skipSpace();
            if (!consume(','))
                break;
            skipSpace();
        }
        return result;
    }

    // The raw elements of the array at the start of the text, the first limit of them.
    QList<QByteArray> elements(qsizetype limit)
    {
        QList<QByteArray> result;
        if (!consume('['))
            return result;
        skipSpace();
        while (m_at < m_end && *m_at != ']' && result.size() < limit) {
            result.append(slice(&Scanner::skipValue));
            skipSpace();
            if (!consume(','))
                break;
            skipSpace();
        }
        return result;
    }

private:
    QByteArray slice(void (Scanner::*skip)())
    {
        const char *start = m_at;
        (this->*skip)();
        return QByteArray(start, m_at - start);
    }

    bool consume(char c)
    {
        if (m_at < m_end && *m_at == c) {
            ++m_at;
            return true;
        }
        return false;
    }

    void skipBom()
    {
        if (m_end - m_at >= 3 && qstrncmp(m_at, "\xEF\xBB\xBF", 3) == 0)
            m_at += 3;
    }

    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
    }

    void skipString()
    {
        for (++m_at; m_at < m_end && *m_at != '"'; ++m_at) {
            if (*m_at == '\\')
                ++m_at;
        }
        ++m_at;
    }

    void skipValue()
    {
        if (m_at >= m_end)
            return;
        if (*m_at == '"') {
            skipString();
        } else if (*m_at == '{' || *m_at == '[') {
            int depth = 0;
            while (m_at < m_end) {
                const char c = *m_at;
                if (c == '"') {
                    skipString();
                    continue;
                }
                ++m_at;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return;
            }
        } else {
            while (m_at < m_end && *m_at != ',' && *m_at != '}' && *m_at != ']' && *m_at != ' ' && *m_at != '\t'
                   && *m_at != '\n' && *m_at != '\r')
                ++m_at;
        }
    }

    const char *m_at;
    const char *m_end;
};

QString decodeString(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.constData() + 1, raw.size() - 2);
    return QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
}

QString doubleText(double number)
{
    if (std::isfinite(number) && number == std::trunc(number) && std::abs(number) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

bool isPlainInteger(const QByteArray &raw)
{
    const qsizetype start = raw.startsWith('-') ? 1 : 0;
    if (raw.size() == start)
        return false;
    for (qsizetype i = start; i < raw.size(); ++i) {
        if (raw.at(i) < '0' || raw.at(i) > '9')
            return false;
    }
    return true;
}

enum class Kind
{
    Text,
    Object,
    Array,
    Null
};

Kind kindOf(const QByteArray &raw)
{
    switch (raw.isEmpty() ? '\0' : raw.at(0)) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case 'n':
        return Kind::Null;
    default:
        return Kind::Text;
    }
}

// A string, number or boolean as tag text. Integer literals keep their exact digits, however long.
QString scalarFromRaw(const QByteArray &raw)
{
    if (raw.startsWith('"'))
        return decodeString(raw);
    if (raw == "true" || raw == "false")
        return QString::fromLatin1(raw);
    if (isPlainInteger(raw))
        return QString::fromLatin1(raw);
    return doubleText(raw.toDouble());
}

bool isGeoKey(const QString &key)
{
    return key.trimmed().compare(QLatin1String("geo"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString ResponseTagParser::scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // toInteger() is exact for integers that fit 64 bits; the sentinel marks those that don't.
        constexpr qint64 NotAnInteger = std::numeric_limits<qint64>::min();
        const qint64 integer = value.toInteger(NotAnInteger);
        return integer != NotAnInteger ? QString::number(integer) : doubleText(value.toDouble());
    }
    default:
        return QString();
    }
}

ResponseTags ResponseTagParser::parse(int status, const QByteArray &body, bool truncated)
{
    ResponseTags result;
    if (status <= 0) {
        result.reason = tr("no response");
        return result;
    }
    if (status < 200 || status > 299) {
        result.reason = tr("status %1: only 2xx responses apply tags").arg(status);
        return result;
    }
    if (truncated) {
        result.reason = tr("body cut at 10 MiB, so it was not read for tags");
        result.notes.append(tr("body cut at 10 MiB"));
        return result;
    }
    if (body.trimmed().isEmpty()) {
        result.reason = tr("empty body");
        return result;
    }

    QString error;
    const QJsonValue root = JsonPath::parseDocument(body, &error);
    switch (root.type()) {
    case QJsonValue::Object:
        break;
    case QJsonValue::Undefined:
        result.reason = tr("invalid JSON: %1").arg(error);
        return result;
    case QJsonValue::Array:
        result.reason = tr("JSON root is an array, not an object");
        return result;
    case QJsonValue::String:
        result.reason = tr("JSON root is a string, not an object");
        return result;
    case QJsonValue::Double:
        result.reason = tr("JSON root is a number, not an object");
        return result;
    case QJsonValue::Bool:
        result.reason = tr("JSON root is a boolean, not an object");
        return result;
    case QJsonValue::Null:
        result.reason = tr("JSON root is null, not an object");
        return result;
    }

    // One more than the limit tells whether there is more than the limit.
    auto members = Scanner(body).members(MaxTagValues + 1);
    bool cut = members.size() > MaxTagValues;
    if (cut)
        members.removeLast();
    qsizetype room = MaxTagValues; // values still to be read
    for (const auto &[rawKey, rawValue] : std::as_const(members)) {
        if (room == 0) {
            cut = true;
            break;
        }
        const QString key = decodeString(rawKey).trimmed();
        if (key.isEmpty()) {
            result.notes.append(tr("empty key ignored"));
            continue;
        }

        QStringList values;
        switch (kindOf(rawValue)) {
        case Kind::Object:
            result.notes.append(tr("key %1: nested object ignored").arg(key));
            continue;
        case Kind::Null:
            result.notes.append(tr("key %1: null ignored").arg(key));
            continue;
        case Kind::Text:
            values.append(scalarFromRaw(rawValue));
            break;
        case Kind::Array: {
            QList<QByteArray> elements = Scanner(rawValue).elements(room + 1);
            if (elements.size() > room) {
                cut = true;
                elements.resize(room);
            }
            if (elements.isEmpty()) {
                result.notes.append(tr("key %1: empty array ignored").arg(key));
                continue;
            }
            for (qsizetype i = 0; i < elements.size(); ++i) {
                const QString where = key + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
                switch (kindOf(elements.at(i))) {
                case Kind::Text:
                    values.append(scalarFromRaw(elements.at(i)));
                    break;
                case Kind::Object:
                    result.notes.append(tr("key %1: nested object skipped").arg(where));
                    break;
                case Kind::Array:
                    result.notes.append(tr("key %1: nested array skipped").arg(where));
                    break;
                case Kind::Null:
                    result.notes.append(tr("key %1: null skipped").arg(where));
                    break;
                }
            }
            if (values.isEmpty())
                continue;
            break;
        }
        }

        room -= values.size();

        if (isGeoKey(key)) {
            QStringList expanded;
            for (const QString &value : std::as_const(values)) {
                const QStringList geo = GeoTable::expandGeo(value);
                if (geo.size() == 2) {
                    result.notes.append(
                        tr("geo %1: ZIP prefix %2 has no state").arg(value.trimmed(), value.trimmed().mid(3, 3)));
                }
                for (const QString &item : geo) {
                    if (!expanded.contains(item, Qt::CaseInsensitive))
                        expanded.append(item);
                }
            }
            values = expanded;
        }

        if (result.tags.contains(key))
            result.notes.append(tr("key %1 appears more than once: the last value is used").arg(key));
        result.tags.set(key, values);
    }
    if (cut)
        result.notes.append(
            tr("only the first %1 values were read; the rest of the response was ignored").arg(MaxTagValues));

    result.applied = !result.tags.isEmpty();
    if (result.applied) {
        const qsizetype count = result.tags.size();
        result.reason = count == 1 ? tr("1 tag applied") : tr("%1 tags applied").arg(count);
    } else {
        result.reason =
            members.isEmpty() ? tr("no tags: the JSON object is empty") : tr("no tags: every key was ignored");
    }
    return result;
}
