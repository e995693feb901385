// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/PixelStore.h"

#include "record/HarReader.h"
#include "record/HarWriter.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {
QAtomicInt connectionCounter;

// One entry per schema version: the statements that take user_version N-1 to N. Never edit a
// shipped step; add a new version instead.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: calls and their pixels, exchanges as a JSON array of HAR entries.
        {
            QStringLiteral("CREATE TABLE calls ("
                           " id TEXT PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " started_ms INTEGER NOT NULL,"     // UTC milliseconds since the epoch
                           " started_offset INTEGER NOT NULL," // the start's UTC offset, seconds
                           " campaign TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE pixels ("
                           " call_id TEXT NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                           " sequence INTEGER NOT NULL,"
                           " webhook TEXT NOT NULL,"
                           " trigger_name TEXT NOT NULL,"
                           " fired INTEGER NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " status INTEGER NOT NULL," // the last hop's; 0 when no response
                           " outcome TEXT NOT NULL,"   // the last hop's; '' when nothing was sent
                           " tags_applied TEXT NOT NULL,"
                           " warnings TEXT NOT NULL,"
                           " exchanges TEXT NOT NULL,"
                           " PRIMARY KEY (call_id, sequence))"),
        },
        // 2: call end, final tags and warnings; the buyer of a pixel; indexes for the log views.
        {
            QStringLiteral("ALTER TABLE calls ADD COLUMN finished_ms INTEGER"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral("ALTER TABLE pixels ADD COLUMN buyer TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX calls_by_start ON calls(started_ms)"),
            QStringLiteral("CREATE INDEX pixels_by_webhook ON pixels(webhook)"),
            QStringLiteral("CREATE INDEX pixels_by_status ON pixels(status)"),
        },
        // 3: how each pixel ended, as an Outcomes id ('' in rows written before).
        {
            QStringLiteral("ALTER TABLE pixels ADD COLUMN result TEXT NOT NULL DEFAULT ''"),
        },
    };
    return steps;
}

// Rows from before the result column are judged by their last hop, as they were then.
const QString kFailedCondition =
    QStringLiteral("(p.result = 'failed' OR (p.result = '' AND p.fired = 1"
                   " AND (p.outcome NOT IN ('response', 'simulated') OR p.status < 200 OR p.status > 299)))");
const QString kFiredCondition =
    QStringLiteral("(p.result = 'fired' OR (p.result = '' AND p.fired = 1"
                   " AND p.outcome IN ('response', 'simulated') AND p.status >= 200 AND p.status <= 299))");

QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QString &json)
{
    QStringList list;
    for (const QJsonValue value : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(value.toString());
    return list;
}

QString exchangesJson(const QList<Exchange> &exchanges)
{
    QJsonArray array;
    for (const Exchange &exchange : exchanges) {
        HarEntry entry;
        entry.exchange = exchange;
        array.append(HarWriter::entryToJson(entry));
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QDateTime dateTimeFrom(const QVariant &ms, int offsetSeconds)
{
    if (ms.isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::OffsetFromUTC, offsetSeconds);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QString errorText(const QSqlQuery &query)
{
    return query.lastError().text();
}
} // namespace

PixelStore::PixelStore()
    : m_connectionName(QStringLiteral("PixelStore-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

PixelStore::~PixelStore()
{
    close();
}

QString PixelStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/fired-pixels.sqlite");
}

bool PixelStore::open(const QString &path, QString *error)
{
    close();
    QString reason;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        reason = tr("cannot create its directory");
    else if (!initialize(path, &reason))
        close(); // after initialize(), so that no query still uses the connection
    else
        return true;
    if (error)
        *error = tr("cannot open the fired-pixels database %1: %2").arg(path, reason);
    return false;
}

bool PixelStore::initialize(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    m_path = path;

    // journal_mode answers with the mode it ended up in; a file that is not a database fails here.
    QString mode;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
            *error = errorText(query);
            return false;
        }
        mode = query.value(0).toString();
    }
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = tr("WAL mode is not available (journal mode: %1)").arg(mode);
        return false;
    }
    // NORMAL is durable against a killed process in WAL mode (only a power cut can lose the last
    // commits); foreign keys make deleting a call delete its pixels.
    return exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error)
           && exec(QStringLiteral("PRAGMA foreign_keys=ON"), error)
           && exec(QStringLiteral("PRAGMA busy_timeout=5000"), error) && migrate(error);
}

void PixelStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

bool PixelStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

int PixelStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList PixelStore::migrationSteps(int toVersion)
{
    return toVersion >= 1 && toVersion <= migrations().size() ? migrations().at(toVersion - 1) : QStringList();
}

