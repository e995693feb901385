// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "response/BidReader.h"

#include <QTest>

namespace {
PingPost config(const QString &amountPath, const QString &acceptedPath = QString(),
                const QString &bidIdPath = QString(), double minimum = 0)
{
    PingPost ping;
    ping.enabled = true;
    ping.amountPath = amountPath;
    ping.acceptedPath = acceptedPath;
    ping.bidIdPath = bidIdPath;
    ping.minimumBid = minimum;
    return ping;
}
} // namespace

class TestBidReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data()
    {
        QTest::addColumn<QString>("amountPath");
        QTest::addColumn<QString>("acceptedPath");
        QTest::addColumn<QString>("bidIdPath");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("bidId");
        QTest::addColumn<QString>("reason");

        const QByteArray rtb(R"({"bid": {"amount": 12.5, "id": "b-77"}, "accepted": true})");
        QTest::newRow("accepted") << "bid.amount"
                                  << "accepted"
                                  << "bid.id" << 10.0 << 200 << rtb << true << 12.5 << "b-77"
                                  << "accepted: bid 12.50 >= minimum 10.00";
        QTest::newRow("at the minimum") << "bid.amount"
                                        << ""
                                        << "" << 12.5 << 200 << rtb << true << 12.5 << ""
                                        << "accepted: bid 12.50 >= minimum 12.50";
        QTest::newRow("below the minimum") << "bid.amount"
                                           << ""
                                           << "bid.id" << 12.51 << 200 << rtb << false << 12.5 << "b-77"
                                           << "rejected: bid 12.50 below minimum 12.51";
        QTest::newRow("whole dollars") << "price"
                                       << ""
                                       << "" << 10.0 << 200 << QByteArray(R"({"price": 8})") << false << 8.0 << ""
                                       << "rejected: bid 8.00 below minimum 10.00";
        QTest::newRow("fine-grained amount")
            << "price"
            << ""
            << "" << 0.0 << 200 << QByteArray(R"({"price": 0.035})") << true << 0.035 << ""
            << "accepted: bid 0.035 >= minimum 0.00";
        QTest::newRow("array path") << "bids[0].price"
                                    << ""
                                    << "bids[0].id" << 5.0 << 200
                                    << QByteArray(R"({"bids": [{"price": 7.25, "id": 991}]})") << true << 7.25 << "991"
                                    << "accepted: bid 7.25 >= minimum 5.00";
        QTest::newRow("array root") << "[0].price"
                                    << ""
                                    << "" << 0.0 << 200 << QByteArray(R"([{"price": 3}])") << true << 3.0 << ""
                                    << "accepted: bid 3.00 >= minimum 0.00";
        QTest::newRow("scalar root") << "$"
                                     << ""
                                     << "" << 1.0 << 200 << QByteArray("4.5") << true << 4.5 << ""
                                     << "accepted: bid 4.50 >= minimum 1.00";
        QTest::newRow("amount as text") << "bid"
                                        << ""
                                        << "" << 10.0 << 200 << QByteArray(R"({"bid": " $12.50 "})") << true << 12.5
                                        << ""
                                        << "accepted: bid 12.50 >= minimum 10.00";
        QTest::newRow("no amount") << "bids[0].price"
                                   << ""
                                   << "" << 0.0 << 200 << QByteArray(R"({"bids": []})") << false << 0.0 << ""
                                   << "rejected: no amount at bids[0].price";
        QTest::newRow("amount not a number")
            << "bid"
            << ""
            << "" << 0.0 << 200 << QByteArray(R"({"bid": "high"})") << false << 0.0 << ""
            << "rejected: amount at bid is \"high\", not a number";
        QTest::newRow("amount is an object") << "bid"
                                             << ""
                                             << "" << 0.0 << 200 << rtb << false << 0.0 << ""
                                             << "rejected: amount at bid is an object, not a number";
        QTest::newRow("amount is infinite text")
            << "bid"
            << ""
            << "" << 0.0 << 200 << QByteArray(R"({"bid": "inf"})") << false << 0.0 << ""
            << "rejected: amount at bid is \"inf\", not a number";
        QTest::newRow("accepted false") << "bid.amount"
                                        << "accepted"
                                        << "" << 0.0 << 200
                                        << QByteArray(R"({"bid": {"amount": 20}, "accepted": false})") << false << 20.0
                                        << ""
                                        << "rejected: accepted is false";
        QTest::newRow("accepted false outranks no amount")
            << "bid.amount"
            << "accepted"
            << "" << 0.0 << 200 << QByteArray(R"({"accepted": false})") << false << 0.0 << ""
            << "rejected: accepted is false";
        QTest::newRow("accepted as yes") << "amount"
                                         << "status"
                                         << "" << 0.0 << 200 << QByteArray(R"({"amount": 1, "status": "Accepted"})")
                                         << true << 1.0 << ""
                                         << "accepted: bid 1.00 >= minimum 0.00";
        QTest::newRow("accepted as 0") << "amount"
                                       << "ok"
                                       << "" << 0.0 << 200 << QByteArray(R"({"amount": 1, "ok": 0})") << false << 1.0
                                       << ""
                                       << "rejected: ok is false";
        QTest::newRow("accepted as no") << "amount"
                                        << "ok"
                                        << "" << 0.0 << 200 << QByteArray(R"({"amount": 1, "ok": "no"})") << false
                                        << 1.0 << ""
                                        << "rejected: ok is false";
        QTest::newRow("accepted unclear")
            << "amount"
            << "ok"
            << "" << 0.0 << 200 << QByteArray(R"({"amount": 1, "ok": "maybe"})") << false << 1.0 << ""
            << "rejected: ok is \"maybe\", not true or false";
        QTest::newRow("accepted missing") << "amount"
                                          << "result.accepted"
                                          << "" << 0.0 << 200 << QByteArray(R"({"amount": 1})") << false << 1.0 << ""
                                          << "rejected: no accepted flag at result.accepted";
        QTest::newRow("bid id missing is mentioned")
            << "amount"
            << ""
            << "id" << 0.0 << 200 << QByteArray(R"({"amount": 2})") << true << 2.0 << ""
            << "accepted: bid 2.00 >= minimum 0.00 (no bid id at id)";
        QTest::newRow("not 2xx") << "amount"
                                 << ""
                                 << "" << 0.0 << 500 << QByteArray(R"({"amount": 2})") << false << 0.0 << ""
                                 << "rejected: the ping got status 500";
        QTest::newRow("no response") << "amount"
                                     << ""
                                     << "" << 0.0 << 0 << QByteArray() << false << 0.0 << ""
                                     << "rejected: the ping got no response";
        QTest::newRow("empty body") << "amount"
                                    << ""
                                    << "" << 0.0 << 200 << QByteArray(" ") << false << 0.0 << ""
                                    << "rejected: the ping's response is empty";
        QTest::newRow("not JSON") << "amount"
                                  << ""
                                  << "" << 0.0 << 200 << QByteArray("<xml/>") << false << 0.0 << ""
                                  << "rejected: response is not JSON (illegal value at offset 1)";
        QTest::newRow("no amount path") << " "
                                        << ""
                                        << "" << 0.0 << 200 << rtb << false << 0.0 << ""
                                        << "rejected: no amount path configured";
        QTest::newRow("bad amount path") << "bids["
                                         << ""
                                         << "" << 0.0 << 200 << rtb << false << 0.0 << ""
                                         << "rejected: amount path \"bids[\": unclosed [ at column 5";
        QTest::newRow("bad accepted path") << "bid.amount"
                                           << "a..b"
                                           << "" << 0.0 << 200 << rtb << false << 0.0 << ""
                                           << "rejected: accepted path \"a..b\": empty key at column 3";
        QTest::newRow("bad bid id path") << "bid.amount"
                                         << ""
                                         << "[x]" << 0.0 << 200 << rtb << false << 0.0 << ""
                                         << "rejected: bid id path \"[x]\": bad index \"x\" at column 2: "
                                            "expected a number from 0, or a quoted key";
    }

    void read()
    {
        QFETCH(QString, amountPath);
        QFETCH(QString, acceptedPath);
        QFETCH(QString, bidIdPath);
        QFETCH(double, minimum);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, accepted);
        QFETCH(double, amount);
        QFETCH(QString, bidId);
        QFETCH(QString, reason);
        const Bid bid = BidReader::read(config(amountPath, acceptedPath, bidIdPath, minimum), status, body);
        QCOMPARE(bid.reason, reason);
        QCOMPARE(bid.accepted, accepted);
        QCOMPARE(bid.amount, amount);
        QCOMPARE(bid.bidId, bidId);
        QCOMPARE(bid.pingTags.joined(QStringLiteral("ping.accepted")),
                 accepted ? QStringLiteral("true") : QStringLiteral("false"));
    }

    void pingTagsHoldEveryLeaf()
    {
        const QByteArray body = R"({"accepted": true, "bids": [{"price": 12.5, "id": "b1"}, {"price": 9}],
                                   "buyer": {"name": "Acme", "tags": []}, "note": null, "big": 9007199254740993})";
        const Bid bid = BidReader::read(
            config(QStringLiteral("bids[0].price"), QStringLiteral("accepted"), QStringLiteral("bids[0].id"), 10), 200,
            body);
        QVERIFY(bid.accepted);
        // Leaves in QJsonObject's (sorted) order; the summary tags last, ping.accepted where it first appeared.
        QCOMPARE(bid.pingTags.pairs(), (QStringList{"ping.accepted:true", "ping.bids.0.id:b1", "ping.bids.0.price:12.5",
                                                    "ping.bids.1.price:9", "ping.big:9007199254740993",
                                                    "ping.buyer.name:Acme", "ping.bid_amount:12.5", "ping.bid_id:b1"}));
    }

    void pingTagsOfARejectedBid()
    {
        const Bid bid = BidReader::read(config(QStringLiteral("price"), QString(), QStringLiteral("id"), 10), 200,
                                        R"({"price": 8, "id": 42})");
        QVERIFY(!bid.accepted);
        QCOMPARE(bid.pingTags.pairs(), (QStringList{"ping.id:42", "ping.price:8", "ping.bid_amount:8", "ping.bid_id:42",
                                                    "ping.accepted:false"}));
    }

    // Five million leaves took a minute; the first MaxPingTags become tags and the reason says so.
    void pingTagsPastTheLimitAreLeftOut()
    {
        QByteArray body = "{\"price\": 12, \"zlist\": ["; // after price in QJsonObject's order
        for (int i = 0; i < 2 * BidReader::MaxPingTags; ++i)
            body += "0,";
        body += "0]}";
        const Bid bid = BidReader::read(config(QStringLiteral("price")), 200, body);
        QVERIFY(bid.accepted);
        QCOMPARE(bid.reason, QStringLiteral("accepted: bid 12.00 >= minimum 0.00 (only the first 10000 fields of the "
                                            "response became ping.* tags)"));
        QCOMPARE(bid.pingTags.size(), BidReader::MaxPingTags + 2); // + ping.bid_amount, ping.accepted
        QCOMPARE(bid.pingTags.joined(QStringLiteral("ping.zlist.9998")), QStringLiteral("0"));
        QVERIFY(!bid.pingTags.contains(QStringLiteral("ping.zlist.9999")));
        QCOMPARE(bid.pingTags.joined(QStringLiteral("ping.price")), QStringLiteral("12"));
    }

    void noPingTagsWithoutJson()
    {
        const Bid bid = BidReader::read(config(QStringLiteral("price")), 502, R"({"price": 8})");
        QCOMPARE(bid.pingTags.pairs(), QStringList{QStringLiteral("ping.accepted:false")});
    }
};

QTEST_GUILESS_MAIN(TestBidReader)
#include "TestBidReader.moc"
