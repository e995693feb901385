// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/CallRunner.h"
#include "call/CannedResponder.h"
#include "exchange/ExchangeDetailView.h"
#include "files/ScenarioFile.h"
#include "pixels/CallListModel.h"
#include "pixels/FiredPixelsBrowser.h"
#include "pixels/PixelFilterModel.h"
#include "pixels/PixelListModel.h"
#include "pixels/ResponseTimeChart.h"
#include "record/CallRecorder.h"
#include "record/HarReader.h"
#include "record/PixelStore.h"
#include "shell/Services.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QByteArray kApiKey = "sk_live_123456";
const QByteArray kCallKey = "ck_9f8e7d6c5b4a";

Exchange exchange(const QString &method, const QString &url, int status, const QByteArray &body = QByteArray(),
                  double wait = 10)
{
    Exchange e;
    e.request.method = method;
    e.request.url = url;
    e.status = status;
    e.statusText = status == 200 ? QStringLiteral("OK") : QString();
    e.httpVersion = QStringLiteral("HTTP/1.1");
    e.responseBody = body;
    e.mimeType = body.isEmpty() ? QString() : QStringLiteral("application/json");
    e.timings.send = 1;
    e.timings.wait = wait;
    e.timings.receive = 1;
    return e;
}

FiredPixel pixel(int sequence, const QString &webhook, const QString &trigger, bool fired,
                 const QList<Exchange> &exchanges, const QStringList &tags = {})
{
    FiredPixel p;
    p.sequence = sequence;
    p.webhookName = webhook;
    p.trigger = trigger;
    p.fired = fired;
    p.reason = fired ? QStringLiteral("no matches: always fires") : QStringLiteral("source_id is pub2, not pub1");
    p.exchanges = exchanges;
    p.tagsApplied = tags;
    return p;
}

// A call with every kind of outcome, and an old one with a single pixel.
StoredCall sampleCall()
{
    StoredCall call;
    call.id = QStringLiteral("call-sample");
    call.title = QStringLiteral("Sample call");
    call.campaign = QStringLiteral("Solar");
    call.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    call.finishedAt = call.startedAt.addSecs(95);
    call.tags.add(QStringLiteral("call_key"), QString::fromLatin1(kCallKey));
    Exchange append = exchange(QStringLiteral("GET"),
                               QStringLiteral("http://127.0.0.1:8377/append?phone=%2B15551234567&api_key=")
                                   + QString::fromLatin1(kApiKey),
                               200, json("{'first_name':'Jason','geo':'us-10101'}"), 20);
    Exchange start = exchange(QStringLiteral("POST"), QStringLiteral("http://127.0.0.1:8377/start"), 500,
                              json("{'error':'boom'}"), 40);
    Exchange timer = exchange(QStringLiteral("GET"), QStringLiteral("http://127.0.0.1:8377/timer"), 0);
    timer.outcome = Exchange::Outcome::TimedOut;
    timer.error = QStringLiteral("no response within 5000 ms");
    Exchange conversion =
        exchange(QStringLiteral("POST"), QStringLiteral("http://127.0.0.1:8377/conversion"), 404, json("{}"), 30);
    conversion.request.headers = {{"Authorization", "Bearer tok_abcdef123456"}, {"Content-Type", "application/json"}};
    conversion.request.body = json("{'call_key':'") + kCallKey + json("','revenue':12.5}");
    call.pixels = {
        pixel(1, QStringLiteral("Append data"), QStringLiteral("data_appending"), true, {append},
              {QStringLiteral("first_name:Jason"), QStringLiteral("geo:us-10101")}),
        pixel(2, QStringLiteral("Start ping"), QStringLiteral("start"), true, {start}),
        pixel(3, QStringLiteral("Buyer selected"), QStringLiteral("selected"), false, {}),
        pixel(4, QStringLiteral("Timer 60s"), QStringLiteral("timer"), true, {timer}),
        pixel(5, QStringLiteral("Conversion"), QStringLiteral("conversion"), true, {conversion}),
    };
    return call;
}

