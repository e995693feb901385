// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/BodyViewer.h"
#include "exchange/ExchangeDetailView.h"
#include "exchange/TimingsChart.h"
#include "record/HarReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

namespace {
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QString kApiKey = QStringLiteral("sk_live_123456");
const QString kCallKey = QStringLiteral("ck_9f8e7d6c5b4a");

Exchange conversionExchange()
{
    Exchange e;
    e.request.method = QStringLiteral("POST");
    e.request.url = QStringLiteral("https://hooks.example.test/conversion?call_id=CA123&api_key=") + kApiKey
                    + QStringLiteral("&revenue=12.5");
    e.request.headers = {
        {"Content-Type", "application/json"}, {"Authorization", "Bearer tok_abcdef123456"}, {"X-Trace", "t1"}};
    e.request.body = json("{'phone':'+15551234567','call_key':'ck_9f8e7d6c5b4a','revenue':12.5}");
    e.startedAt = QDateTime(QDate(2024, 5, 14), QTime(8, 20, 30, 100), Qt::UTC);
    e.status = 200;
    e.statusText = QStringLiteral("OK");
    e.httpVersion = QStringLiteral("HTTP/1.1");
    e.responseHeaders = {{"Content-Type", "application/json"}, {"Set-Cookie", "session=abc123456789; Path=/"}};
    e.responseBody = json("{'status':'ok','geo':'us-10101','access_token':'at_response_secret'}");
    e.mimeType = QStringLiteral("application/json");
    e.serverAddress = QStringLiteral("192.0.2.10");
    e.timings.dns = 4;
    e.timings.connect = 12;
    e.timings.ssl = 8;
    e.timings.send = 1;
    e.timings.wait = 22;
    e.timings.receive = 2;
    return e;
}

FiredPixel conversionPixel()
{
    FiredPixel pixel;
    pixel.callId = QStringLiteral("call-1");
    pixel.sequence = 4;
    pixel.webhookName = QStringLiteral("Conversion pixel");
    pixel.trigger = QStringLiteral("conversion");
    pixel.buyerId = QStringLiteral("b1");
    pixel.fired = true;
    pixel.reason = QStringLiteral("matches: source_id is pub1");
    pixel.exchanges = {conversionExchange()};
    pixel.tagsApplied = {QStringLiteral("status:ok"), QStringLiteral("geo:us-10101"),
                         QStringLiteral("call_key:") + kCallKey};
    pixel.warnings = {QStringLiteral("tag first_name is missing: rendered empty")};
    return pixel;
}

template<typename T> T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QList<QPair<QString, QString>> tableRows(const QTableWidget *table)
{
    QList<QPair<QString, QString>> rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append({table->item(row, 0)->text(), table->item(row, 1)->text()});
    return rows;
}

QString headerValue(const QTreeWidget *tree, int group, const QString &name)
{
    const QTreeWidgetItem *item = tree->topLevelItem(group);
    for (int i = 0; i < item->childCount(); ++i) {
        if (item->child(i)->text(0) == name)
            return item->child(i)->text(1);
    }
    return QStringLiteral("<none>");
}

// A body viewer's text once it is on screen and ready.
QString shownBody(BodyViewer *viewer)
{
    if (!QTest::qWaitFor([viewer] { return viewer->state() != BodyViewer::State::Loading; }, 5000))
        return QStringLiteral("<still loading>");
    return viewer->text();
}
} // namespace

