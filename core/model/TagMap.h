// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>

// The tags of a call: each key holds an ordered list of values. Keys keep the order in which
// they were first set, so output (final tags, HAR, logs) reads in the order things happened.
// Keys are compared case-insensitively (SPEC 3), but the first spelling seen is kept for display.
class TagMap
{
public:
    TagMap() = default;

    bool isEmpty() const { return m_order.isEmpty(); }
    qsizetype size() const { return m_order.size(); }
    bool contains(const QString &key) const;
    QStringList keys() const { return m_order; }
    QStringList values(const QString &key) const;
    // The values joined with ',' as a replacement token renders them (SPEC 4).
    QString joined(const QString &key) const;

    // Replaces the key's values (a response's values take the place of the old ones, SPEC 5).
    void set(const QString &key, const QStringList &values);
    // Appends one value unless the key already holds it (case-insensitively).
    void add(const QString &key, const QString &value);
    void remove(const QString &key);
    // Applies every key of other with set(): later sources win per key.
    void merge(const TagMap &other);

    // "key:value" pairs in order, one per value.
    QStringList pairs() const;
    // Parses "key:value" or "key" (empty value list) entries; returns false on an entry with no key.
    static bool parsePair(const QString &entry, QString *key, QString *value);

    // {"key": ["v1", "v2"]} with keys in insertion order is not expressible in QJsonObject
    // (it sorts); these are for files, where sorted keys are what we want anyway.
    QJsonObject toJson() const;
    // Accepts {"key": "v"} or {"key": ["v1", "v2"]}; numbers and booleans become text.
    static TagMap fromJson(const QJsonObject &object);

    bool operator==(const TagMap &other) const;
    bool operator!=(const TagMap &other) const { return !(*this == other); }

private:
    static QString normalized(const QString &key) { return key.trimmed().toLower(); }

    QStringList m_order;
    QHash<QString, QStringList> m_values; // by normalized key
};
