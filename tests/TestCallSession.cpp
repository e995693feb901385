// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/CannedResponder.h"
#include "record/CallSession.h"
#include "record/PixelStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

Webhook hook(const QString &name, Trigger trigger, const QStringList &matches = {})
{
    Webhook webhook;
    webhook.name = name;
    webhook.trigger = trigger;
    webhook.matches = matches;
    webhook.request.url = QStringLiteral("http://127.0.0.1:8377/") + name + QStringLiteral("?key=[call_key]");
    return webhook;
}

// A lookup whose answer lets the CRM fire, a webhook whose matches skip it, and a last one.
CallScenario lookupScenario()
{
    CallScenario scenario;
    scenario.tags.set(QStringLiteral("caller_number"), {QStringLiteral("+12125550142")});
    scenario.webhooks = {hook(QStringLiteral("CRM"), Trigger::Start, {QStringLiteral("geo:us-ny")}),
                         hook(QStringLiteral("Elsewhere"), Trigger::Start, {QStringLiteral("geo:us-ca")}),
                         hook(QStringLiteral("Lookup"), Trigger::DataAppending),
                         hook(QStringLiteral("Summary"), Trigger::Always)};
    CallScenario::CannedResponse lookup;
    lookup.body = R"({"geo": "us-10101"})";
    scenario.responses.insert(QStringLiteral("Lookup"), lookup);
    return scenario;
}

const QStringList kFiringOrder = {QStringLiteral("Lookup"), QStringLiteral("CRM"), QStringLiteral("Elsewhere"),
                                  QStringLiteral("Summary")};

QStringList namesOf(const QList<FiredPixel> &pixels)
{
    QStringList names;
    for (const FiredPixel &pixel : pixels)
        names.append(pixel.webhookName);
    return names;
}

// Holds every request until it is cancelled, like a server that never answers.
class HoldingResponder final : public Responder
{
public:
    QList<QPair<RenderedRequest, Done>> pending;

    void send(const RenderedRequest &request, const QString & /*webhookName*/, Done done) override
    {
        pending.append({request, std::move(done)});
    }
    void cancelAll() override
    {
        const auto all = std::exchange(pending, {});
        for (const auto &[request, done] : all) {
            Exchange exchange;
            exchange.request = request;
            exchange.outcome = Exchange::Outcome::Cancelled;
            exchange.error = QStringLiteral("cancelled");
            done({exchange});
        }
    }
};

// Answers 200 {} from the event loop, as the network does: never inside send().
class LaterResponder final : public Responder
{
public:
    void send(const RenderedRequest &request, const QString & /*webhookName*/, Done done) override
    {
        QTimer::singleShot(0, &m_context, [request, done] {
            Exchange exchange;
            exchange.request = request;
            exchange.status = 200;
            exchange.responseBody = "{}";
            done({exchange});
        });
    }
    void cancelAll() override {}

private:
    QObject m_context;
};

} // namespace

