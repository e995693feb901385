// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The hostile-input table of docs/RELIABILITY.md, row for row: every kind of input the app reads
// from files, responses and pasted text, given what a broken or hostile source sends (sizes,
// encodings, malformed structures, deep nesting, huge numbers), and the specific outcome each
// gets. A row that changes here changes in the document too. The receiver's rows are in
// TestSandboxReceiver, the network's in TestNetworkResponder.

#include "files/ScenarioFile.h"
#include "files/WorkspaceFile.h"
#include "record/HarReader.h"
#include "response/ResponseTagParser.h"
#include "templates/TemplateLibrary.h"
#include "templates/WebhookTemplate.h"
#include "tokens/JsonBodyTemplate.h"
#include "tokens/TokenTemplate.h"
#include "tokens/UrlTemplate.h"

#include <QTest>

namespace {

// What the app makes of input as kind: "ok", or its first message and how many there are.
QString outcome(const QString &kind, const QByteArray &input)
{
    const auto first = [](const QStringList &messages) {
        if (messages.isEmpty())
            return QStringLiteral("ok");
        return messages.size() == 1
                   ? messages.constFirst()
                   : QStringLiteral("%1 (+%2 more)").arg(messages.constFirst()).arg(messages.size() - 1);
    };
    const auto strings = [](const QList<LoadError> &errors) {
        QStringList messages;
        for (const LoadError &error : errors)
            messages.append(error.toString());
        return messages;
    };
    if (kind == QLatin1String("workspace"))
        return first(strings(WorkspaceFile::parse(input).errors));
    if (kind == QLatin1String("template")) {
        QList<LoadError> errors;
        WebhookTemplate::fromData(input, &errors);
        return first(strings(errors));
    }
    if (kind == QLatin1String("scenario"))
        return first(strings(ScenarioFile::parse(input).errors));
    if (kind == QLatin1String("har")) {
        HarLog log;
        QString error;
        return HarReader::read(input, &log, &error) ? QStringLiteral("ok") : error;
    }
    if (kind == QLatin1String("response")) {
        const ResponseTags tags = ResponseTagParser::parse(200, input);
        return tags.notes.isEmpty() ? tags.reason : tags.reason + QStringLiteral(" / ") + tags.notes.constLast();
    }
    const QString text = QString::fromUtf8(input);
    if (kind == QLatin1String("json body"))
        return first(JsonBodyTemplate(text).errors());
    if (kind == QLatin1String("url"))
        return first(UrlTemplate(text).errors());
    return first(TokenTemplate(text).errors());
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

// A valid workspace with one webhook, its fields given as JSON text.
QByteArray workspaceWithWebhook(const QByteArray &fields)
{
    return R"({"format": 1, "campaigns": [{"id": "c1", "webhooks": [{"name": "w", "url": "https://x.test/", )" + fields
           + "}]}]}";
}

} // namespace

class TestHostileInput final : public QObject
{
    Q_OBJECT

private slots:
    void table_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");

        const QByteArray bigArray = "{\"many\": [" + QByteArray("7,").repeated(5 * 1024 * 1024 - 8) + "7]}";
        const QByteArray hundredKilobyteKey(100 * 1024, 'k');

