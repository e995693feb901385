// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/TagMap.h"

#include <QJsonDocument>
#include <QTest>

class TestTagMap : public QObject
{
    Q_OBJECT

private slots:
    void keysAreCaseInsensitiveButKeepFirstSpelling()
    {
        TagMap tags;
        tags.add(QStringLiteral("Source_ID"), QStringLiteral("pub1"));
        tags.add(QStringLiteral("source_id"), QStringLiteral("pub2"));
        QCOMPARE(tags.keys(), QStringList{QStringLiteral("Source_ID")});
        QCOMPARE(tags.values(QStringLiteral("SOURCE_ID")), (QStringList{"pub1", "pub2"}));
        QCOMPARE(tags.joined(QStringLiteral("source_id")), QStringLiteral("pub1,pub2"));
    }

    void addSkipsDuplicateValues()
    {
        TagMap tags;
        tags.add(QStringLiteral("geo"), QStringLiteral("us"));
        tags.add(QStringLiteral("geo"), QStringLiteral("US"));
        QCOMPARE(tags.values(QStringLiteral("geo")).size(), 1);
    }

    void setReplacesValuesAndKeepsOrder()
    {
        TagMap tags;
        tags.set(QStringLiteral("a"), {QStringLiteral("1")});
        tags.set(QStringLiteral("b"), {QStringLiteral("2")});
        tags.set(QStringLiteral("a"), {QStringLiteral("3"), QStringLiteral("4")});
        QCOMPARE(tags.pairs(), (QStringList{"a:3", "a:4", "b:2"}));
        tags.remove(QStringLiteral("A"));
        QCOMPARE(tags.pairs(), QStringList{QStringLiteral("b:2")});
    }

    void fromJsonTurnsScalarsIntoText()
    {
        const QJsonObject object =
            QJsonDocument::fromJson(R"({"age": 23, "rate": 12.5, "ok": true, "list": ["x", 2]})").object();
        const TagMap tags = TagMap::fromJson(object);
        QCOMPARE(tags.joined(QStringLiteral("age")), QStringLiteral("23"));
        QCOMPARE(tags.joined(QStringLiteral("rate")), QStringLiteral("12.5"));
        QCOMPARE(tags.joined(QStringLiteral("ok")), QStringLiteral("true"));
        QCOMPARE(tags.values(QStringLiteral("list")), (QStringList{"x", "2"}));
        QCOMPARE(TagMap::fromJson(tags.toJson()), tags);
    }

    // Numbers no qint64 holds print as doubles; converting them would be undefined (found by
    // fuzzing the workspace loader under UBSan).
    void fromJsonKeepsHugeNumbers()
    {
        QJsonObject object;
        object.insert(QStringLiteral("big"), 1.23456789e29);
        object.insert(QStringLiteral("negative"), -1e300);
        object.insert(QStringLiteral("edge"), 9.0e15 - 1);
        object.insert(QStringLiteral("tenth"), 0.1);
        const TagMap tags = TagMap::fromJson(object);
        QCOMPARE(tags.joined(QStringLiteral("big")), QStringLiteral("1.23456789e+29"));
        QCOMPARE(tags.joined(QStringLiteral("negative")), QStringLiteral("-1e+300"));
        QCOMPARE(tags.joined(QStringLiteral("edge")), QStringLiteral("8999999999999999"));
        QCOMPARE(tags.joined(QStringLiteral("tenth")), QStringLiteral("0.1"));
    }

    void parsePair_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("pair") << "sale:yes" << true << "sale"
                              << "yes";
        QTest::newRow("bare") << " sale " << true << "sale"
                              << "";
        QTest::newRow("value with colon") << "url:http://x" << true << "url"
                                          << "http://x";
        QTest::newRow("no key") << ":yes" << false << ""
                                << "yes";
    }

    void parsePair()
    {
        QFETCH(QString, entry);
        QFETCH(bool, ok);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QString k, v;
        QCOMPARE(TagMap::parsePair(entry, &k, &v), ok);
        QCOMPARE(k, key);
        QCOMPARE(v, value);
    }
};

QTEST_GUILESS_MAIN(TestTagMap)
#include "TestTagMap.moc"
