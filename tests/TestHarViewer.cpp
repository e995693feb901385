// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/ExchangeDetailView.h"
#include "exchange/WaterfallDelegate.h"
#include "har/HarEntryModel.h"
#include "har/HarFilterModel.h"
#include "har/HarViewer.h"
#include "record/HarReader.h"
#include "record/HarWriter.h"
#include "record/Redactor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(WC_TEST_DATA_DIR "/har/") + QLatin1String(name);
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

// Two calls of this app: two pages.
StoredCall call(const QString &id, const QString &title, const QDateTime &start, int entries)
{
    StoredCall call;
    call.id = id;
    call.title = title;
    call.startedAt = start;
    for (int i = 0; i < entries; ++i) {
        FiredPixel pixel;
        pixel.sequence = i;
        pixel.webhookName = QStringLiteral("%1 webhook %2").arg(title).arg(i);
        pixel.fired = true;
        Exchange e;
        e.request.method = QStringLiteral("POST");
        e.request.url = QStringLiteral("http://127.0.0.1:8377/%1/%2").arg(id).arg(i);
        e.startedAt = start.addMSecs(100 * i);
        e.status = 200;
        e.timings.send = 0;
        e.timings.wait = 50;
        e.timings.receive = 1;
        pixel.exchanges = {e};
        call.pixels.append(pixel);
    }
    return call;
}
} // namespace

