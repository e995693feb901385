// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TagMap.h"
#include "model/Webhook.h"

#include <QTextBrowser>

#include <functional>

// The gallery's preview of what a template sends: per webhook its name, trigger and conditions,
// then its request (and a ping-post's ping) as method, URL, headers and body. Rendered for the
// workspace's sample call, with the renderer's errors and warnings below each webhook, or as the
// template writes it until the form is complete. Every shown text goes through the mask, which
// hides the secrets.
class TemplatePreview final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePreview)

public:
    using Mask = std::function<QString(const QString &)>;

    explicit TemplatePreview(QWidget *parent = nullptr);

    // The webhooks as written, with a hint to fill in the form.
    void showAsWritten(const QList<Webhook> &webhooks, const Mask &mask);
    // The webhooks (instantiated from the template) as they would be sent for sampleCall.
    void showRendered(const QList<Webhook> &webhooks, const TagMap &sampleCall, const Mask &mask);

private:
    // sampleCall: null shows the requests as written.
    void present(const QList<Webhook> &webhooks, const TagMap *sampleCall, const Mask &mask);
    QString html(const QList<Webhook> &webhooks, const TagMap *sampleCall, const Mask &mask) const;
};
