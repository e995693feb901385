// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "files/LoadError.h"
#include "model/Webhook.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// Webhook <-> JSON, shared by workspace, scenario and template files so that a webhook reads
// the same everywhere (SPEC 8). Absent keys take the Webhook defaults; no id is generated here
// (scenario webhooks have none): WorkspaceFile does that.
//
// Reading is strict about structure and lenient about content (docs/ARCHITECTURE.md, "Loading"):
// a wrong JSON type, a fraction where a whole number belongs, or a trigger or body kind the
// model has no value for is an error; a value the model can hold loads as written, however
// wrong (a header value with a line break, timer_seconds 0, method "FETCH", a match with no
// key), and is WebhookLinter's finding at that field, so a webhook the editor could produce
// always reopens, and saving writes it back unchanged. The ranges below are the linter's.
namespace WebhookJson {
constexpr int kMaxTimeoutMs = 120000;
constexpr int kMaxTimerSeconds = 24 * 60 * 60;

// Problems are appended to errors (never null), each with its path under `path`. Unknown keys,
// also those inside ping_post, its ping and header entries, land in Webhook::unknownFields.
Webhook read(const QJsonObject &object, const QString &path, QList<LoadError> *errors);
QJsonObject write(const Webhook &webhook);

// An array of webhook objects at arrayPath ("campaigns[0].webhooks").
QList<Webhook> readList(const QJsonArray &array, const QString &arrayPath, QList<LoadError> *errors);
QJsonArray writeList(const QList<Webhook> &webhooks);

// The request methods a webhook may use: GET, POST, PUT, PATCH, DELETE.
QStringList methods();
} // namespace WebhookJson
