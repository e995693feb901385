// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Opening a generated HAR of 50,000 entries (about 100 MB) in the HAR viewer (issue 7):
//  - time until the first rows are painted (goal: under 2 s),
//  - peak RSS while loading, relative to the file size (goal: under 3x; VmHWM, reset first),
//  - the whole load against a bare QJsonDocument::fromJson of the same file, in the same run,
//  - the longest event-loop stall while loading (1 ms heartbeat).
//
//     QT_QPA_PLATFORM=offscreen build/bench/bench_har_viewer [ENTRIES] [--keep FILE]

#include "Heartbeat.h"
#include "har/HarEntryModel.h"
#include "har/HarViewer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace {
// kB from /proc/self/status: VmHWM (peak) or VmRSS (now).
qint64 procStatus(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Linux: writing 5 to clear_refs resets VmHWM to the current RSS.
bool resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

// Entries of about 2 KB as a browser records webhook traffic: headers, a JSON request body, a
// JSON response. Written as text, a chunk at a time, so generating it does not raise the peak.
bool generate(const QString &path, int entries)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"bench\",\"version\":\"1\"},"
               "\"pages\":[{\"startedDateTime\":\"2024-05-01T12:00:00.000Z\",\"id\":\"page_1\",\"title\":\"Load test\","
               "\"pageTimings\":{}}],\"entries\":[\n");
    const QByteArray filler(620, 'x');
    QByteArray chunk;
    for (int i = 0; i < entries; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray ms = QByteArray::number(i % 1000).rightJustified(3, '0');
        const QByteArray seconds = QByteArray::number(i / 1000 % 60).rightJustified(2, '0');
        const QByteArray minutes = QByteArray::number(i / 60000).rightJustified(2, '0');
        const int status = i % 50 == 0 ? 500 : (i % 20 == 0 ? 404 : 200);
        chunk += (i > 0 ? ",\n" : "");
        chunk +=
            "{\"pageref\":\"page_1\",\"startedDateTime\":\"2024-05-01T12:" + minutes + ':' + seconds + '.' + ms
            + "Z\",\"time\":" + QByteArray::number(20 + i % 80)
            + ",\"request\":{\"method\":\"POST\",\"url\":\"https://hooks.example.test/webhooks/conversion?call_id=CA"
            + n
            + "&campaign=solar&payout=12.50\",\"httpVersion\":\"HTTP/1.1\",\"cookies\":[],\"headers\":["
              "{\"name\":\"Content-Type\",\"value\":\"application/json\"},"
              "{\"name\":\"User-Agent\",\"value\":\"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36\"},"
              "{\"name\":\"Accept\",\"value\":\"*"
              "/"
              "*\"},{\"name\":\"X-Request-Id\",\"value\":\"req-"
            + n
            + "\"}],"
              "\"queryString\":[],\"postData\":{\"mimeType\":\"application/"
              "json\",\"text\":\"{\\\"phone\\\":\\\"+1212555"
            + QByteArray::number(1000 + i % 9000) + "\\\",\\\"revenue\\\":12.5,\\\"notes\\\":\\\"" + filler
            + "\\\"}\"},\"headersSize\":-1,\"bodySize\":680},"
              "\"response\":{\"status\":"
            + QByteArray::number(status)
            + ",\"statusText\":\"\",\"httpVersion\":\"HTTP/1.1\","
              "\"cookies\":[],\"headers\":[{\"name\":\"Content-Type\",\"value\":\"application/json\"},"
              "{\"name\":\"Date\",\"value\":\"Wed, 01 May 2024 12:00:00 "
              "GMT\"},{\"name\":\"Server\",\"value\":\"bench\"}],"
              "\"content\":{\"size\":420,\"mimeType\":\"application/json\",\"text\":\"{\\\"ok\\\":true,\\\"id\\\":"
            + n + ",\\\"echo\\\":\\\"" + filler.left(360)
            + "\\\"}\"},\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":420},"
              "\"cache\":{},\"timings\":{\"blocked\":1,\"dns\":-1,\"connect\":-1,\"ssl\":-1,\"send\":1,\"wait\":"
            + QByteArray::number(15 + i % 70) + ",\"receive\":4},\"serverIPAddress\":\"192.0.2.10\"}";
        if (chunk.size() > 1 << 20) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    file.write("\n]}}\n");
    return file.commit();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// Notes the first paint of the table's viewport that shows rows.
