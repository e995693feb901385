// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/TagMap.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

bool TagMap::contains(const QString &key) const
{
    return m_values.contains(normalized(key));
}

QStringList TagMap::values(const QString &key) const
{
    return m_values.value(normalized(key));
}

QString TagMap::joined(const QString &key) const
{
    return values(key).join(QLatin1Char(','));
}

void TagMap::set(const QString &key, const QStringList &values)
{
    const QString norm = normalized(key);
    if (!m_values.contains(norm))
        m_order.append(key.trimmed());
    m_values.insert(norm, values);
}

void TagMap::add(const QString &key, const QString &value)
{
    const QString norm = normalized(key);
    if (!m_values.contains(norm)) {
        m_order.append(key.trimmed());
        m_values.insert(norm, {value});
        return;
    }
    QStringList &list = m_values[norm];
    if (!list.contains(value, Qt::CaseInsensitive))
        list.append(value);
}

void TagMap::remove(const QString &key)
{
    const QString norm = normalized(key);
    if (m_values.remove(norm) == 0)
        return;
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        if (normalized(m_order.at(i)) == norm) {
            m_order.removeAt(i);
            break;
        }
    }
}

void TagMap::merge(const TagMap &other)
{
    for (const QString &key : other.m_order)
        set(key, other.values(key));
}

QStringList TagMap::pairs() const
{
    QStringList result;
    for (const QString &key : m_order) {
        const QStringList list = values(key);
        if (list.isEmpty())
            result.append(key);
        for (const QString &value : list)
            result.append(key + QLatin1Char(':') + value);
    }
    return result;
}

bool TagMap::parsePair(const QString &entry, QString *key, QString *value)
{
    const qsizetype colon = entry.indexOf(QLatin1Char(':'));
    *key = (colon < 0 ? entry : entry.left(colon)).trimmed();
    *value = colon < 0 ? QString() : entry.mid(colon + 1).trimmed();
    return !key->isEmpty();
}

static QString jsonScalarToText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Whole numbers exactly representable in a double print without an exponent; the range
        // is checked first, as converting a larger one to qint64 is undefined.
        if (qAbs(number) < 9.0e15 && std::trunc(number) == number)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest); // 0.1, not 0.10000000000000001
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return QString();
    }
}

QJsonObject TagMap::toJson() const
{
    QJsonObject object;
    for (const QString &key : m_order)
        object.insert(key, QJsonArray::fromStringList(values(key)));
    return object;
}

TagMap TagMap::fromJson(const QJsonObject &object)
{
    TagMap tags;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray()) {
            QStringList list;
            for (const QJsonValue element : it.value().toArray())
                list.append(jsonScalarToText(element));
            tags.set(it.key(), list);
        } else {
            tags.set(it.key(), {jsonScalarToText(it.value())});
        }
    }
    return tags;
}

bool TagMap::operator==(const TagMap &other) const
{
    return m_order == other.m_order && m_values == other.m_values;
}
