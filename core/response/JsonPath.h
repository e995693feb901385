// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

// A path into a JSON value, as ping-post configs name the bid's fields (SPEC 6):
// "bid.amount", "bids[0].price", "[0]", "data.items[2].id". A leading "$" or "$." is allowed,
// and ["key"] names a key that holds dots or brackets.
class JsonPath final
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)

public:
    JsonPath() = default;

    // On error returns an invalid path and sets *error (if given) to a message with the column.
    static JsonPath parse(const QString &path, QString *error);
    bool isValid() const { return m_valid; }
    // Undefined if the path is invalid or leads nowhere (missing key, index out of range, wrong type).
    QJsonValue evaluate(const QJsonValue &root) const;

    // Parses any JSON text into a value, scalar roots included (QJsonDocument takes only objects
    // and arrays). On error returns Undefined and sets *error to the parser's message and offset.
    static QJsonValue parseDocument(const QByteArray &json, QString *error);

private:
    struct Step
    {
        QString key;     // used when index < 0
        qsizetype index; // array index, or -1 for an object key
    };

    QList<Step> m_steps;
    bool m_valid = false;
};
