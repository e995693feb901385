// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/HarIndexReader.h"
#include "record/HarReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Test JSON is written with single quotes (see TestHarReader).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QString fixture(const char *name)
{
    return QStringLiteral(WC_TEST_DATA_DIR "/har/") + QLatin1String(name);
}

const QByteArray kEntry = json(
    "{'startedDateTime': '2024-01-01T00:00:00.000Z', 'time': 1, "
    "'request': {'method': 'GET', 'url': 'http://a.test/', 'httpVersion': 'HTTP/1.1', 'cookies': [], 'headers': [], "
    "'queryString': [], 'headersSize': -1, 'bodySize': 0}, "
    "'response': {'status': 200, 'statusText': 'OK', 'httpVersion': 'HTTP/1.1', 'cookies': [], 'headers': [], "
    "'content': {'size': 0, 'mimeType': ''}, 'redirectURL': '', 'headersSize': -1, 'bodySize': 0}, "
    "'cache': {}, 'timings': {'send': 0, 'wait': 1, 'receive': 0}}");

QByteArray logWithEntries(const QByteArray &entries)
{
    return json("{'log': {'version': '1.2', 'creator': {'name': 't', 'version': '1'}, 'entries': [") + entries + "]}}";
}

QByteArray entryWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray entry = kEntry;
    if (!entry.contains(from))
        qFatal("entryWith: %s is not in the entry", from.constData());
    return entry.replace(from, to);
}

// A numbered entry: its URL says which one it is.
QByteArray numberedEntry(int i)
{
    return entryWith("http://a.test/", "http://a.test/item/" + QByteArray::number(i));
}

struct Indexed
{
    bool ok = false;
    QString error;
    HarIndexReader reader;
    QList<HarEntrySummary> entries;
    QList<int> batchSizes;
    QList<qint64> progress;
};

Indexed index(const QString &path, int cancelAfterBatches = -1)
{
    Indexed out;
    out.ok = out.reader.read(
        path,
        [&out, cancelAfterBatches](const QList<HarEntrySummary> &batch, qint64 read, qint64 total) {
            out.entries.append(batch);
            out.batchSizes.append(int(batch.size()));
            out.progress.append(read);
            return total > 0 && out.batchSizes.size() != cancelAfterBatches;
        },
        &out.error);
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
} // namespace

