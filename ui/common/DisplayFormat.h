// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/Exchange.h"

#include <QString>

// How the log views write times, sizes and outcomes, so every table and tab says them alike.
namespace DisplayFormat {
// "0.52 ms", "15.4 ms", "230 ms", "1.25 s"; "n/a" for a negative (unknown) time.
QString duration(double ms);
// "512 bytes", "1.1 kB", "10.0 MB"; empty for a negative (unknown) size.
QString size(qint64 bytes);
// "timed out", "connection refused", ...; empty for Response.
QString outcome(Exchange::Outcome outcome);
// "200 OK", "404", "timed out", "simulated 200"; "no response" when nothing came back.
QString status(const Exchange &exchange);
// The short type of a MIME type: "application/json; charset=utf-8" -> "json".
QString mimeKind(const QString &mimeType);
// Local time, to the second.
QString dateTime(const QDateTime &dateTime);
} // namespace DisplayFormat