StoredCall oldCall()
{
    StoredCall call;
    call.id = QStringLiteral("call-old");
    call.title = QStringLiteral("Old call");
    call.campaign = QStringLiteral("Roofing");
    call.startedAt = QDateTime::currentDateTimeUtc().addDays(-10);
    call.finishedAt = call.startedAt.addSecs(30);
    call.pixels = {pixel(
        1, QStringLiteral("Append data"), QStringLiteral("data_appending"), true,
        {exchange(QStringLiteral("GET"), QStringLiteral("http://127.0.0.1:8377/append"), 200, QByteArray(), 60)})};
    return call;
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}
} // namespace

class TestFiredPixelsBrowser : public QObject
{
    Q_OBJECT

private slots:
    // Numbers and sizes are written the same whatever the machine's locale.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_services.reset(new Services);
        QString error;
        QVERIFY2(m_services->openPixelStore(m_dir->filePath(QStringLiteral("pixels.sqlite")), &error),
                 qPrintable(error));
        QVERIFY2(m_services->pixelStore()->beginCall(oldCall(), &error), qPrintable(error));
        QVERIFY2(m_services->pixelStore()->beginCall(sampleCall(), &error), qPrintable(error));
        m_browser.reset(new FiredPixelsBrowser(m_services.get()));
        m_browser->resize(1200, 800);
        m_browser->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
        m_testers = {new QAbstractItemModelTester(m_browser->callModel(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest, this),
                     new QAbstractItemModelTester(m_browser->pixelModel(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest, this),
                     new QAbstractItemModelTester(m_browser->pixelFilter(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest, this)};
    }

    void cleanup()
    {
        qDeleteAll(m_testers);
        m_testers.clear();
        m_browser.reset();
        m_services.reset();
        m_dir.reset();
    }

    // In the pane the splitter gives it, the call list fits without a sideways scroll bar; a
    // title cut short is whole in its tooltip.
    void callListFitsItsPane()
    {
        auto *table = m_browser->findChild<QTableView *>(QStringLiteral("callTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->width() < 600);
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        const QModelIndex title = m_browser->callModel()->index(0, CallListModel::Title);
        QCOMPARE(title.data(Qt::ToolTipRole), title.data(Qt::DisplayRole));
    }

    void listsCallsNewestFirst()
    {
        const CallListModel *calls = m_browser->callModel();
        QCOMPARE(column(calls, CallListModel::Title),
                 (QStringList{QStringLiteral("Sample call"), QStringLiteral("Old call")}));
        QCOMPARE(column(calls, CallListModel::Campaign),
                 (QStringList{QStringLiteral("Solar"), QStringLiteral("Roofing")}));
        QCOMPARE(column(calls, CallListModel::Fired), (QStringList{QStringLiteral("1 / 5"), QStringLiteral("1 / 1")}));
        QCOMPARE(column(calls, CallListModel::Failures), (QStringList{QStringLiteral("3"), QStringLiteral("0")}));
        QCOMPARE(m_browser->findChild<QLabel *>(QStringLiteral("callsLabel"))->text(), QStringLiteral("2 calls"));
        // The newest call is selected, and its first pixel shown.
        QCOMPARE(m_browser->currentCallId(), QStringLiteral("call-sample"));
        QCOMPARE(m_browser->findChild<QLabel *>(QStringLiteral("pixelsLabel"))->text(),
                 QStringLiteral("Pixels of Sample call"));
        QVERIFY(!m_browser->detailView()->isEmpty());
    }

    void showsPixelsInFiringOrder()
    {
        const QAbstractItemModel *pixels = m_browser->pixelFilter();
        QCOMPARE(
            column(pixels, PixelListModel::Webhook),
            (QStringList{QStringLiteral("Append data"), QStringLiteral("Start ping"), QStringLiteral("Buyer selected"),
                         QStringLiteral("Timer 60s"), QStringLiteral("Conversion")}));
        QCOMPARE(column(pixels, PixelListModel::Trigger),
                 (QStringList{QStringLiteral("Data-appending ping"), QStringLiteral("Start"),
                              QStringLiteral("Selected"), QStringLiteral("Timer"), QStringLiteral("Conversion")}));
        QCOMPARE(column(pixels, PixelListModel::Result),
                 (QStringList{QStringLiteral("fired"), QStringLiteral("failed"), QStringLiteral("skipped"),
                              QStringLiteral("failed"), QStringLiteral("failed")}));
        QCOMPARE(column(pixels, PixelListModel::Status),
                 (QStringList{QStringLiteral("200 OK"), QStringLiteral("500"), QString(), QStringLiteral("timed out"),
                              QStringLiteral("404")}));
        QCOMPARE(column(pixels, PixelListModel::Time),
                 (QStringList{QStringLiteral("22.0 ms"), QStringLiteral("42.0 ms"), QString(),
                              QStringLiteral("12.0 ms"), QStringLiteral("32.0 ms")}));
        QCOMPARE(pixels->index(0, PixelListModel::Tags).data().toString(),
                 QStringLiteral("first_name:Jason, geo:us-10101"));

        m_browser->selectCall(QStringLiteral("call-old"));
        QCOMPARE(column(pixels, PixelListModel::Webhook), QStringList{QStringLiteral("Append data")});
        QCOMPARE(m_browser->findChild<QLabel *>(QStringLiteral("pixelsLabel"))->text(),
                 QStringLiteral("Pixels of Old call"));
    }

    void detailFollowsSelection()
    {
        m_browser->selectPixel(1);
        ExchangeDetailView *detail = m_browser->detailView();
        QCOMPARE(detail->findChild<QLineEdit *>(QStringLiteral("requestUrl"))->text(),
                 QStringLiteral("http://127.0.0.1:8377/append?phone=%2B15551234567&api_key=%5BREDACTED%5D"));
        QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("responseStatus"))->text(),
                 QStringLiteral("HTTP/1.1 200 OK"));
        auto *tags = detail->findChild<QTableWidget *>(QStringLiteral("tagsTable"));
        QCOMPARE(tags->rowCount(), 2);
        QCOMPARE(tags->item(1, 1)->text(), QStringLiteral("us-10101"));

        m_browser->selectPixel(4);
        QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("responseStatus"))->text(),
                 QStringLiteral("No response: timed out (no response within 5000 ms)"));
        m_browser->selectPixel(3);
        QCOMPARE(detail->currentTab(), ExchangeDetailView::Tab::Why);
    }

