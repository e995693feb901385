// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SubcommandLine.h"
#include "call/CallScenario.h"
#include "call/ScenarioBuilder.h"

#include <QCoreApplication>

#include <optional>

class QTextStream;
struct Workspace;

// The arguments simulate and fire share (SPEC 8): the call, as a scenario file or as a
// workspace with --campaign and the Test fire pane's fields (--number, --publisher, --caller,
// --buyer, --no-answer, --duration, --converted, --tag, --postback); --json; fire's --har. A workspace's call
// starts from its sample call and goes through ScenarioBuilder, exactly as the pane's does.
class ScenarioCommandArguments final
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioCommandArguments)

public:
    // The call to run, and what the user should know about it.
    struct Call
    {
        CallScenario scenario;
        bool fromWorkspace = false;
        QString campaign;     // the campaign's name, for a workspace's call
        QString description;  // "Solar Leads, any number, caller +12125550134" for a workspace's call
        QStringList notes;    // what the builder did that the options did not say
        QStringList warnings; // ScenarioBuilder::courseWarnings
    };

    ScenarioCommandArguments(const QString &command, const QString &description, bool withHar = false);

    void addOption(const QCommandLineOption &option) { m_line.addOption(option); }
    // As SubcommandLine::parse(): an exit code when the command ends here.
    std::optional<int> parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        return m_line.parse(arguments, out, err);
    }
    bool isSet(const QCommandLineOption &option) const { return m_line.isSet(option); }
    bool json() const { return m_line.isSet(m_json); }
    QString harFile() const { return m_line.value(m_har); }
    QString callFile() const { return m_line.positional(); }

    // Loads the call from the file, a scenario as it is or a workspace's through
    // ScenarioBuilder. On errors writes "FILE: message" lines to err and returns false.
    bool loadCall(Call *call, QTextStream &err) const;
    // The test call the options describe on a workspace: its sample call's, then the options.
    // Problems go to errors.
    TestCallSetup setupFor(const Workspace &workspace, const QString &campaignId, QStringList *errors) const;

    // A workspace file rather than a scenario: a JSON object with "campaigns" or "company" and
    // no "webhooks".
    static bool isWorkspaceJson(const QByteArray &json);
    // A scenario file rather than a workspace: a JSON object with "webhooks" and neither
    // "campaigns" nor "company".
    static bool isScenarioJson(const QByteArray &json);

private:
    bool loadScenario(Call *call, QTextStream &err) const;
    bool loadWorkspaceCall(Call *call, QTextStream &err) const;
    QStringList workspaceOptionsSet() const;

    SubcommandLine m_line;
    QCommandLineOption m_json;
    QCommandLineOption m_har;
    QCommandLineOption m_campaign;
    QCommandLineOption m_number;
    QCommandLineOption m_publisher;
    QCommandLineOption m_caller;
    QCommandLineOption m_buyer;
    QCommandLineOption m_noAnswer;
    QCommandLineOption m_duration;
    QCommandLineOption m_converted;
    QCommandLineOption m_tag;
    QCommandLineOption m_postback;
};