        // Workspace files.
        QTest::newRow("workspace: empty") << "workspace" << QByteArray() << "the file is empty";
        QTest::newRow("workspace: over 64 MiB")
            << "workspace" << QByteArray(WorkspaceFile::kMaxFileBytes + 1, ' ')
            << "the file is too large (64.0 MiB; a workspace file is at most 64 MiB)";
        QTest::newRow("workspace: UTF-16")
            << "workspace" << QByteArray("\xFF\xFE{\0}\0", 6) << "the file is UTF-16 text; save it as UTF-8";
        QTest::newRow("workspace: Latin-1") << "workspace" << QByteArray("{\"format\": 1, \"x\": \"caf\xE9\"}")
                                            << "the file is not UTF-8 text (invalid byte 0xE9 at line 1, column 24)";
        QTest::newRow("workspace: NUL byte") << "workspace" << QByteArray("{\"format\": 1,\0 \"x\": 1}", 23)
                                             << "the file is not UTF-8 text (a NUL byte at line 1, column 14)";
        QTest::newRow("workspace: nested 1025 deep")
            << "workspace"
            << "{\"format\": 1, \"x\": " + nested(1024) + "}"
            << "syntax error at line 1, column 1043: too deeply nested document";
        QTest::newRow("workspace: nested 1024 deep, kept") << "workspace"
                                                           << "{\"format\": 1, \"x\": " + nested(1023) + "}"
                                                           << "ok";
        QTest::newRow("workspace: number too big for a double")
            << "workspace" << QByteArray("{\"format\": 1e999}") << "syntax error at line 1, column 16: illegal number";
        QTest::newRow("workspace: huge format") << "workspace" << QByteArray("{\"format\": 1e300}")
                                                << "format 1e+300 is newer than this app understands (1); update "
                                                   "Webhook Configurator";
        QTest::newRow("workspace: huge timeout")
            << "workspace" << workspaceWithWebhook("\"timeout_ms\": 1e300")
            << "campaigns[0].webhooks[0].timeout_ms: expected a whole number, got 1e+300, which is too large";
        QTest::newRow("workspace: 100 KB token name")
            << "workspace" << workspaceWithWebhook("\"body_kind\": \"raw\", \"body\": \"[" + hundredKilobyteKey + "]\"")
            << "ok";
        QTest::newRow("workspace: cut short")
            << "workspace" << QByteArray("{\"format\": 1, \"company\": {\"name\": \"Ac")
            << "unexpected end of file: the file looks truncated (it ends at line 1, "
               "column 38)";

        // Template files.
        // At the [ that opens the 1025th level (the { is the first).
        QTest::newRow("template: nested 1025 deep")
            << "template"
            << "{\"x\": " + nested(1024) + "}"
            << "not valid JSON: line 1, column 1030: too deeply nested document";
        QTest::newRow("template: Latin-1") << "template" << QByteArray("{\"name\": \"caf\xE9\"}")
                                           << "not valid JSON: line 1, column 14: invalid UTF8 string";
        QTest::newRow("template: array") << "template" << QByteArray("[]")
                                         << "a template file holds one JSON object (the template), not an array";

        // Scenario files.
        // At the [ that opens the 1025th level (the { is the first).
        QTest::newRow("scenario: nested 1025 deep") << "scenario"
                                                    << "{\"x\": " + nested(1024) + "}"
                                                    << "line 1, column 1030: too deeply nested document";
        QTest::newRow("scenario: Latin-1")
            << "scenario" << QByteArray("{\"tags\": {\"a\": \"caf\xE9\"}}") << "line 1, column 20: invalid UTF8 string";
        QTest::newRow("scenario: huge duration") << "scenario" << QByteArray("{\"duration\": 1e300}")
                                                 << "duration: must be between 0 and 86400 (got 1e+300)";
        QTest::newRow("scenario: wrong types") << "scenario" << QByteArray("{\"routing\": [1], \"webhooks\": {}}")
                                               << "routing[0]: expected an object (+2 more)";

        // HAR files.
        QTest::newRow("har: nested 1025 deep")
            << "har"
            << "{\"log\": " + nested(1024) + "}"
            << "JSON syntax error at line 1, column 1032: too deeply nested document";
        QTest::newRow("har: Latin-1") << "har"
                                      << QByteArray("{\"log\": {\"comment\": \"caf\xE9\"}}")
                                      // at the byte 0xE9 itself
                                      << "JSON syntax error at line 1, column 25: invalid UTF8 string";
        QTest::newRow("har: huge status and timeout, clamped")
            << "har"
            << QByteArray(
                   R"({"log": {"entries": [{"request": {"method": "GET", "url": "https://x.test/", "_timeoutMs": 1e300},)"
                   R"( "response": {"status": 1e300}}]}})")
            << "ok";
        QTest::newRow("har: broken base64")
            << "har"
            << QByteArray(R"({"log": {"entries": [{"request": {"method": "GET", "url": "https://x.test/"},)"
                          R"( "response": {"status": 200, "content": {"text": "@@@", "encoding": "base64"}}}]}})")
            << "log.entries[0].response.content.text: not valid base64";

