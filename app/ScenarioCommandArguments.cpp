// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScenarioCommandArguments.h"

#include "files/ScenarioFile.h"
#include "files/WorkspaceFile.h"
#include "model/WorkspaceEditor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QString campaignList(const Workspace &workspace)
{
    QStringList names;
    for (const Campaign &campaign : workspace.campaigns)
        names.append(campaign.name.isEmpty() ? campaign.id : campaign.name);
    return names.isEmpty() ? ScenarioCommandArguments::tr("it has none") : names.join(QStringLiteral(", "));
}

// KEY=VALUE as render takes it becomes KEY:VALUE, as the pane's tag editor writes it.
QString colonPair(QString entry)
{
    const qsizetype equals = entry.indexOf(QLatin1Char('='));
    const qsizetype colon = entry.indexOf(QLatin1Char(':'));
    if (equals >= 0 && (colon < 0 || equals < colon))
        entry[equals] = QLatin1Char(':');
    return entry;
}

} // namespace

ScenarioCommandArguments::ScenarioCommandArguments(const QString &command, const QString &description, bool withHar)
    : m_line(command, description,
             {QStringLiteral("file"),
              tr("The call: a scenario file, or a workspace file with --campaign (its sample call, changed by the "
                 "Workspace options, as the Test fire pane sets it up)."),
              QStringLiteral("SCENARIO.json|WORKSPACE.json"),
              tr("missing the scenario or workspace file (usage: %1 SCENARIO.json, or %1 WORKSPACE.json "
                 "--campaign NAME)")
                  .arg(command),
              tr("expected one scenario or workspace file, got %1")})
    , m_json(QStringLiteral("json"), tr("Print the report as JSON."))
    , m_har(QStringLiteral("har"), tr("Also write every exchange to a HAR 1.2 file."), QStringLiteral("OUT.har"))
    , m_campaign(QStringLiteral("campaign"), tr("Workspace: the campaign called, by id or name (any case)."),
                 QStringLiteral("NAME"))
    , m_number(QStringLiteral("number"),
               tr("Workspace: the tracking number called; an unlocked number fires its own webhooks. Default: "
                  "any number (the campaign's webhooks)."),
               QStringLiteral("N"))
    , m_publisher(QStringLiteral("publisher"),
                  tr("Workspace: the affiliate's source id, or none for a direct call. Default: the sample "
                     "call's source_id when a publisher has it."),
                  QStringLiteral("SOURCE_ID"))
    , m_caller(QStringLiteral("caller"),
               tr("Workspace: the caller's number. Default: the sample call's caller_number, else a generated "
                  "one."),
               QStringLiteral("NUMBER"))
    , m_buyer(QStringLiteral("buyer"),
              tr("Workspace: a routing attempt to this buyer; repeat for several, in order: the call stops at the "
                 "last, which answers. Default: the sample call's handler_id if the campaign routes to it, else the "
                 "campaign's first buyer."),
              QStringLiteral("ID"))
    , m_noAnswer(QStringLiteral("no-answer"), tr("Workspace: no routing attempt answers (the call cannot convert)."))
    , m_duration(QStringLiteral("duration"),
                 tr("Workspace: the talk time in seconds. Default: the sample call's duration, else 120."),
                 QStringLiteral("SECONDS"))
    , m_converted(QStringLiteral("converted"),
                  tr("Workspace: make the call convert: add the campaign's required tags and raise the talk time "
                     "to its minimum."))
    , m_tag(QStringLiteral("tag"),
            tr("Workspace: a tag of the call, over the sample call's value for that key; repeat a key for "
               "several values."),
            QStringLiteral("KEY=VALUE"))
    , m_postback(QStringLiteral("postback"),
                 tr("Workspace: a postback arriving SECONDS into the talk time with its tags; repeat for several."),
                 QStringLiteral("SECONDS:KEY=VALUE,..."))
{
    m_line.addOption(m_json);
    if (withHar)
        m_line.addOption(m_har);
    for (const QCommandLineOption *option : {&m_campaign, &m_number, &m_publisher, &m_caller, &m_buyer, &m_noAnswer,
                                             &m_duration, &m_converted, &m_tag, &m_postback})
        m_line.addOption(*option);
}

bool ScenarioCommandArguments::isWorkspaceJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    return (object.contains(QLatin1String("campaigns")) || object.contains(QLatin1String("company")))
           && !object.contains(QLatin1String("webhooks"));
}

bool ScenarioCommandArguments::isScenarioJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    return object.contains(QLatin1String("webhooks")) && !object.contains(QLatin1String("campaigns"))
           && !object.contains(QLatin1String("company"));
}

QStringList ScenarioCommandArguments::workspaceOptionsSet() const
{
    QStringList set;
    for (const QCommandLineOption *option : {&m_campaign, &m_number, &m_publisher, &m_caller, &m_buyer, &m_noAnswer,
                                             &m_duration, &m_converted, &m_tag, &m_postback}) {
        if (m_line.isSet(*option))
            set.append(QStringLiteral("--") + option->names().constFirst());
    }
    return set;
}

bool ScenarioCommandArguments::loadCall(Call *call, QTextStream &err) const
{
    QFile file(callFile());
    // An unreadable file is the scenario reader's to report, in its words.
    if (file.size() <= WorkspaceFile::kMaxFileBytes && file.open(QIODevice::ReadOnly)
        && isWorkspaceJson(file.readAll()))
        return loadWorkspaceCall(call, err);
    return loadScenario(call, err);
}

