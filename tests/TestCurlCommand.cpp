// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/CurlCommand.h"
#include "net/SandboxReceiver.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(RenderedRequest)

namespace {

using Arguments = QList<QByteArray>;

RenderedRequest request(const QString &method, const QString &url, const HttpHeaders &headers = {},
                        const QByteArray &body = {}, int timeoutMs = 5000)
{
    RenderedRequest result;
    result.method = method;
    result.url = url;
    result.headers = headers;
    result.body = body;
    result.timeoutMs = timeoutMs;
    return result;
}

// Every character a shell could take for syntax, and text that is not ASCII.
const QByteArray kHostile =
    QByteArrayLiteral("it's \"q\" $(id) `id` ${HOME} $HOME \\ \\n back\\slash ; | & < > * ? ~ # "
                      "! {a,b} [x] \t tab 'end'' ''")
    + QStringLiteral("ünïcødé 🚀 Ω").toUtf8();

// What a shell made of a command: curl's arguments and what it read on standard input.
struct ShellRun
{
    bool ok = false;
    QString error;
    Arguments arguments;
    QByteArray standardInput;
};

// Runs command with `shell`, curl replaced by a function that writes its arguments, each
// followed by a NUL, and its standard input to files. The script goes through a file, since a
// command with a long body is longer than one exec argument may be.
ShellRun runWithFakeCurl(const QStringList &shell, const QString &command)
{
    ShellRun run;
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("copy-as-curl.sh"));
    const QString argumentsFile = dir.filePath(QStringLiteral("arguments"));
    const QString stdinFile = dir.filePath(QStringLiteral("stdin"));
    QFile file(script);
    if (!file.open(QIODevice::WriteOnly)) {
        run.error = file.errorString();
        return run;
    }
    file.write("curl() { printf '%s\\0' \"$@\" > \"$WC_ARGUMENTS\"; cat > \"$WC_STDIN\"; }\n");
    file.write(command.toUtf8());
    file.write("\n");
    file.close();

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WC_ARGUMENTS"), argumentsFile);
    environment.insert(QStringLiteral("WC_STDIN"), stdinFile);
    process.setProcessEnvironment(environment);
    process.start(shell.constFirst(), shell.mid(1) + QStringList{script});
    process.closeWriteChannel(); // a curl with nothing piped reads an empty stdin
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.error = QStringLiteral("%1 failed (%2): %3")
                        .arg(shell.join(QLatin1Char(' ')), process.errorString(),
                             QString::fromUtf8(process.readAllStandardError()));
        return run;
    }
    QFile arguments(argumentsFile);
    QFile input(stdinFile);
    if (!arguments.open(QIODevice::ReadOnly) || !input.open(QIODevice::ReadOnly)) {
        run.error = QStringLiteral("the fake curl did not run");
        return run;
    }
    QByteArray all = arguments.readAll();
    if (!all.endsWith('\0')) {
        run.error = QStringLiteral("arguments not NUL-terminated: ") + QString::fromUtf8(all);
        return run;
    }
    all.chop(1);
    run.arguments = all.split('\0');
    run.standardInput = input.readAll();
    run.ok = true;
    return run;
}

// The POSIX shells installed here, each as a program and the arguments that make it a shell.
QList<QStringList> shells()
{
    QList<QStringList> found;
    for (const QStringList &shell :
         {QStringList{QStringLiteral("sh")}, QStringList{QStringLiteral("dash")},
          QStringList{QStringLiteral("bash"), QStringLiteral("--posix")}, QStringList{QStringLiteral("bash")},
          QStringList{QStringLiteral("zsh")}, QStringList{QStringLiteral("ksh")}, QStringList{QStringLiteral("mksh")},
          QStringList{QStringLiteral("busybox"), QStringLiteral("sh")}}) {
        const QString path = QStandardPaths::findExecutable(shell.constFirst());
        if (!path.isEmpty())
            found.append(QStringList{path} + shell.mid(1));
    }
    return found;
}

QByteArray everyByte()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

