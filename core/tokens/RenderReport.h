// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// What went wrong while rendering a request. Errors mean the request must not be sent;
// warnings (a missing tag, a number e164 could not recognise) are shown but do not stop it.
struct RenderReport
{
    QStringList errors;   // e.g. "header X-Id: tag [id] value contains a line break"
    QStringList warnings; // e.g. "url: tag [ringba_call_id] is missing; rendered as empty text"

    bool ok() const { return errors.isEmpty(); }
};