bool PixelStore::migrate(QString *error)
{
    const int current = schemaVersion();
    if (current < 0) {
        *error = tr("cannot read its schema version");
        return false;
    }
    if (current > kSchemaVersion) {
        *error = tr("its schema version %1 is newer than this app supports (%2)").arg(current).arg(kSchemaVersion);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        // Each step and its version number commit together, so a crash never half-migrates.
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QStringList statements = migrationSteps(version);
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
        for (const QString &statement : std::as_const(statements)) {
            if (!exec(statement, error)) {
                db.rollback();
                *error = tr("migration to schema version %1 failed: %2").arg(version).arg(*error);
                return false;
            }
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

bool PixelStore::exec(const QString &sql, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(sql))
        return true;
    if (error)
        *error = errorText(query);
    return false;
}

bool PixelStore::beginCall(const StoredCall &call, QString *error)
{
    const auto fail = [&call, error](const QString &reason) {
        if (error)
            *error = tr("cannot record call %1: %2").arg(call.id, reason);
        return false;
    };
    if (call.id.isEmpty()) {
        if (error)
            *error = tr("cannot record a call without an id");
        return false;
    }
    if (!isOpen())
        return fail(tr("the database is not open"));
    if (!call.startedAt.isValid())
        return fail(tr("the call has no start time"));

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO calls (id, title, started_ms, started_offset, campaign, finished_ms, tags, warnings)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(call.id));
    query.addBindValue(text(call.title));
    query.addBindValue(call.startedAt.toMSecsSinceEpoch());
    query.addBindValue(call.startedAt.offsetFromUtc());
    query.addBindValue(text(call.campaign));
    query.addBindValue(call.finishedAt.isValid() ? QVariant(call.finishedAt.toMSecsSinceEpoch()) : QVariant());
    query.addBindValue(jsonText(call.tags.pairs()));
    query.addBindValue(jsonText(call.warnings));
    if (!query.exec()) {
        const QString reason = errorText(query);
        db.rollback();
        return fail(reason);
    }
    // A header that already carries pixels (a finished simulation) goes in whole.
    for (const FiredPixel &pixel : call.pixels) {
        if (!addPixel(call.id, pixel, error)) {
            db.rollback();
            return false;
        }
    }
    return db.commit() || fail(db.lastError().text());
}

bool PixelStore::addPixel(const QString &callId, const FiredPixel &pixel, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("cannot record pixel %1 (%2) of call %3: %4")
                         .arg(QString::number(pixel.sequence), pixel.webhookName, callId, reason);
        return false;
    };
    if (!isOpen())
        return fail(tr("the database is not open"));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("INSERT INTO pixels (call_id, sequence, webhook, trigger_name, buyer, fired, reason, status,"
                       " outcome, tags_applied, warnings, exchanges, result)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const Exchange *last = pixel.finalExchange();
    query.addBindValue(text(callId));
    query.addBindValue(pixel.sequence);
    query.addBindValue(text(pixel.webhookName));
    query.addBindValue(text(pixel.trigger));
    query.addBindValue(text(pixel.buyerId));
    query.addBindValue(pixel.fired ? 1 : 0);
    query.addBindValue(text(pixel.reason));
    query.addBindValue(pixel.status());
    query.addBindValue(text(last ? HarOutcome::name(last->outcome) : QString()));
    query.addBindValue(jsonText(pixel.tagsApplied));
    query.addBindValue(jsonText(pixel.warnings));
    query.addBindValue(exchangesJson(pixel.exchanges));
    query.addBindValue(Outcomes::id(pixel.outcome()));
    // One statement in autocommit mode is one transaction: committed (to the WAL) on return.
    return query.exec() || fail(errorText(query));
}

bool PixelStore::finishCall(const QString &callId, const QDateTime &finishedAt, const TagMap &finalTags,
                            const QStringList &warnings, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE calls SET finished_ms = ?, tags = ?, warnings = ? WHERE id = ?"));
    query.addBindValue(finishedAt.isValid() ? QVariant(finishedAt.toMSecsSinceEpoch()) : QVariant());
    query.addBindValue(jsonText(finalTags.pairs()));
    query.addBindValue(jsonText(warnings));
    query.addBindValue(text(callId));
    QString reason;
    if (!query.exec())
        reason = errorText(query);
    else if (query.numRowsAffected() == 0)
        reason = tr("no such call");
    else
        return true;
    if (error)
        *error = tr("cannot finish call %1: %2").arg(callId, reason);
    return false;
}

QList<PixelStore::CallSummary> PixelStore::calls() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(QStringLiteral("SELECT c.id, c.title, c.campaign, c.started_ms, c.started_offset, c.finished_ms,"
                              " COUNT(p.sequence), COALESCE(SUM(")
               + kFiredCondition + QStringLiteral("), 0), COALESCE(SUM(") + kFailedCondition
               + QStringLiteral("), 0) FROM calls c LEFT JOIN pixels p ON p.call_id = c.id"
                                " GROUP BY c.id ORDER BY c.started_ms DESC, c.id"));
    QList<CallSummary> list;
    while (query.next()) {
        CallSummary summary;
        summary.id = query.value(0).toString();
        summary.title = query.value(1).toString();
        summary.campaign = query.value(2).toString();
        const int offset = query.value(4).toInt();
        summary.startedAt = dateTimeFrom(query.value(3), offset);
        summary.finishedAt = dateTimeFrom(query.value(5), offset);
        summary.pixelCount = query.value(6).toInt();
        summary.firedCount = query.value(7).toInt();
        summary.failedCount = query.value(8).toInt();
        list.append(summary);
    }
    return list;
}