class TestHarIndexReader : public QObject
{
    Q_OBJECT

private slots:
    // Every fixture: the summaries say what HarReader reads, and each entry reads back whole.
    void matchesHarReader_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("chromium") << fixture("chromium.har");
        QTest::newRow("firefox") << fixture("firefox.har");
        QTest::newRow("chrome devtools") << fixture("chrome-devtools.har");
    }

    void matchesHarReader()
    {
        QFETCH(QString, path);
        HarLog log;
        QString error;
        QVERIFY2(HarReader::readFile(path, &log, &error), qPrintable(error));

        const Indexed indexed = index(path);
        QVERIFY2(indexed.ok, qPrintable(indexed.error));
        QCOMPARE(indexed.reader.entryCount(), log.entries.size());
        QCOMPARE(indexed.entries.size(), log.entries.size());
        QCOMPARE(indexed.reader.log().version, log.version);
        QCOMPARE(indexed.reader.log().creator.name, log.creator.name);
        QCOMPARE(indexed.reader.log().pages.size(), log.pages.size());
        QVERIFY(indexed.reader.log().entries.isEmpty());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (int i = 0; i < log.entries.size(); ++i) {
            const HarEntrySummary &summary = indexed.entries.at(i);
            const HarEntry &expected = log.entries.at(i);
            QCOMPARE(summary.method, expected.exchange.request.method);
            QCOMPARE(summary.url, expected.exchange.request.url);
            QCOMPARE(summary.status, expected.exchange.status);
            QCOMPARE(summary.mimeType, expected.exchange.mimeType);
            QCOMPARE(summary.time, expected.time);
            QCOMPARE(summary.failed, expected.failed());
            QCOMPARE(summary.pageRef, expected.pageRef);
            QCOMPARE(summary.timings.wait, expected.exchange.timings.wait);
            QCOMPARE(summary.hasStart, expected.exchange.startedAt.isValid());
            QCOMPARE(summary.startedMs, expected.exchange.startedAt.toMSecsSinceEpoch());
            // The span is the entry object itself.
            QCOMPARE(bytes.at(summary.offset), '{');
            QCOMPARE(bytes.at(summary.offset + summary.length - 1), '}');

            HarEntry entry;
            QVERIFY2(indexed.reader.readEntry(summary, i, &entry, &error), qPrintable(error));
            QCOMPARE(entry.exchange.request.url, expected.exchange.request.url);
            QCOMPARE(entry.exchange.request.headers, expected.exchange.request.headers);
            QCOMPARE(entry.exchange.request.body, expected.exchange.request.body);
            QCOMPARE(entry.exchange.responseBody, expected.exchange.responseBody);
            QCOMPARE(entry.exchange.error, expected.exchange.error);
        }
    }

    void summaryFields()
    {
        const Indexed indexed = index(fixture("chromium.har"));
        QVERIFY2(indexed.ok, qPrintable(indexed.error));
        const HarEntrySummary &append = indexed.entries.at(1);
        QCOMPARE(append.size, 39); // content.size from the file
        QCOMPARE(append.mimeType, QStringLiteral("application/json"));
        const HarEntrySummary &refused = indexed.entries.at(9);
        QVERIFY(refused.failed);
        QCOMPARE(refused.error, QStringLiteral("net::ERR_CONNECTION_REFUSED"));
        // Entries repeat their page: one shared string.
        QVERIFY(indexed.entries.at(0).pageRef.constData() == indexed.entries.at(9).pageRef.constData());
    }

    // A content size no qint64 holds is clamped, not converted (undefined behaviour).
    void hugeContentSizeIsClamped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.har"));
        QVERIFY(writeFile(path, logWithEntries(entryWith(json("'size': 0"), json("'size': 1e300")) + ','
                                               + entryWith(json("'size': 0"), json("'size': -1e300")))));
        const Indexed indexed = index(path);
        QVERIFY2(indexed.ok, qPrintable(indexed.error));
        QCOMPARE(indexed.entries.size(), 2);
        QCOMPARE(indexed.entries.at(0).size, qint64(9.0e18));
        QCOMPARE(indexed.entries.at(1).size, qint64(0)); // as if unsaid: the (empty) body's size
    }

    // Rows arrive in batches, in file order, with the scan's progress.
    void deliversBatches()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.har"));
        QList<QByteArray> entries;
        for (int i = 0; i < 600; ++i)
            entries.append(numberedEntry(i));
        QVERIFY(writeFile(path, logWithEntries(entries.join(",\n"))));

        const Indexed indexed = index(path);
        QVERIFY2(indexed.ok, qPrintable(indexed.error));
        QCOMPARE(indexed.batchSizes, (QList<int>{256, 256, 88}));
        QCOMPARE(indexed.entries.size(), 600);
        for (int i = 0; i < 600; ++i)
            QCOMPARE(indexed.entries.at(i).url, QStringLiteral("http://a.test/item/%1").arg(i));
        QVERIFY(indexed.progress.at(0) < indexed.progress.at(1));
        QVERIFY(indexed.progress.at(2) <= QFile(path).size());
        QCOMPARE(indexed.reader.entryCount(), 600);
    }

    void cancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.har"));
        QList<QByteArray> entries;
        for (int i = 0; i < 600; ++i)
            entries.append(numberedEntry(i));
        QVERIFY(writeFile(path, logWithEntries(entries.join(','))));
        const Indexed indexed = index(path, 1);
        QVERIFY(!indexed.ok);
        QCOMPARE(indexed.error, QStringLiteral("cancelled"));
        QCOMPARE(indexed.batchSizes, QList<int>{256});
    }

    void toleratesWhatHarReaderTolerates_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("entries");
        QTest::newRow("no entries") << QByteArray(json("{'log': {'entries': []}}")) << 0;
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + logWithEntries(kEntry) << 1;
        QTest::newRow("extensions before and after")
            << QByteArray(json("{'_first': [1, {'a': '}'}], 'log': {'_x': {'b': [']']}, 'entries': [")) + kEntry
                   + json("], 'comment': 'c'}, '_other': true}")
            << 1;
        QTest::newRow("escaped key") << QByteArray(json("{'\\u006cog': {'entries': [")) + kEntry + "]}}" << 1;
        QTest::newRow("escaped quotes in strings") << logWithEntries(entryWith(
            json("'url': 'http://a.test/'"), json("'url': 'http://a.test/?q=%22', 'comment': 'a \\'b\\' \\\\'")))
                                                   << 1;
        QTest::newRow("whitespace") << QByteArray("\r\n\t { \"log\" :\n{ \"entries\" : [ ") + kEntry + " , " + kEntry
                                           + " ] } }\n"
                                    << 2;
    }

    void toleratesWhatHarReaderTolerates()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, entries);
        HarLog log;
        QString error;
        QVERIFY2(HarReader::read(data, &log, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.har"));
        QVERIFY(writeFile(path, data));
        const Indexed indexed = index(path);
        QVERIFY2(indexed.ok, qPrintable(indexed.error));
        QCOMPARE(indexed.entries.size(), entries);
    }

    // A broken file gets exactly HarReader's message.
    void reportsHarReaderErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray(" \n") << "the file is empty";
        QTest::newRow("syntax") << QByteArray("{\n  \"log\": {\n    \"version\": \"1.2\",,\n")
                                << "JSON syntax error at line 3, column 22: unterminated object";
        QTest::newRow("truncated") << QByteArray("{\"log\": {\"entries\": [")
                                   << "JSON syntax error at line 1, column 21: unterminated array";
        QTest::newRow("truncated in an entry")
            << logWithEntries(kEntry + ',' + kEntry.left(80))
            << "JSON syntax error at line 1, column 647: object is missing after a comma";
        QTest::newRow("array root") << QByteArray("[]") << "not a HAR file: no log object";
        QTest::newRow("no log") << QByteArray(json("{'entries': []}")) << "not a HAR file: no log object";
        QTest::newRow("log not object") << QByteArray(json("{'log': []}")) << "not a HAR file: no log object";
        QTest::newRow("version 2.0") << QByteArray(json("{'log': {'version': '2.0', 'entries': []}}"))
                                     << "log.version \"2.0\" is not supported (1.1 and 1.2 are)";
        QTest::newRow("no entries") << QByteArray(json("{'log': {'version': '1.2'}}")) << "log.entries: missing";
        QTest::newRow("entries object") << QByteArray(json("{'log': {'entries': {}}}")) << "log.entries: not an array";
        QTest::newRow("entry not object")
            << QByteArray(json("{'log': {'entries': [1]}}")) << "log.entries[0]: not an object";
        QTest::newRow("fourth entry without url") << logWithEntries(kEntry + ',' + kEntry + ',' + kEntry + ','
                                                                    + entryWith(json("'url': 'http://a.test/', "), ""))
                                                  << "log.entries[3].request.url: missing";
        QTest::newRow("bad date") << logWithEntries(entryWith(json("'2024-01-01T00:00:00.000Z'"), json("'yesterday'")))
                                  << "log.entries[0].startedDateTime: \"yesterday\" is not an ISO 8601 date";
        QTest::newRow("page without id after entries")
            << QByteArray(json("{'log': {'entries': [")) + kEntry + json("], 'pages': [{'title': 'x'}]}}")
            << "log.pages[0].id: missing";
        // At the x itself, past the space after the document.
        QTest::newRow("trailing garbage")
            << logWithEntries(kEntry) + " x"
            << "JSON syntax error at line 1, column 570: garbage at the end of the document";
        // Found by fuzzing (fuzz/fuzz_har_reader.cpp): keys of the skeleton went unchecked.
        QTest::newRow("invalid UTF-8 in a log key") << QByteArray("{\"log\": {\"pag\xDF"
                                                                  "es\": [], \"entries\": []}}")
                                                    // at the invalid byte itself
                                                    << "JSON syntax error at line 1, column 14: invalid UTF8 string";
    }

    void reportsHarReaderErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        HarLog log;
        QString readerError;
        QVERIFY(!HarReader::read(data, &log, &readerError));
        QCOMPARE(readerError, message);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.har"));
        QVERIFY(writeFile(path, data));
        const Indexed indexed = index(path);
        QVERIFY(!indexed.ok);
        QCOMPARE(indexed.error, message);
    }

    void missingFile()
    {
        const Indexed indexed = index(QStringLiteral("/nonexistent/x.har"));
        QVERIFY(!indexed.ok);
        QCOMPARE(indexed.error, QStringLiteral("cannot open /nonexistent/x.har: No such file or directory"));
    }

    // Entries are read back from the file: a file changed since is refused, not misread.
    void refusesAChangedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.har"));
        QVERIFY(writeFile(path, logWithEntries(kEntry)));
        const Indexed indexed = index(path);
        QVERIFY2(indexed.ok, qPrintable(indexed.error));
        QVERIFY(writeFile(path, logWithEntries(numberedEntry(1))));
        HarEntry entry;
        QString error;
        QVERIFY(!indexed.reader.readEntry(indexed.entries.at(0), 0, &entry, &error));
        QCOMPARE(error, QStringLiteral("%1 changed on disk since it was opened: open it again").arg(path));
    }
};

QTEST_GUILESS_MAIN(TestHarIndexReader)
#include "TestHarIndexReader.moc"
