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
