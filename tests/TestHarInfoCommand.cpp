// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLine.h"
#include "ExitCode.h"
#include "HarInfoCommand.h"
#include "record/HarWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {
// Test JSON is written with single quotes: moc misreads raw string literals holding "//" or
// "", and escaped double quotes are hard to read.
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result run(const QStringList &arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = HarInfoCommand::run(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

QString fixture(const char *name)
{
    return QStringLiteral(WC_TEST_DATA_DIR "/har/") + QLatin1String(name);
}
} // namespace

class TestHarInfoCommand : public QObject
{
    Q_OBJECT

private slots:
    void isRegistered()
    {
        const CommandLine::Command *command = CommandLine::find(QStringLiteral("har-info"));
        QVERIFY(command);
        QVERIFY(command->run == &HarInfoCommand::run);
        QVERIFY(CommandLine::helpText().contains(QLatin1String("har-info FILE.har")));
    }

    void summarisesAChromiumRecording()
    {
        const Result result = run({fixture("chromium.har")});
        QCOMPARE(result.err, QString());
        QCOMPARE(result.code, int(ExitSuccess));
        const QString expected = QStringLiteral(
            "File:       chromium.har\n"
            "Creator:    Playwright 1.65.1\n"
            "Browser:    chromium 156.0.8078.108\n"
            "HAR:        1.2\n"
            "Pages:      1\n"
            "Entries:    10 (1 failed)\n"
            "Statuses:   200 x5, 204 x1, 302 x1, 404 x1, 500 x1, no response x1\n"
            "Total time: 65.3 ms (sum of entry times), 203.4 ms wall clock\n"
            "Failed entries:\n"
            "  #9 GET http://127.0.0.1:44151/refused: net::ERR_CONNECTION_REFUSED\n"
            "Per page:\n"
            "  page@ade6757cb34ce99b4229d4f61a6c6bcf \"Webhook fixture\": 10 entries, 1 failed, 65.3 ms\n");
        QCOMPARE(result.out, expected);
    }

    void summarisesAFirefoxExport()
    {
        const Result result = run({fixture("firefox.har")});
        QCOMPARE(result.code, int(ExitSuccess));
        QCOMPARE(result.out, QStringLiteral("File:       firefox.har\n"
                                            "Creator:    Firefox 115.12.0\n"
                                            "Browser:    Firefox 115.12.0\n"
                                            "HAR:        1.1\n"
                                            "Pages:      1\n"
                                            "Entries:    4 (1 failed)\n"
                                            "Statuses:   200 x2, 204 x1, no response x1\n"
                                            "Total time: 67.0 ms (sum of entry times), 100.0 ms wall clock\n"
                                            "Failed entries:\n"
                                            "  #3 GET https://unreachable.example.test/hook: no response recorded\n"
                                            "Per page:\n"
                                            "  page_1 \"Webhook fixture\": 4 entries, 1 failed, 67.0 ms\n"));
    }

    void summarisesAChromeDevToolsExport()
    {
        const Result result = run({fixture("chrome-devtools.har")});
        QCOMPARE(result.code, int(ExitSuccess));
        QVERIFY2(result.out.contains(QLatin1String("Creator:    WebInspector 537.36\n")), qPrintable(result.out));
        QVERIFY(!result.out.contains(QLatin1String("Browser:")));
        QVERIFY(result.out.contains(QLatin1String("Statuses:   201 x1, no response x1\n")));
        QVERIFY(result.out.contains(
            QLatin1String("  #1 GET http://no-such-host.invalid/hook: net::ERR_NAME_NOT_RESOLVED\n")));
        QVERIFY(result.out.contains(QLatin1String("Total time: 7.2 ms (sum of entry times), 12.5 ms wall clock\n")));
    }

    void summarisesOurOwnFiles()
    {
        StoredCall first;
        first.id = QStringLiteral("call-1");
        first.title = QStringLiteral("Morning call");
        first.startedAt = QDateTime(QDate(2024, 5, 14), QTime(9, 0), Qt::UTC);
        FiredPixel pixel;
        pixel.webhookName = QStringLiteral("Start");
        pixel.fired = true;
        Exchange ok;
        ok.request.method = QStringLiteral("GET");
        ok.request.url = QStringLiteral("http://127.0.0.1:8080/start");
        ok.startedAt = first.startedAt;
        ok.status = 200;
        ok.timings.wait = 12;
        Exchange timedOut = ok;
        timedOut.request.url = QStringLiteral("http://127.0.0.1:8080/slow");
        timedOut.outcome = Exchange::Outcome::TimedOut;
        timedOut.status = 0;
        timedOut.error = QStringLiteral("timed out after 5000 ms");
        timedOut.startedAt = first.startedAt.addMSecs(100);
        timedOut.timings.wait = 5000;
        pixel.exchanges = {ok, timedOut};
        first.pixels = {pixel};
        StoredCall second = first;
        second.id = QStringLiteral("call-2");
        second.title.clear();
        second.pixels[0].exchanges = {ok};

        HarWriter writer;
        writer.addCall(first);
        writer.addCall(second);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ours.har"));
        QString error;
        QVERIFY2(writer.writeFile(path, &error), qPrintable(error));

        const Result result = run({path});
        QCOMPARE(result.code, int(ExitSuccess));
        QCOMPARE(result.out, QStringLiteral("File:       ours.har\n"
                                            "Creator:    Webhook Configurator " WC_VERSION "\n"
                                            "HAR:        1.2\n"
                                            "Pages:      2\n"
                                            "Entries:    3 (1 failed)\n"
                                            "Statuses:   200 x2, no response x1\n"
                                            "Total time: 5024.0 ms (sum of entry times), 5100.0 ms wall clock\n"
                                            "Failed entries:\n"
                                            "  #1 GET http://127.0.0.1:8080/slow: timed out after 5000 ms\n"
                                            "Per page:\n"
                                            "  call-1 \"Morning call\": 2 entries, 1 failed, 5012.0 ms\n"
                                            "  call-2: 1 entry, 0 failed, 12.0 ms\n"));
    }

    void entriesOutsidePages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loose.har"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json(
            "{'log': {'version': '1.2', 'creator': {'name': 'curl-to-har'}, 'entries': ["
            "{'pageref': 'p7', 'time': 2, 'request': {'method': 'GET', 'url': 'http://a.test/'}, 'response': "
            "{'status': 301}},"
            "{'time': 3, 'request': {'method': 'GET', 'url': 'http://a.test/b'}, 'response': {'status': 200}}]}}"));
        file.close();
        const Result result = run({path});
        QCOMPARE(result.code, int(ExitSuccess));
        QVERIFY2(result.out.endsWith(QStringLiteral("Total time: 5.0 ms (sum of entry times)\n"
                                                    "Per page:\n"
                                                    "  p7 (not in log.pages): 1 entry, 0 failed, 2.0 ms\n"
                                                    "  (no page): 1 entry, 0 failed, 3.0 ms\n")),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1String("Creator:    curl-to-har\n")));
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("HTTP/1.1 200 OK\n")
                                  << "JSON syntax error at line 1, column 1: illegal value";
        QTest::newRow("no log") << QByteArray(json("{'har': {}}")) << "not a HAR file: no log object";
        QTest::newRow("version") << QByteArray(json("{'log': {'version': '2.0', 'entries': []}}"))
                                 << "log.version \"2.0\" is not supported (1.1 and 1.2 are)";
        QTest::newRow("no url") << QByteArray(
            json("{'log': {'entries': [{'request': {'method': 'GET'}, 'response': {'status': 200}}]}}"))
                                << "log.entries[0].request.url: missing";
    }

    void brokenFiles()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.har"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        const Result result = run({path});
        QCOMPARE(result.code, int(ExitBadInput));
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, QStringLiteral("har-info: broken.har: ") + message + QLatin1Char('\n'));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("none") << QStringList() << "har-info: missing the HAR file (usage: har-info FILE.har)\n";
        QTest::newRow("two") << QStringList{"a.har", "b.har"} << "har-info: expected one HAR file, got 2\n";
        QTest::newRow("unknown option") << QStringList{"--frobnicate", "a.har"}
                                        << "har-info: Unknown option 'frobnicate'.\n";
        QTest::newRow("missing file") << QStringList{"/nonexistent/a.har"}
                                      << "har-info: a.har: cannot open /nonexistent/a.har: No such file or directory\n";
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result result = run(arguments);
        QCOMPARE(result.code, int(ExitBadInput));
        QCOMPARE(result.err, message);
        QCOMPARE(result.out, QString());
    }

    void help()
    {
        const Result result = run({QStringLiteral("--help")});
        QCOMPARE(result.code, int(ExitSuccess));
        QVERIFY(result.out.contains(QLatin1String("FILE.har")));
    }
};

QTEST_GUILESS_MAIN(TestHarInfoCommand)
#include "TestHarInfoCommand.moc"
