// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FireCommand.h"
#include "net/SandboxReceiver.h"
#include "record/HarReader.h"
#include "record/PixelStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

// fire, end to end on loopback: a real call against the local sandbox receiver.
class TestFireCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxReceiver m_receiver;

    QString writeScenario(const QByteArray &json)
    {
        const QString path = m_dir.filePath(QStringLiteral("scenario.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        file.write(json);
        return path;
    }

    // A scenario from tests/data/scenarios, pointed at this run's receiver.
    QByteArray scenarioFixture(const QString &name) const
    {
        QFile file(QStringLiteral(WC_TEST_DATA_DIR "/scenarios/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArray();
        return file.readAll().replace("BASE", m_receiver.baseUrl().toUtf8());
    }

    int fire(const QStringList &arguments, QString *out, QString *err)
    {
        QTextStream outStream(out);
        QTextStream errStream(err);
        const int code = FireCommand::run(arguments, outStream, errStream);
        outStream.flush();
        errStream.flush();
        return code;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The fired-pixels log goes to PixelStore::defaultPath(): keep it inside this run.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY2(m_receiver.listen(0), qPrintable(m_receiver.errorString()));
        m_receiver.setReply(QStringLiteral("GET"), QStringLiteral("/append"),
                            ScriptedReply::json(200, "{\"first_name\": \"Jason\", \"geo\": \"us-10101\"}"));
        m_receiver.setReply(QStringLiteral("POST"), QStringLiteral("/fail"), ScriptedReply::json(500, "{}"));
    }

    void firesACallAndWritesARedactedHar()
    {
        const QByteArray scenario = scenarioFixture(QStringLiteral("fire-call.json"));
        const QString harPath = m_dir.filePath(QStringLiteral("call.har"));
        QString out, err;
        const int code = fire({writeScenario(scenario), QStringLiteral("--json"), QStringLiteral("--no-store"),
                               QStringLiteral("--show-secrets"), QStringLiteral("--har"), harPath},
                              &out, &err);
        QVERIFY2(code == 0, qPrintable(err + out));

        const QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("tags_applied")).toArray().size(), 4);
        QCOMPARE(
            steps.at(1).toObject().value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(),
            200);

        // The receiver got the rendered body, with the appended tags in it.
        const ReceivedRequest crm = m_receiver.requests().constLast();
        QCOMPARE(crm.method, QStringLiteral("POST"));
        QCOMPARE(QJsonDocument::fromJson(crm.body).object(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("Jason")},
                              {QStringLiteral("state"), QStringLiteral("us")}}));

        // The HAR has both exchanges on one page, and the generated call_key is not in it.
        const QString callKey = report.value(QStringLiteral("final_tags"))
                                    .toObject()
                                    .value(QStringLiteral("call_key"))
                                    .toArray()
                                    .first()
                                    .toString();
        QCOMPARE(callKey.size(), 32);
        QFile har(harPath);
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QByteArray harBytes = har.readAll();
        QVERIFY(!harBytes.contains(callKey.toUtf8()));
        QString readError;
        HarLog log;
        QVERIFY2(HarReader::read(harBytes, &log, &readError), qPrintable(readError));
        QCOMPARE(log.pages.size(), 1);
        QCOMPARE(log.entries.size(), 2);
    }

    void recordsTheCallInTheFiredPixelsLog()
    {
        const QByteArray scenario = scenarioFixture(QStringLiteral("fire-call.json"));
        QString out, err;
        QCOMPARE(fire({writeScenario(scenario), QStringLiteral("--json")}, &out, &err), 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QJsonArray steps =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("steps")).toArray();

        PixelStore store;
        QString error;
        QVERIFY2(store.open(PixelStore::defaultPath(), &error), qPrintable(error));
        QVERIFY(PixelStore::defaultPath().startsWith(m_dir.path()));
        const QList<PixelStore::CallSummary> calls = store.calls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.constFirst().title, QStringLiteral("fire scenario.json"));
        QVERIFY(calls.constFirst().finishedAt.isValid());
        const QList<FiredPixel> pixels = store.pixels(calls.constFirst().id);
        QCOMPARE(pixels.size(), steps.size());
        for (int i = 0; i < pixels.size(); ++i) {
            const QJsonObject step = steps.at(i).toObject();
            QCOMPARE(pixels.at(i).webhookName, step.value(QStringLiteral("webhook")).toString());
            QCOMPARE(pixels.at(i).status(),
                     step.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt());
        }
    }

    void failuresAreFindings()
    {
        const QByteArray scenario = scenarioFixture(QStringLiteral("fire-failure.json"));
        QString out, err;
        QCOMPARE(fire({writeScenario(scenario), QStringLiteral("--no-store")}, &out, &err), 1);
        QVERIFY2(out.contains(QStringLiteral("-> 500")), qPrintable(out));
    }

    void badScenarioIsBadInput()
    {
        QString out, err;
        QCOMPARE(fire({writeScenario("{\"duraton\": 5}"), QStringLiteral("--no-store")}, &out, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("duraton: unknown field")), qPrintable(err));
        QCOMPARE(fire({}, &out, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("missing the scenario or workspace file")), qPrintable(err));
    }

    // Nothing listens on a port we just closed: both webhooks fail, and the summary says so in
    // the words Test fire and the fired-pixels log use.
    void closedPortIsFailedNotFired()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QByteArray scenario =
            QStringLiteral("{\"routing\": [{\"buyer\": \"b1\", \"answered\": true}], \"webhooks\": ["
                           "{\"name\": \"A\", \"trigger\": \"start\", \"method\": \"GET\", "
                           "\"url\": \"http://127.0.0.1:%1/a\"},"
                           "{\"name\": \"B\", \"trigger\": \"always\", \"method\": \"GET\", "
                           "\"url\": \"http://127.0.0.1:%1/b\"}]}")
                .arg(port)
                .toUtf8();
        const QString harPath = m_dir.filePath(QStringLiteral("closed.har"));
        QString out, err;
        QCOMPARE(
            fire({writeScenario(scenario), QStringLiteral("--no-store"), QStringLiteral("--har"), harPath}, &out, &err),
            1);
        QVERIFY2(out.contains(QStringLiteral("fired 0 of 2, failed 2; the call converted.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(" 1. failed    start")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("2 of 2")), qPrintable(out));
        // The JSON report carries the same word per step.
        out.clear();
        QCOMPARE(fire({writeScenario(scenario), QStringLiteral("--no-store"), QStringLiteral("--json")}, &out, &err),
                 1);
        const QJsonArray steps = QJsonDocument::fromJson(out.toUtf8()).object()[QLatin1String("steps")].toArray();
        QCOMPARE(steps.size(), 2);
        for (const QJsonValue step : steps)
            QCOMPARE(step[QLatin1String("outcome")].toString(), QStringLiteral("failed"));

        // The HAR says the same: "_outcome" is the webhook's, "_transport" the exchange's.
        QFile har(harPath);
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QJsonArray entries =
            QJsonDocument::fromJson(har.readAll()).object()[QLatin1String("log")][QLatin1String("entries")].toArray();
        QCOMPARE(entries.size(), 2);
        for (const QJsonValue entry : entries) {
            QCOMPARE(entry[QLatin1String("_outcome")].toString(), QStringLiteral("failed"));
            QCOMPARE(entry[QLatin1String("_transport")].toString(), QStringLiteral("connection_refused"));
        }
    }

    // The terminal report masks secrets unless --show-secrets: the call_key, a token in a
    // query, an Authorization header's value echoed in a body.
    void reportMasksSecretsUnlessAsked()
    {
        QJsonObject webhook{
            {QStringLiteral("name"), QStringLiteral("Token")},
            {QStringLiteral("trigger"), QStringLiteral("start")},
            {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("url"),
             QString(m_receiver.baseUrl() + QStringLiteral("/append?api_key=sekret-api-key-42&phone=1"))},
            {QStringLiteral("headers"),
             QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                         {QStringLiteral("Authorization"), QStringLiteral("Bearer bearer-secret-77")}}},
            {QStringLiteral("body_kind"), QStringLiteral("json")},
            {QStringLiteral("body"), QStringLiteral("{\"password\": \"hunter2-long\", \"key\": \"[call_key]\"}")},
        };
        const QJsonObject call{
            {QStringLiteral("tags"),
             QJsonObject{{QStringLiteral("call_key"), QJsonArray{QStringLiteral("k-0123456789abcdef")}}}},
            {QStringLiteral("webhooks"), QJsonArray{webhook}},
        };
        const QByteArray scenario = QJsonDocument(call).toJson();
        const QString path = writeScenario(scenario);
        const QStringList secrets = {QStringLiteral("k-0123456789abcdef"), QStringLiteral("sekret-api-key-42"),
                                     QStringLiteral("hunter2-long")};
        for (const bool json : {false, true}) {
            QStringList arguments = {path, QStringLiteral("--no-store")};
            if (json)
                arguments.append(QStringLiteral("--json"));
            QString out, err;
            QCOMPARE(fire(arguments, &out, &err), 0);
            for (const QString &secret : secrets)
                QVERIFY2(!out.contains(secret), qPrintable(secret + QStringLiteral(" in:\n") + out));
            QVERIFY2(out.contains(QStringLiteral("REDACTED")), qPrintable(out));

            QString shownOut, shownErr;
            QCOMPARE(fire(arguments + QStringList{QStringLiteral("--show-secrets")}, &shownOut, &shownErr), 0);
            for (const QString &secret : secrets)
                QVERIFY2(shownOut.contains(secret), qPrintable(secret + QStringLiteral(" not in:\n") + shownOut));
        }
    }

    // A workspace is named as such, and needs a campaign it has.
    void workspaceNeedsAKnownCampaign()
    {
        QString out, err;
        const QString workspace = QStringLiteral(WC_SOURCE_DIR "/resources/sample-workspace.json");
        QCOMPARE(fire({workspace, QStringLiteral("--no-store")}, &out, &err), 2);
        QCOMPARE(err, QStringLiteral("%1 is a workspace, not a scenario: add --campaign NAME (campaigns: Solar Leads, "
                                     "Medicare Advantage)\n")
                          .arg(workspace));
        err.clear();
        QCOMPARE(fire({workspace, QStringLiteral("--campaign"), QStringLiteral("Nope"), QStringLiteral("--no-store")},
                      &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("No campaign has the id or name \"Nope\"")), qPrintable(err));
        // Options for a workspace's call make no sense for a scenario.
        err.clear();
        QCOMPARE(fire({writeScenario(scenarioFixture(QStringLiteral("fire-call.json"))), QStringLiteral("--campaign"),
                       QStringLiteral("x"), QStringLiteral("--no-store")},
                      &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("--campaign only apply to a workspace file")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestFireCommand)
#include "TestFireCommand.moc"