    void filters_data()
    {
        QTest::addColumn<PixelFilterModel::Status>("status");
        QTest::addColumn<QString>("webhook");
        QTest::addColumn<QList<int>>("sequences");
        using Status = PixelFilterModel::Status;
        QTest::newRow("all") << Status::All << QString() << QList<int>{1, 2, 3, 4, 5};
        QTest::newRow("failed") << Status::Failed << QString() << QList<int>{2, 4, 5};
        QTest::newRow("skipped") << Status::Skipped << QString() << QList<int>{3};
        QTest::newRow("2xx") << Status::Success << QString() << QList<int>{1};
        QTest::newRow("4xx") << Status::ClientError << QString() << QList<int>{5};
        QTest::newRow("5xx") << Status::ServerError << QString() << QList<int>{2};
        QTest::newRow("no response") << Status::NoResponse << QString() << QList<int>{4};
        QTest::newRow("webhook") << Status::All << QStringLiteral("ping") << QList<int>{2};
        QTest::newRow("webhook, any case") << Status::All << QStringLiteral(" APPEND ") << QList<int>{1};
        QTest::newRow("webhook and status") << Status::Failed << QStringLiteral("t") << QList<int>{2, 4};
        QTest::newRow("nothing") << Status::Success << QStringLiteral("conversion") << QList<int>{};
    }

