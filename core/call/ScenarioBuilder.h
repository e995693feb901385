// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/CallScenario.h"

#include <QCoreApplication>

struct Campaign;
struct Workspace;

// Describes one test call through a workspace, as the test-fire pane sets it up.
struct TestCallSetup
{
    QString campaignId;
    QString number;            // a campaign number; empty: any number (the campaign's own webhooks)
    QString publisherSourceId; // the affiliate; empty: none
    QString callerNumber;      // empty: one is generated (ScenarioBuilder::generateCallerNumber)
    QList<CallScenario::RoutingAttempt> routing;
    int durationSeconds = 0;
    // Makes the call convert: adds the campaign's required tags and raises the talk time to
    // the campaign's minimum.
    bool converted = false;
    TagMap tags; // the user's own tags; they win over the publisher's
    QList<CallScenario::Postback> postbacks;
};

struct ScenarioBuild
{
    CallScenario scenario;
    QStringList errors; // on any error the scenario must not be used
    QStringList notes;  // what the builder did that the user did not say (generated caller, ...)
    bool ok() const { return errors.isEmpty(); }
};

// Turns a workspace and a test call into a self-contained CallScenario: the webhooks that apply
// to a call to that number (Workspace::effectiveWebhooks), every involved buyer's own webhooks
// tagged with its id, the campaign's conversion criteria and the call's starting tags
// (caller_number, caller_id, source_id, the publisher's tags, the user's tags). The same
// conversion serves the test-fire pane, the command line and tests.
class ScenarioBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioBuilder)

public:
    static constexpr int kDefaultTalkSeconds = 120;

    static ScenarioBuild build(const Workspace &workspace, const TestCallSetup &setup);

    // The test call a campaign starts from: the workspace's sample call, so that Test fire and
    // the command line run the call the editors' previews and match verdicts describe. Its
    // caller_number becomes the caller; its source_id the affiliate when a publisher has it
    // (else it stays a plain tag); its handler_id the answered buyer when the campaign routes to it (else
    // the campaign's first buyer answers); its duration the talk time. Every other tag is kept as the call's own,
    // except those every call gets afresh (call_uuid, call_key, converted, timer_seconds).
    static TestCallSetup setupFromSampleCall(const Workspace &workspace, const QString &campaignId);
    // The sample call's tags that setupFromSampleCall() keeps as the call's own tags.
    static TagMap ownTagsOfSampleCall(const Workspace &workspace, const QString &publisherSourceId);
    // What the user should know before the call runs: "No routing attempt is answered: the call
    // cannot convert ...". Empty when nothing stands out.
    static QStringList courseWarnings(const TestCallSetup &setup);

    // A caller number in the fiction range 212-555-0100..0199: "+121255501" + two random digits.
    static QString generateCallerNumber();

    // Parses a tag list, one "key:value" per line (blank lines and lines starting with # are
    // skipped; a key given twice gets both values). Errors name the line: "line 3: ...".
    static TagMap parseTagLines(const QString &text, QStringList *errors);
    // The same for a one-line list, "key:value, key:value"; errors quote the entry.
    static TagMap parseTagList(const QString &text, QStringList *errors);
    // The same for separate entries, "key:value" each (values may hold commas).
    static TagMap parseTagEntries(const QStringList &entries, QStringList *errors)
    {
        return parseEntries(entries, 0, errors);
    }
    // The tags that satisfy a campaign's required tags: "key:value" as is; a bare "key" takes
    // its value from fallback (e.g. the workspace's sample call) or else "test".
    static TagMap conversionTags(const QStringList &requiredTags, const TagMap &fallback = {});

private:
    // Parses entries into tags; a non-zero firstLine numbers the errors from it.
    static TagMap parseEntries(const QStringList &entries, int firstLine, QStringList *errors);
};
