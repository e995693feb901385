// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// A request after rendering: every token replaced and encoded for where it stands.
// This is exactly what is sent, recorded and exported.
struct RenderedRequest
{
    QString method;
    QString url; // fully encoded, ASCII only
    HttpHeaders headers;
    QByteArray body;
    int timeoutMs = 5000;

    bool operator==(const RenderedRequest &o) const
    {
        return method == o.method && url == o.url && headers == o.headers && body == o.body && timeoutMs == o.timeoutMs;
    }
};
