// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Workspace.h"
#include "model/WorkspaceAddress.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

// The editing rules of a workspace, shared by the GUI (the tree model, its forms and undo
// commands), the command line and tests. Everything works on a Workspace value; nothing here
// emits or remembers anything, so the tree model wraps each call in its row signals.
//
// Rules held here: addressing (what an address names), which owners hold webhooks, unique ids
// for new and copied objects ("campaign-3", "x-copy", "x-copy-2") and copy names
// ("X (copy)"), what a duplicate leaves behind (a campaign's numbers), that deleting a buyer
// takes it out of every campaign's routing and that renaming its id follows it there, locking
// and unlocking a number's webhooks, and the validation of edited ids and numbers.
//
// Loading is lenient, editing is strict where addressing depends on it: a file may hold any
// name, tag or empty field (lint reports those), but an edit that would give two campaigns,
// two buyers or two publishers the same id, an object an empty id, or a number that is not
// E.164 or is already another's is refused with a specific message (validate*() return it),
// because routing, --campaign and the planner look objects up by those keys.
class WorkspaceEditor final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceEditor)

public:
    using Address = WorkspaceAddress;
    using Kind = WorkspaceAddress::Kind;

    // One object with everything under it, as removeObject() takes it out and insertObject()
    // puts it back; only the member its kind names is used (company for Company).
    struct Object
    {
        Kind kind = Kind::Webhook;
        Company company;
        Campaign campaign;
        TrackingNumber number;
        Buyer buyer;
        Publisher publisher;
        Webhook webhook;

        bool operator==(const Object &o) const;
        bool operator!=(const Object &o) const { return !(*this == o); }
    };

    // Whether address names an object of workspace (groups and the company always exist).
    static bool contains(const Workspace &workspace, const Address &address);
    // The object at address (kind Company, Campaign, Number, Buyer, Publisher or Webhook); an
    // object of that kind with default values if there is none.
    static Object object(const Workspace &workspace, const Address &address);
    // Puts object where address says (the position it will have): later siblings move down.
    // False (nothing changed) if the position or the owner does not exist, or the owner does
    // not accept webhooks.
    static bool insertObject(Workspace *workspace, const Address &address, const Object &object);
    // Takes the object out; a buyer also leaves every campaign's routing (see routesTo()).
    static bool removeObject(Workspace *workspace, const Address &address);
    // Moves one webhook; to is the address it has afterwards (another owner or position).
    static bool moveWebhook(Workspace *workspace, const Address &from, const Address &to);

    // The campaigns (index -> routing) whose routing lists buyerId: what deleting it changes.
    static QMap<int, QStringList> routesTo(const Workspace &workspace, const QString &buyerId);

    // Webhook lists of an owner: the company, a campaign, a number, a buyer.
    static QList<Webhook> webhooksOf(const Workspace &workspace, const Address &owner);
    static QList<Webhook> *mutableWebhooksOf(Workspace *workspace, const Address &owner);
    static const Webhook *webhookAt(const Workspace &workspace, const Address &address);
    // The company, a campaign, an unlocked number and a buyer hold webhooks.
    static bool acceptsWebhooks(const Workspace &workspace, const Address &owner);

    // The name a rename edits (a number's label); empty for the groups.
    static QString name(const Workspace &workspace, const Address &address);
    static bool setName(Workspace *workspace, const Address &address, const QString &name);

    // The object's own fields, leaving what lies under it (webhooks, numbers) alone: company
    // name and tracking domains; campaign id, name, conversion criteria and routing; number
    // and label of a number (lock state: setNumberLocked); buyer id, name, tags and unknown
    // fields (a new buyer id replaces the old one in every routing); every publisher field.
    // Profile tags are kept with their keys sorted, the order the file writes them in.
    // Checks nothing: call validateFields() first. False if there is no such object.
    static bool setFields(Workspace *workspace, const Address &address, const Object &fields);
    // Empty if fields may be set at address, else why not (the first problem).
    static QString validateFields(const Workspace &workspace, const Address &address, const Object &fields);
    // Empty if id may be the id (source_id for a publisher) of the object at address.
    static QString validateId(const Workspace &workspace, const Address &address, const QString &id);
    // Empty if number may be the number at address (E.164, in no other place of the workspace).
    static QString validateNumber(const Workspace &workspace, const Address &address, const QString &number);
    static bool isE164(const QString &number);

    // Locking drops the number's own webhooks; unlocking clones its campaign's (fresh ids).
    static TrackingNumber withWebhooksUnlocked(const Workspace &workspace, const Address &number, bool unlocked);
    static bool setNumberValue(Workspace *workspace, const Address &number, const TrackingNumber &value);

    // Ids of campaigns, buyers or publishers (kind names the object or its group).
    static QSet<QString> ids(const Workspace &workspace, Kind kind);
    // The first of base, base-2, base-3, ... that is not in used.
    static QString uniqueId(const QString &base, const QSet<QString> &used);
    // prefix-N for the first N from count + 1 that is free: new objects read "campaign-3".
    static QString nextId(const QString &prefix, qsizetype count, const QSet<QString> &used);
    // "Name (copy)", or "fallback (copy)" for an object without a name.
    static QString copyName(const QString &name, const QString &fallback);

    // New objects with a unique id and a default name, ready for insertObject(). A campaign
    // starts with a copy of the company's default webhooks.
    static Object newCampaign(const Workspace &workspace);
    static Object newBuyer(const Workspace &workspace);
    static Object newPublisher(const Workspace &workspace);
    static Object newWebhook();
    // A buyer's ping-post webhook: a pass-through webhook whose ping asks for a bid (SPEC 6).
    static Object newPingPostWebhook();
    // The copy Duplicate inserts after the original: unique id, "(copy)" name, fresh webhook
    // ids; a campaign's copy starts without numbers (a number belongs to one campaign).
    // Numbers, the company and the groups cannot be duplicated: kind stays as given, and
    // canDuplicate() says so first.
    static bool canDuplicate(Kind kind);
    static Object duplicate(const Workspace &workspace, const Address &address);

    // Which campaign has number, or -1; a number no campaign has yet (for New Number).
    static int campaignWithNumber(const Workspace &workspace, const QString &number);
    static QString unusedNumber(const Workspace &workspace);

    // The campaign the command line's --campaign names: by id first, then by name (ignoring
    // case). -1 with the reason in error (none, or a name several campaigns share).
    static int findCampaign(const Workspace &workspace, const QString &idOrName, QString *error = nullptr);
};
