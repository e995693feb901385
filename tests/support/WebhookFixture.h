// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Webhook.h"

// A webhook with just what the workspace-editing tests look at: id, name, trigger and URL.
inline Webhook webhook(const QString &id, const QString &name, Trigger trigger, const QString &url)
{
    Webhook w;
    w.id = id;
    w.name = name;
    w.trigger = trigger;
    w.request.url = url;
    return w;
}