        // HTTP response bodies (read for tags).
        QTest::newRow("response: nested 1025 deep") << "response"
                                                    << "{\"x\": " + nested(1024) + "}"
                                                    << "invalid JSON: too deeply nested document at offset 1030";
        QTest::newRow("response: Latin-1")
            << "response" << QByteArray("{\"a\": \"caf\xE9\"}") << "invalid JSON: invalid UTF8 string at offset 10";
        QTest::newRow("response: 30-digit integer")
            << "response" << QByteArray("{\"id\": 123456789012345678901234567890}") << "1 tag applied";
        QTest::newRow("response: number too big for a double")
            << "response" << QByteArray("{\"n\": 1e400}") << "invalid JSON: illegal number at offset 11";
        QTest::newRow("response: 10 MiB array") << "response" << bigArray
                                                << "1 tag applied / only the first 10000 values were read; the rest "
                                                   "of the response was ignored";
        QTest::newRow("response: HTML error page")
            << "response" << QByteArray("<html>502 Bad Gateway</html>") << "invalid JSON: illegal value at offset 1";

        // Pasted template text.
        QTest::newRow("pasted: 100 KB token name") << "token"
                                                   << "[" + hundredKilobyteKey + "|default:x]"
                                                   << "ok";
        QTest::newRow("pasted: 25,000 broken tokens")
            << "token" << QByteArray("[a|x").repeated(25000)
            << "column 4: unknown filter \"x\" (expected one of: first, last, lower, upper, trim, digits, e164, "
               "sha256, urlencode, default:TEXT) (+20 more)";
        // At the 1025th {, the one that opens a level too many.
        QTest::newRow("pasted: JSON body nested 1025 deep")
            << "json body" << QByteArray("{\"a\": ").repeated(1025) + "1" + QByteArray(1025, '}')
            << "column 6145: invalid JSON: too deeply nested (more than 1024 levels of objects and arrays)";
        QTest::newRow("pasted: JSON body, invalid UTF-8") << "json body" << QByteArray("{\"a\": \"\xFF\"}") << "ok";
        QTest::newRow("pasted: URL with a line break") << "url" << QByteArray("https://x.test/a\nb") << "ok";
        QTest::newRow("pasted: URL without scheme") << "url" << QByteArray("x.test/[id]")
                                                    << "column 7: the URL must start with a scheme and \"://\", as in "
                                                       "https://";
    }

    void table()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(outcome(kind, input), expected);
    }

    // A device or a pipe has no size to check first; each loader reads one byte past its limit
    // and stops there instead of reading until memory runs out.
    void endlessFilesAreReadUpToTheLimit()
    {
#ifdef Q_OS_LINUX
        const QString endless = QStringLiteral("/dev/zero");
        QCOMPARE(WorkspaceFile::load(endless).errors.value(0).toString(),
                 QStringLiteral("the file is too large (64.0 MiB; a workspace file is at most 64 MiB)"));
        QCOMPARE(ScenarioFile::load(endless).errors.value(0).toString(),
                 QStringLiteral("the file is over 16 MiB; scenario files are limited to 16 MiB"));
        TemplateLibrary library;
        QVERIFY(!library.loadFile(endless));
        QCOMPARE(library.errorStrings(),
                 QStringList{QStringLiteral("zero: the file is over 16 MiB; a template file is at most 16 MiB")});
        HarLog log;
        QString error;
        QVERIFY(!HarReader::readFile(endless, &log, &error));
        QCOMPARE(error, QStringLiteral("/dev/zero is over 256 MiB, more than a HAR file can be read whole"));
#else
        QSKIP("needs /dev/zero");
#endif
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "TestHostileInput.moc"
