// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLine.h"
#include "ExitCode.h"
#include "TagsCommand.h"
#include "response/ResponseTagParser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

class TestTagsCommand : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        const CommandLine::Command *command = CommandLine::find(QStringLiteral("tags"));
        if (!command)
            return result;
        result.code = command->run(arguments, out, err);
        out.flush();
        err.flush();
        return result;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;

private slots:
    void isRegistered()
    {
        const CommandLine::Command *command = CommandLine::find(QStringLiteral("tags"));
        QVERIFY(command);
        QVERIFY(command->run == &TagsCommand::run);
        QVERIFY(CommandLine::helpText().contains(QLatin1String("tags RESPONSE_FILE")));
    }

    void printsTagsInOrder()
    {
        const QString path = write(QStringLiteral("seed.json"),
                                   R"({"first_name": "Jason", "last_name": "Kay", "geo": "us-10101", "age": 23,
                                       "gender": "m", "product_interest": ["mortgage", "insurance"]})");
        const Run result = run({path});
        QCOMPARE(result.code, int(ExitSuccess));
        QCOMPARE(result.out,
                 QStringLiteral("first_name:Jason\nlast_name:Kay\ngeo:us-10101\ngeo:us-ny\ngeo:us\n"
                                "age:23\ngender:m\nproduct_interest:mortgage\nproduct_interest:insurance\n"));
        QCOMPARE(result.err, QString());
    }

    void keepsTheResponsesKeyOrder()
    {
        const Run result = run({write(QStringLiteral("order.json"), R"({"z":1,"a":2})")});
        QCOMPARE(result.code, int(ExitSuccess));
        QCOMPARE(result.out, QStringLiteral("z:1\na:2\n"));
    }

    void notesGoToStderr()
    {
        const Run result = run({write(QStringLiteral("nested.json"), R"({"a": 1, "address": {"zip": "10101"}})")});
        QCOMPARE(result.code, int(ExitSuccess));
        QCOMPARE(result.out, QStringLiteral("a:1\n"));
        QCOMPARE(result.err, QStringLiteral("tags: note: key address: nested object ignored\n"));
    }

    void noTagsIsAFinding_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("invalid JSON") << QByteArray("{\"a\": nope}") << "invalid JSON: illegal value at offset 8";
        QTest::newRow("array root") << QByteArray("[1]") << "JSON root is an array, not an object";
        QTest::newRow("empty file") << QByteArray() << "empty body";
        QTest::newRow("empty object") << QByteArray("{}") << "no tags: the JSON object is empty";
    }

    void noTagsIsAFinding()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const QString path = write(QStringLiteral("bad.json"), body);
        const Run result = run({path});
        QCOMPARE(result.code, int(ExitFindings));
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, QStringLiteral("tags: ") + path + QStringLiteral(": ") + reason + QLatin1Char('\n'));
    }

    void bodyOverTheLimitIsCut()
    {
        QByteArray body = "{\"a\": \"";
        body += QByteArray(ResponseTagParser::MaxBodyBytes, 'x');
        body += "\"}";
        const QString path = write(QStringLiteral("huge.json"), body);
        const Run result = run({path});
        QCOMPARE(result.code, int(ExitFindings));
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, QStringLiteral("tags: note: body cut at 10 MiB\ntags: ") + path
                                 + QStringLiteral(": body cut at 10 MiB, so it was not read for tags\n"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("no file") << QStringList{} << "tags: missing the response file (usage: tags RESPONSE_FILE)\n";
        QTest::newRow("two files") << QStringList{"a.json", "b.json"} << "tags: expected one response file, got 2\n";
        QTest::newRow("unknown option") << QStringList{"--frobnicate", "a.json"}
                                        << "tags: Unknown option 'frobnicate'.\n";
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const Run result = run(arguments);
        QCOMPARE(result.code, int(ExitBadInput));
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, error);
    }

    void unreadableFile()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
        Run result = run({missing});
        QCOMPARE(result.code, int(ExitBadInput));
        QCOMPARE(result.err,
                 QStringLiteral("tags: cannot read ") + missing + QStringLiteral(": No such file or directory\n"));

        result = run({m_dir.path()});
        QCOMPARE(result.code, int(ExitBadInput));
        QCOMPARE(result.err, QStringLiteral("tags: cannot read ") + m_dir.path()
                                 + QStringLiteral(": file to open is a directory\n"));
    }

    void help()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.code, int(ExitSuccess));
        QVERIFY(result.out.startsWith(QLatin1String("Usage: webhook-configurator tags [options] RESPONSE_FILE\n")));
        QCOMPARE(result.err, QString());
    }
};

QTEST_GUILESS_MAIN(TestTagsCommand)
#include "TestTagsCommand.moc"