// The one run-and-record orchestration behind `fire` and the Test fire pane.
class TestCallSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    bool openStore(PixelStore *store, const QString &name)
    {
        QString error;
        const bool opened = store->open(m_dir.filePath(name), &error);
        if (!opened)
            qWarning("%s", qPrintable(error));
        return opened;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void streamsStepsInOrderAndRecordsEachBeforeAnnouncingIt()
    {
        PixelStore store;
        QVERIFY(openStore(&store, QStringLiteral("order.sqlite")));
        const CallScenario scenario = lookupScenario();
        CannedResponder responder(scenario.responses);
        CallSession session(scenario, responder, &store);
        session.setTitle(QStringLiteral("Simulate: Solar"));
        session.setCampaign(QStringLiteral("Solar Leads"));
        QCOMPARE(session.plannedSteps(), 4);

        QList<int> streamed;
        QList<int> storedWhenAnnounced;
        connect(&session, &CallSession::stepFinished, this, [&](int index, const StepResult &step) {
            streamed.append(index);
            QCOMPARE(step.webhookName, kFiringOrder.value(index));
            storedWhenAnnounced.append(int(store.pixels(session.callId()).size()));
        });
        QSignalSpy finished(&session, &CallSession::finished);
        QSignalSpy cancelled(&session, &CallSession::cancelled);
        session.start();

        // Canned answers come at once: the whole call ran inside start().
        QCOMPARE(finished.count(), 1);
        QCOMPARE(cancelled.count(), 0);
        QVERIFY(session.isFinished());
        QVERIFY(!session.isRunning());
        QCOMPARE(streamed, (QList<int>{0, 1, 2, 3}));
        QCOMPARE(storedWhenAnnounced, (QList<int>{1, 2, 3, 4}));

        const CallResult result = finished.constFirst().constFirst().value<CallResult>();
        QVERIFY(!result.cancelled);
        QCOMPARE(result.steps.size(), 4);
        QVERIFY(result.steps.at(1).fired);  // CRM saw the lookup's geo
        QVERIFY(!result.steps.at(2).fired); // Elsewhere did not match it
        const QString callKey = result.finalTags.joined(QStringLiteral("call_key"));
        QCOMPARE(callKey.size(), 32); // a fresh identity, as every test call gets
        QVERIFY(result.steps.at(1).request.url.endsWith(callKey));

        const std::optional<StoredCall> stored = store.call(session.callId());
        QVERIFY(stored.has_value());
        QCOMPARE(stored->title, QStringLiteral("Simulate: Solar"));
        QCOMPARE(stored->campaign, QStringLiteral("Solar Leads"));
        QVERIFY(stored->startedAt.isValid());
        QVERIFY(stored->finishedAt.isValid());
        QCOMPARE(stored->tags.joined(QStringLiteral("geo")), QStringLiteral("us-10101,us-ny,us"));
        const QList<FiredPixel> pixels = store.pixels(session.callId());
        QCOMPARE(namesOf(pixels), kFiringOrder);
        for (int i = 0; i < pixels.size(); ++i) {
            QCOMPARE(pixels.at(i).sequence, i);
            QCOMPARE(pixels.at(i).fired, result.steps.at(i).fired);
            QCOMPARE(pixels.at(i).status(), result.steps.at(i).fired ? 200 : 0);
        }
        QCOMPARE(pixels.at(0).tagsApplied,
                 (QStringList{QStringLiteral("geo:us-10101"), QStringLiteral("geo:us-ny"), QStringLiteral("geo:us")}));

        // The same call stays in memory for HAR export.
        QCOMPARE(session.call().id, session.callId());
        QCOMPARE(namesOf(session.call().pixels), kFiringOrder);
        QVERIFY(session.storeErrors().isEmpty());
    }

    void cancelMidRunStopsAndClosesTheCall()
    {
        PixelStore store;
        QVERIFY(openStore(&store, QStringLiteral("cancel.sqlite")));
        CallScenario scenario;
        scenario.webhooks = {hook(QStringLiteral("Start"), Trigger::Start),
                             hook(QStringLiteral("Summary"), Trigger::Always)};
        HoldingResponder responder;
        CallSession session(scenario, responder, &store);
        QSignalSpy started(&session, &CallSession::stepStarted);
        QSignalSpy stepFinished(&session, &CallSession::stepFinished);
        QStringList signalOrder;
        connect(&session, &CallSession::cancelled, this, [&] { signalOrder.append(QStringLiteral("cancelled")); });
        connect(&session, &CallSession::finished, this, [&] { signalOrder.append(QStringLiteral("finished")); });

        session.start();
        QVERIFY(session.isRunning());
        QCOMPARE(started.count(), 1);
        QCOMPARE(stepFinished.count(), 0);
        QCOMPARE(responder.pending.size(), 1);
        // The call is in the store while it runs, not yet finished.
        std::optional<StoredCall> stored = store.call(session.callId());
        QVERIFY(stored.has_value());
        QVERIFY(!stored->finishedAt.isValid());

        session.cancel();
        QVERIFY(responder.pending.isEmpty());
        QVERIFY(!session.isRunning());
        QCOMPARE(signalOrder, (QStringList{QStringLiteral("cancelled"), QStringLiteral("finished")}));
        QVERIFY(session.result().cancelled);
        QCOMPARE(stepFinished.count(), 2);

        stored = store.call(session.callId());
        QVERIFY(stored->finishedAt.isValid());
        const QList<FiredPixel> pixels = store.pixels(session.callId());
        QCOMPARE(namesOf(pixels), (QStringList{QStringLiteral("Start"), QStringLiteral("Summary")}));
        QCOMPARE(pixels.at(0).exchanges.constFirst().outcome, Exchange::Outcome::Cancelled);
        QVERIFY(!pixels.at(1).fired);
        QCOMPARE(pixels.at(1).reason, QStringLiteral("cancelled"));

        // Once finished, cancelling again changes nothing.
        session.cancel();
        QCOMPARE(signalOrder.size(), 2);
    }

    void runsWithoutAStore()
    {
        const CallScenario scenario = lookupScenario();
        CannedResponder responder(scenario.responses);
        CallSession session(scenario, responder, nullptr);
        QSignalSpy finished(&session, &CallSession::finished);
        session.start();
        QCOMPARE(finished.count(), 1);
        QVERIFY(session.storeErrors().isEmpty());
        QCOMPARE(namesOf(session.call().pixels), kFiringOrder);
        QVERIFY(session.call().finishedAt.isValid());
        QCOMPARE(session.call().tags.joined(QStringLiteral("call_key")).size(), 32);
    }

    void storeErrorsDoNotStopTheRun()
    {
        PixelStore closed;
        const CallScenario scenario = lookupScenario();
        CannedResponder responder(scenario.responses);
        CallSession session(scenario, responder, &closed);
        session.start();
        QVERIFY(session.isFinished());
        QCOMPARE(session.result().steps.size(), 4);
        QVERIFY(!session.storeErrors().isEmpty());
        QVERIFY2(session.storeErrors().constFirst().contains(QStringLiteral("the database is not open")),
                 qPrintable(session.storeErrors().constFirst()));
        QCOMPARE(namesOf(session.call().pixels), kFiringOrder);
    }

    // The command line's way: start, then wait while the answers come from the event loop.
    void waitForFinishedReturnsOnceTheCallEnds()
    {
        PixelStore store;
        QVERIFY(openStore(&store, QStringLiteral("wait.sqlite")));
        CallScenario scenario;
        scenario.webhooks = {hook(QStringLiteral("Start"), Trigger::Start),
                             hook(QStringLiteral("Summary"), Trigger::Always)};
        LaterResponder responder;
        CallSession session(scenario, responder, &store);
        QSignalSpy finished(&session, &CallSession::finished);
        session.start();
        QVERIFY(session.isRunning());
        session.waitForFinished();
        QVERIFY(session.isFinished());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(session.result().firedCount(), 2);
        QCOMPARE(store.pixels(session.callId()).size(), 2);
        QVERIFY(store.call(session.callId())->finishedAt.isValid());
        session.waitForFinished(); // nothing left to wait for
    }
};

QTEST_GUILESS_MAIN(TestCallSession)
#include "TestCallSession.moc"