    // Through the page's own controls.
    void filters()
    {
        QFETCH(PixelFilterModel::Status, status);
        QFETCH(QString, webhook);
        QFETCH(QList<int>, sequences);
        auto *combo = m_browser->findChild<QComboBox *>(QStringLiteral("pixelStatusFilter"));
        combo->setCurrentIndex(combo->findData(QVariant::fromValue(status)));
        QCOMPARE(m_browser->pixelFilter()->statusFilter(), status);
        m_browser->findChild<QLineEdit *>(QStringLiteral("pixelWebhookFilter"))->setText(webhook);
        QList<int> shown;
        for (const QString &sequence : column(m_browser->pixelFilter(), PixelListModel::Sequence))
            shown.append(sequence.toInt());
        QCOMPARE(shown, sequences);
    }

    void filterLabels()
    {
        auto *combo = m_browser->findChild<QComboBox *>(QStringLiteral("pixelStatusFilter"));
        QStringList labels;
        for (int i = 0; i < combo->count(); ++i)
            labels.append(combo->itemText(i));
        QCOMPARE(labels, (QStringList{QStringLiteral("All"), QStringLiteral("Failed"), QStringLiteral("Skipped"),
                                      QStringLiteral("2xx"), QStringLiteral("4xx"), QStringLiteral("5xx"),
                                      QStringLiteral("No response")}));
    }

    // The tags column follows the detail view's "Show secrets".
    void secretTagsInTheList()
    {
        StoredCall call = sampleCall();
        call.id = QStringLiteral("call-secret");
        call.startedAt = QDateTime::currentDateTimeUtc();
        call.pixels[0].tagsApplied.append(QStringLiteral("lead_token:") + QString::fromLatin1(kCallKey));
        QString error;
        QVERIFY2(m_services->pixelStore()->beginCall(call, &error), qPrintable(error));
        m_services->notifyPixelStoreChanged();
        m_browser->selectCall(call.id);
        const QModelIndex tags = m_browser->pixelFilter()->index(0, PixelListModel::Tags);
        QCOMPARE(tags.data().toString(), QStringLiteral("first_name:Jason, geo:us-10101, lead_token:[REDACTED]"));
        m_browser->detailView()->setSecretsShown(true);
        QCOMPARE(tags.data().toString(),
                 QStringLiteral("first_name:Jason, geo:us-10101, lead_token:") + QString::fromLatin1(kCallKey));
    }

