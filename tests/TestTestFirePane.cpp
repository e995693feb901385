// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/CallRunner.h"
#include "call/CannedResponder.h"
#include "exchange/ExchangeDetailView.h"
#include "files/WorkspaceFile.h"
#include "net/SandboxReceiver.h"
#include "pixels/CallListModel.h"
#include "pixels/FiredPixelsBrowser.h"
#include "pixels/PixelListModel.h"
#include "record/PixelStore.h"
#include "shell/Services.h"
#include "support/TestSettings.h"
#include "testfire/StepListModel.h"
#include "testfire/TestFirePane.h"
#include "workspace/WorkspaceModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString kSampleBase = QStringLiteral("http://127.0.0.1:8377");

void rewrite(QList<Webhook> *webhooks, const QString &base)
{
    for (Webhook &webhook : *webhooks) {
        webhook.request.url.replace(kSampleBase, base);
        webhook.pingPost.ping.url.replace(kSampleBase, base);
    }
}

// The bundled sample, aimed at a receiver on another port so tests never clash with an app
// that is running.
Workspace sampleOn(quint16 port)
{
    Workspace workspace = WorkspaceFile::sample();
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    rewrite(&workspace.company.defaultWebhooks, base);
    for (Campaign &campaign : workspace.campaigns) {
        rewrite(&campaign.webhooks, base);
        for (TrackingNumber &number : campaign.numbers)
            rewrite(&number.webhooks, base);
    }
    for (Buyer &buyer : workspace.buyers)
        rewrite(&buyer.webhooks, base);
    return workspace;
}

// Solar Leads, search-ads number, the publisher, the RTB buyer tried first, SunRay answering.
TestCallSetup solarCall()
{
    TestCallSetup setup;
    setup.campaignId = QStringLiteral("solar-leads");
    setup.number = QStringLiteral("+18005550142");
    setup.publisherSourceId = QStringLiteral("pub-7781");
    setup.routing = {{QStringLiteral("lead-exchange"), false}, {QStringLiteral("sunray-installers"), true}};
    setup.durationSeconds = 125;
    setup.converted = true;
    setup.tags.set(QStringLiteral("caller_zip"), {QStringLiteral("90210")});
    setup.tags.set(QStringLiteral("payout"), {QStringLiteral("35.00")});
    CallScenario::Postback postback;
    postback.atSecond = 30;
    postback.tags.set(QStringLiteral("sale"), {QStringLiteral("yes")});
    postback.tags.set(QStringLiteral("sale_amount"), {QStringLiteral("120")});
    setup.postbacks = {postback};
    return setup;
}

// The rows of the live pane whose webhook has this name, in order.
QList<int> rowsOf(const StepListModel *model, const QString &webhookName)
{
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->step(row).webhookName == webhookName)
            rows.append(row);
    }
    return rows;
}

QString cell(const StepListModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// A receiver on a free port with a pixel store of its own, for one test.
struct Fixture
{
    explicit Fixture(const QString &storePath)
    {
        QString error;
        started = services.startReceiver(0, &error) && services.openPixelStore(storePath, &error);
        startError = error;
        model.setWorkspace(sampleOn(services.receiver()->port()));
    }

    Services services;
    WorkspaceModel model;
    bool started = false;
    QString startError;
};

} // namespace

class TestTestFirePane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formFollowsCampaign();
    void convertedRaisesTalkTime();
    void setupRoundTrip();
    void fireSampleCall();
    void cancelMidRun();
    void simulateSendsNothing();
    void fireKeepsItsMnemonicAndCtrlReturn();
    void dataLeakWarningShown();
    void badFormStopsTheRun_data();
    void badFormStopsTheRun();
    void selectedRowShowsDetail();
    void deletedAfterItsModelAndServicesMidRun();
    void startsFromTheSampleCall();
    void startPingFiresForTheSampleCall();
    void warnsWhenNoBuyerAnswers();
    void newRunClearsOldRows();

private:
    QString storePath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
};

void TestTestFirePane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    TestSettings::isolate(m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("WebhookConfiguratorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestTestFirePane"));
}

