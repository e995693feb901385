// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/HarWriter.h"
#include "record/PixelStore.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstdio>

namespace {
const QDateTime kStart(QDate(2024, 5, 14), QTime(10, 0, 0, 250), QTimeZone(3600));

Exchange exchange(const QString &url, int status, const QByteArray &body = {})
{
    Exchange e;
    e.request.method = QStringLiteral("POST");
    e.request.url = url;
    e.request.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer stays-local"}};
    e.request.body = R"({"phone": "+15551234567"})";
    e.request.timeoutMs = 3000;
    e.startedAt = kStart;
    e.status = status;
    e.statusText = QStringLiteral("Status %1").arg(status);
    e.httpVersion = QStringLiteral("HTTP/1.1");
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.responseBody = body;
    e.mimeType = QStringLiteral("application/json");
    e.serverAddress = QStringLiteral("127.0.0.1");
    e.timings.connect = 1.5;
    e.timings.wait = 12.25;
    e.timings.send = 0.5;
    e.timings.receive = 0.75;
    return e;
}

FiredPixel pixel(int sequence, const QString &webhook, const QList<Exchange> &exchanges)
{
    FiredPixel p;
    p.sequence = sequence;
    p.webhookName = webhook;
    p.trigger = QStringLiteral("start");
    p.fired = !exchanges.isEmpty();
    p.reason = p.fired ? QStringLiteral("matches source_id:pub1") : QStringLiteral("source_id is not pub2");
    p.exchanges = exchanges;
    return p;
}

StoredCall sampleCall(const QString &id = QStringLiteral("c1"), const QDateTime &start = kStart)
{
    StoredCall call;
    call.id = id;
    call.title = QStringLiteral("Call %1").arg(id);
    call.campaign = QStringLiteral("Solar");
    call.startedAt = start;
    call.tags.add(QStringLiteral("caller_number"), QStringLiteral("+15551234567"));
    call.tags.add(QStringLiteral("geo"), QStringLiteral("us-10101"));
    call.tags.add(QStringLiteral("geo"), QStringLiteral("us-ny"));
    call.warnings = {QStringLiteral("Selected ping \"Sel\" reached 2 buyers")};

    FiredPixel append = pixel(0, QStringLiteral("Append data"),
                              {exchange(QStringLiteral("http://127.0.0.1:8080/a"), 200, R"({"first_name": "Jason"})")});
    append.trigger = QStringLiteral("data_appending");
    append.tagsApplied = {QStringLiteral("first_name:Jason")};

    Exchange redirect = exchange(QStringLiteral("http://127.0.0.1:8080/r"), 302);
    redirect.responseHeaders.append(qMakePair(QByteArray("Location"), QByteArray("/final")));
    Exchange last = exchange(QStringLiteral("http://127.0.0.1:8080/final"), 500, QByteArray("\xff\xfe binary", 9));
    last.bodyTruncated = true;
    FiredPixel conversion = pixel(1, QStringLiteral("Conversion"), {redirect, last});
    conversion.trigger = QStringLiteral("conversion");
    conversion.buyerId = QStringLiteral("b2");
    conversion.warnings = {QStringLiteral("missing tag: payout")};

    Exchange refused = exchange(QStringLiteral("http://127.0.0.1:9/x"), 0);
    refused.outcome = Exchange::Outcome::ConnectionRefused;
    refused.error = QStringLiteral("Connection refused");
    refused.statusText.clear();
    refused.timings = ExchangeTimings();
    FiredPixel always = pixel(2, QStringLiteral("Always"), {refused});

    FiredPixel skipped = pixel(3, QStringLiteral("Start ping"), {});

    call.pixels = {append, conversion, always, skipped};
    return call;
}

QByteArray entryJson(const Exchange &e)
{
    HarEntry entry;
    entry.exchange = e;
    return QJsonDocument(HarWriter::entryToJson(entry)).toJson();
}

void comparePixels(const QList<FiredPixel> &actual, const QList<FiredPixel> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const FiredPixel &a = actual[i];
        const FiredPixel &e = expected[i];
        QCOMPARE(a.sequence, e.sequence);
        QCOMPARE(a.webhookName, e.webhookName);
        QCOMPARE(a.trigger, e.trigger);
        QCOMPARE(a.buyerId, e.buyerId);
        QCOMPARE(a.fired, e.fired);
        QCOMPARE(a.reason, e.reason);
        QCOMPARE(a.tagsApplied, e.tagsApplied);
        QCOMPARE(a.warnings, e.warnings);
        QCOMPARE(a.exchanges.size(), e.exchanges.size());
        for (qsizetype j = 0; j < e.exchanges.size(); ++j) {
            QCOMPARE(entryJson(a.exchanges[j]), entryJson(e.exchanges[j]));
            // Fields worth naming, beyond the JSON comparison.
            QCOMPARE(a.exchanges[j].responseBody, e.exchanges[j].responseBody);
            QCOMPARE(a.exchanges[j].outcome, e.exchanges[j].outcome);
            QCOMPARE(a.exchanges[j].startedAt, e.exchanges[j].startedAt);
            QCOMPARE(a.exchanges[j].request.headers, e.exchanges[j].request.headers);
        }
    }
}

