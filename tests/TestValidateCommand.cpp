// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLine.h"
#include "ExitCode.h"
#include "ValidateCommand.h"
#include "files/WorkspaceFile.h"
#include "model/Workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run validate(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = ValidateCommand::run(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

// Two buyers, one campaign routing to both. With problems: a Selected webhook (a data-leak
// warning) and an unknown filter (an error); always: a disabled webhook (an info).
Workspace lintedWorkspace(bool problems)
{
    Workspace ws;
    ws.buyers.resize(2);
    ws.buyers[0].id = QStringLiteral("b1");
    ws.buyers[1].id = QStringLiteral("b2");
    Campaign campaign;
    campaign.id = QStringLiteral("c1");
    campaign.buyerIds = {QStringLiteral("b1"), QStringLiteral("b2")};
    const auto add = [&](const QString &name, Trigger trigger, const QString &url) {
        Webhook webhook;
        webhook.id = QStringLiteral("wh-") + QString::number(campaign.webhooks.size());
        webhook.name = name;
        webhook.trigger = trigger;
        webhook.request.url = url;
        campaign.webhooks.append(webhook);
    };
    if (problems)
        add(QStringLiteral("Offered"), Trigger::Selected, QStringLiteral("https://example.test/offered"));
    add(QStringLiteral("Paused"), Trigger::Start, QStringLiteral("https://example.test/paused"));
    campaign.webhooks.last().enabled = false;
    if (problems)
        add(QStringLiteral("Bad filter"), Trigger::Start, QStringLiteral("https://example.test/[call_uuid|nope]"));
    ws.campaigns = {campaign};
    return ws;
}

QString badFile(const char *name)
{
    return QStringLiteral(WC_TEST_DATA_DIR "/workspaces/bad/") + QLatin1String(name) + QStringLiteral(".json");
}

QString contentFile(const char *name)
{
    return QStringLiteral(WC_TEST_DATA_DIR "/workspaces/content/") + QLatin1String(name) + QStringLiteral(".json");
}
} // namespace

class TestValidateCommand : public QObject
{
    Q_OBJECT

private slots:
    void isInTheCommandTable()
    {
        const CommandLine::Command *command = CommandLine::find(QStringLiteral("validate"));
        QVERIFY(command);
        QVERIFY(command->run == &ValidateCommand::run);
        QVERIFY(QLatin1String(command->synopsis).startsWith(QLatin1String("validate WORKSPACE  ")));
    }