// The header, body and URL a request's curl arguments send, read back from the arguments.
struct Sent
{
    HttpHeaders headers;
    QByteArray body;
    bool hasBody = false;
    QByteArray url;
};

Sent readBack(const Arguments &arguments, const QByteArray &standardInput)
{
    Sent sent;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QByteArray &argument = arguments.at(i);
        if (argument == "-H") {
            const QByteArray header = arguments.value(++i);
            const qsizetype colon = header.indexOf(':');
            if (colon < 0)
                sent.headers.append({header.chopped(1), QByteArray()}); // "Name;"
            else
                sent.headers.append({header.left(colon), header.mid(colon + 2)});
        } else if (argument == "--data-binary" || argument == "--data-raw") {
            const QByteArray data = arguments.value(++i);
            sent.body = argument == "--data-binary" && data == "@-" ? standardInput : data;
            sent.hasBody = true;
        } else if (argument == "-X" || argument == "--max-time" || argument == "--url") {
            if (argument == "--url")
                sent.url = arguments.value(i + 1);
            ++i;
        } else if (!argument.startsWith('-')) {
            sent.url = argument;
        }
    }
    return sent;
}

} // namespace

class TestCurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void quote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "abc"
                               << "'abc'";
        QTest::newRow("empty") << ""
                               << "''";
        QTest::newRow("one quote") << "it's"
                                   << "'it'\\''s'";
        QTest::newRow("only a quote") << "'"
                                      << "''\\'''";
        QTest::newRow("shell syntax stays inside") << "$(id) `id` \\ \""
                                                   << "'$(id) `id` \\ \"'";
        QTest::newRow("newline") << "a\nb"
                                 << "'a\nb'";
    }

    void quote()
    {
        QFETCH(QString, text);
        QTEST(CurlCommand::quote(text), "quoted");
    }

    void buildsTheCommand_data()
    {
        QTest::addColumn<RenderedRequest>("request");
        QTest::addColumn<QString>("command");
        QTest::addColumn<Arguments>("arguments");

        QTest::newRow("GET: no -X") << request(QStringLiteral("GET"), QStringLiteral("https://example.test/a?b=c%20d"))
                                    << "curl --max-time '5' \\\n  'https://example.test/a?b=c%20d'"
                                    << Arguments{"--max-time", "5", "https://example.test/a?b=c%20d"};
        QTest::newRow("POST with a body: no -X")
            << request(QStringLiteral("POST"), QStringLiteral("https://example.test/hook"),
                       {{"Content-Type", "application/json"}}, "{\"a\": \"it's\"}", 2500)
            << "curl -H 'Content-Type: application/json' \\\n  --data-binary '{\"a\": \"it'\\''s\"}' \\\n"
               "  --max-time '2.5' \\\n  'https://example.test/hook'"
            << Arguments{"-H",  "Content-Type: application/json", "--data-binary", "{\"a\": \"it's\"}", "--max-time",
                         "2.5", "https://example.test/hook"};
        QTest::newRow("POST without a body still sends an empty one")
            << request(QStringLiteral("POST"), QStringLiteral("https://example.test/"), {}, {}, 0)
            << "curl --data-binary '' \\\n  'https://example.test/'"
            << Arguments{"--data-binary", "", "https://example.test/"};
        QTest::newRow("PUT: -X") << request(QStringLiteral("PUT"), QStringLiteral("https://example.test/"), {}, "x", 0)
                                 << "curl -X 'PUT' \\\n  --data-binary 'x' \\\n  'https://example.test/'"
                                 << Arguments{"-X", "PUT", "--data-binary", "x", "https://example.test/"};
        QTest::newRow("DELETE without a body")
            << request(QStringLiteral("DELETE"), QStringLiteral("https://example.test/"), {}, {}, 0)
            << "curl -X 'DELETE' \\\n  'https://example.test/'" << Arguments{"-X", "DELETE", "https://example.test/"};
        QTest::newRow("GET with a body: -X GET")
            << request(QStringLiteral("GET"), QStringLiteral("https://example.test/"), {}, "q=1", 0)
            << "curl -X 'GET' \\\n  --data-binary 'q=1' \\\n  'https://example.test/'"
            << Arguments{"-X", "GET", "--data-binary", "q=1", "https://example.test/"};
        QTest::newRow("HEAD") << request(QStringLiteral("HEAD"), QStringLiteral("https://example.test/"), {}, {}, 0)
                              << "curl --head \\\n  'https://example.test/'"
                              << Arguments{"--head", "https://example.test/"};
        QTest::newRow("no method is GET") << request(QString(), QStringLiteral("https://example.test/"), {}, {}, 0)
                                          << "curl 'https://example.test/'" << Arguments{"https://example.test/"};
        QTest::newRow("empty header value keeps the header")
            << request(QStringLiteral("GET"), QStringLiteral("https://example.test/"), {{"X-Empty", ""}}, {}, 0)
            << "curl -H 'X-Empty;' \\\n  'https://example.test/'"
            << Arguments{"-H", "X-Empty;", "https://example.test/"};
        QTest::newRow("repeated headers in order")
            << request(QStringLiteral("GET"), QStringLiteral("https://example.test/"), {{"X-Tag", "a"}, {"X-Tag", "b"}},
                       {}, 0)
            << "curl -H 'X-Tag: a' \\\n  -H 'X-Tag: b' \\\n  'https://example.test/'"
            << Arguments{"-H", "X-Tag: a", "-H", "X-Tag: b", "https://example.test/"};
        QTest::newRow("body starting with @ is not a file name")
            << request(QStringLiteral("POST"), QStringLiteral("https://example.test/"), {}, "@/etc/passwd", 0)
            << "curl --data-raw '@/etc/passwd' \\\n  'https://example.test/'"
            << Arguments{"--data-raw", "@/etc/passwd", "https://example.test/"};
        QTest::newRow("brackets in the URL: no globbing")
            << request(QStringLiteral("GET"), QStringLiteral("http://[::1]:8377/a"), {}, {}, 0)
            << "curl --globoff \\\n  'http://[::1]:8377/a'" << Arguments{"--globoff", "http://[::1]:8377/a"};
        QTest::newRow("URL starting with -") << request(QStringLiteral("GET"), QStringLiteral("-v"), {}, {}, 0)
                                             << "curl --url '-v'" << Arguments{"--url", "-v"};
        QTest::newRow("NUL in the body: printf with octal escapes")
            << request(QStringLiteral("POST"), QStringLiteral("https://example.test/"), {},
                       QByteArray("a\0b%\\c'\x7f\n", 9), 0)
            << "printf 'a\\000b%%\\\\c'\\''\\177\n' | curl --data-binary '@-' \\\n  'https://example.test/'"
            << Arguments{"--data-binary", "@-", "https://example.test/"};
        QTest::newRow("not UTF-8: printf with octal escapes")
            << request(QStringLiteral("POST"), QStringLiteral("https://example.test/"), {}, "\xe9t\xe9", 0)
            << "printf '\\351t\\351' | curl --data-binary '@-' \\\n  'https://example.test/'"
            << Arguments{"--data-binary", "@-", "https://example.test/"};
    }

    void buildsTheCommand()
    {
        QFETCH(RenderedRequest, request);
        const CurlCommand command(request);
        QVERIFY2(command.isValid(), qPrintable(command.errorString()));
        QTEST(command.toString(), "command");
        QTEST(command.arguments(), "arguments");
    }

    void pipedBodyIsTheStandardInput()
    {
        const QByteArray body("a\0b", 3);
        const CurlCommand command(request(QStringLiteral("POST"), QStringLiteral("https://example.test/"), {}, body));
        QCOMPARE(command.standardInput(), body);
        QCOMPARE(CurlCommand(request(QStringLiteral("POST"), QStringLiteral("https://example.test/"), {}, "ab"))
                     .standardInput(),
                 QByteArray());
    }

    void longBodyIsPipedAsOneArgument()
    {
        const QByteArray body(CurlCommand::kMaxArgumentBytes + 1, 'x');
        const CurlCommand command(
            request(QStringLiteral("POST"), QStringLiteral("https://example.test/"), {}, body, 0));
        QCOMPARE(command.toString(), QStringLiteral("printf '%s' '") + QString::fromLatin1(body)
                                         + QStringLiteral("' | curl --data-binary '@-' \\\n  'https://example.test/'"));
        QCOMPARE(command.standardInput(), body);
        const CurlCommand atLimit(
            request(QStringLiteral("POST"), QStringLiteral("https://example.test/"), {}, body.chopped(1), 0));
        QCOMPARE(atLimit.arguments().value(1), body.chopped(1));
    }

    void refusesWhatNoArgumentCanCarry_data()
    {
        QTest::addColumn<RenderedRequest>("request");
        QTest::addColumn<QString>("error");
        const QString url = QStringLiteral("https://example.test/");
        QTest::newRow("no URL") << request(QStringLiteral("GET"), QString()) << "the request has no URL";
        QTest::newRow("NUL in the URL") << request(QStringLiteral("GET"), QStringLiteral("https://a/") + QChar(0))
                                        << "the URL holds a NUL character, which a shell argument cannot carry";
        QTest::newRow("NUL in a header value")
            << request(QStringLiteral("GET"), url, {{"X-Id", QByteArray("a\0b", 3)}})
            << "header X-Id: the value holds a NUL byte, which a shell argument cannot carry";
        QTest::newRow("header value not UTF-8")
            << request(QStringLiteral("GET"), url, {{"X-Id", "caf\xe9"}})
            << "header X-Id: the value is not UTF-8 text, which the command line cannot show";
        QTest::newRow("empty header name")
            << request(QStringLiteral("GET"), url, {{"", "v"}}) << "header \"\": not a header name curl can send";
        QTest::newRow("colon in a header name")
            << request(QStringLiteral("GET"), url, {{"X:Y", "v"}}) << "header \"X:Y\": not a header name curl can send";
    }

    void refusesWhatNoArgumentCanCarry()
    {
        QFETCH(RenderedRequest, request);
        const CurlCommand command(request);
        QVERIFY(!command.isValid());
        QTEST(command.errorString(), "error");
        QCOMPARE(command.toString(), QString());
    }

    // The issue's "Must show": the command run by a real shell hands curl the exact bytes.
    void shellRoundTripIsByteExact_data()
    {
        QTest::addColumn<QStringList>("shell");
        QTest::addColumn<RenderedRequest>("request");

        const QString hostileUrl = QStringLiteral("https://example.test/a'b/$(id)?q=%60id%60&r=it's");
        const HttpHeaders hostileHeaders{{"X-Hostile", kHostile},
                                         {"X-Lines", "line 1\nline 2\r\nline 3"},
                                         {"X-Empty", ""},
                                         {"Content-Type", "application/json"}};
        QByteArray json = QByteArrayLiteral("{\"say\": \"") + kHostile + QByteArrayLiteral("\",\n \"n\": 1}\n\n");
        const QList<QPair<const char *, RenderedRequest>> requests = {
            {"hostile headers and body", request(QStringLiteral("PUT"), hostileUrl, hostileHeaders, json)},
            {"body of one quote", request(QStringLiteral("POST"), hostileUrl, {}, "'")},
            {"body of quotes and backslashes", request(QStringLiteral("POST"), hostileUrl, {}, "''\\'\\\\''\\")},
            {"trailing newlines", request(QStringLiteral("POST"), hostileUrl, {}, "x\n\n\n")},
            {"every byte (NUL, not UTF-8)", request(QStringLiteral("POST"), hostileUrl, hostileHeaders, everyByte())},
            {"NUL at both ends", request(QStringLiteral("POST"), hostileUrl, {}, QByteArray("\0x\0", 3))},
            {"percent signs and printf escapes",
             request(QStringLiteral("POST"), hostileUrl, {}, "%s %d %% \\n \\000 \\c \\x41" + QByteArray(1, '\0'))},
            {"long body", request(QStringLiteral("POST"), hostileUrl, {},
                                  kHostile.repeated(2 * CurlCommand::kMaxArgumentBytes / kHostile.size()))},
            {"long body that is not UTF-8",
             request(QStringLiteral("POST"), hostileUrl, {}, everyByte().repeated(1024))},
        };
        const QList<QStringList> available = shells();
        QVERIFY(!available.isEmpty());
        for (const QStringList &shell : available) {
            for (const auto &[name, rendered] : requests)
                QTest::addRow("%s: %s", qPrintable(shell.join(QLatin1Char(' '))), name) << shell << rendered;
        }
    }

    void shellRoundTripIsByteExact()
    {
        QFETCH(QStringList, shell);
        QFETCH(RenderedRequest, request);

        const CurlCommand command(request);
        QVERIFY2(command.isValid(), qPrintable(command.errorString()));
        const ShellRun run = runWithFakeCurl(shell, command.toString());
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(run.arguments, command.arguments());
        QCOMPARE(run.standardInput, command.standardInput());

        // And the arguments say what the request says.
        const Sent sent = readBack(run.arguments, run.standardInput);
        QCOMPARE(sent.headers, request.headers);
        QVERIFY(sent.hasBody);
        QCOMPARE(sent.body.size(), request.body.size());
        QVERIFY(sent.body == request.body);
        QCOMPARE(QString::fromUtf8(sent.url), request.url);
    }

    // What real curl sends for the command, as the sandbox receiver gets it.
    void realCurlSendsTheRequest_data()
    {
        QTest::addColumn<RenderedRequest>("request");
        const HttpHeaders headers{{"X-Hostile", kHostile}, {"Content-Type", "application/json"}};
        const QByteArray json = QByteArrayLiteral("{\"say\": \"") + kHostile + QByteArrayLiteral("\",\n \"n\": 1}\n");
        QTest::newRow("POST, hostile header and body") << request(QStringLiteral("POST"), QString(), headers, json);
        QTest::newRow("PUT, NUL and every byte in the body")
            << request(QStringLiteral("PUT"), QString(), {{"X-Empty", ""}}, everyByte());
        QTest::newRow("PATCH, body starting with @")
            << request(QStringLiteral("PATCH"), QString(), {}, "@/etc/hostname");
        QTest::newRow("DELETE") << request(QStringLiteral("DELETE"), QString(), {{"X-Id", "7"}}, {});
        QTest::newRow("GET with a long body")
            << request(QStringLiteral("GET"), QString(), {}, QByteArray(CurlCommand::kMaxArgumentBytes * 3, 'z'));
    }

    void realCurlSendsTheRequest()
    {
        QFETCH(RenderedRequest, request);
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty())
            QSKIP("curl is not installed");
        SandboxReceiver receiver;
        QVERIFY2(receiver.listen(), qPrintable(receiver.errorString()));
        request.url = receiver.baseUrl() + QStringLiteral("/hook/it's?q=%24%28id%29&r=%60x%60");

        QTemporaryDir dir;
        const QString script = dir.filePath(QStringLiteral("copy-as-curl.sh"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(CurlCommand(request).toString().toUtf8() + " --silent --show-error --output /dev/null\n");
        file.close();

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *proxy : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"})
            environment.remove(QLatin1String(proxy));
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral("/bin/sh"), {script});
        process.closeWriteChannel();
        // The receiver answers on this thread's event loop, so wait by spinning it.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        QCOMPARE(receiver.requests().size(), 1);
        const ReceivedRequest received = receiver.requests().constFirst();
        QCOMPARE(received.method, request.method);
        QCOMPARE(received.path, QStringLiteral("/hook/it's"));
        QCOMPARE(received.query, QStringLiteral("q=%24%28id%29&r=%60x%60"));
        for (const auto &[name, value] : request.headers) {
            const auto sent = std::find_if(received.headers.cbegin(), received.headers.cend(), [&](const auto &header) {
                return header.first.compare(name, Qt::CaseInsensitive) == 0;
            });
            QVERIFY2(sent != received.headers.cend(), name.constData());
            QCOMPARE(sent->second, value);
        }
        QCOMPARE(received.body.size(), request.body.size());
        QVERIFY(received.body == request.body);
    }
};

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "TestCurlCommand.moc"
