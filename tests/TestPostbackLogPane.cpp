// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/BodyViewer.h"
#include "files/WorkspaceFile.h"
#include "net/SandboxReceiver.h"
#include "receiver/PostbackLogPane.h"
#include "receiver/ReceivedRequestModel.h"
#include "receiver/ReceiverPanel.h"
#include "shell/Services.h"
#include "support/TestSettings.h"
#include "workspace/WorkspaceModel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QEventLoop>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

// One request to the receiver, waited for on an event loop (the receiver answers from this
// same thread).
Reply send(const QByteArray &method, const QString &url, const QByteArray &body = {},
           const QByteArray &contentType = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    reply->deleteLater();
    return result;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QStringList columnTexts(const QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts.append(table->item(row, column)->text());
    return texts;
}

} // namespace

class TestPostbackLogPane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void jsonPostbackShowsItsTags();
    void dataWritingCallIsRecognised();
    void sourceOf_data();
    void sourceOf();
    void clearEmptiesTheLog();
    void logKeepsTheReceiversLimit();
    void scriptedReplyChangesTheAnswer();
    void badScriptsAreFlagged_data();
    void badScriptsAreFlagged();
    void presets_data();
    void presets();
    void scriptsPersist();
    void startStopAndPort();
    void portInUse();

private:
    QString base() const { return m_services->receiver()->baseUrl(); }
    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<WorkspaceModel> m_model;
};

void TestPostbackLogPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    TestSettings::isolate(m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("WebhookConfiguratorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestPostbackLogPane"));
}

void TestPostbackLogPane::init()
{
    QSettings().clear();
    m_services = std::make_unique<Services>();
    QString error;
    QVERIFY2(m_services->startReceiver(0, &error), qPrintable(error));
    m_model = std::make_unique<WorkspaceModel>();
    m_model->setWorkspace(WorkspaceFile::sample());
}

void TestPostbackLogPane::jsonPostbackShowsItsTags()
{
    PostbackLogPane pane(m_services.get(), m_model.get());
    QAbstractItemModelTester tester(pane.requestModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray payload = "{\"caller_number\": \"+12125550134\", \"sale\": \"yes\", \"sale_amount\": 120, "
                               "\"items\": [\"panel\", \"battery\"]}";
    const Reply reply =
        send("POST", base() + QStringLiteral("/postback/sale?campaign=solar"), payload, "application/json");
    QCOMPARE(reply.status, 200);

    ReceivedRequestModel *model = pane.requestModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ReceivedRequestModel::Method).data().toString(), QStringLiteral("POST"));
    QCOMPARE(model->index(0, ReceivedRequestModel::Path).data().toString(), QStringLiteral("/postback/sale"));
    QCOMPARE(model->index(0, ReceivedRequestModel::Query).data().toString(), QStringLiteral("campaign=solar"));
    QCOMPARE(model->index(0, ReceivedRequestModel::Source).data().toString(), QStringLiteral("Publisher postback"));
    QCOMPARE(model->index(0, ReceivedRequestModel::Tags).data().toString(),
             QStringLiteral("caller_number:+12125550134, items:panel, items:battery, sale:yes, sale_amount:120"));
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("requestCount"))->text(), QStringLiteral("1 request received"));

    pane.show();
    pane.selectRow(0);
    auto *tags = pane.findChild<QTableWidget *>(QStringLiteral("tagsTable"));
    QCOMPARE(columnTexts(tags, 0),
             (QStringList{QStringLiteral("caller_number"), QStringLiteral("items"), QStringLiteral("items"),
                          QStringLiteral("sale"), QStringLiteral("sale_amount")}));
    QCOMPARE(columnTexts(tags, 1),
             (QStringList{QStringLiteral("+12125550134"), QStringLiteral("panel"), QStringLiteral("battery"),
                          QStringLiteral("yes"), QStringLiteral("120")}));
    QCOMPARE(pane.findChild<QTabWidget *>(QStringLiteral("requestTabs"))->tabText(2), QStringLiteral("Tags (5)"));
    auto *headers = pane.findChild<QTableWidget *>(QStringLiteral("headersTable"));
    QVERIFY(columnTexts(headers, 1).contains(QStringLiteral("application/json")));

    // The payload, pretty-printed.
    auto *payloadView = pane.findChild<BodyViewer *>(QStringLiteral("payloadView"));
    QTRY_COMPARE(payloadView->state(), BodyViewer::State::Text);
    QVERIFY2(payloadView->text().contains(QStringLiteral("\n  \"sale\": \"yes\",\n")), qPrintable(payloadView->text()));

    // Copy Payload puts the body on the clipboard exactly as received.
    QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("copyPayloadButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(payload));
}

