// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "response/ResponseTagParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestResponseTagParser : public QObject
{
    Q_OBJECT

private slots:
    // What a 200 response's body applies: the tags in order, as key:value pairs, and the notes.
    void tags_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("pairs");
        QTest::addColumn<QStringList>("notes");

        QTest::newRow("seed example") << QByteArray(
            R"({"first_name": "Jason", "last_name": "Kay", "geo": "us-10101", "age": 23, "gender": "m"})")
                                      << QStringList{"first_name:Jason", "last_name:Kay", "geo:us-10101", "geo:us-ny",
                                                     "geo:us",           "age:23",        "gender:m"}
                                      << QStringList{};
        QTest::newRow("document order, not alphabetical")
            << QByteArray(R"({"z": 1, "a": 2, "m": 3})") << QStringList{"z:1", "a:2", "m:3"} << QStringList{};
        QTest::newRow("integer") << QByteArray(R"({"age": 23})") << QStringList{"age:23"} << QStringList{};
        QTest::newRow("negative integer") << QByteArray(R"({"n": -7})") << QStringList{"n:-7"} << QStringList{};
        QTest::newRow("decimal") << QByteArray(R"({"rate": 12.5})") << QStringList{"rate:12.5"} << QStringList{};
        QTest::newRow("integral decimal") << QByteArray(R"({"n": 23.0})") << QStringList{"n:23"} << QStringList{};
        QTest::newRow("trailing zero") << QByteArray(R"({"price": 12.50})") << QStringList{"price:12.5"}
                                       << QStringList{};
        QTest::newRow("exponent") << QByteArray(R"({"n": 1e3})") << QStringList{"n:1000"} << QStringList{};
        QTest::newRow("short fraction") << QByteArray(R"({"n": 0.1})") << QStringList{"n:0.1"} << QStringList{};
        QTest::newRow("big integer keeps its digits")
            << QByteArray(R"({"call_id": 12345678901234567890123})") << QStringList{"call_id:12345678901234567890123"}
            << QStringList{};
        QTest::newRow("big exponent") << QByteArray(R"({"n": 1.5e300})") << QStringList{"n:1.5e+300"} << QStringList{};
        QTest::newRow("booleans") << QByteArray(R"({"ok": true, "spam": false})")
                                  << QStringList{"ok:true", "spam:false"} << QStringList{};
        QTest::newRow("empty string") << QByteArray(R"({"middle": ""})") << QStringList{"middle:"} << QStringList{};
        QTest::newRow("escapes and unicode")
            << QByteArray("{\"q\\\"k\": \"a\\\"b\\\\c\\n\", \"name\": \"Jos\\u00e9\", \"city\": \"Zürich\"}")
            << QStringList{"q\"k:a\"b\\c\n", QString::fromUtf8("name:José"), QString::fromUtf8("city:Zürich")}
            << QStringList{};
        QTest::newRow("array gives one value each")
            << QByteArray(R"({"product_interest": ["mortgage", "insurance"], "n": [1, 2.5, true]})")
            << QStringList{"product_interest:mortgage", "product_interest:insurance", "n:1", "n:2.5", "n:true"}
            << QStringList{};
        QTest::newRow("nested object ignored")
            << QByteArray("{\"a\": 1, \"address\": {\"zip\": \"10101\", \"list\": [1, {\"x\": \"}\"}]}, \"b\": 2}")
            << QStringList{"a:1", "b:2"} << QStringList{"key address: nested object ignored"};
        QTest::newRow("nested values in arrays skipped")
            << QByteArray(R"({"list": ["a", {"b": 1}, ["c"], null, "d"]})") << QStringList{"list:a", "list:d"}
            << QStringList{"key list[1]: nested object skipped", "key list[2]: nested array skipped",
                           "key list[3]: null skipped"};
        QTest::newRow("array of only nested values")
            << QByteArray(R"({"list": [{"b": 1}], "x": "y"})") << QStringList{"x:y"}
            << QStringList{"key list[0]: nested object skipped"};
        QTest::newRow("null ignored") << QByteArray(R"({"a": null, "b": "c"})") << QStringList{"b:c"}
                                      << QStringList{"key a: null ignored"};
        QTest::newRow("empty array ignored")
            << QByteArray(R"({"a": [], "b": "c"})") << QStringList{"b:c"} << QStringList{"key a: empty array ignored"};
        QTest::newRow("empty key ignored") << QByteArray(R"({"": "x", " ": "y", "b": "c"})") << QStringList{"b:c"}
                                           << QStringList{"empty key ignored", "empty key ignored"};
        QTest::newRow("repeated key: last value, first place")
            << QByteArray(R"({"a": 1, "b": 2, "A": 3})") << QStringList{"a:3", "b:2"}
            << QStringList{"key A appears more than once: the last value is used"};
        QTest::newRow("key trimmed") << QByteArray(R"({" name ": "x"})") << QStringList{"name:x"} << QStringList{};
        QTest::newRow("brackets and commas inside strings")
            << QByteArray("{\"a\": \"}{][,:\", \"b\": [\"x,y\", \"]\"], \"c\": 1}")
            << QStringList{"a:}{][,:", "b:x,y", "b:]", "c:1"} << QStringList{};
        QTest::newRow("whitespace everywhere") << QByteArray(" \r\n\t{ \"a\" :\n[ 1 ,\t2 ] , \"b\"\t:\"c\" } \n")
                                               << QStringList{"a:1", "a:2", "b:c"} << QStringList{};
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 1}") << QStringList{"a:1"} << QStringList{};
        QTest::newRow("geo expanded") << QByteArray(R"({"geo": "us-90012"})")
                                      << QStringList{"geo:us-90012", "geo:us-ca", "geo:us"} << QStringList{};
        QTest::newRow("geo key case") << QByteArray(R"({"GEO": "us-10101"})")
                                      << QStringList{"GEO:us-10101", "GEO:us-ny", "GEO:us"} << QStringList{};
        QTest::newRow("geo array expanded without repeats")
            << QByteArray(R"({"geo": ["us-10101", "us-11201", "us-90012"]})")
            << QStringList{"geo:us-10101", "geo:us-ny", "geo:us", "geo:us-11201", "geo:us-90012", "geo:us-ca"}
            << QStringList{};
        QTest::newRow("geo unassigned prefix")
            << QByteArray(R"({"geo": "us-00000"})") << QStringList{"geo:us-00000", "geo:us"}
            << QStringList{"geo us-00000: ZIP prefix 000 has no state"};
        QTest::newRow("geo not a zip stays")
            << QByteArray(R"({"geo": "ca-on"})") << QStringList{"geo:ca-on"} << QStringList{};
        QTest::newRow("only geo key expands")
            << QByteArray(R"({"zip": "us-10101"})") << QStringList{"zip:us-10101"} << QStringList{};
    }

    void tags()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, pairs);
        QFETCH(QStringList, notes);
        const ResponseTags result = ResponseTagParser::parse(200, body);
        QCOMPARE(result.tags.pairs(), pairs);
        QCOMPARE(result.notes, notes);
        QVERIFY(result.applied);
        const qsizetype count = result.tags.size();
        QCOMPARE(result.reason,
                 count == 1 ? QStringLiteral("1 tag applied") : QStringLiteral("%1 tags applied").arg(count));
    }

    // Responses that apply nothing, and why.
    void nothingApplied_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QStringList>("notes");
        const QByteArray good(R"({"a": 1})");
        QTest::newRow("no response") << 0 << QByteArray() << false << "no response" << QStringList{};
        QTest::newRow("404") << 404 << good << false << "status 404: only 2xx responses apply tags" << QStringList{};
        QTest::newRow("500") << 500 << good << false << "status 500: only 2xx responses apply tags" << QStringList{};
        QTest::newRow("302") << 302 << good << false << "status 302: only 2xx responses apply tags" << QStringList{};
        QTest::newRow("199") << 199 << good << false << "status 199: only 2xx responses apply tags" << QStringList{};
        QTest::newRow("300") << 300 << good << false << "status 300: only 2xx responses apply tags" << QStringList{};
        QTest::newRow("empty body") << 200 << QByteArray() << false << "empty body" << QStringList{};
        QTest::newRow("blank body") << 204 << QByteArray(" \r\n") << false << "empty body" << QStringList{};
        QTest::newRow("truncated") << 200 << good << true << "body cut at 10 MiB, so it was not read for tags"
                                   << QStringList{"body cut at 10 MiB"};
        QTest::newRow("invalid JSON") << 200 << QByteArray(R"({"a": nope})") << false
                                      << "invalid JSON: illegal value at offset 8" << QStringList{};
        QTest::newRow("unterminated") << 200 << QByteArray(R"({"a": 1)") << false
                                      << "invalid JSON: invalid termination by number at offset 7" << QStringList{};
        QTest::newRow("html") << 200 << QByteArray("<html>ok</html>") << false
                              << "invalid JSON: illegal value at offset 1" << QStringList{};
        QTest::newRow("array root") << 200 << QByteArray(R"([{"a": 1}])") << false
                                    << "JSON root is an array, not an object" << QStringList{};
        QTest::newRow("string root") << 200 << QByteArray(R"("a")") << false << "JSON root is a string, not an object"
                                     << QStringList{};
        QTest::newRow("number root") << 200 << QByteArray("23") << false << "JSON root is a number, not an object"
                                     << QStringList{};
        QTest::newRow("boolean root") << 200 << QByteArray("true") << false << "JSON root is a boolean, not an object"
                                      << QStringList{};
        QTest::newRow("null root") << 200 << QByteArray("null") << false << "JSON root is null, not an object"
                                   << QStringList{};
        QTest::newRow("empty object") << 200 << QByteArray("{}") << false << "no tags: the JSON object is empty"
                                      << QStringList{};
        QTest::newRow("everything ignored")
            << 201 << QByteArray(R"({"a": {}, "b": null})") << false << "no tags: every key was ignored"
            << QStringList{"key a: nested object ignored", "key b: null ignored"};
    }

    void nothingApplied()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, truncated);
        QFETCH(QString, reason);
        QFETCH(QStringList, notes);
        const ResponseTags result = ResponseTagParser::parse(status, body, truncated);
        QVERIFY(!result.applied);
        QVERIFY(result.tags.isEmpty());
        QCOMPARE(result.reason, reason);
        QCOMPARE(result.notes, notes);
    }

    void every2xxStatusApplies()
    {
        for (int status : {200, 201, 202, 203, 206, 299}) {
            const ResponseTags result = ResponseTagParser::parse(status, R"({"a": 1})");
            QVERIFY2(result.applied, qPrintable(QString::number(status)));
            QCOMPARE(result.tags.pairs(), QStringList{QStringLiteral("a:1")});
        }
    }

    // Key order survives a large response, and reading it stays linear.
    void manyKeysInOrder()
    {
        QByteArray body = "{";
        QStringList expected;
        for (int i = 5000; i > 0; --i) {
            body += "\"k" + QByteArray::number(i) + "\": [" + QByteArray::number(i) + ", {\"x\": [1,2]}],";
            expected.append(QStringLiteral("k%1:%1").arg(i));
        }
        body += "\"end\": true}";
        expected.append(QStringLiteral("end:true"));
        const ResponseTags result = ResponseTagParser::parse(200, body);
        QCOMPARE(result.tags.pairs(), expected);
        QCOMPARE(result.notes.size(), 5000);
    }

    // A 10 MiB array of numbers is five million values: reading them all took seconds, and
    // every request rendered after would carry them. The first MaxTagValues are read.
    void valuesPastTheLimitAreLeftOutWithANote()
    {
        QByteArray body = "{\"first\": \"x\", \"many\": [";
        body.reserve(ResponseTagParser::MaxBodyBytes);
        while (body.size() < ResponseTagParser::MaxBodyBytes - 100)
            body += "7,";
        body += "7], \"after\": 1}";
        const ResponseTags result = ResponseTagParser::parse(200, body);
        QVERIFY(result.applied);
        QCOMPARE(result.tags.keys(), (QStringList{"first", "many"}));
        QCOMPARE(result.tags.values(QStringLiteral("many")).size(), ResponseTagParser::MaxTagValues - 1);
        QCOMPARE(result.notes, QStringList{QStringLiteral("only the first 10000 values were read; the rest of "
                                                          "the response was ignored")});
    }

    void keysPastTheLimitAreLeftOutWithANote()
    {
        QByteArray body = "{";
        for (int i = 0; i <= ResponseTagParser::MaxTagValues; ++i)
            body += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",";
        body.back() = '}';
        const ResponseTags result = ResponseTagParser::parse(200, body);
        QCOMPARE(result.tags.size(), ResponseTagParser::MaxTagValues);
        QCOMPARE(result.tags.keys().constLast(), QStringLiteral("k9999"));
        QCOMPARE(result.notes.size(), 1);

        // Exactly at the limit nothing is left out.
        body.chop(body.size() - body.lastIndexOf(','));
        body += '}';
        QVERIFY(ResponseTagParser::parse(200, body).notes.isEmpty());
    }

    void scalarText_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("integer") << QJsonValue(23) << "23";
        QTest::newRow("integral double") << QJsonValue(23.0) << "23";
        QTest::newRow("decimal") << QJsonValue(12.5) << "12.5";
        QTest::newRow("int64") << QJsonValue(qint64(9007199254740993)) << "9007199254740993";
        QTest::newRow("huge double") << QJsonValue(1e300) << "1e+300";
        QTest::newRow("true") << QJsonValue(true) << "true";
        QTest::newRow("false") << QJsonValue(false) << "false";
        QTest::newRow("string") << QJsonValue(QStringLiteral("x y")) << "x y";
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "";
        QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}) << "";
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << "";
    }

    void scalarText()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, text);
        QCOMPARE(ResponseTagParser::scalarText(value), text);
    }
};

QTEST_GUILESS_MAIN(TestResponseTagParser)
#include "TestResponseTagParser.moc"
