// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SubcommandLine.h"

#include "ExitCode.h"

#include <QTextStream>

SubcommandLine::SubcommandLine(const QString &command, const QString &description, const Positional &positional)
    : m_command(command)
    , m_expected(positional)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(positional.name, positional.description, positional.syntax);
}

std::optional<int> SubcommandLine::parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (!m_parser.parse(QStringList{QStringLiteral("webhook-configurator ") + m_command} + arguments)) {
        err << m_command << ": " << m_parser.errorText() << '\n';
        return ExitBadInput;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt's first line names the program as it was started; the subcommand belongs in it too.
        QString help = m_parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')),
                     QStringLiteral("Usage: webhook-configurator %1 [options] %2").arg(m_command, m_expected.syntax));
        out << help;
        return ExitSuccess;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 1) {
        err << m_command << ": "
            << (positional.isEmpty() ? m_expected.missing : m_expected.tooMany.arg(positional.size())) << '\n';
        return ExitBadInput;
    }
    m_positional = positional.constFirst();
    return std::nullopt;
}