class TestHarViewer : public QObject
{
    Q_OBJECT

private slots:
    // Numbers and sizes are written the same whatever the machine's locale.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_viewer.reset(new HarViewer);
        m_viewer->resize(1200, 800);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
        m_testers = {new QAbstractItemModelTester(m_viewer->model(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest, this),
                     new QAbstractItemModelTester(m_viewer->filterModel(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest, this)};
    }

    void cleanup()
    {
        qDeleteAll(m_testers);
        m_testers.clear();
        m_viewer.reset();
    }

    void startsEmpty()
    {
        QVERIFY(m_viewer->findChild<QLabel *>(QStringLiteral("harPlaceholder"))->isVisible());
        QCOMPARE(m_viewer->findChild<QLabel *>(QStringLiteral("harFile"))->text(), QStringLiteral("No file open"));
        QCOMPARE(m_viewer->openAction()->text(), QStringLiteral("Open &HAR..."));
    }

    // Recorded by Chromium: the rows say what HarReader reads.
    void opensChromiumRecording()
    {
        QVERIFY(load(fixture("chromium.har")));
        HarLog log;
        QString error;
        QVERIFY(HarReader::readFile(fixture("chromium.har"), &log, &error));
        const HarEntryModel *model = m_viewer->model();
        QCOMPARE(model->rowCount(), 10);
        for (int row = 0; row < 10; ++row) {
            const Exchange &expected = log.entries.at(row).exchange;
            QCOMPARE(model->index(row, HarEntryModel::Method).data().toString(), expected.request.method);
            // Secrets masked, as in the entry's details.
            QCOMPARE(model->index(row, HarEntryModel::Url).data().toString(),
                     Redactor().redactUrl(expected.request.url));
        }
        QCOMPARE(
            column(model, HarEntryModel::Status),
            (QStringList{QStringLiteral("200"), QStringLiteral("200"), QStringLiteral("200"), QStringLiteral("204"),
                         QStringLiteral("302"), QStringLiteral("200"), QStringLiteral("404"), QStringLiteral("500"),
                         QStringLiteral("200"), QStringLiteral("(failed)")}));
        QCOMPARE(column(model, HarEntryModel::Type),
                 (QStringList{QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("json"), QString(),
                              QString(), QStringLiteral("plain"), QStringLiteral("json"), QStringLiteral("json"),
                              QStringLiteral("png"), QString()}));
        QCOMPARE(model->index(0, HarEntryModel::Size).data().toString(), QStringLiteral("1.1 kB"));
        QCOMPARE(model->index(1, HarEntryModel::Size).data().toString(), QStringLiteral("39 bytes"));
        QCOMPARE(model->index(0, HarEntryModel::Time).data().toString(), QStringLiteral("9.73 ms"));
        QCOMPARE(model->index(9, HarEntryModel::Status).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("net::ERR_CONNECTION_REFUSED"));
        QCOMPARE(m_viewer->findChild<QLabel *>(QStringLiteral("harSummary"))->text(),
                 QStringLiteral("·  10 entries  ·  from Playwright 1.65.1 (chromium 156.0.8078.108)"));

        // The waterfall: each entry from the page start, on one scale up to the last end.
        const auto bar = [model](int row) {
            return model->index(row, HarEntryModel::Waterfall).data(WaterfallDelegate::BarRole).value<WaterfallBar>();
        };
        QCOMPARE(bar(0).startMs, 11.0);
        QCOMPARE(bar(3).startMs, 156.0);
        QCOMPARE(bar(3).timings.wait, 15.424);
        QVERIFY(bar(9).failed);
        QTRY_VERIFY(qAbs(m_viewer->waterfall()->range() - 214.372) < 1e-9);
    }

    void opensFirefoxExport()
    {
        QVERIFY(load(fixture("firefox.har")));
        const HarEntryModel *model = m_viewer->model();
        QCOMPARE(column(model, HarEntryModel::Method), (QStringList{QStringLiteral("GET"), QStringLiteral("POST"),
                                                                    QStringLiteral("GET"), QStringLiteral("GET")}));
        QCOMPARE(column(model, HarEntryModel::Url),
                 (QStringList{QStringLiteral("https://hooks.example.test/append?phone=%2B15551234567&source_id=pub1"),
                              QStringLiteral("https://hooks.example.test/postback"),
                              QStringLiteral("https://hooks.example.test/pixel.png"),
                              QStringLiteral("https://unreachable.example.test/hook")}));
        QCOMPARE(column(model, HarEntryModel::Status),
                 (QStringList{QStringLiteral("200"), QStringLiteral("204"), QStringLiteral("200"),
                              QStringLiteral("(failed)")}));
    }

    // The table shows no more than the details do: a secret in a URL is masked until "Show
    // secrets" is checked.
    void urlSecretsAreMaskedUntilShown()
    {
        QVERIFY(load(fixture("chromium.har")));
        const QModelIndex append = m_viewer->model()->index(1, HarEntryModel::Url);
        QVERIFY(append.data().toString().contains(QLatin1String("/append?")));
        QVERIFY2(!append.data().toString().contains(QLatin1String("fixture-secret-1")),
                 qPrintable(append.data().toString()));
        QVERIFY(append.data().toString().contains(QLatin1String("api_key=%5BREDACTED%5D")));
        QVERIFY(!append.data(Qt::ToolTipRole).toString().contains(QLatin1String("fixture-secret-1")));

        QSignalSpy changed(m_viewer->model(), &QAbstractItemModel::dataChanged);
        m_viewer->findChild<QCheckBox *>(QStringLiteral("showSecrets"))->setChecked(true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(append.data().toString().contains(QLatin1String("api_key=fixture-secret-1")));
        m_viewer->findChild<QCheckBox *>(QStringLiteral("showSecrets"))->setChecked(false);
        QVERIFY(!append.data().toString().contains(QLatin1String("fixture-secret-1")));
    }

    // Typing a masked secret into the filter must not find its row (which would reveal it).
    void filterMatchesOnlyWhatIsShown()
    {
        QVERIFY(load(fixture("chromium.har")));
        m_viewer->findChild<QLineEdit *>(QStringLiteral("harTextFilter"))->setText(QStringLiteral("fixture-secret-1"));
        QCOMPARE(m_viewer->filterModel()->rowCount(), 0);
        m_viewer->findChild<QCheckBox *>(QStringLiteral("showSecrets"))->setChecked(true);
        QCOMPARE(m_viewer->filterModel()->rowCount(), 1);
        QVERIFY(m_viewer->filterModel()
                    ->index(0, HarEntryModel::Url)
                    .data()
                    .toString()
                    .contains(QLatin1String("/append?")));
        m_viewer->findChild<QCheckBox *>(QStringLiteral("showSecrets"))->setChecked(false);
        QCOMPARE(m_viewer->filterModel()->rowCount(), 0);
    }

    // The selected entry is read back from the file and shown whole.
    void showsTheSelectedEntry()
    {
        QVERIFY(load(fixture("chromium.har")));
        QSignalSpy shown(m_viewer.get(), &HarViewer::entryShown);
        m_viewer->table()->setCurrentIndex(m_viewer->filterModel()->index(2, 0));
        QVERIFY(shown.wait(5000));
        ExchangeDetailView *detail = m_viewer->detailView();
        QVERIFY(!detail->isEmpty());
        QCOMPARE(detail->findChild<QLineEdit *>(QStringLiteral("requestUrl"))->text(),
                 QStringLiteral("http://127.0.0.1:41871/conversion?call_id=CA123&call_revenue=12.5"));
        QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("responseStatus"))->text(),
                 QStringLiteral("HTTP/1.1 200 OK"));
        QCOMPARE(detail->summary(),
                 QStringLiteral(
                     "POST http://127.0.0.1:41871/conversion?call_id=CA123&call_revenue=12.5 → 200 OK · 6.42 ms"));
    }

