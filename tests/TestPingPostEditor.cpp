// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/PingPostEditor.h"
#include "editor/RequestTemplateEditor.h"
#include "tokens/TokenLineEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

namespace {

PingPost config()
{
    PingPost pingPost;
    pingPost.enabled = true;
    pingPost.ping.method = QStringLiteral("POST");
    pingPost.ping.url = QStringLiteral("https://rtb.example.test/ping");
    pingPost.amountPath = QStringLiteral("bid.amount");
    pingPost.acceptedPath = QStringLiteral("bid.accepted");
    pingPost.bidIdPath = QStringLiteral("bid.id");
    pingPost.minimumBid = 10.0;
    return pingPost;
}

QString bidValues(PingPostEditor &editor)
{
    return editor.findChild<QLabel *>(QStringLiteral("bidValues"))->text();
}

QStringList names(const QList<KnownTag> &tags)
{
    QStringList result;
    for (const KnownTag &tag : tags)
        result.append(tag.name);
    return result;
}

} // namespace

class TestPingPostEditor : public QObject
{
    Q_OBJECT

private slots:
    void showsTheConfig()
    {
        PingPostEditor editor;
        editor.setPingPost(config());
        QCOMPARE(editor.pingPost(), config());
        QVERIFY(editor.enabledCheck()->isChecked());
        QCOMPARE(editor.pingEditor()->urlEdit()->text(), QStringLiteral("https://rtb.example.test/ping"));
        QCOMPARE(editor.minimumBidSpin()->value(), 10.0);
        QCOMPARE(editor.bidSummary(),
                 QStringLiteral("Paste a sample response above to see the bid this mapping reads from it."));
    }

    void readsTheBidFromAPastedResponse_data()
    {
        QTest::addColumn<QString>("response");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("summary");

        QTest::newRow("accepted") << "{\"bid\": {\"amount\": 14.2, \"accepted\": true, \"id\": \"b-77\"}}" << true
                                  << "Accepted: bid 14.20 >= minimum 10.00";
        QTest::newRow("below the minimum") << "{\"bid\": {\"amount\": 8, \"accepted\": true, \"id\": \"b-1\"}}" << false
                                           << "Rejected: bid 8.00 below minimum 10.00";
        QTest::newRow("declined") << "{\"bid\": {\"amount\": 20, \"accepted\": false}}" << false
                                  << "Rejected: bid.accepted is false";
        QTest::newRow("no amount") << "{\"bid\": {\"accepted\": true}}" << false << "Rejected: no amount at bid.amount";
        QTest::newRow("not JSON") << "<html>busy</html>" << false
                                  << "Rejected: response is not JSON (illegal value at offset 1)";
    }

    void readsTheBidFromAPastedResponse()
    {
        QFETCH(QString, response);
        QFETCH(bool, accepted);
        QFETCH(QString, summary);
        PingPostEditor editor;
        editor.setPingPost(config());
        QSignalSpy changed(&editor, &PingPostEditor::bidChanged);
        editor.sampleResponseEdit()->setPlainText(response); // as pasted
        QVERIFY(changed.count() >= 1);
        QCOMPARE(editor.sampleBid().accepted, accepted);
        QVERIFY2(editor.bidSummary().startsWith(summary), qPrintable(editor.bidSummary()));
    }