class TestExchangeDetailView : public QObject
{
    Q_OBJECT

private slots:
    // Numbers and sizes are written the same whatever the machine's locale.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_view.reset(new ExchangeDetailView);
        m_view->resize(900, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void startsEmpty()
    {
        QVERIFY(m_view->isEmpty());
        QCOMPARE(child<QLabel>(*m_view, "detailMessage")->text(),
                 QStringLiteral("Select a row to see its request and response."));
        m_view->showMessage(QStringLiteral("cannot read entry 3"));
        QCOMPARE(child<QLabel>(*m_view, "detailMessage")->text(), QStringLiteral("cannot read entry 3"));
        QVERIFY(child<QLabel>(*m_view, "detailMessage")->isVisible());
    }

    void requestTab()
    {
        m_view->showPixel(conversionPixel());
        QCOMPARE(m_view->currentTab(), ExchangeDetailView::Tab::Request);
        QCOMPARE(child<QLabel>(*m_view, "detailTitle")->text(),
                 QStringLiteral("Conversion pixel · Conversion — fired"));
        QCOMPARE(child<QLabel>(*m_view, "requestMethod")->text(), QStringLiteral("POST"));
        QCOMPARE(
            child<QLineEdit>(*m_view, "requestUrl")->text(),
            QStringLiteral("https://hooks.example.test/conversion?call_id=CA123&api_key=%5BREDACTED%5D&revenue=12.5"));
        QCOMPARE(child<QLabel>(*m_view, "requestTimeout")->text(), QStringLiteral("5,000 ms"));
        const QList<QPair<QString, QString>> query = {{QStringLiteral("call_id"), QStringLiteral("CA123")},
                                                      {QStringLiteral("api_key"), QStringLiteral("[REDACTED]")},
                                                      {QStringLiteral("revenue"), QStringLiteral("12.5")}};
        QCOMPARE(tableRows(child<QTableWidget>(*m_view, "queryTable")), query);
        QCOMPARE(child<QLabel>(*m_view, "requestBodyLabel")->text(),
                 QStringLiteral("Body · application/json · 68 bytes"));
        QCOMPARE(shownBody(child<BodyViewer>(*m_view, "requestBody")),
                 QStringLiteral(
                     "{\n  \"phone\": \"+15551234567\",\n  \"call_key\": \"[REDACTED]\",\n  \"revenue\": 12.5\n}"));
        QCOMPARE(m_view->summary(),
                 QStringLiteral(
                     "POST https://hooks.example.test/conversion?call_id=CA123&api_key=%5BREDACTED%5D&revenue=12.5"
                     " → 200 OK · 41.0 ms"));
    }

    // The query table is as tall as its rows; the body below gets the rest of the page.
    void queryTableFitsItsRows()
    {
        m_view->showPixel(conversionPixel());
        auto *table = child<QTableWidget>(*m_view, "queryTable");
        QCOMPARE(table->rowCount(), 3);
        const int rowsHeight =
            table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() + 3 * table->rowHeight(0);
        QTRY_COMPARE(table->height(), rowsHeight);
        QVERIFY(!table->verticalScrollBar()->isVisible());
    }

    void aRequestWithoutBodySaysSoOnce()
    {
        FiredPixel pixel = conversionPixel();
        pixel.exchanges.first().request.method = QStringLiteral("GET");
        pixel.exchanges.first().request.body.clear();
        m_view->showPixel(pixel);
        QCOMPARE(m_view->currentTab(), ExchangeDetailView::Tab::Request);
        QWidget *requestPage = child<QTabWidget>(*m_view, "detailTabs")->widget(int(ExchangeDetailView::Tab::Request));
        QStringList shown;
        for (const QLabel *label : requestPage->findChildren<QLabel *>()) {
            if (label->isVisibleTo(requestPage) && label->text() == QLatin1String("No body"))
                shown.append(label->objectName());
        }
        QCOMPARE(shown, QStringList{QStringLiteral("bodyEmpty")});
        QCOMPARE(child<QLabel>(*m_view, "requestBodyLabel")->text(), QStringLiteral("Body"));
    }

    void responseTab()
    {
        m_view->showPixel(conversionPixel());
        m_view->setCurrentTab(ExchangeDetailView::Tab::Response);
        QCOMPARE(child<QLabel>(*m_view, "responseStatus")->text(), QStringLiteral("HTTP/1.1 200 OK"));
        QCOMPARE(child<QLabel>(*m_view, "responseMeta")->text(), QStringLiteral("application/json · 68 bytes"));
        QCOMPARE(shownBody(child<BodyViewer>(*m_view, "responseBody")),
                 QStringLiteral(
                     "{\n  \"status\": \"ok\",\n  \"geo\": \"us-10101\",\n  \"access_token\": \"[REDACTED]\"\n}"));
        // The raw tab is prepared when it is first shown.
        auto *raw = child<BodyViewer>(*m_view, "responseRaw");
        QCOMPARE(raw->state(), BodyViewer::State::Loading);
        child<QTabWidget>(*m_view, "responseTabs")->setCurrentWidget(raw);
        QCOMPARE(shownBody(raw),
                 QStringLiteral("{\"status\":\"ok\",\"geo\":\"us-10101\",\"access_token\":\"[REDACTED]\"}"));
    }

    void headersTab()
    {
        m_view->showPixel(conversionPixel());
        m_view->setCurrentTab(ExchangeDetailView::Tab::Headers);
        auto *tree = child<QTreeWidget>(*m_view, "headersTree");
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Request headers (3)"));
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Response headers (2)"));
        QCOMPARE(headerValue(tree, 0, QStringLiteral("Content-Type")), QStringLiteral("application/json"));
        QCOMPARE(headerValue(tree, 0, QStringLiteral("Authorization")), QStringLiteral("[REDACTED]"));
        QCOMPARE(headerValue(tree, 0, QStringLiteral("X-Trace")), QStringLiteral("t1"));
        QCOMPARE(headerValue(tree, 1, QStringLiteral("Set-Cookie")), QStringLiteral("[REDACTED]"));
    }

    void timingsTab()
    {
        m_view->showPixel(conversionPixel());
        m_view->setCurrentTab(ExchangeDetailView::Tab::Timings);
        const QStringList expected = {
            QStringLiteral("Blocked: n/a"),        QStringLiteral("DNS lookup: 4.00 ms"),
            QStringLiteral("Connecting: 12.0 ms"), QStringLiteral("TLS handshake: 8.00 ms"),
            QStringLiteral("Sending: 1.00 ms"),    QStringLiteral("Waiting: 22.0 ms"),
            QStringLiteral("Receiving: 2.00 ms"),  QStringLiteral("Total: 41.0 ms"),
        };
        QCOMPARE(child<TimingsChart>(*m_view, "timingsChart")->rowTexts(), expected);
        QCOMPARE(child<QLabel>(*m_view, "timingsServer")->text(), QStringLiteral("192.0.2.10"));
        QCOMPARE(child<QLabel>(*m_view, "timingsStarted")->text(),
                 conversionExchange().startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    }

    void tagsAndWhyTabs()
    {
        m_view->showPixel(conversionPixel());
        const QList<QPair<QString, QString>> tags = {{QStringLiteral("status"), QStringLiteral("ok")},
                                                     {QStringLiteral("geo"), QStringLiteral("us-10101")},
                                                     {QStringLiteral("call_key"), QStringLiteral("[REDACTED]")}};
        QCOMPARE(tableRows(child<QTableWidget>(*m_view, "tagsTable")), tags);

        const QString why = child<QTextBrowser>(*m_view, "whyText")->toPlainText();
        QVERIFY2(why.startsWith(QLatin1String("Fired\nmatches: source_id is pub1\n")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("Webhook\nConversion pixel\n")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("Trigger\nConversion: At the end of the call")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("Buyer\nb1\n")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("Notes\ntag first_name is missing: rendered empty")), qPrintable(why));
    }

    // Masked until shown; every place where a secret stood follows the toggle.
    void showSecretsToggle()
    {
        m_view->showPixel(conversionPixel());
        QSignalSpy toggled(m_view.get(), &ExchangeDetailView::secretsShownChanged);
        auto *box = child<QCheckBox>(*m_view, "showSecrets");
        QVERIFY(!box->isChecked());
        box->click();
        QVERIFY(m_view->secretsShown());
        QCOMPARE(toggled.count(), 1);
        QCOMPARE(child<QLineEdit>(*m_view, "requestUrl")->text(),
                 QStringLiteral("https://hooks.example.test/conversion?call_id=CA123&api_key=") + kApiKey
                     + QStringLiteral("&revenue=12.5"));
        QCOMPARE(tableRows(child<QTableWidget>(*m_view, "tagsTable")).at(2).second, kCallKey);
        QVERIFY(shownBody(child<BodyViewer>(*m_view, "requestBody")).contains(kCallKey));
        auto *tree = child<QTreeWidget>(*m_view, "headersTree");
        QCOMPARE(headerValue(tree, 0, QStringLiteral("Authorization")), QStringLiteral("Bearer tok_abcdef123456"));
        QCOMPARE(headerValue(tree, 1, QStringLiteral("Set-Cookie")), QStringLiteral("session=abc123456789; Path=/"));

        // Another pixel keeps the choice; unchecking masks again.
        m_view->showPixel(conversionPixel());
        QVERIFY(child<QLineEdit>(*m_view, "requestUrl")->text().contains(kApiKey));
        box->click();
        QCOMPARE(toggled.count(), 2);
        QVERIFY(!child<QLineEdit>(*m_view, "requestUrl")->text().contains(kApiKey));
        QVERIFY(!shownBody(child<BodyViewer>(*m_view, "requestBody")).contains(kCallKey));
        QCOMPARE(headerValue(tree, 0, QStringLiteral("Authorization")), QStringLiteral("[REDACTED]"));
    }

    // A skipped webhook sent nothing: only Tags and Why have something to say.
    void skippedPixel()
    {
        FiredPixel pixel;
        pixel.sequence = 2;
        pixel.webhookName = QStringLiteral("Selected ping");
        pixel.trigger = QStringLiteral("selected");
        pixel.reason = QStringLiteral("source_id is pub2; the webhook needs source_id:pub1");
        m_view->showPixel(pixel);
        QCOMPARE(m_view->currentTab(), ExchangeDetailView::Tab::Why);
        auto *tabs = child<QTabWidget>(*m_view, "detailTabs");
        for (const auto tab : {ExchangeDetailView::Tab::Request, ExchangeDetailView::Tab::Response,
                               ExchangeDetailView::Tab::Headers, ExchangeDetailView::Tab::Timings})
            QVERIFY(!tabs->isTabEnabled(int(tab)));
        QVERIFY(tabs->isTabEnabled(int(ExchangeDetailView::Tab::Tags)));
        QCOMPARE(child<QLabel>(*m_view, "detailTitle")->text(), QStringLiteral("Selected ping · Selected — skipped"));
        QCOMPARE(m_view->summary(), QStringLiteral("Skipped: nothing was sent."));
        QCOMPARE(child<QLabel>(*m_view, "noTags")->text(), QStringLiteral("Skipped: no response, so no tags."));
        const QString why = child<QTextBrowser>(*m_view, "whyText")->toPlainText();
        QVERIFY2(why.startsWith(QLatin1String("Skipped\nsource_id is pub2; the webhook needs source_id:pub1")),
                 qPrintable(why));

        // The next fired pixel enables them again.
        m_view->showPixel(conversionPixel());
        QVERIFY(tabs->isTabEnabled(int(ExchangeDetailView::Tab::Request)));
    }

    void failedPixel()
    {
        FiredPixel pixel = conversionPixel();
        Exchange &e = pixel.exchanges[0];
        e.outcome = Exchange::Outcome::TimedOut;
        e.status = 0;
        e.statusText.clear();
        e.responseHeaders.clear();
        e.responseBody.clear();
        e.error = QStringLiteral("no response within 5000 ms");
        pixel.tagsApplied.clear();
        m_view->showPixel(pixel);
        m_view->setCurrentTab(ExchangeDetailView::Tab::Response);
        QCOMPARE(child<QLabel>(*m_view, "responseStatus")->text(),
                 QStringLiteral("No response: timed out (no response within 5000 ms)"));
        QCOMPARE(child<BodyViewer>(*m_view, "responseBody")->state(), BodyViewer::State::Empty);
        QCOMPARE(child<QLabel>(*m_view, "noTags")->text(), QStringLiteral("The response applied no tags."));
        QVERIFY(child<QTextBrowser>(*m_view, "whyText")
                    ->toPlainText()
                    .contains(QLatin1String("No response: no response within 5000 ms")));
        QVERIFY(m_view->summary().endsWith(QStringLiteral(" → timed out · 41.0 ms")));
    }

    // A redirect: both hops can be looked at; the last, whose response counts, comes first.
    void severalExchanges()
    {
        FiredPixel pixel = conversionPixel();
        Exchange redirect = conversionExchange();
        redirect.request.url = QStringLiteral("https://hooks.example.test/old");
        redirect.status = 302;
        redirect.statusText = QStringLiteral("Found");
        redirect.responseBody.clear();
        pixel.exchanges.prepend(redirect);
        m_view->showPixel(pixel);
        auto *selector = child<QComboBox>(*m_view, "exchangeSelector");
        QVERIFY(selector->isVisible());
        QCOMPARE(selector->count(), 2);
        QCOMPARE(selector->itemText(0), QStringLiteral("1. POST /old → 302 Found"));
        QCOMPARE(selector->itemText(1), QStringLiteral("2. POST /conversion → 200 OK"));
        QCOMPARE(m_view->currentExchange(), 1);
        m_view->setCurrentExchange(0);
        QCOMPARE(child<QLineEdit>(*m_view, "requestUrl")->text(), QStringLiteral("https://hooks.example.test/old"));
        QCOMPARE(child<QLabel>(*m_view, "responseStatus")->text(), QStringLiteral("HTTP/1.1 302 Found"));

        m_view->showPixel(conversionPixel());
        QVERIFY(!selector->isVisible());
    }

    // An entry recorded by a browser: no webhook, no timeout; the file's own entry time.
    void browserEntry()
    {
        HarLog log;
        QString error;
        QVERIFY2(HarReader::readFile(QStringLiteral(WC_TEST_DATA_DIR "/har/chromium.har"), &log, &error),
                 qPrintable(error));
        m_view->showEntry(log.entries.at(1));
        QCOMPARE(child<QLabel>(*m_view, "detailTitle")->text(), QStringLiteral("HAR entry"));
        QVERIFY(child<QLineEdit>(*m_view, "requestUrl")->text().endsWith(QLatin1String("&api_key=%5BREDACTED%5D")));
        QVERIFY(!child<QLabel>(*m_view, "requestTimeout")->isVisible());
        QCOMPARE(
            child<QTextBrowser>(*m_view, "whyText")->toPlainText(),
            QStringLiteral(
                "Recorded by a browser or another tool\nThe file has no webhook, trigger or reason for this request."));
        QCOMPARE(child<TimingsChart>(*m_view, "timingsChart")->rowTexts().constLast(),
                 QStringLiteral("Total: 2.55 ms"));
        QCOMPARE(child<TimingsChart>(*m_view, "timingsChart")->rowTexts().at(1), QStringLiteral("DNS lookup: n/a"));
        m_view->setCurrentTab(ExchangeDetailView::Tab::Response);
        QCOMPARE(shownBody(child<BodyViewer>(*m_view, "responseBody")),
                 QStringLiteral("{\n  \"first_name\": \"Jason\",\n  \"geo\": \"us-10101\"\n}"));

        m_view->clear();
        QVERIFY(m_view->isEmpty());
        QVERIFY(child<QLabel>(*m_view, "detailMessage")->isVisible());
    }

private:
    std::unique_ptr<ExchangeDetailView> m_view;
};

QTEST_MAIN(TestExchangeDetailView)
#include "TestExchangeDetailView.moc"
