// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Opening a 10 MB single-line JSON response in the detail view (issue 7): the longest the event
// loop is blocked, measured with a 1 ms heartbeat timer, from showPixel() until the body is in
// the editor and painted. Goal: never more than 100 ms. For comparison, the naive way
// (QJsonDocument pretty-print and QsciScintilla::setText on the UI thread) is timed too.
//
//     QT_QPA_PLATFORM=offscreen build/bench/bench_body_viewer [MEGABYTES] [RUNS]

#include "Heartbeat.h"
#include "exchange/BodyViewer.h"
#include "exchange/ExchangeDetailView.h"

#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace {
QByteArray singleLineJson(qsizetype size)
{
    QByteArray out = "{\"calls\":[";
    for (int i = 0; out.size() < size; ++i) {
        if (i > 0)
            out += ',';
        out += "{\"id\":" + QByteArray::number(i) + ",\"caller\":\"+1212555" + QByteArray::number(1000 + i % 9000)
               + "\",\"geo\":\"us-10101\",\"payout\":12.5,\"tags\":[\"sale:yes\",\"source:pub1\"],\"converted\":true}";
    }
    return out + "]}";
}

FiredPixel pixelWith(const QByteArray &body)
{
    FiredPixel pixel;
    pixel.webhookName = QStringLiteral("Data append");
    pixel.trigger = QStringLiteral("data_appending");
    pixel.fired = true;
    Exchange exchange;
    exchange.request.method = QStringLiteral("GET");
    exchange.request.url = QStringLiteral("http://127.0.0.1:8377/append?phone=%2B12125550142&api_key=sk_live_123456");
    exchange.status = 200;
    exchange.statusText = QStringLiteral("OK");
    exchange.httpVersion = QStringLiteral("HTTP/1.1");
    exchange.responseHeaders = {{"Content-Type", "application/json"}};
    exchange.responseBody = body;
    exchange.mimeType = QStringLiteral("application/json");
    exchange.timings.wait = 120;
    exchange.timings.receive = 40;
    pixel.exchanges = {exchange};
    return pixel;
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
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype megabytes = args.size() > 1 ? args.at(1).toInt() : 10;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    QTextStream out(stdout);

    const QByteArray body = singleLineJson(megabytes * 1024 * 1024);
    out << "body: " << body.size() << " bytes of single-line JSON, " << runs << " runs, platform "
        << QGuiApplication::platformName() << Qt::endl;

    ExchangeDetailView view;
    view.resize(1100, 800);
    view.show();
    view.setCurrentTab(ExchangeDetailView::Tab::Response);
    auto *pretty = view.findChild<BodyViewer *>(QStringLiteral("responseBody"));
    auto *raw = view.findChild<BodyViewer *>(QStringLiteral("responseRaw"));
    auto *responseTabs = view.findChild<QTabWidget *>(QStringLiteral("responseTabs"));
    waitFor([] { return false; }, 300); // let the window settle

    Heartbeat heartbeat;
    // What the machine itself adds: the same heartbeat with nothing to do.
    heartbeat.start();
    waitFor([] { return false; }, 2000);
    out << QStringLiteral("idle baseline: longest gap between 1 ms ticks over 2 s with nothing to do: %1 ms")
               .arg(heartbeat.stop(), 0, 'f', 1)
        << Qt::endl;
    double worstStall = 0;
    for (int run = 1; run <= runs; ++run) {
        responseTabs->setCurrentWidget(pretty);
        QCoreApplication::processEvents();
        heartbeat.start();
        QElapsedTimer clock;
        clock.start();
        view.showPixel(pixelWith(body)); // masked: secret masking runs in the worker too
        const double callMs = double(clock.nsecsElapsed()) / 1e6;
        if (!waitFor([pretty] { return pretty->state() == BodyViewer::State::Text; }, 120000)) {
            out << "timed out waiting for the body" << Qt::endl;
            return 1;
        }
        const double loadedMs = double(clock.nsecsElapsed()) / 1e6;
        waitFor([] { return false; }, 50);
        const double loadStall = heartbeat.stop();
        const int styledAfterLoad = pretty->styledLineCount();
        // Jump to the end and back (Ctrl+End, Ctrl+Home): painting must stay cheap too.
        heartbeat.start();
        pretty->editor()->SendScintilla(QsciScintillaBase::SCI_DOCUMENTEND);
        waitFor([] { return false; }, 50);
        pretty->editor()->SendScintilla(QsciScintillaBase::SCI_DOCUMENTSTART);
        waitFor([] { return false; }, 50);
        const double scrollStall = heartbeat.stop();
        const double stall = std::max(loadStall, scrollStall);

        // The raw tab, prepared when first shown.
        heartbeat.start();
        responseTabs->setCurrentWidget(raw);
        if (!waitFor([raw] { return raw->state() == BodyViewer::State::Text; }, 120000))
            return 1;
        waitFor([] { return false; }, 50);
        const double rawStall = heartbeat.stop();

        worstStall = std::max({worstStall, stall, rawStall});
        out << QStringLiteral("run %1: showPixel() returned in %2 ms; formatted text in the editor after %3 ms "
                              "(%4 lines, %5 MB); longest stall while loading %6 ms (%7 lines coloured); "
                              "jumping to the end and back %8 ms; raw tab %9 ms")
                   .arg(run)
                   .arg(callMs, 0, 'f', 1)
                   .arg(loadedMs, 0, 'f', 0)
                   .arg(pretty->editor()->lines())
                   .arg(pretty->editor()->length() / 1048576.0, 0, 'f', 1)
                   .arg(loadStall, 0, 'f', 1)
                   .arg(styledAfterLoad)
                   .arg(scrollStall, 0, 'f', 1)
                   .arg(rawStall, 0, 'f', 1)
            << Qt::endl;
        view.clear();
        QCoreApplication::processEvents();
    }
    out << QStringLiteral("longest stall over all runs: %1 ms (goal: at most 100 ms)").arg(worstStall, 0, 'f', 1)
        << Qt::endl;

    // The naive way, for comparison: everything on the UI thread.
    QsciScintilla naive;
    naive.resize(1100, 800);
    naive.show();
    waitFor([] { return false; }, 100);
    heartbeat.start();
    QElapsedTimer clock;
    clock.start();
    naive.setText(QString::fromUtf8(QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented)));
    naive.repaint();
    waitFor([] { return false; }, 50);
    out << QStringLiteral("naive QJsonDocument + setText on the UI thread: %1 ms, longest stall %2 ms")
               .arg(double(clock.nsecsElapsed()) / 1e6, 0, 'f', 0)
               .arg(heartbeat.stop(), 0, 'f', 0)
        << Qt::endl;
    return worstStall <= 100 ? 0 : 1;
}