// Runs in the child process of killedWriterLosesNothingCommitted: writes pixels until killed,
// printing each sequence number once its transaction has committed.
FiredPixel killTestPixel(int sequence)
{
    return pixel(sequence, QStringLiteral("Loop %1").arg(sequence),
                 {exchange(QStringLiteral("http://127.0.0.1:8080/loop?n=%1").arg(sequence), 200,
                           QByteArray::number(sequence) + ':' + QByteArray(4096, char('a' + sequence % 26)))});
}

int runPixelWriter(const QString &path, const QString &callId)
{
    PixelStore store;
    QString error;
    StoredCall call;
    call.id = callId;
    call.title = QStringLiteral("killed mid-run");
    call.startedAt = QDateTime::currentDateTimeUtc();
    if (!store.open(path, &error) || !store.beginCall(call, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("begun\n");
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    // Bounded in count and time: the parent kills it long before either.
    for (int sequence = 0; sequence < 100000 && timer.elapsed() < 60000; ++sequence) {
        if (!store.addPixel(callId, killTestPixel(sequence), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("committed %d\n", sequence);
        std::fflush(stdout);
    }
    return 0;
}

void createVersion1Database(const QString &path, const QStringList &extraStatements = {})
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QStringList statements = PixelStore::migrationSteps(1);
        statements.append(QStringLiteral("PRAGMA user_version = 1"));
        statements.append(QStringLiteral("INSERT INTO calls (id, title, started_ms, started_offset, campaign)"
                                         " VALUES ('old', 'Old call', 1700000000000, 3600, 'Solar')"));
        statements.append(extraStatements);
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        query.prepare(
            QStringLiteral("INSERT INTO pixels (call_id, sequence, webhook, trigger_name, fired, reason, status,"
                           " outcome, tags_applied, warnings, exchanges)"
                           " VALUES ('old', 0, 'Old hook', 'start', 1, 'always', 200, 'response', ?, '[]', ?)"));
        query.addBindValue(QStringLiteral("[\"a:1\"]"));
        const QJsonObject entry =
            QJsonDocument::fromJson(entryJson(exchange(QStringLiteral("http://old.test/"), 200, "{}"))).object();
        query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray{entry}).toJson(QJsonDocument::Compact)));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
}

QVariant rawQuery(const QString &path, const QString &sql, QString *error = nullptr)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        if (query.exec(sql) && query.next())
            value = query.value(0);
        else if (error)
            *error = query.lastError().databaseText();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}
} // namespace

class TestPixelStore : public QObject
{
    Q_OBJECT

private slots:
    void defaultPathIsInTheAppDataDirectory()
    {
        QCOMPARE(PixelStore::defaultPath(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                + QStringLiteral("/fired-pixels.sqlite"));
    }

    void opensInWalModeWithTheLatestSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/dir/pixels.sqlite"));
        PixelStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(store.isOpen());
        QCOMPARE(store.path(), path);
        QCOMPARE(store.schemaVersion(), PixelStore::kSchemaVersion);
        QVERIFY(store.beginCall(sampleCall(), &error));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QVERIFY2(store.integrityCheck(&error), qPrintable(error));
        store.close();
        QVERIFY(!store.isOpen());
    }