void TestPostbackLogPane::dataWritingCallIsRecognised()
{
    PostbackLogPane pane(m_services.get(), m_model.get());
    // The sample publisher's key, as its data-writing URL carries it.
    QCOMPARE(send("GET", base()
                             + QStringLiteral("/data_writing?key=pk-sandbox-7781&caller_number=%2B12125550134"
                                              "&sale=yes"))
                 .status,
             200);
    const ReceivedRequestModel *model = pane.requestModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ReceivedRequestModel::Source).data().toString(),
             QStringLiteral("Data-writing call (Sunbelt Media Partners)"));
    QCOMPARE(model->index(0, ReceivedRequestModel::Query).data().toString(),
             QStringLiteral("key=pk-sandbox-7781&caller_number=+12125550134&sale=yes"));
    pane.selectRow(0);
    // No body: the tags come from the query.
    QCOMPARE(columnTexts(pane.findChild<QTableWidget *>(QStringLiteral("tagsTable")), 0),
             (QStringList{QStringLiteral("key"), QStringLiteral("caller_number"), QStringLiteral("sale")}));
    QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("copyPayloadButton"))->isEnabled());
}

void TestPostbackLogPane::sourceOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("keyTag");
    QTest::addColumn<int>("origin");
    QTest::addColumn<QString>("publisher");

    using Origin = ReceivedRequestModel::Origin;
    QTest::newRow("key in query") << QStringLiteral("/anything") << QStringLiteral("key=k%201") << QString()
                                  << int(Origin::DataWriting) << QStringLiteral("Search");
    QTest::newRow("key in payload") << QStringLiteral("/in") << QString() << QStringLiteral("k 1")
                                    << int(Origin::DataWriting) << QStringLiteral("Search");
    QTest::newRow("unknown key, data_writing path") << QStringLiteral("/v2/Data_Writing") << QStringLiteral("key=other")
                                                    << QString() << int(Origin::DataWriting) << QString();
    QTest::newRow("postback path") << QStringLiteral("/cake/postback") << QString() << QString()
                                   << int(Origin::PublisherPostback) << QString();
    QTest::newRow("anything else") << QStringLiteral("/events/start") << QStringLiteral("key=") << QString()
                                   << int(Origin::Webhook) << QString();
}

void TestPostbackLogPane::sourceOf()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, keyTag);
    QFETCH(int, origin);
    QFETCH(QString, publisher);

    Publisher search;
    search.sourceId = QStringLiteral("pub1");
    search.name = QStringLiteral("Search");
    search.postbackKey = QStringLiteral("k 1");
    Publisher keyless;
    keyless.sourceId = QStringLiteral("pub2");
    ReceivedRequest request;
    request.path = path;
    request.query = query;
    if (!keyTag.isEmpty())
        request.tags.set(QStringLiteral("key"), {keyTag});
    QString name;
    QCOMPARE(int(ReceivedRequestModel::originOf(request, {keyless, search}, &name)), origin);
    QCOMPARE(name, publisher);
}

