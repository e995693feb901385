// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>

#include <optional>

class QTextStream;

// The command line of one headless subcommand (`tags`, `validate`, ...): its options, --help and
// exactly one positional argument. Errors name the subcommand, as in
// "tags: missing the response file (usage: tags RESPONSE_FILE)".
class SubcommandLine final
{
public:
    // The one positional argument: how --help shows it, and the two errors about it.
    struct Positional
    {
        QString name;        // "response"
        QString description; // "The response body (a file)."
        QString syntax;      // "RESPONSE_FILE"
        QString missing;     // "missing the response file (usage: tags RESPONSE_FILE)"
        QString tooMany;     // "expected one response file, got %1"
    };

    SubcommandLine(const QString &command, const QString &description, const Positional &positional);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }

    // The exit code when the command ends here: success once the help is printed to out, bad
    // input once the error is written to err. Nothing when the command should run.
    std::optional<int> parse(const QStringList &arguments, QTextStream &out, QTextStream &err);

    QString command() const { return m_command; }
    QString positional() const { return m_positional; }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }

private:
    QString m_command;
    Positional m_expected;
    QCommandLineParser m_parser;
    QString m_positional;
};
