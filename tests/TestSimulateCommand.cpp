// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SimulateCommand.h"
#include "files/CallResultJson.h"
#include "files/WorkspaceFile.h"
#include "shell/Services.h"
#include "support/TestSettings.h"
#include "testfire/TestFirePane.h"
#include "workspace/WorkspaceModel.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

const QString kSampleWorkspace = QStringLiteral(WC_SOURCE_DIR "/resources/sample-workspace.json");

int simulate(const QStringList &arguments, QString *out, QString *err)
{
    QTextStream outStream(out);
    QTextStream errStream(err);
    const int code = SimulateCommand::run(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return code;
}

// The report with the ids every call gets afresh (call_uuid, call_key) replaced by their names,
// so that two runs of the same call compare equal.
QByteArray normalized(const QJsonObject &report)
{
    QByteArray text = QJsonDocument(report).toJson(QJsonDocument::Indented);
    const QJsonObject finalTags = report.value(QStringLiteral("final_tags")).toObject();
    for (const QString &key : {QStringLiteral("call_uuid"), QStringLiteral("call_key")}) {
        const QString value = finalTags.value(key).toArray().first().toString();
        if (!value.isEmpty())
            text.replace(value.toUtf8(), QByteArray("<" + key.toUtf8() + ">"));
    }
    return text;
}

QStringList webhookOrder(const QJsonObject &report)
{
    QStringList names;
    for (const QJsonValue step : report.value(QStringLiteral("steps")).toArray())
        names.append(step[QLatin1String("webhook")].toString());
    return names;
}

} // namespace

// simulate on a workspace builds the call exactly as the Test fire pane does (SPEC 8): the
// same sample call defaults, the same ScenarioBuilder, the same plan and rendered requests.
class TestSimulateCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSettings::isolate(m_dir.path());
    }

    void workspaceCallMatchesTheTestFirePane()
    {
        QString out, err;
        QCOMPARE(simulate({kSampleWorkspace, QStringLiteral("--campaign"), QStringLiteral("Solar Leads"),
                           QStringLiteral("--json")},
                          &out, &err),
                 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QJsonObject cli = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY(!cli.isEmpty());

        const WorkspaceLoadResult loaded = WorkspaceFile::load(kSampleWorkspace);
        QVERIFY(loaded.ok());
        WorkspaceModel model;
        model.setWorkspace(loaded.workspace);
        Services services; // no fired-pixels store: the pane records in memory only
        TestFirePane pane(&model, &services);
        QCOMPARE(pane.findChild<QComboBox *>(QStringLiteral("campaignCombo"))->currentText(),
                 QStringLiteral("Solar Leads"));
        QSignalSpy finished(&pane, &TestFirePane::runFinished);
        pane.simulate();
        QCOMPARE(finished.count(), 1);
        const QJsonObject gui = CallResultJson::toJson(finished.constFirst().constFirst().value<CallResult>());

        // Same webhooks in the same order, same verdicts, same rendered URLs, headers and bodies.
        QCOMPARE(webhookOrder(cli), webhookOrder(gui));
        QVERIFY(webhookOrder(cli).contains(QStringLiteral("Call started")));
        QCOMPARE(normalized(cli), normalized(gui));
        // The sample call's caller and affiliate reached the requests.
        QVERIFY(out.contains(QStringLiteral("\"+12125550134\"")));
        QVERIFY(out.contains(QStringLiteral("pub-7781")));
    }

    void workspaceOptions()
    {
        QString out, err;
        QCOMPARE(simulate({kSampleWorkspace, QStringLiteral("--campaign"), QStringLiteral("solar-leads"),
                           QStringLiteral("--buyer"), QStringLiteral("lead-exchange"), QStringLiteral("--buyer"),
                           QStringLiteral("sunray-installers"), QStringLiteral("--no-answer"), QStringLiteral("--tag"),
                           QStringLiteral("geo=us-ca"), QStringLiteral("--caller"), QStringLiteral("+13105550100"),
                           QStringLiteral("--publisher"), QStringLiteral("none")},
                          &out, &err),
                 0);
        QVERIFY2(err.contains(QStringLiteral("warning: No routing attempt is answered: the call cannot convert")),
                 qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("the call did not convert.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("  geo: us-ca\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("  caller_number: +13105550100\n")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("\n  source_id:")), qPrintable(out)); // a direct call
        QVERIFY2(out.contains(QStringLiteral("fired ")), qPrintable(out));
        // A JSON body stays under its step, every line of it.
        QVERIFY2(out.contains(QStringLiteral("\n      {\n        \"event\": \"start\",\n")), qPrintable(out));

        err.clear();
        QCOMPARE(simulate({kSampleWorkspace, QStringLiteral("--campaign"), QStringLiteral("Solar Leads"),
                           QStringLiteral("--buyer"), QStringLiteral("nobody"), QStringLiteral("--duration"),
                           QStringLiteral("-3"), QStringLiteral("--tag"), QStringLiteral("novalue")},
                          &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("--duration: \"-3\" is not a number of seconds")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("--tag \"novalue\" has no value")), qPrintable(err));
    }

    // Postbacks as the pane's rows hold them: the Postback webhook fires at their second.
    void workspacePostbacks()
    {
        QString out, err;
        QCOMPARE(simulate({kSampleWorkspace, QStringLiteral("--campaign"), QStringLiteral("Solar Leads"),
                           QStringLiteral("--postback"), QStringLiteral("30:sale=yes,sale_amount=120")},
                          &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("postback        Sale reported by publisher @30s")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("  sale_amount: 120\n")), qPrintable(out));

        err.clear();
        QCOMPARE(simulate({kSampleWorkspace, QStringLiteral("--campaign"), QStringLiteral("Solar Leads"),
                           QStringLiteral("--postback"), QStringLiteral("soon:sale=yes")},
                          &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("--postback \"soon:sale=yes\": start with the second")), qPrintable(err));
    }

    void workspaceWithoutCampaignIsNamed()
    {
        QString out, err;
        QCOMPARE(simulate({kSampleWorkspace}, &out, &err), 2);
        QCOMPARE(err, QStringLiteral("%1 is a workspace, not a scenario: add --campaign NAME (campaigns: Solar Leads, "
                                     "Medicare Advantage)\n")
                          .arg(kSampleWorkspace));
        QVERIFY(out.isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSimulateCommand)
#include "TestSimulateCommand.moc"
