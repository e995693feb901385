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
                               QStringLiteral("--har"), harPath},
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
        QVERIFY2(err.contains(QStringLiteral("missing the scenario file")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestFireCommand)
#include "TestFireCommand.moc"