class FirstRowsPaint final : public QObject
{
public:
    FirstRowsPaint(QTableView *table, const QElapsedTimer *clock)
        : m_table(table)
        , m_clock(clock)
    {
        table->viewport()->installEventFilter(this);
    }

    double ms() const { return m_ms; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_ms < 0 && event->type() == QEvent::Paint && m_table->model()->rowCount() > 0)
            m_ms = double(m_clock->nsecsElapsed()) / 1e6;
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
    const QElapsedTimer *m_clock;
    double m_ms = -1;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int entries = args.size() > 1 && !args.at(1).startsWith(QLatin1String("--")) ? args.at(1).toInt() : 50000;
    const int keep = int(args.indexOf(QStringLiteral("--keep")));
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path =
        keep > 0 && keep + 1 < args.size() ? args.at(keep + 1) : dir.filePath(QStringLiteral("bench.har"));
    QElapsedTimer clock;
    clock.start();
    if (!generate(path, entries)) {
        out << "cannot write " << path << Qt::endl;
        return 2;
    }
    const qint64 fileSize = QFile(path).size();
    out << QStringLiteral("generated %1 entries, %2 MB, in %3 ms")
               .arg(entries)
               .arg(double(fileSize) / 1048576.0, 0, 'f', 1)
               .arg(clock.elapsed())
        << Qt::endl;

    HarViewer viewer;
    viewer.resize(1280, 800);
    viewer.show();
    waitFor([] { return false; }, 300);

    const bool peakReset = resetPeak();
    const qint64 rssBefore = procStatus("VmRSS");
    Heartbeat heartbeat;
    bool ok = false;
    QObject::connect(&viewer, &HarViewer::loadFinished, [&ok](bool success) { ok = success; });
    heartbeat.start();
    clock.start();
    FirstRowsPaint firstRows(viewer.table(), &clock);
    viewer.openFile(path);
    if (!waitFor([&viewer] { return !viewer.isLoading(); }, 600000) || !ok) {
        out << "loading failed: " << viewer.errorText() << Qt::endl;
        return 1;
    }
    const double loadMs = double(clock.nsecsElapsed()) / 1e6;
    waitFor([] { return false; }, 100);
    const double stall = heartbeat.stop();
    const qint64 peak = procStatus("VmHWM");
    const qint64 rssAfter = procStatus("VmRSS");

    out << QStringLiteral("first rows painted after %1 ms (goal: under 2000 ms)").arg(firstRows.ms(), 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("all %1 rows loaded after %2 ms").arg(viewer.model()->rowCount()).arg(loadMs, 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("longest event-loop stall while loading: %1 ms").arg(stall, 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("RSS before %1 MB, peak %2 MB%3, after %4 MB; file %5 MB")
               .arg(double(rssBefore) / 1024.0, 0, 'f', 0)
               .arg(double(peak) / 1024.0, 0, 'f', 0)
               .arg(peakReset ? QString() : QStringLiteral(" (peak not reset: includes start-up)"))
               .arg(double(rssAfter) / 1024.0, 0, 'f', 0)
               .arg(double(fileSize) / 1048576.0, 0, 'f', 1)
        << Qt::endl;
    const double peakRatio = double(peak) * 1024.0 / double(fileSize);
    const double growthRatio = double(peak - rssBefore) * 1024.0 / double(fileSize);
    out << QStringLiteral("peak RSS / file size: %1x (goal: under 3x); growth over the idle app / file size: %2x")
               .arg(peakRatio, 0, 'f', 2)
               .arg(growthRatio, 0, 'f', 2)
        << Qt::endl;

    // The same file through a bare QJsonDocument, after the viewer's numbers are taken.
    clock.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray bytes = file.readAll();
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const double parseMs = double(clock.nsecsElapsed()) / 1e6;
    out << QStringLiteral("bare read + QJsonDocument::fromJson: %1 ms (%2); viewer load / fromJson: %3x")
               .arg(parseMs, 0, 'f', 0)
               .arg(document.isObject() ? QStringLiteral("parsed") : QStringLiteral("FAILED"))
               .arg(loadMs / parseMs, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("peak RSS after holding the QJsonDocument too: %1 MB")
               .arg(double(procStatus("VmHWM")) / 1024.0, 0, 'f', 0)
        << Qt::endl;
    return firstRows.ms() < 2000 && peakRatio < 3 ? 0 : 1;
}
