// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/HarIndexReader.h"

#include "record/HarReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <limits>

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Walks the bytes of a JSON text just far enough to find where values begin and end; the
// values it hands out are checked by QJsonDocument.
class Scanner
{
public:
    Scanner(const char *data, qint64 size)
        : m_data(data)
        , m_size(size)
    {}

    qint64 pos() const { return m_pos; }
    void skip(qint64 count) { m_pos += count; }

    void skipSpace()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }

    bool take(char c)
    {
        skipSpace();
        if (m_pos >= m_size || m_data[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }

    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_size;
    }

    // An object key, checked by QJsonDocument like every value (invalid UTF-8 would pass
    // unnoticed otherwise): the few keys around the entries are not worth a faster path.
    bool key(QString *text)
    {
        skipSpace();
        const qint64 start = m_pos;
        if (m_pos >= m_size || m_data[m_pos] != '"' || !skipString())
            return false;
        const QByteArray quoted = QByteArray::fromRawData(m_data + start, int(m_pos - start));
        const QJsonDocument decoded = QJsonDocument::fromJson('[' + quoted + ']');
        if (!decoded.isArray())
            return false;
        *text = decoded.array().at(0).toString();
        return true;
    }

    // Any value: strings and nesting are followed, the rest of the grammar is not checked.
    bool skipValue()
    {
        skipSpace();
        if (m_pos >= m_size)
            return false;
        const char first = m_data[m_pos];
        if (first == '"')
            return skipString();
        if (first != '{' && first != '[') {
            const qint64 start = m_pos;
            while (m_pos < m_size && std::strchr("+-.0123456789Eaeflnrstu", m_data[m_pos]) && m_data[m_pos] != '\0')
                ++m_pos;
            return m_pos > start;
        }
        int depth = 0;
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    ++m_pos;
                    return true;
                }
            }
            ++m_pos;
        }
        return false;
    }

private:
    // From the opening quote to just past the closing one.
    bool skipString()
    {
        const qint64 contentStart = ++m_pos;
        while (m_pos < m_size) {
            const void *found = std::memchr(m_data + m_pos, '"', size_t(m_size - m_pos));
            if (!found)
                return false;
            const qint64 quote = static_cast<const char *>(found) - m_data;
            qint64 backslashes = 0;
            while (quote - 1 - backslashes >= contentStart && m_data[quote - 1 - backslashes] == '\\')
                ++backslashes;
            m_pos = quote + 1;
            if (backslashes % 2 == 0)
                return true;
        }
        return false;
    }

    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
};

// Entries repeat their page, type and webhook: one shared copy of each.
class Interner
{
public:
    QString operator()(const QString &text)
    {
        if (text.isEmpty())
            return QString();
        const auto found = m_strings.constFind(text);
        if (found != m_strings.constEnd())
            return *found;
        m_strings.insert(text);
        return text;
    }

private:
    QSet<QString> m_strings;
};

bool parseValue(const char *data, qint64 size, QJsonValue *value)
{
    // QJsonDocument only takes an object or an array at the top.
    QByteArray wrapped;
    wrapped.reserve(size + 2);
    wrapped.append('[').append(data, size).append(']');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1)
        return false;
    *value = document.array().at(0);
    return true;
}

class Indexer
{
public:
    Indexer(const char *data, qint64 size, const HarIndexReader::BatchHandler &onBatch)
        : m_data(data)
        , m_size(size)
        , m_scanner(data, size)
        , m_onBatch(onBatch)
    {}

    bool cancelled() const { return m_cancelled; }
    int entryCount() const { return m_entryCount; }
    HarLog header() const { return m_header; }

    bool run()
    {
        if (m_size >= 3 && std::memcmp(m_data, "\xEF\xBB\xBF", 3) == 0)
            m_scanner.skip(3);
        if (!m_scanner.take('{'))
            return false;
        bool haveLog = false;
        if (!m_scanner.take('}')) {
            do {
                QString name;
                if (!m_scanner.key(&name) || !m_scanner.take(':'))
                    return false;
                if (name == QLatin1String("log")) {
                    if (haveLog || !log())
                        return false;
                    haveLog = true;
                } else if (!skipChecked(nullptr)) {
                    return false;
                }
            } while (m_scanner.take(','));
            if (!m_scanner.take('}'))
                return false;
        }
        if (!m_scanner.atEnd() || !haveLog || !m_haveEntries)
            return false;
        // The log's own fields, checked by the reader as it would check them.
        m_logObject.insert(QStringLiteral("entries"), QJsonArray());
        QString ignored;
        return HarReader::fromJson(QJsonObject{{QStringLiteral("log"), m_logObject}}, &m_header, &ignored);
    }

private:
    bool skipChecked(QJsonValue *value)
    {
        m_scanner.skipSpace();
        const qint64 start = m_scanner.pos();
        QJsonValue parsed;
        if (!m_scanner.skipValue() || !parseValue(m_data + start, m_scanner.pos() - start, &parsed))
            return false;
        if (value)
            *value = parsed;
        return true;
    }

    bool log()
    {
        if (!m_scanner.take('{'))
            return false;
        if (m_scanner.take('}'))
            return true;
        do {
            QString name;
            if (!m_scanner.key(&name) || !m_scanner.take(':'))
                return false;
            if (name == QLatin1String("entries")) {
                if (m_haveEntries || !entries())
                    return false;
                m_haveEntries = true;
                continue;
            }
            QJsonValue value;
            if (!skipChecked(&value))
                return false;
            m_logObject.insert(name, value);
        } while (m_scanner.take(','));
        return m_scanner.take('}');
    }