void TestTestFirePane::formFollowsCampaign()
{
    Fixture fixture(storePath("form.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    TestFirePane pane(&fixture.model, &fixture.services);

    auto *campaign = pane.findChild<QComboBox *>(QStringLiteral("campaignCombo"));
    auto *number = pane.findChild<QComboBox *>(QStringLiteral("numberCombo"));
    auto *publisher = pane.findChild<QComboBox *>(QStringLiteral("publisherCombo"));
    auto *routing = pane.findChild<QTableWidget *>(QStringLiteral("routingTable"));
    auto *hint = pane.findChild<QLabel *>(QStringLiteral("convertedHint"));
    auto *tags = pane.findChild<QPlainTextEdit *>(QStringLiteral("tagsEdit"));
    QVERIFY(campaign && number && publisher && routing && hint && tags);

    QCOMPARE(campaign->count(), 2);
    QCOMPARE(campaign->currentText(), QStringLiteral("Solar Leads"));
    QCOMPARE(number->count(), 3);
    QCOMPARE(number->itemText(0), QStringLiteral("Any number (campaign webhooks)"));
    QCOMPARE(number->itemText(2), QStringLiteral("+18005550143 · Solar - TV spot (own webhooks)"));
    QCOMPARE(publisher->currentText(), QStringLiteral("Sunbelt Media Partners (pub-7781)"));
    // The campaign's first buyer answers by default.
    QCOMPARE(routing->rowCount(), 1);
    QCOMPARE(qobject_cast<QComboBox *>(routing->cellWidget(0, 0))->currentData().toString(),
             QStringLiteral("sunray-installers"));
    QCOMPARE(qobject_cast<QComboBox *>(routing->cellWidget(0, 1))->currentText(), QStringLiteral("Answered"));
    QCOMPARE(
        hint->text(),
        QStringLiteral("Adds sale:yes and makes the talk time at least 90 s, as the campaign requires to convert."));
    // The sample call's own tags, less those the form holds elsewhere and those every call gets
    // afresh.
    QCOMPARE(tags->toPlainText(), QStringLiteral("caller_zip:10101\ngeo:us-ny\npayout:35.00\nsale:yes"));

    campaign->setCurrentIndex(1);
    QCOMPARE(number->count(), 2);
    QCOMPARE(number->itemText(1), QStringLiteral("+18005550177 · Medicare - mailer"));
    QCOMPARE(qobject_cast<QComboBox *>(routing->cellWidget(0, 0))->currentData().toString(),
             QStringLiteral("senior-benefits"));
    QCOMPARE(hint->text(), QStringLiteral("Adds enrolled:yes, plan_type and makes the talk time at least 120 s, as "
                                          "the campaign requires to convert."));

    // Another routing attempt, then one removed.
    QTest::mouseClick(pane.findChild<QWidget *>(QStringLiteral("addAttemptButton")), Qt::LeftButton);
    QCOMPARE(routing->rowCount(), 2);
    routing->setCurrentCell(0, 0);
    QTest::mouseClick(pane.findChild<QWidget *>(QStringLiteral("removeAttemptButton")), Qt::LeftButton);
    QCOMPARE(routing->rowCount(), 1);
}

void TestTestFirePane::convertedRaisesTalkTime()
{
    Fixture fixture(storePath("converted.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    TestFirePane pane(&fixture.model, &fixture.services);
    auto *duration = pane.findChild<QSpinBox *>(QStringLiteral("durationSpin"));
    auto *converted = pane.findChild<QCheckBox *>(QStringLiteral("convertedCheck"));
    duration->setValue(30);
    converted->setChecked(true);
    QCOMPARE(duration->value(), 90);
    // Over the minimum already: left alone.
    converted->setChecked(false);
    duration->setValue(300);
    converted->setChecked(true);
    QCOMPARE(duration->value(), 300);
}

void TestTestFirePane::setupRoundTrip()
{
    Fixture fixture(storePath("roundtrip.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    TestFirePane pane(&fixture.model, &fixture.services);
    TestCallSetup expected = solarCall();
    expected.callerNumber = QStringLiteral("+12125550123");
    pane.setSetup(expected);
    QStringList errors;
    const TestCallSetup actual = pane.setup(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(actual.campaignId, expected.campaignId);
    QCOMPARE(actual.number, expected.number);
    QCOMPARE(actual.publisherSourceId, expected.publisherSourceId);
    QCOMPARE(actual.callerNumber, expected.callerNumber);
    QCOMPARE(actual.routing.size(), 2);
    QCOMPARE(actual.routing.at(0).buyerId, QStringLiteral("lead-exchange"));
    QVERIFY(!actual.routing.at(0).answered);
    QCOMPARE(actual.routing.at(1).buyerId, QStringLiteral("sunray-installers"));
    QVERIFY(actual.routing.at(1).answered);
    QCOMPARE(actual.durationSeconds, 125);
    QVERIFY(actual.converted);
    QCOMPARE(actual.tags, expected.tags);
    QCOMPARE(actual.postbacks.size(), 1);
    QCOMPARE(actual.postbacks.at(0).atSecond, 30);
    QCOMPARE(actual.postbacks.at(0).tags, expected.postbacks.at(0).tags);
}

void TestTestFirePane::fireSampleCall()
{
    Fixture fixture(storePath("fire.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    SandboxReceiver *receiver = fixture.services.receiver();
    // The data-appending lookup answers with tags; the RTB buyer bids enough to get the post.
    QVERIFY(receiver->setReply(QStringLiteral("GET"), QStringLiteral("/append"),
                               ScriptedReply::json(200, "{\"first_name\": \"Jason\", \"geo\": \"us-90210\"}")));
    QVERIFY(receiver->setReply(
        QStringLiteral("POST"), QStringLiteral("/rtb/lead-exchange/ping"),
        ScriptedReply::json(200, "{\"bid\": {\"accepted\": true, \"amount\": 15, \"id\": \"b-9\"}}")));

    TestFirePane pane(&fixture.model, &fixture.services);
    QAbstractItemModelTester tester(pane.stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.setSetup(solarCall()); // no caller number: one is generated
    QSignalSpy finished(&pane, &TestFirePane::runFinished);
    QSignalSpy inserted(pane.stepModel(), &QAbstractItemModel::rowsInserted);
    QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("fireButton")), Qt::LeftButton);
    QVERIFY(pane.isRunning());
    QVERIFY(finished.wait(15000));
    QVERIFY(!pane.isRunning());

    const StepListModel *steps = pane.stepModel();
    // Rows streamed in one by one, none of them left sending.
    QCOMPARE(inserted.count(), steps->rowCount());
    QCOMPARE(steps->sendingCount(), 0);

    const QList<int> append = rowsOf(steps, QStringLiteral("Append caller data"));
    QCOMPARE(append.size(), 1);
    QCOMPARE(cell(steps, append.at(0), StepListModel::Result), QStringLiteral("fired"));
    QCOMPARE(cell(steps, append.at(0), StepListModel::Status), QStringLiteral("200 OK"));
    QCOMPARE(cell(steps, append.at(0), StepListModel::TriggerColumn), QStringLiteral("Data-appending ping"));
    QCOMPARE(cell(steps, append.at(0), StepListModel::TagsApplied),
             QStringLiteral("first_name:Jason, geo:us-90210, geo:us-ca, geo:us"));

    // The RTB buyer's bid was taken: its post went out.
    const QList<int> rtb = rowsOf(steps, QStringLiteral("RTB ping-post"));
    QCOMPARE(rtb.size(), 1);
    QCOMPARE(steps->outcome(rtb.at(0)), Outcome::Fired);
    QCOMPARE(cell(steps, rtb.at(0), StepListModel::Buyer), QStringLiteral("Lead Exchange (RTB)"));

    // The buyer's own Selected webhook fires for its attempt only: no data leak, no warnings.
    const QList<int> screenPop = rowsOf(steps, QStringLiteral("Screen pop for SunRay agents"));
    QCOMPARE(screenPop.size(), 1);
    QCOMPARE(cell(steps, screenPop.at(0), StepListModel::Buyer), QStringLiteral("SunRay Installers"));
    QCOMPARE(cell(steps, screenPop.at(0), StepListModel::Status), QStringLiteral("200 OK"));
    QVERIFY2(pane.messages().isEmpty(), qPrintable(pane.messages().join(QLatin1Char('\n'))));
    QVERIFY(!pane.findChild<QWidget *>(QStringLiteral("messageFrame"))->isVisibleTo(&pane));

    const QList<int> answered = rowsOf(steps, QStringLiteral("Answered by installer"));
    QCOMPARE(answered.size(), 2);
    QCOMPARE(cell(steps, answered.at(0), StepListModel::Result), QStringLiteral("skipped"));
    QCOMPARE(cell(steps, answered.at(0), StepListModel::Reason), QStringLiteral("lead-exchange did not answer"));
    QCOMPARE(cell(steps, answered.at(1), StepListModel::Status), QStringLiteral("200 OK"));

    // The timer matched thanks to the geo the lookup applied; the postback at 30 s fired.
    const QList<int> timer = rowsOf(steps, QStringLiteral("Qualified call (90 s)"));
    QCOMPARE(cell(steps, timer.constFirst(), StepListModel::Result), QStringLiteral("fired"));
    QCOMPARE(cell(steps, timer.constFirst(), StepListModel::TriggerColumn), QStringLiteral("Timer at 90 s"));
    const QList<int> sale = rowsOf(steps, QStringLiteral("Sale reported by publisher"));
    QCOMPARE(cell(steps, sale.constFirst(), StepListModel::Result), QStringLiteral("fired"));
    QCOMPARE(cell(steps, sale.constFirst(), StepListModel::TriggerColumn), QStringLiteral("Postback at 30 s"));

    // Converted: the conversion fires, the non-conversion does not.
    QCOMPARE(cell(steps, rowsOf(steps, QStringLiteral("Conversion (Google Ads)")).constFirst(), StepListModel::Status),
             QStringLiteral("200 OK"));
    const int notConverted = rowsOf(steps, QStringLiteral("Not converted")).constFirst();
    QCOMPARE(cell(steps, notConverted, StepListModel::Result), QStringLiteral("skipped"));
    QVERIFY(cell(steps, notConverted, StepListModel::Reason).startsWith(QStringLiteral("skipped: the call converted")));
    QCOMPARE(steps->step(steps->rowCount() - 1).webhookName, QStringLiteral("Call summary"));
    QVERIFY2(pane.statusText().startsWith(QStringLiteral("Fired in ")), qPrintable(pane.statusText()));
    QVERIFY2(pane.statusText().contains(QStringLiteral("· fired ")), qPrintable(pane.statusText()));
    QVERIFY2(!pane.statusText().contains(QStringLiteral("failed")), qPrintable(pane.statusText()));
    QVERIFY2(pane.statusText().endsWith(QStringLiteral(" · the call converted")), qPrintable(pane.statusText()));

    // The generated caller number reached the lookup.
    const QRegularExpression fiction(QStringLiteral("^121255501\\d\\d$"));
    bool sawLookup = false;
    for (const ReceivedRequest &request : receiver->requests()) {
        if (request.path == QLatin1String("/append")) {
            sawLookup = true;
            const QString phone = QUrlQuery(request.query).queryItemValue(QStringLiteral("phone"));
            QVERIFY2(fiction.match(phone).hasMatch(), qPrintable(phone));
        }
    }
    QVERIFY(sawLookup);

    // The same rows, in the same order, in the fired-pixels store...
    PixelStore *store = fixture.services.pixelStore();
    const std::optional<StoredCall> stored = store->call(pane.callId());
    QVERIFY(stored.has_value());
    QVERIFY(stored->finishedAt.isValid());
    QVERIFY(stored->title.startsWith(QStringLiteral("Test fire: Solar Leads, +18005550142, caller +121255501")));
    const QList<FiredPixel> pixels = store->pixels(pane.callId());
    QCOMPARE(pixels.size(), steps->rowCount());
    for (int row = 0; row < pixels.size(); ++row) {
        QCOMPARE(pixels.at(row).webhookName, steps->step(row).webhookName);
        QCOMPARE(pixels.at(row).fired, steps->step(row).fired);
        QCOMPARE(pixels.at(row).status(), steps->index(row, 0).data(StepListModel::StatusCodeRole).toInt());
    }

    // ...and in the fired-pixels browser.
    FiredPixelsBrowser browser(&fixture.services);
    browser.refresh();
    const int callRow = browser.callModel()->rowOf(pane.callId());
    QVERIFY(callRow >= 0);
    QCOMPARE(browser.callModel()->call(callRow).pixelCount, steps->rowCount());
    browser.selectCall(pane.callId());
    QCOMPARE(browser.pixelModel()->pixels().size(), steps->rowCount());
    QCOMPARE(browser.pixelModel()->pixel(append.at(0)).tagsApplied,
             (QStringList{QStringLiteral("first_name:Jason"), QStringLiteral("geo:us-90210"),
                          QStringLiteral("geo:us-ca"), QStringLiteral("geo:us")}));
}

void TestTestFirePane::cancelMidRun()
{
    Fixture fixture(storePath("cancel.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    ScriptedReply slow = ScriptedReply::json(200, "{}");
    slow.delayMs = 10000;
    QVERIFY(fixture.services.receiver()->setReply(QStringLiteral("POST"), QStringLiteral("/events/start"), slow));

    TestFirePane pane(&fixture.model, &fixture.services);
    QAbstractItemModelTester tester(pane.stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.setSetup(solarCall());
    QSignalSpy finished(&pane, &TestFirePane::runFinished);
    QElapsedTimer clock;
    clock.start();
    pane.fire();

    const StepListModel *steps = pane.stepModel();
    QTRY_VERIFY_WITH_TIMEOUT(!rowsOf(steps, QStringLiteral("Call started")).isEmpty(), 5000);
    const int start = rowsOf(steps, QStringLiteral("Call started")).constFirst();
    QCOMPARE(steps->state(start), StepListModel::State::Sending);
    QCOMPARE(cell(steps, start, StepListModel::Result), QStringLiteral("sending..."));
    QVERIFY(pane.statusText().startsWith(QStringLiteral("Firing: 1 of ")));
    auto *cancel = pane.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isEnabled());
    QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("fireButton"))->isEnabled());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(3000));
    QVERIFY2(clock.elapsed() < slow.delayMs, "the slow endpoint's reply was not waited for");
    QVERIFY(!pane.isRunning());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(finished.constFirst().constFirst().value<CallResult>().cancelled);

    QCOMPARE(steps->sendingCount(), 0);
    QCOMPARE(steps->outcome(start), Outcome::Cancelled);
    QCOMPARE(cell(steps, start, StepListModel::Status), QStringLiteral("cancelled"));
    // Every later webhook is listed as cancelled.
    const int summary = rowsOf(steps, QStringLiteral("Call summary")).constFirst();
    QCOMPARE(cell(steps, summary, StepListModel::Result), QStringLiteral("cancelled"));
    QCOMPARE(cell(steps, summary, StepListModel::Reason), QStringLiteral("cancelled"));
    QVERIFY2(pane.statusText().startsWith(QStringLiteral("Cancelled after ")), qPrintable(pane.statusText()));

    const std::optional<StoredCall> stored = fixture.services.pixelStore()->call(pane.callId());
    QVERIFY(stored.has_value());
    QVERIFY(stored->finishedAt.isValid());
    QCOMPARE(stored->pixels.size(), steps->rowCount());

    // The pane can run again right away.
    QVERIFY(pane.findChild<QPushButton *>(QStringLiteral("fireButton"))->isEnabled());
}

// Ctrl+Return once replaced the button's mnemonic: "Fi&re" showed an Alt+R that did nothing.
void TestTestFirePane::fireKeepsItsMnemonicAndCtrlReturn()
{
    Fixture fixture(storePath("keys.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    TestFirePane pane(&fixture.model, &fixture.services);
    auto *fire = pane.findChild<QPushButton *>(QStringLiteral("fireButton"));
    QCOMPARE(fire->shortcut(), QKeySequence(Qt::ALT | Qt::Key_R));
    QCOMPARE(fire->shortcut(), QKeySequence::mnemonic(fire->text()));
    const QList<QShortcut *> shortcuts = fire->findChildren<QShortcut *>();
    QCOMPARE(shortcuts.size(), 1);
    QCOMPARE(shortcuts.constFirst()->key(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QSignalSpy clicked(fire, &QPushButton::clicked);
    emit shortcuts.constFirst()->activated();
    QTRY_COMPARE_WITH_TIMEOUT(clicked.count(), 1, 5000);
    if (pane.isRunning()) {
        QSignalSpy finished(&pane, &TestFirePane::runFinished);
        pane.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(15000));
    }
}

void TestTestFirePane::simulateSendsNothing()
{
    Fixture fixture(storePath("simulate.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    TestFirePane pane(&fixture.model, &fixture.services);
    TestCallSetup setup = solarCall();
    setup.callerNumber = QStringLiteral("+12125550199");
    pane.setSetup(setup);
    QSignalSpy finished(&pane, &TestFirePane::runFinished);
    QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("simulateButton")), Qt::LeftButton);
    QCOMPARE(finished.count(), 1); // canned responses answer at once

    const StepListModel *steps = pane.stepModel();
    QVERIFY(steps->rowCount() > 10);
    const int start = rowsOf(steps, QStringLiteral("Call started")).constFirst();
    QCOMPARE(cell(steps, start, StepListModel::Status), QStringLiteral("200 (simulated)"));
    QCOMPARE(cell(steps, start, StepListModel::Time), QStringLiteral("—"));
    // The empty canned ping response holds no bid: only the ping "went out", and was answered.
    const int rtb = rowsOf(steps, QStringLiteral("RTB ping-post")).constFirst();
    QCOMPARE(steps->outcome(rtb), Outcome::Fired);
    QVERIFY(cell(steps, rtb, StepListModel::Reason).contains(QStringLiteral("post not sent")));
    QVERIFY(fixture.services.receiver()->requests().isEmpty());
    QVERIFY2(pane.statusText().startsWith(QStringLiteral("Simulated in ")), qPrintable(pane.statusText()));
    const std::optional<StoredCall> stored = fixture.services.pixelStore()->call(pane.callId());
    QVERIFY(stored.has_value());
    QVERIFY(stored->title.startsWith(QStringLiteral("Simulate: Solar Leads, +18005550142, caller +12125550199")));
}

void TestTestFirePane::dataLeakWarningShown()
{
    Fixture fixture(storePath("leak.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    // A campaign-level Selected webhook tells every buyer tried about the call.
    Workspace workspace = fixture.model.workspace();
    Webhook audit;
    audit.id = QStringLiteral("wh-audit");
    audit.name = QStringLiteral("Routing audit");
    audit.trigger = Trigger::Selected;
    audit.request.method = QStringLiteral("GET");
    audit.request.url = fixture.services.receiver()->baseUrl() + QStringLiteral("/audit?buyer=[handler_id]");
    workspace.campaigns[0].webhooks.append(audit);
    fixture.model.setWorkspace(workspace);

    TestFirePane pane(&fixture.model, &fixture.services);
    pane.setSetup(solarCall());
    pane.simulate();
    const QList<int> rows = rowsOf(pane.stepModel(), QStringLiteral("Routing audit"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(cell(pane.stepModel(), rows.at(0), StepListModel::Buyer), QStringLiteral("Lead Exchange (RTB)"));
    QCOMPARE(cell(pane.stepModel(), rows.at(1), StepListModel::Buyer), QStringLiteral("SunRay Installers"));
    QCOMPARE(pane.messages().size(), 1);
    QVERIFY2(pane.messages().constFirst().startsWith(
                 QStringLiteral("data leak: Selected webhook \"Routing audit\" fired for 2 buyers")),
             qPrintable(pane.messages().constFirst()));
    QVERIFY(pane.findChild<QWidget *>(QStringLiteral("messageFrame"))->isVisibleTo(&pane));
    QVERIFY(pane.findChild<QLabel *>(QStringLiteral("messageLabel"))
                ->text()
                .startsWith(QStringLiteral("<b>Warnings:</b><br>data leak")));
}

void TestTestFirePane::badFormStopsTheRun_data()
{
    QTest::addColumn<QString>("tags");
    QTest::addColumn<QString>("postbackTags");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("bad tag line") << QStringLiteral("payout:35\n3d:x") << QStringLiteral("sale:yes")
                                  << QStringList{QStringLiteral(
                                         "Tags, line 2: \"3d\" is not a valid tag name (letters, digits, _ . -, not "
                                         "starting with a digit)")};
    QTest::newRow("tag without value") << QStringLiteral("payout") << QStringLiteral("sale:yes")
                                       << QStringList{QStringLiteral("Tags, line 1: \"payout\" has no value; write "
                                                                     "key:value")};
    QTest::newRow("empty postback") << QString() << QString()
                                    << QStringList{QStringLiteral("Postback at 30 s has no tags; write key:value, "
                                                                  "separated by commas")};
    QTest::newRow("bad postback entry") << QString() << QStringLiteral("sale:yes, lead_score")
                                        << QStringList{QStringLiteral(
                                               "Postback at 30 s: \"lead_score\" has no value; write key:value")};
}

void TestTestFirePane::badFormStopsTheRun()
{
    QFETCH(QString, tags);
    QFETCH(QString, postbackTags);
    QFETCH(QStringList, messages);

    Fixture fixture(storePath("bad.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    TestFirePane pane(&fixture.model, &fixture.services);
    TestCallSetup setup = solarCall();
    setup.tags = TagMap();
    pane.setSetup(setup);
    pane.findChild<QPlainTextEdit *>(QStringLiteral("tagsEdit"))->setPlainText(tags);
    pane.findChild<QTableWidget *>(QStringLiteral("postbackTable"))->item(0, 1)->setText(postbackTags);

    pane.fire();
    QVERIFY(!pane.isRunning());
    QCOMPARE(pane.messages(), messages);
    QVERIFY(pane.findChild<QWidget *>(QStringLiteral("messageFrame"))->isVisibleTo(&pane));
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("messageLabel"))->text(),
             QStringLiteral("<b>The call cannot run:</b><br>") + messages.constFirst().toHtmlEscaped());
    QCOMPARE(pane.stepModel()->rowCount(), 0);
    QVERIFY(pane.callId().isEmpty());
    QVERIFY(fixture.services.pixelStore()->calls().isEmpty());
}

void TestTestFirePane::selectedRowShowsDetail()
{
    Fixture fixture(storePath("detail.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    TestFirePane pane(&fixture.model, &fixture.services);
    TestCallSetup setup = solarCall();
    setup.callerNumber = QStringLiteral("+12125550142");
    pane.setSetup(setup);
    pane.simulate();
    const int connected = rowsOf(pane.stepModel(), QStringLiteral("Connected")).constFirst();
    auto *table = pane.findChild<QTableView *>(QStringLiteral("stepTable"));
    table->setCurrentIndex(pane.stepModel()->index(connected, 0));
    auto *detail = pane.findChild<ExchangeDetailView *>(QStringLiteral("stepDetail"));
    QVERIFY(!detail->isEmpty());
    QVERIFY2(
        detail->summary().startsWith(
            QStringLiteral("GET http://127.0.0.1:%1/events/connect?call_id=").arg(fixture.services.receiver()->port())),
        qPrintable(detail->summary()));
    table->setCurrentIndex(QModelIndex());
    QVERIFY(detail->isEmpty());
}

// The main window's model and services are its first children, so they are deleted before its
// pages: a pane deleted after them, in the middle of a run, must not reach them again (no
// reload of the form, no record of the cancelled steps, no runFinished).
void TestTestFirePane::deletedAfterItsModelAndServicesMidRun()
{
    auto *services = new Services;
    QString error;
    QVERIFY2(services->startReceiver(0, &error), qPrintable(error));
    QVERIFY2(services->openPixelStore(storePath("deleted.sqlite"), &error), qPrintable(error));
    ScriptedReply slow = ScriptedReply::json(200, "{}");
    slow.delayMs = 10000;
    QVERIFY(services->receiver()->setReply(QStringLiteral("POST"), QStringLiteral("/events/start"), slow));
    auto *model = new WorkspaceModel;
    model->setWorkspace(sampleOn(services->receiver()->port()));

    auto *pane = new TestFirePane(model, services);
    pane->setSetup(solarCall());
    int reloads = 0;
    int finishes = 0;
    connect(pane->findChild<QComboBox *>(QStringLiteral("campaignCombo")), &QComboBox::currentIndexChanged, this,
            [&reloads] { ++reloads; });
    connect(pane, &TestFirePane::runFinished, this, [&finishes] { ++finishes; });
    pane->fire();
    QTRY_VERIFY_WITH_TIMEOUT(!rowsOf(pane->stepModel(), QStringLiteral("Call started")).isEmpty(), 5000);
    QVERIFY(pane->isRunning());

    delete model;
    delete services;
    delete pane;
    QCOMPARE(reloads, 0);
    QCOMPARE(finishes, 0);
}

QTEST_MAIN(TestTestFirePane)

void TestTestFirePane::startsFromTheSampleCall()
{
    Fixture fixture(storePath("sample.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    TestFirePane pane(&fixture.model, &fixture.services);
    QStringList errors;
    const TestCallSetup setup = pane.setup(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    const TestCallSetup expected =
        ScenarioBuilder::setupFromSampleCall(fixture.model.workspace(), QStringLiteral("solar-leads"));
    QCOMPARE(setup.campaignId, QStringLiteral("solar-leads"));
    QCOMPARE(setup.number, QString());
    // The sample call's caller, affiliate (from its source_id), buyer (its handler_id) and talk time.
    QCOMPARE(setup.callerNumber, QStringLiteral("+12125550134"));
    QCOMPARE(setup.publisherSourceId, QStringLiteral("pub-7781"));
    QCOMPARE(setup.routing.size(), 1);
    QCOMPARE(setup.routing.constFirst().buyerId, QStringLiteral("sunray-installers"));
    QVERIFY(setup.routing.constFirst().answered);
    QCOMPARE(setup.durationSeconds, 125);
    QCOMPARE(setup.tags, expected.tags);
    QCOMPARE(setup.callerNumber, expected.callerNumber);
    QCOMPARE(setup.durationSeconds, expected.durationSeconds);

    // An edit of the sample call reaches the untouched form.
    TagMap first = fixture.model.workspace().sampleCall;
    first.set(QStringLiteral("geo"), {QStringLiteral("us-ca")});
    fixture.model.setSampleCall(first);
    QVERIFY(pane.findChild<QPlainTextEdit *>(QStringLiteral("tagsEdit"))
                ->toPlainText()
                .contains(QStringLiteral("geo:us-ca")));

    // Editing the form stops it following the sample call; the button goes back to it.
    auto *caller = pane.findChild<QLineEdit *>(QStringLiteral("callerEdit"));
    QTest::keyClicks(caller, QStringLiteral("9"));
    TagMap sample = fixture.model.workspace().sampleCall;
    sample.set(QStringLiteral("caller_number"), {QStringLiteral("+13105550100")});
    fixture.model.setSampleCall(sample);
    QCOMPARE(caller->text(), QStringLiteral("+121255501349"));
    QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("sampleCallButton")), Qt::LeftButton);
    QCOMPARE(caller->text(), QStringLiteral("+13105550100"));
}

// The case of issue 13: the sample call's source_id names no publisher and a Start webhook
// matches it. The editor says it would fire; Test fire must fire it, not drop source_id.
void TestTestFirePane::startPingFiresForTheSampleCall()
{
    Fixture fixture(storePath("start.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    Workspace workspace = fixture.model.workspace();
    workspace.sampleCall.set(QStringLiteral("source_id"), {QStringLiteral("pub1")});
    for (Webhook &webhook : workspace.campaigns[0].webhooks) {
        if (webhook.trigger == Trigger::Start)
            webhook.matches = {QStringLiteral("source_id:pub1"), QStringLiteral("caller_number:+12125550134")};
    }
    fixture.model.setWorkspace(workspace);
    TestFirePane pane(&fixture.model, &fixture.services);
    QCOMPARE(pane.findChild<QComboBox *>(QStringLiteral("publisherCombo"))->currentData().toString(), QString());
    QVERIFY(pane.findChild<QPlainTextEdit *>(QStringLiteral("tagsEdit"))
                ->toPlainText()
                .contains(QStringLiteral("source_id:pub1")));

    QSignalSpy finished(&pane, &TestFirePane::runFinished);
    pane.simulate();
    QCOMPARE(finished.count(), 1);
    const StepListModel *steps = pane.stepModel();
    const QList<int> start = rowsOf(steps, QStringLiteral("Call started"));
    QCOMPARE(start.size(), 1);
    QCOMPARE(cell(steps, start.constFirst(), StepListModel::Result), QStringLiteral("fired"));
    QCOMPARE(steps->outcome(start.constFirst()), Outcome::Fired);
}

void TestTestFirePane::warnsWhenNoBuyerAnswers()
{
    Fixture fixture(storePath("noanswer.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    TestFirePane pane(&fixture.model, &fixture.services);
    pane.show();
    auto *warning = pane.findChild<QLabel *>(QStringLiteral("courseWarning"));
    QVERIFY(warning);
    QVERIFY(pane.courseWarnings().isEmpty());
    QVERIFY(!warning->isVisible());

    auto *routing = pane.findChild<QTableWidget *>(QStringLiteral("routingTable"));
    qobject_cast<QComboBox *>(routing->cellWidget(0, 1))->setCurrentIndex(1); // No answer
    QCOMPARE(pane.courseWarnings().size(), 1);
    QVERIFY(pane.courseWarnings().constFirst().startsWith(
        QStringLiteral("No routing attempt is answered: the call cannot convert")));
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), pane.courseWarnings().constFirst());

    // It does not stop the run, and stays in the messages above its rows.
    QSignalSpy finished(&pane, &TestFirePane::runFinished);
    pane.simulate();
    QCOMPARE(finished.count(), 1);
    QVERIFY(pane.messages().contains(pane.courseWarnings().constFirst()));
    QVERIFY(!finished.constFirst().constFirst().value<CallResult>().converted);

    // No attempt at all says so too; an answered one clears it.
    QTest::mouseClick(pane.findChild<QWidget *>(QStringLiteral("removeAttemptButton")), Qt::LeftButton);
    QCOMPARE(routing->rowCount(), 0);
    QVERIFY(pane.courseWarnings().constFirst().startsWith(QStringLiteral("The call is routed to no buyer")));
    QTest::mouseClick(pane.findChild<QWidget *>(QStringLiteral("addAttemptButton")), Qt::LeftButton);
    QVERIFY(pane.courseWarnings().isEmpty());
    QVERIFY(!warning->isVisible());
}

void TestTestFirePane::newRunClearsOldRows()
{
    Fixture fixture(storePath("rerun.sqlite"));
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    TestFirePane pane(&fixture.model, &fixture.services);
    QSignalSpy finished(&pane, &TestFirePane::runFinished);
    pane.simulate();
    QCOMPARE(finished.count(), 1);
    const int firstRows = pane.stepModel()->rowCount();
    QVERIFY(firstRows > 5);

    // A smaller call: only its own rows are listed.
    Workspace workspace = fixture.model.workspace();
    workspace.campaigns[0].webhooks.resize(2);
    fixture.model.setWorkspace(workspace);
    pane.simulate();
    QCOMPARE(finished.count(), 2);
    const int secondRows = pane.stepModel()->rowCount();
    QCOMPARE(secondRows, int(finished.constLast().constFirst().value<CallResult>().steps.size()));
    QVERIFY(secondRows < firstRows);

    // A run that cannot start leaves no rows of the one before to be mistaken for its own.
    pane.findChild<QPlainTextEdit *>(QStringLiteral("tagsEdit"))->setPlainText(QStringLiteral("no colon here"));
    pane.simulate();
    QCOMPARE(finished.count(), 2);
    QCOMPARE(pane.stepModel()->rowCount(), 0);
    QVERIFY(!pane.messages().isEmpty());
}

#include "TestTestFirePane.moc"