void TestPostbackLogPane::clearEmptiesTheLog()
{
    send("GET", base() + QStringLiteral("/before"));
    PostbackLogPane pane(m_services.get(), m_model.get());
    // What the receiver got before the page existed is listed too.
    QCOMPARE(pane.requestModel()->rowCount(), 1);
    send("GET", base() + QStringLiteral("/after"));
    QCOMPARE(pane.requestModel()->rowCount(), 2);
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("requestCount"))->text(), QStringLiteral("2 requests received"));
    QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("clearLogButton")), Qt::LeftButton);
    QCOMPARE(pane.requestModel()->rowCount(), 0);
    QVERIFY(m_services->receiver()->requests().isEmpty());
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("requestCount"))->text(),
             QStringLiteral("No requests received yet"));
    QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("clearLogButton"))->isEnabled());
}

void TestPostbackLogPane::logKeepsTheReceiversLimit()
{
    ReceivedRequestModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxRows(2);
    for (const char *path : {"/a", "/b", "/c"}) {
        ReceivedRequest request;
        request.path = QString::fromLatin1(path);
        model.append(request);
    }
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.request(0).path, QStringLiteral("/b"));
    QCOMPARE(model.request(1).path, QStringLiteral("/c"));
    model.setMaxRows(1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.request(0).path, QStringLiteral("/c"));
}