    bool entries()
    {
        if (!m_scanner.take('['))
            return false;
        if (m_scanner.take(']'))
            return true;
        QList<HarEntrySummary> batch;
        batch.reserve(HarIndexReader::kBatchSize);
        do {
            m_scanner.skipSpace();
            const qint64 start = m_scanner.pos();
            if (!m_scanner.skipValue())
                return false;
            const qint64 length = m_scanner.pos() - start;
            QJsonParseError parseError;
            const QJsonDocument document =
                QJsonDocument::fromJson(QByteArray::fromRawData(m_data + start, int(length)), &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return false;
            const QJsonObject object = document.object();
            HarEntry entry;
            QString ignored;
            if (!HarReader::entryFromJson(object, QStringLiteral("log.entries[%1]").arg(m_entryCount), &entry,
                                          &ignored))
                return false;
            const QJsonValue contentSize = object.value(QLatin1String("response"))
                                               .toObject()
                                               .value(QLatin1String("content"))
                                               .toObject()
                                               .value(QLatin1String("size"));
            HarEntrySummary summary = HarIndexReader::summarize(
                entry, contentSize.isDouble() ? qint64(std::clamp(contentSize.toDouble(), -1.0, 9.0e18)) : -1);
            summary.offset = start;
            summary.length = length;
            summary.pageRef = m_intern(summary.pageRef);
            summary.method = m_intern(summary.method);
            summary.mimeType = m_intern(summary.mimeType);
            summary.webhookName = m_intern(summary.webhookName);
            batch.append(summary);
            ++m_entryCount;
            if (batch.size() == HarIndexReader::kBatchSize && !flush(&batch))
                return false;
        } while (m_scanner.take(','));
        return m_scanner.take(']') && flush(&batch);
    }

    bool flush(QList<HarEntrySummary> *batch)
    {
        if (batch->isEmpty() || !m_onBatch)
            return true;
        if (!m_onBatch(*batch, m_scanner.pos(), m_size)) {
            m_cancelled = true;
            return false;
        }
        batch->clear();
        return true;
    }

    const char *m_data;
    qint64 m_size;
    Scanner m_scanner;
    const HarIndexReader::BatchHandler &m_onBatch;
    Interner m_intern;
    QJsonObject m_logObject;
    HarLog m_header;
    bool m_haveEntries = false;
    bool m_cancelled = false;
    int m_entryCount = 0;
};
} // namespace

bool HarIndexReader::read(const QString &path, const BatchHandler &onBatch, QString *error)
{
    *this = HarIndexReader();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("cannot open %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size > std::numeric_limits<int>::max())
        return fail(error, tr("%1 is larger than 2 GiB, which this app cannot read").arg(path));

    // Mapped, the file's pages are shared with the page cache and dropped after the scan.
    QByteArray buffer;
    const char *data = "";
    if (size > 0) {
        if (const uchar *mapped = file.map(0, size)) {
            data = reinterpret_cast<const char *>(mapped);
        } else {
            buffer = file.readAll();
            data = buffer.constData();
        }
    }

    Indexer indexer(data, size, onBatch);
    const bool ok = indexer.run();
    if (indexer.cancelled())
        return fail(error, tr("cancelled"));
    if (!ok) {
        HarLog ignored;
        QString message;
        if (HarReader::read(QByteArray::fromRawData(data, int(size)), &ignored, &message))
            message = tr("%1: the file is not laid out as this viewer expects").arg(path);
        return fail(error, message);
    }
    m_path = path;
    m_size = size;
    m_modified = QFileInfo(file).lastModified();
    m_entryCount = indexer.entryCount();
    m_log = indexer.header();
    return true;
}

bool HarIndexReader::readEntry(const HarEntrySummary &summary, int index, HarEntry *entry, QString *error) const
{
    const QFileInfo info(m_path);
    if (!info.exists() || info.size() != m_size || info.lastModified() != m_modified)
        return fail(error, tr("%1 changed on disk since it was opened: open it again").arg(m_path));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(summary.offset))
        return fail(error, tr("cannot open %1: %2").arg(m_path, file.errorString()));
    const QByteArray bytes = file.read(summary.length);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (bytes.size() != summary.length || !document.isObject())
        return fail(error, tr("cannot read entry %1 of %2 again").arg(index + 1).arg(m_path));
    HarEntry read;
    if (!HarReader::entryFromJson(document.object(), QStringLiteral("log.entries[%1]").arg(index), &read, error))
        return false;
    *entry = read;
    return true;
}

HarEntrySummary HarIndexReader::summarize(const HarEntry &entry, qint64 contentSize)
{
    const Exchange &exchange = entry.exchange;
    HarEntrySummary summary;
    summary.pageRef = entry.pageRef;
    summary.method = exchange.request.method;
    summary.url = exchange.request.url;
    summary.status = exchange.status;
    summary.mimeType = exchange.mimeType;
    if (contentSize >= 0)
        summary.size = contentSize;
    else if (exchange.hasResponse())
        summary.size = exchange.responseBody.size();
    summary.time = entry.time;
    summary.hasStart = exchange.startedAt.isValid();
    summary.startedMs = summary.hasStart ? exchange.startedAt.toMSecsSinceEpoch() : 0;
    summary.timings = exchange.timings;
    summary.failed = entry.failed();
    if (summary.failed)
        summary.error = exchange.error;
    summary.webhookName = entry.webhookName;
    return summary;
}
