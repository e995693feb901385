// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "files/LoadError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

// Reads fields of one JSON object, remembering which keys were read so that the rest can be
// kept as unknown fields, and collecting errors with their full path. A field that is absent
// gives the fallback; a field of the wrong type gives the fallback and an error, so one pass
// reports every problem of a file instead of stopping at the first.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    // errors must not be null; path is the object's own path ("" for a file's root).
    JsonReader(const QJsonObject &object, const QString &path, QList<LoadError> *errors);

    // The path of a key of this object: "campaigns[2].name"; an empty key gives the object's path.
    QString path(const QString &key) const;
    // "campaigns[2]"
    static QString indexPath(const QString &arrayPath, int index);

    QString string(const QString &key, const QString &fallback = {}, bool required = false);
    // Whole numbers only; outside minimum..maximum is an error.
    int integer(const QString &key, int fallback, int minimum, int maximum);
    // Any whole number an int holds: for content whose range is lint's, not the loader's.
    int wholeNumber(const QString &key, int fallback);
    double number(const QString &key, double fallback);
    bool boolean(const QString &key, bool fallback);
    QStringList stringList(const QString &key);
    QJsonObject object(const QString &key); // {} if absent; error if wrong type
    QJsonArray array(const QString &key);   // [] if absent; error if wrong type
    // The raw value (undefined if absent), marked as read: for fields that take several types.
    QJsonValue value(const QString &key);
    bool has(const QString &key) const;
    void error(const QString &key, const QString &message);
    // "expected a string, got a number (42)" at the key's path.
    void typeError(const QString &key, const QString &expected, const QJsonValue &value);
    QJsonObject unknownFields() const; // keys never read

    // "a number (42)", "a string (\"abc\")", "an array", ... for error messages.
    static QString describe(const QJsonValue &value);
    // The error for a value of the wrong type at path; expected is "a string", "an object", ...
    static LoadError typeErrorAt(const QString &path, const QString &expected, const QJsonValue &value);
    // known with the unknown fields put back. Unknown fields of nested objects that have no struct
    // of their own are kept under the nested object's key (and, for arrays of objects, by index),
    // so they are merged in recursively; a key the writer knows always wins.
    static QJsonObject withUnknownFields(const QJsonObject &known, const QJsonObject &unknown);

private:
    QJsonObject m_object;
    QString m_path;
    QList<LoadError> *m_errors;
    QSet<QString> m_read;
};
