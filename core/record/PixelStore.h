// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/StoredCall.h"

#include <QCoreApplication>

#include <optional>

// The fired-pixels log (SPEC 7): every simulated or test-fired call and every webhook of it,
// with full detail, in SQLite. WAL mode, and each pixel committed in its own transaction as it
// finishes, so a killed process loses at most the pixels still in flight and never corrupts
// the file. The schema is versioned (PRAGMA user_version) and migrated forward on open.
//
// Exchanges are kept as HAR entries (HarWriter::entryToJson), unredacted: the database is the
// user's own. Use one PixelStore from one thread; each instance has its own connection.
class PixelStore final
{
    Q_DECLARE_TR_FUNCTIONS(PixelStore)
    Q_DISABLE_COPY_MOVE(PixelStore)

public:
    static constexpr int kSchemaVersion = 3;

    struct CallSummary
    {
        QString id;
        QString title;
        QString campaign;
        QDateTime startedAt;
        QDateTime finishedAt; // invalid: still running, or the process died mid-call
        int pixelCount = 0;   // every webhook evaluated, skipped ones included
        int firedCount = 0;   // Outcome::Fired: answered with a 2xx status
        int failedCount = 0;  // Outcome::Failed: sent, but an error or a non-2xx status
    };

    // Which pixels pixels() returns; empty fields match everything.
    struct PixelFilter
    {
        QString callId;
        QString webhookName;
        int status = -1;         // the final HTTP status (0: no response); -1 any
        bool failedOnly = false; // Outcome::Failed only
    };

    PixelStore();
    ~PixelStore();

    // <AppDataLocation>/fired-pixels.sqlite
    static QString defaultPath();

    // Creates the file (and its directory) if needed, migrates an older schema. Refuses a
    // database from a newer version of the app.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Records the call's header (id, title, start, campaign, tags, warnings); its pixels come
    // with addPixel(). An existing call with the same id is an error.
    bool beginCall(const StoredCall &call, QString *error = nullptr);
    // Commits one pixel to the call named by callId (pixel.callId is not read); its sequence must
    // be new within the call.
    bool addPixel(const QString &callId, const FiredPixel &pixel, QString *error = nullptr);
    // Marks the call finished with its final tags and warnings.
    bool finishCall(const QString &callId, const QDateTime &finishedAt, const TagMap &finalTags,
                    const QStringList &warnings, QString *error = nullptr);

    // Newest first.
    QList<CallSummary> calls() const;
    std::optional<StoredCall> call(const QString &callId) const;
    // In firing order (by call start, then sequence).
    QList<FiredPixel> pixels(const QString &callId) const;
    QList<FiredPixel> pixels(const PixelFilter &filter) const;

    bool deleteCall(const QString &callId, QString *error = nullptr);
    // Deletes the calls started before the given time; returns how many, or -1 on error.
    int deleteCallsBefore(const QDateTime &before, QString *error = nullptr);
    // PRAGMA integrity_check; error gets SQLite's report when it is not "ok".
    bool integrityCheck(QString *error = nullptr) const;

    // The steps that take a database from user_version N-1 to N, exposed for tests.
    static QStringList migrationSteps(int toVersion);

private:
    bool initialize(const QString &path, QString *error);
    bool migrate(QString *error);
    bool exec(const QString &sql, QString *error) const;

    QString m_connectionName;
    QString m_path;
};
