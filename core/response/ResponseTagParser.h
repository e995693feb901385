// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "response/ResponseTags.h"

#include <QCoreApplication>
#include <QJsonValue>

// Reads the tags a response applies to the call (SPEC 5): each key of a JSON object root becomes
// a tag, in the order the response wrote them; strings, numbers and booleans as text, arrays as
// one value per element, a "geo" of us-NNNNN expanded to ZIP, state and country.
// Left out, each with a note: nested objects, nulls, empty arrays, and objects, arrays and nulls
// inside arrays. A key written twice takes its last value.
class ResponseTagParser final
{
    Q_DECLARE_TR_FUNCTIONS(ResponseTagParser)

public:
    // Bodies over this size are cut before they get here, and are not read for tags.
    static constexpr qint64 MaxBodyBytes = qint64(10) * 1024 * 1024;
    // Values read from one response, at most; the rest is left out with a note. A 10 MiB array
    // holds five million of them, which took seconds to read and every request after to render.
    static constexpr int MaxTagValues = 10000;

    static ResponseTags parse(int status, const QByteArray &body, bool truncated = false);

    // A JSON string, number or boolean as tag text: "23", "12.5", "true" (integers without a
    // decimal point, other numbers in their shortest exact form); "" for anything else.
    static QString scalarText(const QJsonValue &value);
};