    void sampleIsValid()
    {
        const Run run = validate({QStringLiteral(WC_SOURCE_DIR "/resources/sample-workspace.json")});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, QStringLiteral("ok: 2 campaigns, 3 buyers, 1 publisher, 25 webhooks\n"));
        QCOMPARE(run.code, int(ExitSuccess));
    }

    // A scenario given where a workspace is expected is named as such.
    void scenarioIsNamed()
    {
        const QString scenario = QStringLiteral(WC_SOURCE_DIR "/examples/basic-call.json");
        const Run run = validate({scenario});
        QCOMPARE(
            run.err,
            QStringLiteral("%1 is a scenario, not a workspace: run it with simulate %1 (or fire %1)\n").arg(scenario));
        QCOMPARE(run.out, QString());
        QCOMPARE(run.code, int(ExitBadInput));
    }

    void everyErrorGoesToStderrWithTheFileName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("lines");
        const QString trigger = badFile("unknown-trigger");
        QTest::newRow("one error with a path")
            << trigger
            << QStringList{trigger
                           + ": campaigns[0].webhooks[1].trigger: unknown trigger \"strat\" (expected one of: "
                             "data_appending, start, pass_through, selected, answered, timer, postback, "
                             "connect, conversion, non_conversion, always)"};
        const QString truncated = badFile("truncated");
        QTest::newRow("whole-file error")
            << truncated
            << QStringList{truncated
                           + ": unexpected end of file: the file looks truncated (it ends at line 26, column 37)"};
        const QString types = badFile("bad-ping-post");
        QTest::newRow("several errors, one per line")
            << types
            << QStringList{types
                               + ": buyers[0].webhooks[0].ping_post.enabled: expected true or false, got a "
                                 "string (\"yes\")",
                           types + ": buyers[0].webhooks[0].ping_post.ping.url: expected a string, got a number (5)"};
        const QString future = badFile("format-future");
        QTest::newRow("future format")
            << future
            << QStringList{future + ": format 2 is newer than this app understands (1); update Webhook Configurator"};
        const QString absent = badFile("no-such-file");
        QTest::newRow("missing file") << absent
                                      << QStringList{absent + ": cannot open the file: No such file or directory"};
    }

    void everyErrorGoesToStderrWithTheFileName()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, lines);
        const Run run = validate({file});
        QCOMPARE(run.code, int(ExitBadInput));
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    }

    // Content that is wrong but well-formed loads and is linted: exit 1 with the finding at its
    // field, never 2 "cannot load" (issue 13).
    void wrongContentIsAFindingNotALoadError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("findings");
        const QString timeouts = contentFile("timeout-out-of-range");
        QTest::newRow("timeouts") << timeouts
                                  << QStringList{timeouts
                                                     + ": campaigns[0].webhooks[0].timeout_ms: error: timeout_ms "
                                                       "must be between 1 and 120000 (got 0) [out-of-range]",
                                                 timeouts
                                                     + ": campaigns[0].webhooks[1].timeout_ms: error: timeout_ms "
                                                       "must be between 1 and 120000 (got 200000) [out-of-range]"};
        const QString timer = contentFile("timer-zero");
        QTest::newRow("timer zero") << timer
                                    << QStringList{timer
                                                   + ": campaigns[0].webhooks[0].timer_seconds: error: a Timer "
                                                     "webhook needs a threshold of at least 1 second; without "
                                                     "one it never fires [timer-without-threshold]"};
        const QString number = contentFile("bad-number");
        QTest::newRow("number") << number
                                << QStringList{number
                                               + ": campaigns[0].numbers[0].number: error: \"800-555-0100\" is "
                                                 "not an E.164 phone number (expected + and the country code, "
                                                 "e.g. +18005550100) [invalid-number]"};
    }

    void wrongContentIsAFindingNotALoadError()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, findings);
        const Run run = validate({file});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.code, int(ExitFindings));
        for (const QString &finding : std::as_const(findings))
            QVERIFY2(run.out.contains(finding + QLatin1Char('\n')), qPrintable(run.out));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("none") << QStringList() << "validate: missing the workspace file (usage: validate WORKSPACE)\n";
        QTest::newRow("two") << QStringList{"a.json", "b.json"} << "validate: expected one workspace file, got 2\n";
        QTest::newRow("unknown option") << QStringList{"--strict", "a.json"} << "validate: Unknown option 'strict'.\n";
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        const Run run = validate(arguments);
        QCOMPARE(run.code, int(ExitBadInput));
        QTEST(run.err, "message");
        QCOMPARE(run.out, QString());
    }

    void help()
    {
        const Run run = validate({QStringLiteral("--help")});
        QCOMPARE(run.code, int(ExitSuccess));
        QVERIFY2(run.out.contains(QLatin1String("WORKSPACE")), qPrintable(run.out));
        QCOMPARE(run.err, QString());
    }

    void lintFindingsGoToStdout_data()
    {
        QTest::addColumn<bool>("problems");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("lines"); // each after "FILE: ", but the last
        QTest::addColumn<int>("code");
        const QString leak = QStringLiteral(
            "campaigns[0].webhooks[0].trigger: warning: this Selected webhook fires for each buyer the call is "
            "offered to (b1, b2), so a buyer that does not answer still learns about the call; use Answered, or "
            "make it a webhook of the one buyer that must know before the call arrives [selected-data-leak]");
        const QString filter = QStringLiteral(
            "campaigns[0].webhooks[2].url: error: column 33: unknown filter \"nope\" (expected one of: first, "
            "last, lower, upper, trim, digits, e164, sha256, urlencode, default:TEXT) [unknown-filter]");
        const QString disabled =
            QStringLiteral("campaigns[0].webhooks[%1].enabled: info: disabled: it never fires until it is enabled "
                           "[never-fires]");
        QTest::newRow("warnings and errors: exit 1") << true << QStringList()
                                                     << QStringList{leak, filter,
                                                                    "1 error, 1 warning: 1 campaign, 2 buyers, "
                                                                    "0 publishers, 3 webhooks"}
                                                     << int(ExitFindings);
        QTest::newRow("--all adds infos") << true << QStringList{"--all"}
                                          << QStringList{leak, disabled.arg(1), filter,
                                                         "1 error, 1 warning: 1 campaign, 2 buyers, 0 publishers, "
                                                         "3 webhooks"}
                                          << int(ExitFindings);
        QTest::newRow("infos alone: exit 0, shown with --all")
            << false << QStringList{"--all"}
            << QStringList{disabled.arg(0), "ok: 1 campaign, 2 buyers, 0 publishers, 1 webhook"} << int(ExitSuccess);
        QTest::newRow("infos alone: hidden by default")
            << false << QStringList() << QStringList{"ok: 1 campaign, 2 buyers, 0 publishers, 1 webhook"}
            << int(ExitSuccess);
    }

    void lintFindingsGoToStdout()
    {
        QFETCH(bool, problems);
        QFETCH(QStringList, options);
        QFETCH(QStringList, lines);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("linted.json"));
        QString error;
        QVERIFY2(WorkspaceFile::save(lintedWorkspace(problems), file, &error), qPrintable(error));

        const Run run = validate(options + QStringList{file});
        QCOMPARE(run.err, QString());
        QStringList expected;
        for (qsizetype i = 0; i < lines.size(); ++i)
            expected.append(i + 1 < lines.size() ? file + QStringLiteral(": ") + lines.at(i) : lines.at(i));
        QCOMPARE(run.out.split(QLatin1Char('\n')), expected + QStringList{QString()});
        QTEST(run.code, "code");
    }

    void helpExplainsTheExitStatus()
    {
        const Run run = validate({QStringLiteral("--help")});
        for (const char *text : {"--all", "exit status 2", "Exit status 1 if any finding is a warning or an error",
                                 "severity: message [rule]"}) {
            QVERIFY2(run.out.simplified().contains(QLatin1String(text)), text);
        }
    }

    void summaryCountsEveryWebhook_data()
    {
        QTest::addColumn<int>("campaigns");
        QTest::addColumn<int>("buyers");
        QTest::addColumn<int>("publishers");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << 0 << 0 << 0 << "0 campaigns, 0 buyers, 0 publishers, 0 webhooks";
        QTest::newRow("one of each") << 1 << 1 << 1 << "1 campaign, 1 buyer, 1 publisher, 4 webhooks";
        QTest::newRow("plural") << 2 << 3 << 2 << "2 campaigns, 3 buyers, 2 publishers, 8 webhooks";
    }

    void summaryCountsEveryWebhook()
    {
        QFETCH(int, campaigns);
        QFETCH(int, buyers);
        QFETCH(int, publishers);
        Workspace workspace;
        const Webhook webhook;
        if (campaigns + buyers > 0)
            workspace.company.defaultWebhooks = {webhook};
        for (int i = 0; i < campaigns; ++i) {
            Campaign campaign;
            campaign.webhooks = {webhook};
            TrackingNumber unlocked;
            unlocked.webhooksUnlocked = true;
            unlocked.webhooks = {webhook};
            campaign.numbers = {unlocked};
            workspace.campaigns.append(campaign);
        }
        for (int i = 0; i < buyers; ++i) {
            Buyer buyer;
            buyer.webhooks = {webhook};
            workspace.buyers.append(buyer);
        }
        workspace.publishers.resize(publishers);
        QTEST(ValidateCommand::summary(workspace), "expected");
    }
};

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "TestValidateCommand.moc"
