// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLine.h"
#include "ExitCode.h"
#include "RenderCommand.h"

#include <QTest>
#include <QTextStream>

class TestRenderCommand : public QObject
{
    Q_OBJECT

private slots:
    void registered()
    {
        const CommandLine::Command *command = CommandLine::find(QStringLiteral("render"));
        QVERIFY(command);
        QVERIFY(command->run == &RenderCommand::run);
        QVERIFY(CommandLine::helpText().contains(QLatin1String("render [--context plain|url|path|header|json|form]")));
    }

    void run_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");

        const QString filters = QStringLiteral(
            " (expected one of: first, last, lower, upper, trim, digits, e164, sha256, urlencode, default:TEXT)");
        QTest::newRow("plain by default")
            << QStringList{"[caller_number|digits]", "--tag", "caller_number=+1 (555) 123-4567"} << int(ExitSuccess)
            << "15551234567\n"
            << "";
        QTest::newRow("plain does not encode")
            << QStringList{"--tag", "v=a b&c=\"d\"", "x=[v]"} << int(ExitSuccess) << "x=a b&c=\"d\"\n"
            << "";
        QTest::newRow("repeated tag") << QStringList{"--tag", "geo=us-ny", "--tag", "geo=us", "[geo]"}
                                      << int(ExitSuccess) << "us-ny,us\n"
                                      << "";
        QTest::newRow("repeated tag, last")
            << QStringList{"--tag", "geo=us-ny", "--tag", "geo=us", "[geo|last]"} << int(ExitSuccess) << "us\n"
            << "";
        QTest::newRow("value with equals") << QStringList{"--tag", "q=a=b", "[q]"} << int(ExitSuccess) << "a=b\n"
                                           << "";
        QTest::newRow("url") << QStringList{"--context", "url", "--tag", "v=a b&c", "https://x.test/p/[v]?q=[v]"}
                             << int(ExitSuccess) << "https://x.test/p/a%20b%26c?q=a%20b%26c\n"
                             << "";
        QTest::newRow("path") << QStringList{"--context", "path", "--tag", "v=a/b", "[v]"} << int(ExitSuccess)
                              << "a%2Fb\n"
                              << "";
        QTest::newRow("header") << QStringList{"--context", "header", "--tag", "t=abc", "Bearer [t]"}
                                << int(ExitSuccess) << "Bearer abc\n"
                                << "";
        QTest::newRow("json") << QStringList{"--context",
                                             "json",
                                             "--tag",
                                             "p=12.5",
                                             "--tag",
                                             "n=Jo \"J\"",
                                             "{\"revenue\": [p], \"name\": \"[n]\"}"}
                              << int(ExitSuccess) << "{\"revenue\": 12.5, \"name\": \"Jo \\\"J\\\"\"}\n"
                              << "";
        QTest::newRow("form") << QStringList{"--context", "form", "--tag", "v=a b&c", "a=[v]&b=2"} << int(ExitSuccess)
                              << "a=a+b%26c&b=2\n"
                              << "";
        QTest::newRow("missing tag warns")
            << QStringList{"id=[call_id]&p=[payout|default:0]"} << int(ExitSuccess) << "id=&p=0\n"
            << "render: warning: tag [call_id] is missing; rendered as empty text\n"
               "render: warning: tag [payout] is missing; rendered as 0\n";
        QTest::newRow("tag without equals") << QStringList{"--tag", "novalue", "[x]"} << int(ExitBadInput) << ""
                                            << "render: --tag \"novalue\" is not key=value\n";
        QTest::newRow("tag without key") << QStringList{"--tag", "=v", "[x]"} << int(ExitBadInput) << ""
                                         << "render: --tag \"=v\" has no key\n";
        QTest::newRow("unknown context")
            << QStringList{"--context", "xml", "[x]"} << int(ExitBadInput) << ""
            << "render: unknown context \"xml\" (expected one of: plain, url, path, header, "
               "json, form)\n";
        QTest::newRow("template error") << QStringList{"[x|lowr]"} << int(ExitBadInput) << ""
                                        << "render: column 4: unknown filter \"lowr\"" + filters + "\n";
        QTest::newRow("url error")
            << QStringList{"--context", "url", "x.test/a"} << int(ExitBadInput) << ""
            << "render: column 7: the URL must start with a scheme and \"://\", as in https://\n";
        // At the [ of [w], where a comma is missing.
        QTest::newRow("json error") << QStringList{"--context", "json", "{\"a\": [v] [w]}"} << int(ExitBadInput) << ""
                                    << "render: column 11: invalid JSON: expected , or } after \"a\": [v]\n";
        QTest::newRow("header value with line break")
            << QStringList{"--context", "header", "--tag", "v=a\r\nX-Evil: 1", "[v]"} << int(ExitBadInput) << ""
            << "render: tag [v] value contains a line break\n";
        QTest::newRow("header template with line break")
            << QStringList{"--context", "header", "a\nb"} << int(ExitBadInput) << ""
            << "render: value contains a line break\n";
        QTest::newRow("refused host") << QStringList{"--context", "url", "--tag", "d=evil.test/x", "https://[d]/"}
                                      << int(ExitBadInput) << ""
                                      << "render: tag [d] value \"evil.test/x\" is not a valid host name\n";
        QTest::newRow("no template") << QStringList{} << int(ExitBadInput) << ""
                                     << "render: missing the template (usage: render [--context CONTEXT] "
                                        "[--tag key=value]... TEMPLATE)\n";
        QTest::newRow("two templates") << QStringList{"a", "b"} << int(ExitBadInput) << ""
                                       << "render: expected one template, got 2 (quote the template)\n";
        QTest::newRow("unknown option") << QStringList{"--nope", "x"} << int(ExitBadInput) << ""
                                        << "render: Unknown option 'nope'.\n";
        QTest::newRow("missing option value") << QStringList{"x", "--tag"} << int(ExitBadInput) << ""
                                              << "render: Missing value after '--tag'.\n";
    }

    void run()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        QFETCH(QString, err);
        QString outText;
        QString errText;
        QTextStream outStream(&outText);
        QTextStream errStream(&errText);
        QCOMPARE(RenderCommand::run(arguments, outStream, errStream), exitCode);
        outStream.flush();
        errStream.flush();
        QCOMPARE(outText, out);
        QCOMPARE(errText, err);
    }

    void help()
    {
        QString outText;
        QString errText;
        QTextStream outStream(&outText);
        QTextStream errStream(&errText);
        QCOMPARE(RenderCommand::run({QStringLiteral("--help")}, outStream, errStream), int(ExitSuccess));
        outStream.flush();
        QVERIFY(outText.contains(QLatin1String("--context <context>")));
        QVERIFY(outText.contains(QLatin1String("--tag <key=value>")));
    }
};

QTEST_GUILESS_MAIN(TestRenderCommand)
#include "TestRenderCommand.moc"