std::optional<StoredCall> PixelStore::call(const QString &callId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT title, started_ms, started_offset, campaign, finished_ms, tags, warnings"
                                 " FROM calls WHERE id = ?"));
    query.addBindValue(text(callId));
    if (!query.exec() || !query.next())
        return std::nullopt;
    StoredCall call;
    call.id = callId;
    call.title = query.value(0).toString();
    const int offset = query.value(2).toInt();
    call.startedAt = dateTimeFrom(query.value(1), offset);
    call.campaign = query.value(3).toString();
    call.finishedAt = dateTimeFrom(query.value(4), offset);
    for (const QString &pair : stringList(query.value(5).toString())) {
        QString key;
        QString value;
        if (!TagMap::parsePair(pair, &key, &value))
            continue;
        if (value.isEmpty() && !pair.contains(QLatin1Char(':')))
            call.tags.set(key, call.tags.values(key));
        else
            call.tags.add(key, value);
    }
    call.warnings = stringList(query.value(6).toString());
    call.pixels = pixels(callId);
    return call;
}

QList<FiredPixel> PixelStore::pixels(const QString &callId) const
{
    PixelFilter filter;
    filter.callId = callId;
    return callId.isEmpty() ? QList<FiredPixel>() : pixels(filter);
}

QList<FiredPixel> PixelStore::pixels(const PixelFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.callId.isEmpty()) {
        conditions.append(QStringLiteral("p.call_id = ?"));
        values.append(filter.callId);
    }
    if (!filter.webhookName.isEmpty()) {
        conditions.append(QStringLiteral("p.webhook = ?"));
        values.append(filter.webhookName);
    }
    if (filter.status >= 0) {
        conditions.append(QStringLiteral("p.status = ? AND p.fired = 1"));
        values.append(filter.status);
    }
    if (filter.failedOnly)
        conditions.append(kFailedCondition);

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral(
            "SELECT p.call_id, p.sequence, p.webhook, p.trigger_name, p.buyer, p.fired, p.reason,"
            " p.tags_applied, p.warnings, p.exchanges, p.result FROM pixels p JOIN calls c ON c.id = p.call_id")
        + (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY c.started_ms, p.call_id, p.sequence"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    QList<FiredPixel> list;
    if (!query.exec())
        return list;
    while (query.next()) {
        FiredPixel pixel;
        pixel.callId = query.value(0).toString();
        pixel.sequence = query.value(1).toInt();
        pixel.webhookName = query.value(2).toString();
        pixel.trigger = query.value(3).toString();
        pixel.buyerId = query.value(4).toString();
        pixel.fired = query.value(5).toInt() != 0;
        pixel.reason = query.value(6).toString();
        pixel.tagsApplied = stringList(query.value(7).toString());
        pixel.warnings = stringList(query.value(8).toString());
        const QJsonArray entries = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).array();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            HarEntry entry;
            QString error;
            if (!HarReader::entryFromJson(entries.at(i).toObject(), QStringLiteral("exchanges[%1]").arg(i), &entry,
                                          &error)) {
                // Shown, not dropped silently: the row was edited or damaged outside the app.
                pixel.warnings.append(tr("a stored exchange cannot be read: %1").arg(error));
                continue;
            }
            pixel.exchanges.append(entry.exchange);
        }
        if (Outcome outcome = Outcome::Skipped; Outcomes::fromId(query.value(10).toString(), &outcome))
            pixel.recordedOutcome = outcome;
        list.append(pixel);
    }
    return list;
}

bool PixelStore::deleteCall(const QString &callId, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM calls WHERE id = ?"));
    query.addBindValue(text(callId));
    QString reason;
    if (!query.exec())
        reason = errorText(query);
    else if (query.numRowsAffected() == 0)
        reason = tr("no such call");
    else
        return true;
    if (error)
        *error = tr("cannot delete call %1: %2").arg(callId, reason);
    return false;
}

int PixelStore::deleteCallsBefore(const QDateTime &before, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM calls WHERE started_ms < ?"));
    query.addBindValue(before.toMSecsSinceEpoch());
    if (query.exec())
        return query.numRowsAffected();
    if (error)
        *error = tr("cannot delete old calls: %1").arg(errorText(query));
    return -1;
}

bool PixelStore::integrityCheck(QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        if (error)
            *error = errorText(query);
        return false;
    }
    QStringList report;
    while (query.next())
        report.append(query.value(0).toString());
    if (report == QStringList{QStringLiteral("ok")})
        return true;
    if (error)
        *error = report.join(QLatin1Char('\n'));
    return false;
}
