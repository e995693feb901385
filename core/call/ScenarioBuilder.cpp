// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/ScenarioBuilder.h"

#include "model/Workspace.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace {

const QString kCallerNumber = QStringLiteral("caller_number");
const QString kCallerId = QStringLiteral("caller_id");
const QString kSourceId = QStringLiteral("source_id");
const QString kHandlerId = QStringLiteral("handler_id");
const QString kDuration = QStringLiteral("duration");

// Tags every test call gets afresh (CallRunner's call identity, the conversion verdict, the
// timer's own): a sample call's values for them would only pretend.
const QStringList kFreshTags = {
    QStringLiteral("call_uuid"),
    QStringLiteral("call_key"),
    QStringLiteral("converted"),
    QStringLiteral("timer_seconds"),
};

// A tag key as a replacement token can name it (SPEC 4), minus ':' which separates the value.
bool isValidTagKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    return pattern.match(key).hasMatch();
}

const TrackingNumber *findNumber(const Campaign &campaign, const QString &number)
{
    for (const TrackingNumber &candidate : campaign.numbers) {
        if (candidate.number == number)
            return &candidate;
    }
    return nullptr;
}

} // namespace

QString ScenarioBuilder::generateCallerNumber()
{
    const int suffix = int(QRandomGenerator::global()->bounded(100));
    return QStringLiteral("+121255501") + QString::number(suffix).rightJustified(2, QLatin1Char('0'));
}

TagMap ScenarioBuilder::parseTagLines(const QString &text, QStringList *errors)
{
    return parseEntries(text.split(QLatin1Char('\n')), 1, errors);
}

TagMap ScenarioBuilder::parseTagList(const QString &text, QStringList *errors)
{
    return parseEntries(text.split(QLatin1Char(',')), 0, errors);
}

TagMap ScenarioBuilder::parseEntries(const QStringList &entries, int firstLine, QStringList *errors)
{
    TagMap tags;
    for (int i = 0; i < entries.size(); ++i) {
        const QString entry = entries.at(i).trimmed();
        if (entry.isEmpty() || (firstLine > 0 && entry.startsWith(QLatin1Char('#'))))
            continue;
        QString key, value;
        QString problem;
        if (!TagMap::parsePair(entry, &key, &value))
            problem = tr("\"%1\" has no tag name before the colon").arg(entry);
        else if (!isValidTagKey(key))
            problem = tr("\"%1\" is not a valid tag name (letters, digits, _ . -, not starting with a digit)").arg(key);
        else if (!entry.contains(QLatin1Char(':')))
            problem = tr("\"%1\" has no value; write key:value").arg(entry);
        if (problem.isEmpty())
            tags.add(key, value);
        else if (firstLine > 0)
            errors->append(tr("line %1: %2").arg(firstLine + i).arg(problem));
        else
            errors->append(problem);
    }
    return tags;
}

TagMap ScenarioBuilder::conversionTags(const QStringList &requiredTags, const TagMap &fallback)
{
    TagMap tags;
    for (const QString &required : requiredTags) {
        QString key, value;
        if (!TagMap::parsePair(required, &key, &value))
            continue;
        if (!value.isEmpty()) {
            tags.add(key, value);
            continue;
        }
        const QStringList known = fallback.values(key);
        tags.add(key, known.isEmpty() || known.constFirst().isEmpty() ? QStringLiteral("test") : known.constFirst());
    }
    return tags;
}

TagMap ScenarioBuilder::ownTagsOfSampleCall(const Workspace &workspace, const QString &publisherSourceId)
{
    const TagMap &sample = workspace.sampleCall;
    const QString caller = sample.values(kCallerNumber).value(0);
    TagMap tags;
    for (const QString &key : sample.keys()) {
        const QString lower = key.toLower();
        if (kFreshTags.contains(lower) || lower == kCallerNumber || lower == kHandlerId || lower == kDuration)
            continue;
        // The caller field sets caller_id too; only a different one is the call's own.
        if (lower == kCallerId && sample.values(key) == QStringList{caller})
            continue;
        if (lower == kSourceId && !publisherSourceId.isEmpty())
            continue;
        tags.set(key, sample.values(key));
    }
    return tags;
}

TestCallSetup ScenarioBuilder::setupFromSampleCall(const Workspace &workspace, const QString &campaignId)
{
    const TagMap &sample = workspace.sampleCall;
    TestCallSetup setup;
    setup.campaignId = campaignId;
    setup.callerNumber = sample.values(kCallerNumber).value(0).trimmed();
    if (setup.callerNumber.isEmpty())
        setup.callerNumber = sample.values(kCallerId).value(0).trimmed();

    const QString sourceId = sample.values(kSourceId).value(0);
    if (!sourceId.isEmpty() && workspace.findPublisher(sourceId))
        setup.publisherSourceId = sourceId;

    // The sample call's buyer when the campaign routes to it, else the campaign's first.
    const Campaign *campaign = workspace.findCampaign(campaignId);
    const QStringList campaignBuyers = campaign ? campaign->buyerIds : QStringList();
    QString buyerId = sample.values(kHandlerId).value(0);
    if (!campaignBuyers.contains(buyerId) || !workspace.findBuyer(buyerId)) {
        buyerId.clear();
        for (const QString &id : campaignBuyers) {
            if (workspace.findBuyer(id)) {
                buyerId = id;
                break;
            }
        }
    }
    if (!buyerId.isEmpty())
        setup.routing.append({buyerId, true});

    bool numeric = false;
    const int duration = sample.values(kDuration).value(0).toInt(&numeric);
    setup.durationSeconds = numeric && duration >= 0 ? duration : kDefaultTalkSeconds;
    setup.tags = ownTagsOfSampleCall(workspace, setup.publisherSourceId);
    return setup;
}