void TestPostbackLogPane::scriptedReplyChangesTheAnswer()
{
    PostbackLogPane pane(m_services.get(), m_model.get());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    ReceiverPanel *panel = pane.receiverPanel();
    QCOMPARE(send("POST", base() + QStringLiteral("/hook"), "{}", "application/json").status, 200);

    // A reply scripted through the table's button and cells.
    QTest::mouseClick(panel->findChild<QWidget *>(QStringLiteral("addReplyButton")), Qt::LeftButton);
    auto *table = panel->findChild<QTableWidget *>(QStringLiteral("replyTable"));
    QCOMPARE(table->rowCount(), 1);
    // The new row's path is open for typing.
    auto *pathEditor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(pathEditor);
    QCOMPARE(pathEditor->text(), QStringLiteral("/"));
    pathEditor->setText(QStringLiteral("/hook"));
    QTest::keyClick(pathEditor, Qt::Key_Return);
    QTRY_COMPARE(table->item(0, ReceiverPanel::Path)->text(), QStringLiteral("/hook")); // committed queued
    table->item(0, ReceiverPanel::Method)->setText(QStringLiteral("post"));
    table->item(0, ReceiverPanel::Status)->setData(Qt::EditRole, 503);
    table->item(0, ReceiverPanel::ContentType)->setText(QStringLiteral("text/plain"));
    table->setCurrentCell(0, ReceiverPanel::Path);
    panel->findChild<QPlainTextEdit *>(QStringLiteral("replyBody"))
        ->setPlainText(QStringLiteral("down for maintenance"));
    QVERIFY(panel->scriptErrors().isEmpty());

    Reply reply = send("POST", base() + QStringLiteral("/hook"), "{}", "application/json");
    QCOMPARE(reply.status, 503);
    QCOMPARE(reply.body, QByteArray("down for maintenance"));
    QCOMPARE(reply.contentType, QByteArray("text/plain"));
    // Only that method: a GET still gets the default.
    reply = send("GET", base() + QStringLiteral("/hook"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("{}"));

    // Renaming the path moves the script: the old path answers the default again.
    table->item(0, ReceiverPanel::Path)->setText(QStringLiteral("/other"));
    QCOMPARE(send("POST", base() + QStringLiteral("/hook"), "{}", "application/json").status, 200);
    QCOMPARE(send("POST", base() + QStringLiteral("/other"), "{}", "application/json").status, 503);

    // Removing it does the same.
    table->setCurrentCell(0, 0);
    QTest::mouseClick(panel->findChild<QWidget *>(QStringLiteral("removeReplyButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(send("POST", base() + QStringLiteral("/other"), "{}", "application/json").status, 200);

    // "Script a reply" from the log takes the selected request's method and path.
    pane.selectRow(0);
    QCOMPARE(pane.requestModel()->request(0).path, QStringLiteral("/hook"));
    pane.scriptReplyForSelected();
    QCOMPARE(panel->scripts().size(), 1);
    QCOMPARE(panel->scripts().constFirst().method, QStringLiteral("POST"));
    QCOMPARE(panel->scripts().constFirst().path, QStringLiteral("/hook"));
    table->item(0, ReceiverPanel::Status)->setData(Qt::EditRole, 202);
    QCOMPARE(send("POST", base() + QStringLiteral("/hook"), "{}", "application/json").status, 202);
}

void TestPostbackLogPane::badScriptsAreFlagged_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("path without slash") << QStringLiteral("*") << QStringLiteral("hook") << 200 << QString()
                                        << QStringLiteral("Row 2: Invalid path \"hook\": it must start with /");
    QTest::newRow("bad method") << QStringLiteral("GE T") << QStringLiteral("/hook") << 200 << QString()
                                << QStringLiteral("Row 2: Invalid method \"GE T\": use an HTTP method such as GET, "
                                                  "or * for any");
    QTest::newRow("status out of range") << QStringLiteral("*") << QStringLiteral("/hook") << 99 << QString()
                                         << QStringLiteral("Row 2: Invalid status 99: it must be between 200 and 599");
    QTest::newRow("204 with a body") << QStringLiteral("*") << QStringLiteral("/hook") << 204 << QStringLiteral("{}")
                                     << QStringLiteral("Row 2: A 204 reply cannot have a body");
    QTest::newRow("same as row 1") << QStringLiteral("*") << QStringLiteral("/first") << 200 << QString()
                                   << QStringLiteral("Row 2: the same method and path as row 1");
}

void TestPostbackLogPane::badScriptsAreFlagged()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, body);
    QFETCH(QString, error);

    ReceiverPanel panel(m_services.get());
    ReceiverPanel::Script first;
    first.path = QStringLiteral("/first");
    first.status = 201;
    ReceiverPanel::Script bad;
    bad.method = method;
    bad.path = path;
    bad.status = status;
    bad.body = body.toUtf8();
    panel.setScripts({first, bad});
    QCOMPARE(panel.scriptErrors(), QStringList{error});
    auto *errors = panel.findChild<QLabel *>(QStringLiteral("replyErrors"));
    QCOMPARE(errors->text(), error);
    QVERIFY(errors->isVisibleTo(&panel));
    auto *table = panel.findChild<QTableWidget *>(QStringLiteral("replyTable"));
    QVERIFY(table->item(1, ReceiverPanel::Path)->background().color() != QColor());
    QVERIFY(!table->item(0, ReceiverPanel::Path)->data(Qt::BackgroundRole).isValid());
    // The good row still applies; the bad one is not half-applied.
    QCOMPARE(send("GET", base() + QStringLiteral("/first")).status, 201);
    QCOMPARE(send("GET", base() + QStringLiteral("/hook")).status, 200);
}

void TestPostbackLogPane::presets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("delayMs");

    QTest::newRow("slow") << int(ReceiverPanel::Preset::Slow) << QStringLiteral("Slow (6 s)") << QStringLiteral("/slow")
                          << 200 << 6000;
    QTest::newRow("500") << int(ReceiverPanel::Preset::ServerError) << QStringLiteral("Server error 500")
                         << QStringLiteral("/error") << 500 << 0;
    QTest::newRow("404") << int(ReceiverPanel::Preset::NotFound) << QStringLiteral("Not found 404")
                         << QStringLiteral("/not-found") << 404 << 0;
    QTest::newRow("bid") << int(ReceiverPanel::Preset::Bid) << QStringLiteral("Bid 12.50 (ping)")
                         << QStringLiteral("/rtb/lead-exchange/ping") << 200 << 0;
}

