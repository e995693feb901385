// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TagMap.h"
#include "tokens/RenderedRequest.h"

#include <QDateTime>
#include <QMetaType>

// One request the sandbox receiver got: an entry of the postback log (SPEC 7).
struct ReceivedRequest
{
    QDateTime at; // UTC
    QString method;
    QString path;  // percent-encoded, as received
    QString query; // percent-encoded, without the '?'
    HttpHeaders headers;
    QByteArray body;
    bool bodyTooLarge = false; // over the receiver's limit: answered 413, body not kept
    // From a JSON object body, a form body, or else the query string (data-writing GETs).
    TagMap tags;

    // The first value of the named header (case-insensitive), or a null QByteArray.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
};

Q_DECLARE_METATYPE(ReceivedRequest)
