// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/JsonReader.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace {

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

// Long strings are cut so that one bad value cannot flood the error list.
QString excerpt(const QString &text)
{
    constexpr int kMaxLength = 40;
    return text.size() <= kMaxLength ? text : text.left(kMaxLength) + QStringLiteral("...");
}

QJsonArray withUnknownElements(QJsonArray known, const QJsonArray &unknown)
{
    const qsizetype count = qMin(known.size(), unknown.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (known.at(i).isObject() && unknown.at(i).isObject())
            known.replace(i, JsonReader::withUnknownFields(known.at(i).toObject(), unknown.at(i).toObject()));
    }
    return known;
}
} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &path, QList<LoadError> *errors)
    : m_object(object)
    , m_path(path)
    , m_errors(errors)
{}

QString JsonReader::path(const QString &key) const
{
    if (key.isEmpty())
        return m_path;
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonReader::indexPath(const QString &arrayPath, int index)
{
    return arrayPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonReader::string(const QString &key, const QString &fallback, bool required)
{
    const QJsonValue v = value(key);
    if (v.isUndefined()) {
        if (required)
            error(key, tr("required field is missing"));
        return fallback;
    }
    if (!v.isString()) {
        typeError(key, tr("a string"), v);
        return fallback;
    }
    QString text = v.toString();
    if (required && text.isEmpty())
        error(key, tr("must not be empty"));
    return text;
}

int JsonReader::integer(const QString &key, int fallback, int minimum, int maximum)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble()) {
        typeError(key, tr("an integer"), v);
        return fallback;
    }
    const double number = v.toDouble();
    if (std::floor(number) != number) {
        error(key, tr("expected a whole number, got %1").arg(numberText(number)));
        return fallback;
    }
    if (number < minimum || number > maximum) {
        if (minimum == 0 && number < 0)
            error(key, tr("must not be negative (got %1)").arg(numberText(number)));
        else
            error(key, tr("must be between %1 and %2 (got %3)").arg(minimum).arg(maximum).arg(numberText(number)));
        return fallback;
    }
    return static_cast<int>(number);
}

int JsonReader::wholeNumber(const QString &key, int fallback)
{
    const QJsonValue v = value(key);
    if (v.isDouble() && std::floor(v.toDouble()) == v.toDouble()
        && (v.toDouble() < std::numeric_limits<int>::min() || v.toDouble() > std::numeric_limits<int>::max())) {
        error(key, tr("expected a whole number, got %1, which is too large").arg(numberText(v.toDouble())));
        return fallback;
    }
    return integer(key, fallback, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
}

double JsonReader::number(const QString &key, double fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble()) {
        typeError(key, tr("a number"), v);
        return fallback;
    }
    return v.toDouble();
}

bool JsonReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        typeError(key, tr("true or false"), v);
        return fallback;
    }
    return v.toBool();
}

QStringList JsonReader::stringList(const QString &key)
{
    const QJsonArray list = array(key);
    QStringList result;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonValue element = list.at(i);
        if (element.isString())
            result.append(element.toString());
        else
            m_errors->append(typeErrorAt(indexPath(path(key), i), tr("a string"), element));
    }
    return result;
}

QJsonObject JsonReader::object(const QString &key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        typeError(key, tr("an object"), v);
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const QString &key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        typeError(key, tr("an array"), v);
        return {};
    }
    return v.toArray();
}

QJsonValue JsonReader::value(const QString &key)
{
    m_read.insert(key);
    return m_object.value(key);
}

bool JsonReader::has(const QString &key) const
{
    return m_object.contains(key);
}

void JsonReader::error(const QString &key, const QString &message)
{
    m_errors->append({path(key), message});
}

void JsonReader::typeError(const QString &key, const QString &expected, const QJsonValue &value)
{
    m_errors->append(typeErrorAt(path(key), expected, value));
}

QJsonObject JsonReader::unknownFields() const
{
    QJsonObject unknown;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_read.contains(it.key()))
            unknown.insert(it.key(), it.value());
    }
    return unknown;
}

QString JsonReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return tr("a number (%1)").arg(numberText(value.toDouble()));
    case QJsonValue::String:
        return tr("a string (\"%1\")").arg(excerpt(value.toString()));
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

LoadError JsonReader::typeErrorAt(const QString &path, const QString &expected, const QJsonValue &value)
{
    return {path, tr("expected %1, got %2").arg(expected, describe(value))};
}

QJsonObject JsonReader::withUnknownFields(const QJsonObject &known, const QJsonObject &unknown)
{
    QJsonObject result = known;
    for (auto it = unknown.begin(); it != unknown.end(); ++it) {
        const QJsonValue mine = result.value(it.key());
        if (mine.isUndefined())
            result.insert(it.key(), it.value());
        else if (mine.isObject() && it.value().isObject())
            result.insert(it.key(), withUnknownFields(mine.toObject(), it.value().toObject()));
        else if (mine.isArray() && it.value().isArray())
            result.insert(it.key(), withUnknownElements(mine.toArray(), it.value().toArray()));
    }
    return result;
}
