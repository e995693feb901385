// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Webhook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QMimeData;

// Webhooks on the clipboard and in drag and drop: a JSON array of webhook objects (the workspace
// file's format, WebhookJson) under our own MIME type, and the same JSON as text/plain, so a copy
// can be read, diffed or kept in a text editor and pasted back.
class WebhookClipboard final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookClipboard)

public:
    static QString mimeType();

    static std::unique_ptr<QMimeData> mimeData(const QList<Webhook> &webhooks);
    // Whether data may hold webhooks: our type, or text (checked when read).
    static bool canRead(const QMimeData *data);
    // The webhooks in data, each with a fresh id (a paste never repeats an id). Accepts our
    // type, else text holding one webhook object or an array of them. On failure returns false
    // and error says why, e.g. "the text is not JSON: line 1, column 3: ...".
    static bool read(const QMimeData *data, QList<Webhook> *webhooks, QString *error);
};
