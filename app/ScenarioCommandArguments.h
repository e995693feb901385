#pragma once

#include "CallScenario.h"

#include <QCommandLineParser>

class QTextStream;

// The arguments simulate and fire share: SCENARIO.json, --json, and fire's --har.
class ScenarioCommandArguments final
{
public:
    ScenarioCommandArguments(const QString &command, const QString &description, bool withHar = false);

    // False on bad arguments, with the message written to err.
    bool parse(const QStringList &arguments, QTextStream &err);
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    bool helpRequested() const { return m_parser.isSet(QStringLiteral("help")); }
    QString helpText() const { return m_parser.helpText(); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QString harFile() const { return m_parser.value(QStringLiteral("har")); }
    QString scenarioFile() const { return m_scenarioFile; }

    // Loads the scenario; on errors writes "FILE: path: message" lines to err.
    bool loadScenario(CallScenario *scenario, QTextStream &err) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QString m_scenarioFile;
};