void TestPostbackLogPane::presets()
{
    QFETCH(int, preset);
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, delayMs);

    const auto which = ReceiverPanel::Preset(preset);
    QCOMPARE(ReceiverPanel::presetName(which), name);
    const ReceiverPanel::Script script = ReceiverPanel::preset(which);
    QCOMPARE(script.path, path);
    QCOMPARE(script.status, status);
    QCOMPARE(script.delayMs, delayMs);

    // Chosen from the Presets menu, the preset becomes a row the receiver answers with.
    ReceiverPanel panel(m_services.get());
    auto *presets = panel.findChild<QToolButton *>(QStringLiteral("replyPresetsButton"));
    QAction *action = nullptr;
    for (QAction *candidate : presets->menu()->actions()) {
        if (candidate->text() == name)
            action = candidate;
    }
    QVERIFY(action);
    action->trigger();
    QCOMPARE(panel.scripts(), QList<ReceiverPanel::Script>{script});
    if (delayMs == 0) {
        const Reply reply = send(script.method == QLatin1String("*") ? QByteArray("POST") : script.method.toLatin1(),
                                 base() + path, "{}", "application/json");
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.body, script.body);
    }
}

void TestPostbackLogPane::scriptsPersist()
{
    ReceiverPanel::Script script = ReceiverPanel::preset(ReceiverPanel::Preset::ServerError);
    script.path = QStringLiteral("/kept");
    {
        ReceiverPanel panel(m_services.get());
        panel.addScript(script);
    }
    // A new session: another receiver, the scripts come back from the settings and apply.
    Services other;
    QString error;
    QVERIFY2(other.startReceiver(0, &error), qPrintable(error));
    ReceiverPanel panel(&other);
    QCOMPARE(panel.scripts(), QList<ReceiverPanel::Script>{script});
    QCOMPARE(send("GET", other.receiver()->baseUrl() + QStringLiteral("/kept")).status, 500);
}

void TestPostbackLogPane::startStopAndPort()
{
    ReceiverPanel panel(m_services.get());
    auto *state = panel.findChild<QLabel *>(QStringLiteral("receiverState"));
    auto *startStop = panel.findChild<QPushButton *>(QStringLiteral("receiverStartStop"));
    auto *port = panel.findChild<QSpinBox *>(QStringLiteral("receiverPort"));
    QCOMPARE(state->text(),
             QStringLiteral("Listening on %1 — loopback only; requests over 10\u00a0MiB are refused").arg(base()));
    QCOMPARE(port->value(), int(m_services->receiver()->port()));
    QVERIFY(!port->isEnabled());

    QTest::mouseClick(startStop, Qt::LeftButton);
    QVERIFY(!m_services->receiver()->isListening());
    QCOMPARE(state->text(), QStringLiteral("Stopped: webhooks aimed at the receiver get \"connection refused\""));
    QVERIFY(port->isEnabled());

    const quint16 chosen = freePort();
    port->setValue(chosen);
    QTest::mouseClick(startStop, Qt::LeftButton);
    QVERIFY(m_services->receiver()->isListening());
    QCOMPARE(m_services->receiver()->port(), chosen);
    QCOMPARE(state->text(),
             QStringLiteral("Listening on http://127.0.0.1:%1 — loopback only; requests over 10\u00a0MiB "
                            "are refused")
                 .arg(chosen));
    QCOMPARE(QSettings().value(QStringLiteral("ReceiverPanel/port")).toInt(), int(chosen));
}

void TestPostbackLogPane::portInUse()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    ReceiverPanel panel(m_services.get());
    auto *startStop = panel.findChild<QPushButton *>(QStringLiteral("receiverStartStop"));
    QTest::mouseClick(startStop, Qt::LeftButton); // stop
    panel.findChild<QSpinBox *>(QStringLiteral("receiverPort"))->setValue(squatter.serverPort());
    QTest::mouseClick(startStop, Qt::LeftButton);
    QVERIFY(!m_services->receiver()->isListening());
    auto *error = panel.findChild<QLabel *>(QStringLiteral("receiverStartError"));
    QVERIFY(error->isVisibleTo(&panel));
    QCOMPARE(error->text(), QStringLiteral("Could not listen on port %1: %2")
                                .arg(squatter.serverPort())
                                .arg(m_services->receiver()->errorString()));
    QVERIFY(!m_services->receiver()->errorString().isEmpty());
}

QTEST_MAIN(TestPostbackLogPane)
#include "TestPostbackLogPane.moc"
