// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/MatchRules.h"

#include <QTest>

namespace {
// "key:v1,v2;other:v" -> tags; a key with no colon gets no values.
TagMap tagsFrom(const QString &spec)
{
    TagMap tags;
    for (const QString &entry : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        if (colon < 0)
            tags.set(entry, {});
        else
            tags.set(entry.left(colon), entry.mid(colon + 1).split(QLatin1Char(',')));
    }
    return tags;
}
} // namespace

class TestMatchRules : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data()
    {
        QTest::addColumn<QStringList>("matches");
        QTest::addColumn<QString>("tags");
        QTest::addColumn<bool>("fires");
        QTest::addColumn<QString>("reason");

        QTest::newRow("no matches") << QStringList{} << "source_id:pub1" << true
                                    << "fires: no matches, so it fires on every call";
        QTest::newRow("no matches, no tags")
            << QStringList{} << "" << true << "fires: no matches, so it fires on every call";
        QTest::newRow("value matches") << QStringList{"source_id:pub1"} << "source_id:pub1" << true
                                       << "fires: source_id is pub1";
        QTest::newRow("value differs") << QStringList{"source_id:pub1"} << "source_id:pub2" << false
                                       << "skipped: source_id is pub2, wanted pub1";
        QTest::newRow("or within a key") << QStringList{"source_id:pub1", "source_id:pub3"} << "source_id:pub3" << true
                                         << "fires: source_id is pub3";
        QTest::newRow("or within a key, none") << QStringList{"source_id:pub1", "source_id:pub3"} << "source_id:pub2"
                                               << false << "skipped: source_id is pub2, wanted one of: pub1, pub3";
        QTest::newRow("one of the call's values")
            << QStringList{"interest:auto"} << "interest:home,auto" << true << "fires: interest is auto";
        QTest::newRow("none of the call's values") << QStringList{"interest:life"} << "interest:home,auto" << false
                                                   << "skipped: interest is home, auto, wanted life";
        QTest::newRow("and across keys") << QStringList{"source_id:pub1", "sale:yes"} << "source_id:pub1;sale:yes"
                                         << true << "fires: source_id is pub1 and sale is yes";
        QTest::newRow("and across keys, second fails")
            << QStringList{"source_id:pub1", "sale:yes"} << "source_id:pub1;sale:no" << false
            << "skipped: sale is no, wanted yes";
        QTest::newRow("first failing key decides") << QStringList{"sale:yes", "source_id:pub1"} << "source_id:pub2"
                                                   << false << "skipped: tag sale is missing, wanted yes";
        QTest::newRow("bare key present") << QStringList{"sale"} << "sale:no" << true << "fires: tag sale is present";
        QTest::newRow("bare key present without values")
            << QStringList{"sale"} << "sale" << true << "fires: tag sale is present";
        QTest::newRow("bare key missing")
            << QStringList{"sale"} << "source_id:pub1" << false << "skipped: tag sale is missing";
        QTest::newRow("valued key missing") << QStringList{"source_id:pub1", "source_id:pub3"} << "" << false
                                            << "skipped: tag source_id is missing, wanted one of: pub1, pub3";
        QTest::newRow("valued key without values")
            << QStringList{"sale:yes"} << "sale" << false << "skipped: sale has no value, wanted yes";
        QTest::newRow("blank call value is no value")
            << QStringList{"sale:yes"} << "sale: " << false << "skipped: sale has no value, wanted yes";
        QTest::newRow("key case-insensitive")
            << QStringList{"Source_ID:pub1"} << "source_id:pub1" << true << "fires: Source_ID is pub1";
        QTest::newRow("value case-insensitive")
            << QStringList{"source_id:PUB1"} << "source_id:pub1" << true << "fires: source_id is pub1";
        QTest::newRow("entry trimmed") << QStringList{"  source_id : pub1  "} << "source_id:pub1" << true
                                       << "fires: source_id is pub1";
        QTest::newRow("call value trimmed")
            << QStringList{"source_id:pub1"} << "source_id: Pub1 " << true << "fires: source_id is Pub1";
        QTest::newRow("same key, two spellings")
            << QStringList{"Sale:yes", "sale:maybe"} << "SALE:maybe" << true << "fires: Sale is maybe";
        QTest::newRow("repeated value listed once")
            << QStringList{"sale:yes", "sale:YES"} << "sale:no" << false << "skipped: sale is no, wanted yes";
        QTest::newRow("bare and valued: values decide")
            << QStringList{"sale", "sale:yes"} << "sale:no" << false << "skipped: sale is no, wanted yes";
        QTest::newRow("value with a colon")
            << QStringList{"url:http://x"} << "url:http://x" << true << "fires: url is http://x";
        QTest::newRow("mixed bare and valued keys")
            << QStringList{"sale", "geo:us-ny", "geo:us-nj"} << "geo:us-10101,us-ny,us;sale:yes" << true
            << "fires: tag sale is present and geo is us-ny";
    }

    void evaluate()
    {
        QFETCH(QStringList, matches);
        QFETCH(QString, tags);
        QFETCH(bool, fires);
        QFETCH(QString, reason);
        const MatchRules rules(matches);
        QVERIFY(rules.errors().isEmpty());
        QCOMPARE(rules.isEmpty(), matches.isEmpty());
        const MatchVerdict verdict = rules.evaluate(tagsFrom(tags));
        QCOMPARE(verdict.reason, reason);
        QCOMPARE(verdict.fires, fires);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("matches");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("no key") << QStringList{"sale:yes", ":yes"} << QStringList{"matches[1]: \":yes\" has no key"};
        QTest::newRow("empty entry") << QStringList{""} << QStringList{"matches[0]: \"\" has no key"};
        QTest::newRow("blank entry") << QStringList{"  "} << QStringList{"matches[0]: \"  \" has no key"};
        QTest::newRow("nothing after colon")
            << QStringList{"sale:"}
            << QStringList{"matches[0]: \"sale:\" has nothing after the colon; write \"sale\" to require only the key"};
        QTest::newRow("every bad entry reported")
            << QStringList{":a", "ok", " : "}
            << QStringList{"matches[0]: \":a\" has no key", "matches[2]: \" : \" has no key"};
    }

    void errors()
    {
        QFETCH(QStringList, matches);
        QFETCH(QStringList, errors);
        const MatchRules rules(matches);
        QCOMPARE(rules.errors(), errors);
        QVERIFY(!rules.isEmpty());
        // Broken matches never fire, even when the valid entries would.
        const MatchVerdict verdict = rules.evaluate(tagsFrom(QStringLiteral("sale:yes;ok:1")));
        QVERIFY(!verdict.fires);
        QCOMPARE(verdict.reason, QStringLiteral("skipped: the matches are invalid: ") + errors.first());
    }
};

QTEST_GUILESS_MAIN(TestMatchRules)
#include "TestMatchRules.moc"