    void sorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("firstUrlEnd");
        QTest::newRow("status, descending")
            << int(HarEntryModel::Status) << Qt::DescendingOrder << QStringLiteral("/server-error");
        QTest::newRow("status, ascending: failed first")
            << int(HarEntryModel::Status) << Qt::AscendingOrder << QStringLiteral("/refused");
        QTest::newRow("time: as numbers")
            << int(HarEntryModel::Time) << Qt::DescendingOrder << QStringLiteral("/postback");
        QTest::newRow("size: as numbers")
            << int(HarEntryModel::Size) << Qt::DescendingOrder << QStringLiteral("41871/");
        QTest::newRow("waterfall: by start")
            << int(HarEntryModel::Waterfall) << Qt::DescendingOrder << QStringLiteral("/refused");
        QTest::newRow("method") << int(HarEntryModel::Method) << Qt::DescendingOrder
                                << QStringLiteral("/conversion?call_id=CA123&call_revenue=12.5");
        QTest::newRow("url") << int(HarEntryModel::Url) << Qt::AscendingOrder << QStringLiteral("41871/");
    }

    void sorts()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, firstUrlEnd);
        QVERIFY(load(fixture("chromium.har")));
        m_viewer->table()->sortByColumn(column, order);
        const QString first = m_viewer->filterModel()->index(0, HarEntryModel::Url).data().toString();
        QVERIFY2(first.endsWith(firstUrlEnd), qPrintable(first));
    }

    void filters_data()
    {
        QTest::addColumn<HarFilterModel::Status>("status");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("paths");
        using Status = HarFilterModel::Status;
        QTest::newRow("2xx") << Status::Success << QString()
                             << QStringList{QStringLiteral("/"),           QStringLiteral("/append"),
                                            QStringLiteral("/conversion"), QStringLiteral("/postback"),
                                            QStringLiteral("/final"),      QStringLiteral("/pixel.png")};
        QTest::newRow("3xx") << Status::Redirect << QString() << QStringList{QStringLiteral("/redirect")};
        QTest::newRow("4xx") << Status::ClientError << QString() << QStringList{QStringLiteral("/missing")};
        QTest::newRow("5xx") << Status::ServerError << QString() << QStringList{QStringLiteral("/server-error")};
        QTest::newRow("failed") << Status::Failed << QString() << QStringList{QStringLiteral("/refused")};
        QTest::newRow("text in the URL") << Status::All << QStringLiteral("API_KEY")
                                         << QStringList{QStringLiteral("/append")};
        QTest::newRow("method") << Status::All << QStringLiteral("post")
                                << QStringList{QStringLiteral("/conversion"), QStringLiteral("/postback")};
        QTest::newRow("text and status") << Status::Success << QStringLiteral("pixel")
                                         << QStringList{QStringLiteral("/pixel.png")};
        QTest::newRow("nothing") << Status::ServerError << QStringLiteral("append") << QStringList{};
    }

    // Through the page's own controls.
    void filters()
    {
        QFETCH(HarFilterModel::Status, status);
        QFETCH(QString, text);
        QFETCH(QStringList, paths);
        QVERIFY(load(fixture("chromium.har")));
        auto *combo = m_viewer->findChild<QComboBox *>(QStringLiteral("harStatusFilter"));
        combo->setCurrentIndex(combo->findData(QVariant::fromValue(status)));
        m_viewer->findChild<QLineEdit *>(QStringLiteral("harTextFilter"))->setText(text);
        QStringList shown;
        for (const QString &url : column(m_viewer->filterModel(), HarEntryModel::Url))
            shown.append(QUrl(url).path());
        QCOMPARE(shown, paths);
        if (paths.size() < 10) {
            QCOMPARE(m_viewer->findChild<QLabel *>(QStringLiteral("harSummary"))
                         ->text()
                         .section(QStringLiteral("  ·  "), 0, 0),
                     QStringLiteral("·  %1 of 10 entries").arg(paths.size()));
        }
    }

    // This app's files: one page per call, and a page filter to pick one.
    void pageFilter()
    {
        const QDateTime start(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        HarWriter writer;
        writer.addCall(call(QStringLiteral("c1"), QStringLiteral("First call"), start, 3));
        writer.addCall(call(QStringLiteral("c2"), QStringLiteral("Second call"), start.addSecs(60), 2));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calls.har"));
        QString error;
        QVERIFY2(writer.writeFile(path, &error), qPrintable(error));
        QVERIFY(load(path));

        auto *pages = m_viewer->findChild<QComboBox *>(QStringLiteral("harPageFilter"));
        QVERIFY(pages->isVisible());
        QCOMPARE(pages->count(), 3);
        QCOMPARE(pages->itemText(2), QStringLiteral("Second call"));
        pages->setCurrentIndex(2);
        QCOMPARE(
            column(m_viewer->filterModel(), HarEntryModel::Url),
            (QStringList{QStringLiteral("http://127.0.0.1:8377/c2/0"), QStringLiteral("http://127.0.0.1:8377/c2/1")}));
        // Each page's waterfall starts at its own call.
        const QModelIndex second = m_viewer->filterModel()->index(1, HarEntryModel::Waterfall);
        QCOMPARE(second.data(WaterfallDelegate::BarRole).value<WaterfallBar>().startMs, 100.0);
        QTRY_VERIFY(qAbs(m_viewer->waterfall()->range() - 151.0) < 1e-9);
        QCOMPARE(m_viewer->filterModel()->index(0, HarEntryModel::Url).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("http://127.0.0.1:8377/c2/0\nWebhook: Second call webhook 0"));
    }

    // A file that cannot be read shows the reader's error and no rows.
    void brokenFile_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << QByteArray("{\"log\": {\"entries\": [")
                                   << "JSON syntax error at line 1, column 21: unterminated array";
        QTest::newRow("not HAR") << QByteArray("{\"name\": \"workspace\"}") << "not a HAR file: no log object";
        QTest::newRow("entry without url") << QByteArray(
            "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\"}, \"response\": {\"status\": 200}}]}}")
                                           << "log.entries[0].request.url: missing";
    }

    void brokenFile()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        QVERIFY(load(fixture("firefox.har")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.har"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();
        QVERIFY(!load(path));
        QCOMPARE(m_viewer->errorText(), message);
        auto *label = m_viewer->findChild<QLabel *>(QStringLiteral("harError"));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("%1 could not be opened: %2").arg(path, message));
        QCOMPARE(m_viewer->model()->rowCount(), 0);
        QVERIFY(m_viewer->detailView()->isEmpty());

        // The next good file clears the error.
        QVERIFY(load(fixture("firefox.har")));
        QVERIFY(!label->isVisible());
        QVERIFY(m_viewer->errorText().isEmpty());
    }

    void missingFile()
    {
        QVERIFY(!load(QStringLiteral("/nonexistent/x.har")));
        QCOMPARE(m_viewer->errorText(), QStringLiteral("cannot open /nonexistent/x.har: No such file or directory"));
    }

    void dropAFile()
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(fixture("firefox.har"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_viewer.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy finished(m_viewer.get(), &HarViewer::loadFinished);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_viewer.get(), &drop);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(m_viewer->filePath(), fixture("firefox.har"));
        QCOMPARE(m_viewer->model()->rowCount(), 4);

        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_viewer.get(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    // Rows stream in while the file is read; the model testers watch every insertion.
    void streamsALargerFile()
    {
        const QDateTime start(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        HarWriter writer;
        writer.addCall(call(QStringLiteral("big"), QStringLiteral("Big call"), start, 1000));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.har"));
        QString error;
        QVERIFY2(writer.writeFile(path, &error), qPrintable(error));
        m_viewer->table()->sortByColumn(HarEntryModel::Url, Qt::DescendingOrder);
        QVERIFY(load(path));
        QCOMPARE(m_viewer->model()->rowCount(), 1000);
        QCOMPARE(m_viewer->filterModel()->index(0, HarEntryModel::Url).data().toString(),
                 QStringLiteral("http://127.0.0.1:8377/big/999"));
        QCOMPARE(m_viewer->findChild<QLabel *>(QStringLiteral("harSummary"))->text(),
                 QStringLiteral("·  1,000 entries  ·  from Webhook Configurator %1").arg(QStringLiteral(WC_VERSION)));
    }

private:
    bool load(const QString &path)
    {
        QSignalSpy finished(m_viewer.get(), &HarViewer::loadFinished);
        m_viewer->openFile(path);
        if (!finished.wait(20000))
            return false;
        return finished.at(0).at(0).toBool();
    }

    std::unique_ptr<HarViewer> m_viewer;
    QList<QAbstractItemModelTester *> m_testers;
};

QTEST_MAIN(TestHarViewer)
#include "TestHarViewer.moc"
