// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// HAR files from Chrome, Firefox, Playwright and this app: HarReader (har-info) and the HAR
// viewer's HarIndexReader, which scans the file entry by entry. The two must agree: the same
// file reads with both or with neither, with the same message, the same entries in the same
// order. A file that reads must also survive what the app does next: redaction of every entry
// for export, and a write and re-read through HarWriter that keeps every page and entry.

#include "FuzzSupport.h"

#include "record/HarIndexReader.h"
#include "record/HarReader.h"
#include "record/HarWriter.h"
#include "record/Redactor.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

// HarIndexReader reads files; the input goes to one in memory-backed storage where there is one.
QString inputFile()
{
    static QTemporaryDir directory(QFile::exists(QStringLiteral("/dev/shm")) ? QStringLiteral("/dev/shm/wc-fuzz-XXXXXX")
                                                                             : QString());
    return directory.filePath(QStringLiteral("input.har"));
}

void compareWithIndexReader(const QByteArray &data, bool read, const QString &error, const HarLog &log)
{
    QFile file(inputFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        FuzzSupport::violated("cannot write the input file");
    file.close();

    HarIndexReader index;
    QList<HarEntrySummary> summaries;
    QString indexError;
    const bool indexed = index.read(
        file.fileName(),
        [&summaries](const QList<HarEntrySummary> &batch, qint64, qint64) {
            summaries += batch;
            return true;
        },
        &indexError);
    // By design the viewer refuses a few valid layouts it cannot index (a repeated "log" key).
    const bool notIndexable =
        read && indexError.endsWith(QLatin1String("the file is not laid out as this viewer expects"));
    if (!notIndexable && (indexed != read || indexError != error))
        FuzzSupport::violated("HarReader and HarIndexReader disagree",
                              "HarReader: " + (read ? QByteArray("ok") : error.toUtf8())
                                  + "\nHarIndexReader: " + (indexed ? QByteArray("ok") : indexError.toUtf8()));
    if (!indexed)
        return;
    if (summaries.size() != log.entries.size() || index.log().pages.size() != log.pages.size())
        FuzzSupport::violated("HarIndexReader found other entries or pages than HarReader");
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        HarEntry entry;
        QString entryError;
        if (!index.readEntry(summaries.at(i), int(i), &entry, &entryError))
            FuzzSupport::violated("an indexed entry cannot be read again", entryError.toUtf8());
        if (entry.exchange.request.url != log.entries.at(i).exchange.request.url
            || entry.exchange.status != log.entries.at(i).exchange.status)
            FuzzSupport::violated("HarIndexReader read an entry differently", QByteArray::number(i));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    HarLog log;
    QString error;
    const bool read = HarReader::read(input, &log, &error);
    compareWithIndexReader(input, read, error, log);
    if (!read) {
        if (error.isEmpty())
            FuzzSupport::violated("a HAR file was refused without a message");
        return 0;
    }

    Redactor redactor;
    for (const HarEntry &entry : std::as_const(log.entries))
        redactor.learn(entry.exchange);
    for (const HarEntry &entry : std::as_const(log.entries))
        redactor.redact(entry.exchange);

    HarLog again;
    if (!HarReader::fromJson(HarWriter::toJson(log), &again, &error))
        FuzzSupport::violated("a HAR log this app wrote cannot be read back", error.toUtf8());
    if (again.entries.size() != log.entries.size() || again.pages.size() != log.pages.size())
        FuzzSupport::violated("a HAR log lost pages or entries in a write and re-read");
    return 0;
}
