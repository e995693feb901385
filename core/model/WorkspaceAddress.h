// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

// Where an object of a workspace lives: its kind and the positions leading to it. A webhook
// belongs to the company when campaign and buyer are both -1, to a number when number is set as
// well. path() is the notation the workspace file's error messages use
// ("campaigns[1].numbers[0].webhooks[2]"); fromPath() reads it back. An address says nothing
// about whether the object exists: WorkspaceEditor::contains() checks that against a workspace.
struct WorkspaceAddress
{
    Q_GADGET

public:
    enum class Kind
    {
        Company,
        Campaigns,
        Campaign,
        Number,
        Buyers,
        Buyer,
        Publishers,
        Publisher,
        Webhook
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Company;
    int campaign = -1;
    int number = -1;
    int buyer = -1;
    int publisher = -1;
    int webhook = -1;

    static WorkspaceAddress company();
    static WorkspaceAddress group(Kind groupKind); // Campaigns, Buyers or Publishers
    static WorkspaceAddress ofCampaign(int campaign);
    static WorkspaceAddress ofNumber(int campaign, int number);
    static WorkspaceAddress ofBuyer(int buyer);
    static WorkspaceAddress ofPublisher(int publisher);
    // The webhook at position index of owner (Company, Campaign, Number or Buyer).
    static WorkspaceAddress ofWebhook(const WorkspaceAddress &owner, int index);

    QString path() const;
    // The deepest object a path names: "campaigns[0].webhooks[2].trigger" gives the webhook (a
    // file error's field is ignored). False if not even the first step names an object.
    static bool fromPath(const QString &path, WorkspaceAddress *address);

    // The owner (Company, Campaign, Number or Buyer) of a webhook address; the address itself
    // for any other kind.
    WorkspaceAddress owner() const;
    // Campaigns, numbers, buyers, publishers and webhooks can be inserted and removed; the
    // company and the groups always exist.
    static bool isRemovable(Kind kind);

    bool operator==(const WorkspaceAddress &o) const
    {
        return kind == o.kind && campaign == o.campaign && number == o.number && buyer == o.buyer
               && publisher == o.publisher && webhook == o.webhook;
    }
    bool operator!=(const WorkspaceAddress &o) const { return !(*this == o); }
};