QStringList ScenarioBuilder::courseWarnings(const TestCallSetup &setup)
{
    QStringList warnings;
    bool answered = false;
    for (const CallScenario::RoutingAttempt &attempt : setup.routing)
        answered = answered || attempt.answered;
    if (setup.routing.isEmpty())
        warnings.append(tr("The call is routed to no buyer: it cannot convert, and the Selected, Answered, "
                           "Timer, Connect and Conversion webhooks will be skipped"));
    else if (!answered)
        warnings.append(tr("No routing attempt is answered: the call cannot convert, and the Answered, "
                           "Timer, Connect and Conversion webhooks will be skipped"));
    return warnings;
}

ScenarioBuild ScenarioBuilder::build(const Workspace &workspace, const TestCallSetup &setup)
{
    ScenarioBuild result;
    CallScenario &scenario = result.scenario;

    const Campaign *campaign = workspace.findCampaign(setup.campaignId);
    if (setup.campaignId.isEmpty())
        result.errors.append(tr("Choose a campaign"));
    else if (!campaign)
        result.errors.append(tr("Unknown campaign \"%1\"").arg(setup.campaignId));

    const Publisher *publisher = nullptr;
    if (!setup.publisherSourceId.isEmpty()) {
        publisher = workspace.findPublisher(setup.publisherSourceId);
        if (!publisher)
            result.errors.append(tr("Unknown publisher \"%1\"").arg(setup.publisherSourceId));
    }
    for (int i = 0; i < setup.routing.size(); ++i) {
        const QString &buyerId = setup.routing.at(i).buyerId;
        if (!workspace.findBuyer(buyerId))
            result.errors.append(tr("Routing attempt %1: unknown buyer \"%2\"").arg(i + 1).arg(buyerId));
    }
    if (setup.durationSeconds < 0)
        result.errors.append(tr("The talk time cannot be negative (%1 s)").arg(setup.durationSeconds));
    for (int i = 0; i < setup.postbacks.size(); ++i) {
        if (setup.postbacks.at(i).atSecond < 0)
            result.errors.append(
                tr("Postback %1: its time cannot be negative (%2 s)").arg(i + 1).arg(setup.postbacks.at(i).atSecond));
    }
    if (!campaign)
        return result;

    // The webhooks: the number's own once unlocked, else the campaign's.
    if (setup.number.isEmpty()) {
        scenario.webhooks = campaign->webhooks;
    } else if (const TrackingNumber *number = findNumber(*campaign, setup.number)) {
        scenario.webhooks = Workspace::effectiveWebhooks(*campaign, *number);
    } else {
        result.errors.append(tr("Number %1 is not in campaign \"%2\"").arg(setup.number, campaign->name));
        return result;
    }

    // Every buyer of the campaign and every routed one: those the call never reaches show up
    // as skipped, with the reason, which is what the user wants to see.
    QStringList buyerIds;
    for (const QString &buyerId : campaign->buyerIds) {
        if (workspace.findBuyer(buyerId))
            buyerIds.append(buyerId);
        else
            result.notes.append(
                tr("Campaign \"%1\" lists an unknown buyer \"%2\"; it is left out").arg(campaign->name, buyerId));
    }
    for (const CallScenario::RoutingAttempt &attempt : setup.routing) {
        if (!buyerIds.contains(attempt.buyerId) && workspace.findBuyer(attempt.buyerId))
            buyerIds.append(attempt.buyerId);
    }
    for (const QString &buyerId : std::as_const(buyerIds)) {
        for (Webhook webhook : workspace.findBuyer(buyerId)->webhooks) {
            webhook.buyerId = buyerId;
            scenario.webhooks.append(webhook);
        }
    }

    scenario.routing = setup.routing;
    scenario.durationSeconds = qMax(0, setup.durationSeconds);
    scenario.conversion = campaign->conversion;
    scenario.postbacks = setup.postbacks;

    // Starting tags, later sources winning per key.
    QString caller = setup.callerNumber.trimmed();
    if (caller.isEmpty()) {
        caller = generateCallerNumber();
        result.notes.append(tr("Caller number %1 was generated").arg(caller));
    }
    scenario.tags.set(kCallerNumber, {caller});
    scenario.tags.set(kCallerId, {caller});
    if (publisher) {
        scenario.tags.set(kSourceId, {publisher->sourceId});
        scenario.tags.merge(publisher->tags);
    }
    scenario.tags.merge(setup.tags);

    if (setup.converted) {
        const ConversionCriteria &criteria = campaign->conversion;
        const TagMap required = conversionTags(criteria.requiredTags, workspace.sampleCall);
        for (const QString &key : required.keys()) {
            for (const QString &value : required.values(key))
                scenario.tags.add(key, value);
        }
        if (scenario.durationSeconds < criteria.minDurationSeconds) {
            result.notes.append(tr("Talk time raised from %1 s to the campaign's %2 s minimum to convert")
                                    .arg(scenario.durationSeconds)
                                    .arg(criteria.minDurationSeconds));
            scenario.durationSeconds = criteria.minDurationSeconds;
        }
        bool answered = false;
        for (const CallScenario::RoutingAttempt &attempt : setup.routing)
            answered = answered || attempt.answered;
        if (!answered)
            result.notes.append(tr("The call cannot convert: no routing attempt is answered"));
    }
    return result;
}
