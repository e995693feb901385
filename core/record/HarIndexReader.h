// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/HarLog.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

// What a table of HAR entries shows for one entry, and where the entry lies in its file so the
// whole entry can be read again when it is selected.
struct HarEntrySummary
{
    qint64 offset = 0; // the entry object's bytes in the file
    qint64 length = 0;
    QString pageRef;
    QString method;
    QString url;
    int status = 0;
    QString mimeType;
    qint64 size = -1;     // the response content's size; -1 when the file does not say
    double time = 0;      // the entry's "time", ms
    qint64 startedMs = 0; // startedDateTime, ms since the epoch; hasStart says whether it is known
    bool hasStart = false;
    ExchangeTimings timings;
    bool failed = false; // no HTTP response arrived
    QString error;       // the network error, when failed
    QString webhookName; // "_webhook" in this app's files
};

// Reads a HAR file for viewing without holding it whole: the file is scanned once, each entry
// is parsed on its own (HarReader::entryFromJson, so the checks and the browser quirks are the
// reader's) and only its summary is kept. Memory stays near the file size however large it is;
// QJsonDocument over the whole file would need several times that.
//
// Errors are HarReader's: when the quick scan meets anything it does not accept, the file is read
// again with HarReader::read for the exact message. The file is expected to stay as it was:
// readEntry() refuses once its size or modification time changed.
class HarIndexReader final
{
    Q_DECLARE_TR_FUNCTIONS(HarIndexReader)

public:
    // Gets each batch of summaries in file order and how far the scan is; returning false cancels.
    using BatchHandler = std::function<bool(const QList<HarEntrySummary> &batch, qint64 bytesRead, qint64 bytesTotal)>;
    static constexpr int kBatchSize = 256;

    // False with HarReader's message when the file cannot be used, or "cancelled".
    bool read(const QString &path, const BatchHandler &onBatch, QString *error);

    QString path() const { return m_path; }
    qint64 fileSize() const { return m_size; }
    int entryCount() const { return m_entryCount; }
    // The log without its entries: version, creator, browser, pages, comment.
    const HarLog &log() const { return m_log; }

    // The whole entry, parsed again from the file.
    bool readEntry(const HarEntrySummary &summary, int index, HarEntry *entry, QString *error) const;

    // The summary HarEntrySummary holds for an entry as HarReader reads it; contentSize is the
    // file's response.content.size (-1 when absent).
    static HarEntrySummary summarize(const HarEntry &entry, qint64 contentSize);

private:
    QString m_path;
    qint64 m_size = 0;
    QDateTime m_modified;
    int m_entryCount = 0;
    HarLog m_log;
};
