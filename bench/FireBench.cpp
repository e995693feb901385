// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Firing throughput (issue 4): fires N requests at the sandbox receiver's catch-all with a
// bounded number in flight and reports requests/s and peak RSS growth. tools/bench-fire runs
// it next to wrk against the same endpoint and prints the ratio.
//
//   bench_fire --serve [--port P]     run only the receiver, until killed
//   bench_fire [--url URL] [--requests N] [--concurrency C] [--record DIR [--call-size K]]
//
// Without --url the receiver runs in a thread of this process. --record DIR switches on what
// a real test-fire does with every exchange: the fired-pixels store (DIR/fired-pixels.sqlite,
// one committed row per request) and HAR recording (DIR/har/, one file per call of K requests).

#include "net/NetworkResponder.h"
#include "net/SandboxReceiver.h"
#include "record/FiredPixel.h"
#include "record/HarWriter.h"
#include "record/PixelStore.h"
#include "record/StoredCall.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

// VmRSS or VmHWM (peak) of this process in kB, from /proc/self/status; -1 when unavailable.
static qint64 procStatusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The receiver in a thread of its own, so it does not share an event loop with the firing.
class ReceiverThread final
{
public:
    ReceiverThread()
    {
        m_thread.start();
        m_receiver = new SandboxReceiver;
        m_receiver->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_receiver, &QObject::deleteLater);
    }

    ~ReceiverThread()
    {
        m_thread.quit();
        m_thread.wait();
    }

    bool listen(QString *error)
    {
        bool ok = false;
        QMetaObject::invokeMethod(
            m_receiver,
            [this, &ok, error] {
                ok = m_receiver->listen();
                *error = m_receiver->errorString();
                m_url = m_receiver->baseUrl();
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }

    QString baseUrl() const { return m_url; }

private:
    QThread m_thread;
    SandboxReceiver *m_receiver; // deleted in its thread when the thread finishes
    QString m_url;
};

// Records each finished request the way a test-fire does. Every --call-size requests make one
// call (one HAR page, SPEC 6): its pixels are committed to the store one by one as they finish,
// and once the call is complete it is finished in the store and written as its own HAR file.
// So memory stays flat however many requests are fired.
class Recorder final
{
public:
    bool open(const QString &directory, int callSize, QString *error)
    {
        m_harDirectory = QDir(directory).filePath(QStringLiteral("har"));
        if (!QDir().mkpath(m_harDirectory)) {
            *error = QStringLiteral("cannot create %1").arg(m_harDirectory);
            return false;
        }
        m_callSize = callSize;
        m_runId = QString::number(QDateTime::currentMSecsSinceEpoch());
        return m_store.open(QDir(directory).filePath(QStringLiteral("fired-pixels.sqlite")), error);
    }

    bool record(int sequence, const QList<Exchange> &hops, QString *error)
    {
        const int callIndex = sequence / m_callSize;
        auto call = m_open.find(callIndex);
        if (call == m_open.end()) {
            StoredCall started;
            started.id = QStringLiteral("bench-%1-%2").arg(m_runId).arg(callIndex);
            started.title = QStringLiteral("bench_fire call %1").arg(callIndex);
            started.startedAt = QDateTime::currentDateTimeUtc();
            if (!m_store.beginCall(started, error))
                return false;
            call = m_open.insert(callIndex, started);
        }
        FiredPixel pixel;
        pixel.callId = call->id;
        pixel.sequence = sequence % m_callSize;
        pixel.webhookName = QStringLiteral("bench %1").arg(pixel.sequence);
        pixel.trigger = QStringLiteral("start");
        pixel.fired = true;
        pixel.exchanges = hops;
        if (!m_store.addPixel(call->id, pixel, error))
            return false;
        call->pixels.append(pixel);
        if (call->pixels.size() < m_callSize)
            return true;
        const StoredCall complete = m_open.take(callIndex);
        return finishCall(complete, error);
    }

    // Finishes the calls left short when the request count is not a multiple of the call size.
    bool finish(QString *error)
    {
        for (const StoredCall &call : std::as_const(m_open)) {
            if (!finishCall(call, error))
                return false;
        }
        m_open.clear();
        return true;
    }

private:
    bool finishCall(StoredCall call, QString *error)
    {
        call.finishedAt = QDateTime::currentDateTimeUtc();
        if (!m_store.finishCall(call.id, call.finishedAt, TagMap(), {}, error))
            return false;
        HarWriter writer;
        writer.addCall(call);
        return writer.writeFile(QDir(m_harDirectory).filePath(call.id + QStringLiteral(".har")), error);
    }

    PixelStore m_store;
    QString m_harDirectory;
    int m_callSize = 10;
    QString m_runId;
    QHash<int, StoredCall> m_open; // by call index
};

static int serve(quint16 port, QTextStream &out, QTextStream &err)
{
    SandboxReceiver receiver;
    if (!receiver.listen(port)) {
        err << receiver.errorString() << Qt::endl;
        return 2;
    }
    // tools/bench-fire waits for this line.
    out << "listening on " << receiver.baseUrl() << Qt::endl;
    return QCoreApplication::exec();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fires requests at the sandbox receiver and reports throughput and memory."));
    parser.addHelpOption();
    const QCommandLineOption serveOption(QStringLiteral("serve"), QStringLiteral("Only run the receiver."));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Receiver port for --serve (0: any free one)."),
                                        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption urlOption(QStringLiteral("url"),
                                       QStringLiteral("Fire at this URL instead of an in-process receiver."),
                                       QStringLiteral("URL"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Requests to fire."),
                                            QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Requests in flight at once."), QStringLiteral("C"),
                                               QStringLiteral("10"));
    const QCommandLineOption recordOption(
        QStringLiteral("record"), QStringLiteral("Record every exchange in a pixel store and HAR files in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption callSizeOption(QStringLiteral("call-size"),
                                            QStringLiteral("Requests per recorded call (one HAR page)."),
                                            QStringLiteral("K"), QStringLiteral("10"));
    parser.addOptions(
        {serveOption, portOption, urlOption, requestsOption, concurrencyOption, recordOption, callSizeOption});
    parser.process(app);

    bool ok = false;
    if (parser.isSet(serveOption)) {
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port > 65535) {
            err << "--port must be a number from 0 to 65535" << Qt::endl;
            return 2;
        }
        return serve(quint16(port), out, err);
    }

    const int total = parser.value(requestsOption).toInt(&ok);
    if (!ok || total < 1) {
        err << "--requests must be a positive number" << Qt::endl;
        return 2;
    }
    const int concurrency = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || concurrency < 1) {
        err << "--concurrency must be a positive number" << Qt::endl;
        return 2;
    }

    std::optional<ReceiverThread> receiver;
    QString url = parser.value(urlOption);
    if (url.isEmpty()) {
        receiver.emplace();
        QString error;
        if (!receiver->listen(&error)) {
            err << error << Qt::endl;
            return 2;
        }
        url = receiver->baseUrl() + QStringLiteral("/bench");
    }
    const QUrl parsed = QUrl::fromEncoded(url.toUtf8(), QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))) {
        err << "--url must be an http or https URL: " << url << Qt::endl;
        return 2;
    }

    const int callSize = parser.value(callSizeOption).toInt(&ok);
    if (!ok || callSize < 1) {
        err << "--call-size must be a positive number" << Qt::endl;
        return 2;
    }

    std::unique_ptr<Recorder> recorder;
    if (parser.isSet(recordOption)) {
        recorder = std::make_unique<Recorder>();
        QString error;
        if (!recorder->open(parser.value(recordOption), callSize, &error)) {
            err << error << Qt::endl;
            return 2;
        }
    }

    NetworkResponder responder;
    RenderedRequest request;
    request.method = QStringLiteral("GET");
    request.url = url;

    const qint64 rssStartKb = procStatusKb("VmRSS");
    int sent = 0;
    int finished = 0;
    int succeeded = 0;
    QString recordError;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> sendNext = [&] {
        const int sequence = sent++;
        responder.send(request, QStringLiteral("bench"), [&, sequence](const QList<Exchange> &hops) {
            ++finished;
            if (hops.constLast().isSuccess())
                ++succeeded;
            if (recorder && recordError.isEmpty())
                recorder->record(sequence, hops, &recordError);
            if (sent < total)
                sendNext();
            else if (finished == total)
                loop.quit();
        });
    };
    for (int i = 0; i < concurrency && sent < total; ++i)
        sendNext();
    if (finished < total)
        loop.exec();
    const double firingSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (recorder && recordError.isEmpty())
        recorder->finish(&recordError);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const qint64 peakKb = procStatusKb("VmHWM");

    const double rps = total / seconds;
    const qint64 growthKb = qMax<qint64>(0, peakKb - rssStartKb);
    out << "fired " << total << " requests at " << url << " (" << concurrency << " in flight"
        << (recorder ? ", recorded" : "") << "): " << succeeded << " succeeded" << Qt::endl;
    out << QStringLiteral("%1 s (%2 s firing), %3 requests/s")
               .arg(seconds, 0, 'f', 3)
               .arg(firingSeconds, 0, 'f', 3)
               .arg(rps, 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("RSS at start %1 MB, peak %2 MB, growth %3 MB")
               .arg(double(rssStartKb) / 1024.0, 0, 'f', 1)
               .arg(double(peakKb) / 1024.0, 0, 'f', 1)
               .arg(double(growthKb) / 1024.0, 0, 'f', 1)
        << Qt::endl;
    // One line for scripts.
    out << "RESULT requests=" << total << " succeeded=" << succeeded << " seconds=" << seconds << " rps=" << rps
        << " rss_start_kb=" << rssStartKb << " peak_kb=" << peakKb << " growth_kb=" << growthKb << Qt::endl;
    if (!recordError.isEmpty()) {
        err << "recording failed: " << recordError << Qt::endl;
        return 1;
    }
    return succeeded == total ? 0 : 1;
}