    void roundTripsACallWithSeveralPixels()
    {
        QTemporaryDir dir;
        PixelStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.sqlite")), &error));
        StoredCall call = sampleCall();
        const QList<FiredPixel> pixels = call.pixels;
        call.pixels.clear();
        QVERIFY2(store.beginCall(call, &error), qPrintable(error));
        for (const FiredPixel &p : pixels)
            QVERIFY2(store.addPixel(call.id, p, &error), qPrintable(error));

        TagMap finalTags = call.tags;
        finalTags.add(QStringLiteral("first_name"), QStringLiteral("Jason"));
        finalTags.set(QStringLiteral("flag"), {});
        const QDateTime finished = kStart.addSecs(95);
        QVERIFY2(store.finishCall(call.id, finished, finalTags, {QStringLiteral("late postback")}, &error),
                 qPrintable(error));

        const std::optional<StoredCall> stored = store.call(call.id);
        QVERIFY(stored);
        QCOMPARE(stored->id, call.id);
        QCOMPARE(stored->title, call.title);
        QCOMPARE(stored->campaign, call.campaign);
        QCOMPARE(stored->startedAt, call.startedAt);
        QCOMPARE(stored->startedAt.offsetFromUtc(), 3600);
        QCOMPARE(stored->finishedAt, finished);
        QCOMPARE(stored->tags, finalTags);
        QCOMPARE(stored->tags.keys(), finalTags.keys());
        QCOMPARE(stored->warnings, QStringList{QStringLiteral("late postback")});
        comparePixels(stored->pixels, pixels);
        comparePixels(store.pixels(call.id), pixels);
        QCOMPARE(stored->pixels[1].exchanges[1].bodyTruncated, true);
        QCOMPARE(stored->pixels[1].status(), 500);

        const QList<PixelStore::CallSummary> calls = store.calls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0].id, call.id);
        QCOMPARE(calls[0].title, call.title);
        QCOMPARE(calls[0].campaign, call.campaign);
        QCOMPARE(calls[0].startedAt, call.startedAt);
        QCOMPARE(calls[0].finishedAt, finished);
        QCOMPARE(calls[0].pixelCount, 4);
        QCOMPARE(calls[0].firedCount, 1); // answered with a 2xx
        QCOMPARE(store.pixels(call.id).at(0).recordedOutcome, std::optional<Outcome>(Outcome::Fired));
        QCOMPARE(calls[0].failedCount, 2); // the 500 after a redirect, and the refused connection
        QVERIFY(!store.call(QStringLiteral("nope")));
        QVERIFY(store.pixels(QStringLiteral("nope")).isEmpty());
    }

    void beginCallTakesItsPixelsAlong()
    {
        QTemporaryDir dir;
        PixelStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.sqlite")), &error));
        const StoredCall call = sampleCall();
        QVERIFY2(store.beginCall(call, &error), qPrintable(error));
        comparePixels(store.pixels(call.id), call.pixels);
        QVERIFY(!store.call(call.id)->finishedAt.isValid()); // not finished: shown as interrupted

        // All or nothing: a pixel that cannot be stored undoes the call.
        StoredCall broken = sampleCall(QStringLiteral("c2"));
        broken.pixels[1].sequence = broken.pixels[0].sequence;
        QVERIFY(!store.beginCall(broken, &error));
        QVERIFY(!store.call(QStringLiteral("c2")));
    }

    void reopeningKeepsEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        const StoredCall call = sampleCall();
        QString error;
        {
            PixelStore store;
            QVERIFY(store.open(path, &error));
            QVERIFY(store.beginCall(call, &error));
            QVERIFY(store.finishCall(call.id, kStart.addSecs(10), call.tags, {}, &error));
        }
        PixelStore reopened;
        QVERIFY2(reopened.open(path, &error), qPrintable(error));
        QCOMPARE(reopened.calls().size(), 1);
        comparePixels(reopened.pixels(call.id), call.pixels);
        QCOMPARE(reopened.call(call.id)->finishedAt, kStart.addSecs(10));
    }

    void twoInstancesHaveTheirOwnConnections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        PixelStore writer;
        PixelStore reader;
        PixelStore other;
        QString error;
        QVERIFY(writer.open(path, &error));
        QVERIFY(reader.open(path, &error));
        QVERIFY(other.open(dir.filePath(QStringLiteral("other.sqlite")), &error));
        QVERIFY(writer.beginCall(sampleCall(), &error));
        QCOMPARE(reader.calls().size(), 1);
        QCOMPARE(other.calls().size(), 0);
        other.close();
        QCOMPARE(reader.pixels(QStringLiteral("c1")).size(), 4); // closing one leaves the others open
    }

    void filtersByCallWebhookAndStatus()
    {
        QTemporaryDir dir;
        PixelStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.sqlite")), &error));
        QVERIFY(store.beginCall(sampleCall(QStringLiteral("early"), kStart), &error));
        StoredCall later = sampleCall(QStringLiteral("later"), kStart.addSecs(60));
        later.pixels[0].exchanges[0].status = 404;
        QVERIFY(store.beginCall(later, &error));

        const auto describe = [](const QList<FiredPixel> &pixels) {
            QStringList list;
            for (const FiredPixel &p : pixels)
                list.append(p.callId + QLatin1Char('/') + p.webhookName);
            return list;
        };
        PixelStore::PixelFilter filter;
        filter.webhookName = QStringLiteral("Append data");
        QCOMPARE(describe(store.pixels(filter)), (QStringList{"early/Append data", "later/Append data"}));
        filter = {};
        filter.status = 500;
        QCOMPARE(describe(store.pixels(filter)), (QStringList{"early/Conversion", "later/Conversion"}));
        filter = {};
        filter.status = 0; // fired without a response; the skipped one has no status
        QCOMPARE(describe(store.pixels(filter)), (QStringList{"early/Always", "later/Always"}));
        filter = {};
        filter.failedOnly = true;
        filter.callId = QStringLiteral("later");
        QCOMPARE(describe(store.pixels(filter)),
                 (QStringList{"later/Append data", "later/Conversion", "later/Always"}));
        QCOMPARE(store.pixels(PixelStore::PixelFilter()).size(), 8);
        QCOMPARE(store.calls()[0].id, QStringLiteral("later")); // newest first
        QCOMPARE(store.calls()[0].failedCount, 3);
    }

    void deletesCalls()
    {
        QTemporaryDir dir;
        PixelStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.sqlite")), &error));
        for (int hour = 0; hour < 3; ++hour)
            QVERIFY(store.beginCall(sampleCall(QStringLiteral("h%1").arg(hour), kStart.addSecs(hour * 3600)), &error));

        QCOMPARE(store.deleteCallsBefore(kStart.addSecs(3600), &error), 1);
        QCOMPARE(store.calls().size(), 2);
        QVERIFY(store.pixels(QStringLiteral("h0")).isEmpty());
        QVERIFY(store.deleteCall(QStringLiteral("h1"), &error));
        QCOMPARE(store.calls().size(), 1);
        QCOMPARE(store.pixels(PixelStore::PixelFilter()).size(), 4); // pixels go with their call
        QCOMPARE(rawQuery(store.path(), QStringLiteral("SELECT COUNT(*) FROM pixels")).toInt(), 4);

        QVERIFY(!store.deleteCall(QStringLiteral("h1"), &error));
        QCOMPARE(error, QStringLiteral("cannot delete call h1: no such call"));
        QCOMPARE(store.deleteCallsBefore(kStart, &error), 0);
    }

    void reportsErrors()
    {
        QTemporaryDir dir;
        PixelStore store;
        QString error;
        QVERIFY(!store.beginCall(sampleCall(), &error));
        QCOMPARE(error, QStringLiteral("cannot record call c1: the database is not open"));
        QVERIFY(!store.addPixel(QStringLiteral("c1"), sampleCall().pixels[0], &error));
        QCOMPARE(error, QStringLiteral("cannot record pixel 0 (Append data) of call c1: the database is not open"));

        QVERIFY(store.open(dir.filePath(QStringLiteral("p.sqlite")), &error));
        QVERIFY(store.beginCall(sampleCall(), &error));
        QVERIFY(!store.beginCall(sampleCall(), &error));
        QCOMPARE(error,
                 QStringLiteral("cannot record call c1: UNIQUE constraint failed: calls.id Unable to fetch row"));
        QVERIFY(!store.addPixel(QStringLiteral("c1"), sampleCall().pixels[1], &error));
        QCOMPARE(error,
                 QStringLiteral("cannot record pixel 1 (Conversion) of call c1: "
                                "UNIQUE constraint failed: pixels.call_id, pixels.sequence Unable to fetch row"));
        QVERIFY(!store.addPixel(QStringLiteral("ghost"), sampleCall().pixels[0], &error));
        QCOMPARE(error, QStringLiteral("cannot record pixel 0 (Append data) of call ghost: "
                                       "FOREIGN KEY constraint failed Unable to fetch row"));
        StoredCall call = sampleCall(QStringLiteral("c9"));
        call.startedAt = QDateTime();
        QVERIFY(!store.beginCall(call, &error));
        QCOMPARE(error, QStringLiteral("cannot record call c9: the call has no start time"));
        call.id.clear();
        QVERIFY(!store.beginCall(call, &error));
        QCOMPARE(error, QStringLiteral("cannot record a call without an id"));
        QVERIFY(!store.finishCall(QStringLiteral("ghost"), kStart, {}, {}, &error));
        QCOMPARE(error, QStringLiteral("cannot finish call ghost: no such call"));
    }

    void refusesFilesItCannotUse()
    {
        QTemporaryDir dir;
        PixelStore store;
        QString error;

        const QString notDatabase = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(notDatabase);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("these are notes, not a database\n").repeated(200));
        file.close();
        QVERIFY(!store.open(notDatabase, &error));
        QCOMPARE(error,
                 QStringLiteral(
                     "cannot open the fired-pixels database %1: file is not a database Unable to execute statement")
                     .arg(notDatabase));
        QVERIFY(!store.isOpen());

        const QString underFile = dir.filePath(QStringLiteral("notes.txt/sub/p.sqlite"));
        QVERIFY(!store.open(underFile, &error));
        QCOMPARE(
            error,
            QStringLiteral("cannot open the fired-pixels database %1: cannot create its directory").arg(underFile));

        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(rawQuery(newer, QStringLiteral("PRAGMA user_version = 99")).isNull());
        QVERIFY(!store.open(newer, &error));
        QCOMPARE(error, QStringLiteral("cannot open the fired-pixels database %1: its schema version 99 is newer than "
                                       "this app supports (%2)")
                            .arg(newer)
                            .arg(PixelStore::kSchemaVersion));
        QVERIFY(!store.isOpen());
    }

    void migratesFromVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        createVersion1Database(path);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);

        PixelStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), PixelStore::kSchemaVersion);
        const std::optional<StoredCall> call = store.call(QStringLiteral("old"));
        QVERIFY(call);
        QCOMPARE(call->title, QStringLiteral("Old call"));
        QCOMPARE(call->startedAt, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
        QCOMPARE(call->startedAt.offsetFromUtc(), 3600);
        QVERIFY(!call->finishedAt.isValid());
        QVERIFY(call->tags.isEmpty());
        QCOMPARE(call->pixels.size(), 1);
        QCOMPARE(call->pixels[0].webhookName, QStringLiteral("Old hook"));
        QCOMPARE(call->pixels[0].buyerId, QString());
        QCOMPARE(call->pixels[0].tagsApplied, QStringList{QStringLiteral("a:1")});
        QCOMPARE(call->pixels[0].exchanges.size(), 1);
        QCOMPARE(call->pixels[0].exchanges[0].request.url, QStringLiteral("http://old.test/"));
        // A row from before outcomes were kept: what it holds still tells, in the list and the counts.
        QVERIFY(!call->pixels[0].recordedOutcome);
        QCOMPARE(call->pixels[0].outcome(), Outcome::Fired);
        QCOMPARE(store.calls().constFirst().firedCount, 1);
        QCOMPARE(store.calls().constFirst().failedCount, 0);
        // The new columns work.
        QVERIFY(store.finishCall(QStringLiteral("old"), kStart, {}, {QStringLiteral("w")}, &error));
        QVERIFY2(store.integrityCheck(&error), qPrintable(error));
    }

    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        // A column that version 2 adds is already there: its step fails half-way.
        createVersion1Database(path, {QStringLiteral("ALTER TABLE pixels ADD COLUMN buyer TEXT")});
        if (QTest::currentTestFailed())
            return;
        PixelStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QCOMPARE(error,
                 QStringLiteral("cannot open the fired-pixels database %1: migration to schema version 2 failed: "
                                "duplicate column name: buyer Unable to execute statement")
                     .arg(path));
        QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QString sqlError;
        QVERIFY(rawQuery(path, QStringLiteral("SELECT finished_ms FROM calls"), &sqlError).isNull());
        QCOMPARE(sqlError, QStringLiteral("no such column: finished_ms")); // the steps before were rolled back
    }

    // SIGKILL a process that writes pixels in a loop, three times at different moments: the
    // database stays intact and holds every pixel the child reported as committed.
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
        QMap<QString, int> reportedByCall;
        const QList<int> killAfter = {1, 25, 150};
        for (int round = 0; round < killAfter.size(); ++round) {
            const QString callId = QStringLiteral("round-%1").arg(round);
            QProcess child;
            child.setProgram(QCoreApplication::applicationFilePath());
            child.setArguments({QStringLiteral("--pixel-writer"), path, callId});
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start();
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

            QByteArray output;
            const auto committedLines = [&output] {
                return output.count("committed ");
            };
            QDeadlineTimer deadline(30000);
            while (committedLines() < killAfter[round] && !deadline.hasExpired()
                   && child.state() == QProcess::Running) {
                child.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
                output += child.readAllStandardOutput();
            }
            const bool running = child.state() == QProcess::Running;
            child.kill();
            QVERIFY(!running || child.waitForFinished(10000));
            output += child.readAllStandardOutput();
            QVERIFY2(running && child.exitStatus() == QProcess::CrashExit,
                     qPrintable(QStringLiteral("the writer ended by itself: ")
                                + QString::fromLocal8Bit(child.readAllStandardError())));

            // Only whole lines count: a line cut by the kill was not reported.
            QList<int> reported;
            for (const QByteArray &line : output.left(output.lastIndexOf('\n') + 1).split('\n')) {
                if (line.startsWith("committed "))
                    reported.append(line.mid(10).toInt());
            }
            QVERIFY2(reported.size() >= killAfter[round], output.constData());
            reportedByCall.insert(callId, int(reported.size()));

            PixelStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY2(store.integrityCheck(&error), qPrintable(error));
            for (auto it = reportedByCall.constBegin(); it != reportedByCall.constEnd(); ++it) {
                const QList<FiredPixel> pixels = store.pixels(it.key());
                // Every reported pixel is there, complete; at most one more committed unreported.
                QVERIFY2(
                    pixels.size() >= it.value() && pixels.size() <= it.value() + 1,
                    qPrintable(
                        QStringLiteral("%1: %2 stored, %3 reported").arg(it.key()).arg(pixels.size()).arg(it.value())));
                for (qsizetype i = 0; i < pixels.size(); ++i) {
                    QCOMPARE(pixels[i].sequence, int(i));
                    QCOMPARE(pixels[i].exchanges.size(), 1);
                    QCOMPARE(pixels[i].exchanges[0].responseBody, killTestPixel(int(i)).exchanges[0].responseBody);
                }
            }
            qInfo("round %d: killed after %lld reported commits", round, qlonglong(reported.size()));
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--pixel-writer") == 0)
        return runPixelWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestPixelStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestPixelStore.moc"