    void showsWhatWasReadAndTheTagsForThePost()
    {
        PingPostEditor editor;
        editor.setPingPost(config());
        editor.setSampleResponse(QStringLiteral("{\"bid\": {\"amount\": 14.2, \"accepted\": true, \"id\": \"b-77\"}}"));
        QCOMPARE(editor.sampleBid().amount, 14.2);
        QCOMPARE(editor.sampleBid().bidId, QStringLiteral("b-77"));
        const QString values = bidValues(editor);
        QVERIFY2(values.contains(QStringLiteral("Amount: <b>14.2</b>")), qPrintable(values));
        QVERIFY(values.contains(QStringLiteral("Bid id: <b>b-77</b>")));
        QVERIFY(values.contains(QStringLiteral("<code>[ping.bid_amount]</code>")));

        // The post is offered every ping tag: the three BidReader sets, then the response's leaves.
        const QList<KnownTag> tags = editor.pingTags();
        QCOMPARE(names(tags).mid(0, 3), (QStringList{QStringLiteral("ping.bid_amount"), QStringLiteral("ping.bid_id"),
                                                     QStringLiteral("ping.accepted")}));
        QVERIFY(names(tags).contains(QStringLiteral("ping.bid.amount")));
        QCOMPARE(tags.constFirst().description,
                 QStringLiteral("The bid amount read from the ping's response. Sample: 14.2"));
        for (const KnownTag &tag : tags)
            QCOMPARE(tag.source, KnownTag::Source::PingResponse);
    }

    void editingTheMappingReadsTheBidAgain()
    {
        PingPostEditor editor;
        editor.setPingPost(config());
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.setSampleResponse(QStringLiteral("{\"bids\": [{\"price\": 12.5}]}"));
        QVERIFY(!editor.sampleBid().accepted);
        QSignalSpy edited(&editor, &PingPostEditor::edited);

        QVERIFY(editor.focusField(QStringLiteral("amount_path")));
        QTest::keyClicks(editor.amountPathEdit(), QStringLiteral("bids[0].price"));
        editor.acceptedPathEdit()->setFocus();
        editor.acceptedPathEdit()->selectAll();
        QTest::keyClick(editor.acceptedPathEdit(), Qt::Key_Delete);
        QVERIFY2(editor.sampleBid().accepted, qPrintable(editor.bidSummary()));
        QCOMPARE(editor.sampleBid().amount, 12.5);
        QCOMPARE(edited.first().first().toString(), QStringLiteral("ping_post.amount_path"));
        QCOMPARE(edited.last().first().toString(), QStringLiteral("ping_post.accepted_path"));

        editor.minimumBidSpin()->setFocus();
        editor.minimumBidSpin()->selectAll();
        QTest::keyClicks(editor.minimumBidSpin(), QStringLiteral("13"));
        QCOMPARE(editor.pingPost().minimumBid, 13.0);
        QCOMPARE(edited.last().first().toString(), QStringLiteral("ping_post.minimum_bid"));
        QVERIFY(editor.bidSummary().startsWith(QStringLiteral("Rejected: bid 12.50 below minimum 13.00")));
    }

    void thePingRequestIsEditedLikeAnyRequest()
    {
        PingPostEditor editor;
        editor.setPingPost(config());
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QSignalSpy edited(&editor, &PingPostEditor::edited);
        QVERIFY(editor.focusField(QStringLiteral("ping.url")));
        QTest::keyClicks(editor.pingEditor()->urlEdit(),
                         QStringLiteral("https://rtb.example.test/v2?zip=[caller_zip]"));
        QCOMPARE(editor.pingPost().ping.url, QStringLiteral("https://rtb.example.test/v2?zip=[caller_zip]"));
        QCOMPARE(edited.last().first().toString(), QStringLiteral("ping_post.ping.url"));
    }

    void disabledItShowsOnlyTheSwitch()
    {
        PingPostEditor editor;
        PingPost off = config();
        off.enabled = false;
        editor.setPingPost(off);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(!editor.amountPathEdit()->isVisibleTo(&editor));
        QVERIFY(!editor.focusField(QStringLiteral("amount_path")));
        QVERIFY(!editor.focusField(QStringLiteral("ping.url")));

        QSignalSpy edited(&editor, &PingPostEditor::edited);
        QTest::mouseClick(editor.enabledCheck(), Qt::LeftButton);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.first().first().toString(), QStringLiteral("ping_post.enabled"));
        QVERIFY(editor.amountPathEdit()->isVisibleTo(&editor));
        QCOMPARE(editor.pingPost(), config());
    }
};

QTEST_MAIN(TestPingPostEditor)
#include "TestPingPostEditor.moc"