bool ScenarioCommandArguments::loadScenario(Call *call, QTextStream &err) const
{
    const QStringList options = workspaceOptionsSet();
    if (!options.isEmpty()) {
        err << callFile() << ": "
            << tr("a scenario file is a whole call; %1 only apply to a workspace file")
                   .arg(options.join(QStringLiteral(", ")))
            << '\n';
        return false;
    }
    const ScenarioLoadResult loaded = ScenarioFile::load(callFile());
    if (!loaded.ok()) {
        for (const LoadError &error : loaded.errors)
            err << callFile() << ": " << error.toString() << '\n';
        return false;
    }
    call->scenario = loaded.scenario;
    call->fromWorkspace = false;
    return true;
}

bool ScenarioCommandArguments::loadWorkspaceCall(Call *call, QTextStream &err) const
{
    const WorkspaceLoadResult loaded = WorkspaceFile::load(callFile());
    if (!loaded.ok()) {
        for (const LoadError &error : loaded.errors)
            err << callFile() << ": " << error.toString() << '\n';
        return false;
    }
    const Workspace &workspace = loaded.workspace;
    if (!m_line.isSet(m_campaign)) {
        err << tr("%1 is a workspace, not a scenario: add --campaign NAME (campaigns: %2)")
                   .arg(callFile(), campaignList(workspace))
            << '\n';
        return false;
    }
    const QString wanted = m_line.value(m_campaign);
    QString lookupError;
    const int campaignIndex = WorkspaceEditor::findCampaign(workspace, wanted, &lookupError);
    if (campaignIndex < 0) {
        err << callFile() << ": " << lookupError << '\n';
        return false;
    }
    const Campaign *campaign = &workspace.campaigns.at(campaignIndex);

    QStringList errors;
    const TestCallSetup setup = setupFor(workspace, campaign->id, &errors);
    ScenarioBuild build;
    if (errors.isEmpty()) {
        build = ScenarioBuilder::build(workspace, setup);
        errors = build.errors;
    }
    if (!errors.isEmpty()) {
        for (const QString &error : std::as_const(errors))
            err << callFile() << ": " << error << '\n';
        return false;
    }
    call->scenario = build.scenario;
    call->fromWorkspace = true;
    call->campaign = campaign->name;
    call->description = tr("%1, %2, caller %3")
                            .arg(campaign->name, setup.number.isEmpty() ? tr("any number") : setup.number,
                                 build.scenario.tags.joined(QStringLiteral("caller_number")));
    call->notes = build.notes;
    call->warnings = ScenarioBuilder::courseWarnings(setup);
    return true;
}

TestCallSetup ScenarioCommandArguments::setupFor(const Workspace &workspace, const QString &campaignId,
                                                 QStringList *errors) const
{
    TestCallSetup setup = ScenarioBuilder::setupFromSampleCall(workspace, campaignId);
    if (m_line.isSet(m_number))
        setup.number = m_line.value(m_number).trimmed();
    if (m_line.isSet(m_publisher)) {
        const QString publisher = m_line.value(m_publisher).trimmed();
        setup.publisherSourceId =
            publisher.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : publisher;
        // The sample call's source_id goes with the affiliate it named.
        setup.tags = ScenarioBuilder::ownTagsOfSampleCall(workspace, setup.publisherSourceId);
        if (setup.publisherSourceId.isEmpty())
            setup.tags.remove(QStringLiteral("source_id"));
    }
    if (m_line.isSet(m_caller))
        setup.callerNumber = m_line.value(m_caller).trimmed();
    if (m_line.isSet(m_buyer)) {
        setup.routing.clear();
        for (const QString &buyer : m_line.values(m_buyer))
            setup.routing.append({buyer.trimmed(), false});
        setup.routing.last().answered = true;
    }
    if (m_line.isSet(m_noAnswer)) {
        for (CallScenario::RoutingAttempt &attempt : setup.routing)
            attempt.answered = false;
    }
    if (m_line.isSet(m_duration)) {
        bool ok = false;
        const int seconds = m_line.value(m_duration).trimmed().toInt(&ok);
        if (!ok || seconds < 0)
            errors->append(tr("--duration: \"%1\" is not a number of seconds").arg(m_line.value(m_duration)));
        else
            setup.durationSeconds = seconds;
    }
    setup.converted = m_line.isSet(m_converted);
    if (m_line.isSet(m_tag)) {
        QStringList entries;
        for (const QString &entry : m_line.values(m_tag))
            entries.append(colonPair(entry));
        QStringList problems;
        const TagMap tags = ScenarioBuilder::parseTagEntries(entries, &problems);
        for (const QString &problem : std::as_const(problems))
            errors->append(tr("--tag %1").arg(problem));
        for (const QString &key : tags.keys())
            setup.tags.set(key, tags.values(key));
    }
    for (const QString &text : m_line.values(m_postback)) {
        // SECONDS:KEY=VALUE,KEY=VALUE, as the pane's postback rows hold them.
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        bool ok = false;
        CallScenario::Postback postback;
        postback.atSecond = colon > 0 ? text.left(colon).trimmed().toInt(&ok) : 0;
        if (!ok || postback.atSecond < 0) {
            errors->append(tr("--postback \"%1\": start with the second it arrives at, as in 30:sale=yes").arg(text));
            continue;
        }
        QStringList entries;
        for (const QString &entry : text.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            entries.append(colonPair(entry));
        QStringList problems;
        postback.tags = ScenarioBuilder::parseTagEntries(entries, &problems);
        for (const QString &problem : std::as_const(problems))
            errors->append(tr("--postback %1").arg(problem));
        if (problems.isEmpty() && postback.tags.isEmpty())
            errors->append(tr("--postback \"%1\" has no tags").arg(text));
        setup.postbacks.append(postback);
    }
    return setup;
}
