#include "ScenarioCommandArguments.h"

#include "ScenarioFile.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ScenarioCommandArguments", text);
}
} // namespace

ScenarioCommandArguments::ScenarioCommandArguments(const QString &command, const QString &description, bool withHar)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(QStringLiteral("scenario"), tr("The call scenario file (JSON)."),
                                   QStringLiteral("SCENARIO.json"));
    m_parser.addOption({QStringLiteral("json"), tr("Print the report as JSON.")});
    if (withHar)
        m_parser.addOption({QStringLiteral("har"), tr("Also write every exchange to a HAR 1.2 file."),
                            QStringLiteral("OUT.har")});
}

bool ScenarioCommandArguments::parse(const QStringList &arguments, QTextStream &err)
{
    if (!m_parser.parse(QStringList{QStringLiteral("webhook-configurator ") + m_command} + arguments)) {
        err << m_command << ": " << m_parser.errorText() << '\n';
        return false;
    }
    if (helpRequested())
        return true;
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 1) {
        err << m_command << ": "
            << (positional.isEmpty() ? tr("missing the scenario file (usage: %1 SCENARIO.json)").arg(m_command)
                                     : tr("expected one scenario file, got %1").arg(positional.size()))
            << '\n';
        return false;
    }
    m_scenarioFile = positional.constFirst();
    return true;
}

bool ScenarioCommandArguments::loadScenario(CallScenario *scenario, QTextStream &err) const
{
    const ScenarioLoadResult loaded = ScenarioFile::load(m_scenarioFile);
    if (!loaded.ok()) {
        for (const LoadError &error : loaded.errors)
            err << m_scenarioFile << ": " << error.toString() << '\n';
        return false;
    }
    *scenario = loaded.scenario;
    return true;
}