    void downloadHarRedactsByDefault()
    {
        const QString path = m_dir->filePath(QStringLiteral("call.har"));
        QString error;
        QVERIFY2(m_browser->downloadHar(QStringLiteral("call-sample"), path, false, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(kApiKey));
        QVERIFY(!bytes.contains(kCallKey));
        QVERIFY(!bytes.contains("tok_abcdef123456"));
        QVERIFY(bytes.contains("[REDACTED]"));
        HarLog log;
        QVERIFY2(HarReader::read(bytes, &log, &error), qPrintable(error));
        QCOMPARE(log.pages.size(), 1);
        QCOMPARE(log.pages[0].title, QStringLiteral("Sample call"));
        QCOMPARE(log.entries.size(), 4); // the skipped pixel sent nothing
        QCOMPARE(log.entries[0].webhookName, QStringLiteral("Append data"));
        QCOMPARE(log.entries[3].exchange.status, 404);

        QVERIFY2(m_browser->downloadHar(QStringLiteral("call-sample"), path, true, &error), qPrintable(error));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray withSecrets = file.readAll();
        QVERIFY(withSecrets.contains(kApiKey));
        QVERIFY(withSecrets.contains(kCallKey));
    }

    void downloadHarErrors()
    {
        QString error;
        QVERIFY(!m_browser->downloadHar(QStringLiteral("no-such-call"), m_dir->filePath(QStringLiteral("x.har")), false,
                                        &error));
        QCOMPARE(error, QStringLiteral("call no-such-call is no longer in the fired-pixels store"));
        QVERIFY(!m_browser->downloadHar(QStringLiteral("call-sample"), QStringLiteral("/nonexistent/x.har"), false,
                                        &error));
        QVERIFY2(error.startsWith(QLatin1String("cannot write /nonexistent/x.har: ")), qPrintable(error));
    }

    void deletes()
    {
        QString error;
        QVERIFY2(m_browser->deleteCall(QStringLiteral("call-sample"), &error), qPrintable(error));
        QCOMPARE(column(m_browser->callModel(), CallListModel::Title), QStringList{QStringLiteral("Old call")});
        QCOMPARE(m_browser->currentCallId(), QStringLiteral("call-old"));
        QVERIFY(!m_browser->deleteCall(QStringLiteral("call-sample"), &error));
        QCOMPARE(error, QStringLiteral("cannot delete call call-sample: no such call"));

        QCOMPARE(m_browser->deleteCallsBefore(QDateTime::currentDateTimeUtc().addDays(-1), &error), 1);
        QCOMPARE(m_browser->callModel()->rowCount(), 0);
        QCOMPARE(m_browser->pixelModel()->rowCount(), 0);
        QCOMPARE(m_browser->findChild<QLabel *>(QStringLiteral("detailMessage"))->text(),
                 QStringLiteral(
                     "No calls recorded yet. Test-fire or simulate a call, and every webhook it fired shows up here."));
    }

    void deleteOnlyOlderCalls()
    {
        QString error;
        QCOMPARE(m_browser->deleteCallsBefore(QDateTime::currentDateTimeUtc().addDays(-7), &error), 1);
        QCOMPARE(column(m_browser->callModel(), CallListModel::Title), QStringList{QStringLiteral("Sample call")});
        QCOMPARE(m_browser->deleteCallsBefore(QDateTime::currentDateTimeUtc().addDays(-7), &error), 0);
    }

    // New calls appear when the store says it changed; the user's selection stays.
    void refreshKeepsSelection()
    {
        m_browser->selectCall(QStringLiteral("call-old"));
        StoredCall call = oldCall();
        call.id = QStringLiteral("call-new");
        call.title = QStringLiteral("New call");
        call.startedAt = QDateTime::currentDateTimeUtc();
        QString error;
        QVERIFY2(m_services->pixelStore()->beginCall(call, &error), qPrintable(error));
        m_services->notifyPixelStoreChanged();
        QCOMPARE(column(m_browser->callModel(), CallListModel::Title),
                 (QStringList{QStringLiteral("New call"), QStringLiteral("Sample call"), QStringLiteral("Old call")}));
        QCOMPARE(m_browser->currentCallId(), QStringLiteral("call-old"));

        m_browser->selectCall(QStringLiteral("call-sample"));
        m_browser->selectPixel(4);
        m_services->notifyPixelStoreChanged();
        QCOMPARE(m_browser->pixelModel()
                     ->pixel(m_browser->pixelFilter()->mapToSource(m_browser->pixelTable()->currentIndex()).row())
                     .sequence,
                 4);
    }

    // A real call, run by the engine and recorded as it goes, lands in the browser.
    void recordedCall()
    {
        QFile scenarioFile(QStringLiteral(WC_TEST_DATA_DIR "/scenarios/fire-call.json"));
        QVERIFY(scenarioFile.open(QIODevice::ReadOnly));
        const ScenarioLoadResult loaded =
            ScenarioFile::parse(scenarioFile.readAll().replace("BASE", "http://127.0.0.1:8377"));
        QVERIFY(loaded.ok());
        CallScenario scenario = loaded.scenario;
        CallScenario::CannedResponse reply;
        reply.body = json("{'first_name':'Jason','geo':'us-10101'}");
        scenario.responses.insert(QStringLiteral("Append"), reply);

        StoredCall header;
        header.id = QStringLiteral("call-recorded");
        header.title = QStringLiteral("Recorded call");
        header.startedAt = QDateTime::currentDateTimeUtc();
        header.tags = scenario.tags;
        CannedResponder responder(scenario.responses);
        CallRunner runner(scenario, &responder, CallRunnerOptions{true});
        CallRecorder recorder(header, m_services->pixelStore());
        recorder.attach(&runner);
        runner.start();
        QTRY_VERIFY(runner.isFinished());
        QVERIFY(recorder.storeErrors().isEmpty());
        m_services->notifyPixelStoreChanged();

        m_browser->selectCall(QStringLiteral("call-recorded"));
        QCOMPARE(column(m_browser->pixelFilter(), PixelListModel::Webhook),
                 (QStringList{QStringLiteral("Append"), QStringLiteral("CRM")}));
        QCOMPARE(m_browser->pixelFilter()->index(0, PixelListModel::Tags).data().toString(),
                 QStringLiteral("first_name:Jason, geo:us-10101, geo:us-ny, geo:us"));
        m_browser->selectPixel(recorder.call().pixels.at(1).sequence);
        // The CRM request carries the generated call_key: masked on screen.
        const QString url = m_browser->detailView()->findChild<QLineEdit *>(QStringLiteral("requestUrl"))->text();
        QCOMPARE(url, QStringLiteral("http://127.0.0.1:8377/crm?key=%5BREDACTED%5D"));
    }

    void responseTimeChart()
    {
        QSignalSpy updated(m_browser.get(), &FiredPixelsBrowser::chartUpdated);
        m_browser->tabs()->setCurrentIndex(1);
        QVERIFY(updated.wait(5000));
        const QList<ResponseTimeChart::Series> &series = m_browser->chart()->series();
        QCOMPARE(series.size(), 4);
        QCOMPARE(series[0].webhook, QStringLiteral("Append data")); // from both calls
        QCOMPARE(series[0].fired, 2);
        QCOMPARE(series[0].failed, 0);
        QCOMPARE(series[0].timesMs, (QList<double>{22, 62}));
        QCOMPARE(series[1].webhook, QStringLiteral("Start ping"));
        QCOMPARE(series[1].failed, 1);
        QCOMPARE(series[2].webhook, QStringLiteral("Timer 60s"));
        QVERIFY(series[2].timesMs.isEmpty()); // timed out: a failure, not a time
        QCOMPARE(series[2].failed, 1);
        QCOMPARE(m_browser->findChild<QLabel *>(QStringLiteral("chartCaption"))->text(),
                 QStringLiteral("Response times and failures of each webhook across 2 stored calls."));

        // Deleting a call redraws the chart while it is showing.
        QString error;
        QVERIFY(m_browser->deleteCall(QStringLiteral("call-old"), &error));
        QVERIFY(updated.wait(5000));
        QCOMPARE(m_browser->chart()->series().at(0).fired, 1);
    }

    void withoutAStore()
    {
        Services services;
        FiredPixelsBrowser browser(&services);
        QCOMPARE(browser.callModel()->rowCount(), 0);
        QCOMPARE(browser.findChild<QLabel *>(QStringLiteral("callsLabel"))->text(),
                 QStringLiteral("Fired pixels are not being kept: the database could not be opened."));
        QString error;
        QVERIFY(!browser.downloadHar(QStringLiteral("x"), m_dir->filePath(QStringLiteral("x.har")), false, &error));
        QCOMPARE(error, QStringLiteral("fired pixels are not being kept: the database could not be opened"));
        QCOMPARE(browser.deleteCallsBefore(QDateTime::currentDateTimeUtc(), &error), -1);
        QCOMPARE(error, QStringLiteral("fired pixels are not being kept: the database could not be opened"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<FiredPixelsBrowser> m_browser;
    QList<QAbstractItemModelTester *> m_testers;
};

QTEST_MAIN(TestFiredPixelsBrowser)
#include "TestFiredPixelsBrowser.moc"
