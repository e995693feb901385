// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

// How a webhook's body is encoded; decides how tokens inside it are escaped (SPEC 4).
enum class BodyKind
{
    None,
    Form,
    Json,
    Raw
};

struct HeaderTemplate
{
    QString name;
    QString value; // may contain tokens

    bool operator==(const HeaderTemplate &o) const { return name == o.name && value == o.value; }
};

// An HTTP request before rendering: every string may hold [tag] tokens.
struct RequestTemplate
{
    QString method = QStringLiteral("GET");
    QString url;
    QList<HeaderTemplate> headers; // in order; names may repeat
    BodyKind bodyKind = BodyKind::None;
    QString body;

    bool operator==(const RequestTemplate &o) const
    {
        return method == o.method && url == o.url && headers == o.headers && bodyKind == o.bodyKind && body == o.body;
    }
};

namespace BodyKinds {
QString name(BodyKind kind);                        // "none", "form", "json", "raw"
bool fromName(const QString &name, BodyKind *kind); // false if unknown
QString allNames();
} // namespace BodyKinds
