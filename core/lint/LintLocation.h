// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Where a lint finding points (issue 5 item 8): the object, by its indices in the workspace's
// lists, and the field inside it, so that a lint panel can open the editor on the exact field
// and put the cursor at the exact character.
struct LintLocation
{
    enum class Scope
    {
        Workspace, // the workspace as a whole
        Company,   // a company default webhook
        Campaign,  // a campaign, or one of its webhooks
        Number,    // a webhook of an unlocked tracking number
        Buyer,     // a buyer, or one of its webhooks
        Publisher, // a publisher (publishers have no webhooks)
    };

    Scope scope = Scope::Workspace;
    int campaignIndex = -1;  // Campaign and Number
    int numberIndex = -1;    // Number
    int buyerIndex = -1;     // Buyer
    int publisherIndex = -1; // Publisher
    int webhookIndex = -1;   // -1: the finding is about the campaign or buyer itself
    // The field as the workspace file names it, under the webhook (or the campaign or buyer):
    // "url", "body", "headers[2].value", "matches[1]", "ping_post.ping.url", "buyer_ids[1]".
    // Empty: the webhook (or object) as a whole.
    QString field;
    int line = 0;          // 1-based line in the field's text; 0 when the finding has no position
    int column = 0;        // 1-based, in characters (a surrogate pair counts once), as messages say
    qsizetype offset = -1; // UTF-16 index into the field's text (a cursor position), -1 if none

    static LintLocation companyWebhook(int webhookIndex);
    static LintLocation campaign(int campaignIndex, int webhookIndex = -1);
    static LintLocation numberWebhook(int campaignIndex, int numberIndex, int webhookIndex);
    static LintLocation buyer(int buyerIndex, int webhookIndex = -1);
    static LintLocation publisher(int publisherIndex);

    // The same object with another field (and no position).
    LintLocation at(const QString &fieldName) const;
    // The object's path in the workspace file: "campaigns[0].numbers[1].webhooks[3]", "buyers[2]",
    // "publishers[0]",
    // "company.default_webhooks[0]"; empty for the workspace.
    QString objectPath() const;
    // objectPath() and the field: "campaigns[0].webhooks[3].body".
    QString path() const;

    bool operator==(const LintLocation &o) const
    {
        return scope == o.scope && campaignIndex == o.campaignIndex && numberIndex == o.numberIndex
               && buyerIndex == o.buyerIndex && publisherIndex == o.publisherIndex && webhookIndex == o.webhookIndex
               && field == o.field && line == o.line && column == o.column && offset == o.offset;
    }
    bool operator!=(const LintLocation &o) const { return !(*this == o); }
};
