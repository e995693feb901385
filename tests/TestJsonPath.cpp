// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "response/JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
// Plain literals, not raw strings: moc loses its way in raw strings holding \" or braces.
const char *const Document = "{"
                             "\"bid\": {\"amount\": 12.5, \"id\": \"b-1\"},"
                             "\"bids\": [{\"price\": 8}, {\"price\": 9.75, \"tags\": [\"a\", \"b\"]}],"
                             "\"data\": {\"items\": [{\"id\": 1}, {\"id\": 2}, {\"id\": \"third\"}]},"
                             "\"a.b\": {\"c[0]\": true},"
                             "\"quote\\\"d\": \"yes\","
                             "\"with space\": null"
                             "}";
} // namespace

class TestJsonPath : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("dotted") << "bid.amount" << QJsonValue(12.5);
        QTest::newRow("string leaf") << "bid.id" << QJsonValue(QStringLiteral("b-1"));
        QTest::newRow("index then key") << "bids[0].price" << QJsonValue(8);
        QTest::newRow("second element") << "bids[1].price" << QJsonValue(9.75);
        QTest::newRow("nested index") << "bids[1].tags[1]" << QJsonValue(QStringLiteral("b"));
        QTest::newRow("deep") << "data.items[2].id" << QJsonValue(QStringLiteral("third"));
        QTest::newRow("object value") << "bid"
                                      << QJsonValue(QJsonObject{{QStringLiteral("amount"), 12.5},
                                                                {QStringLiteral("id"), QStringLiteral("b-1")}});
        QTest::newRow("dollar root") << "$.bid.amount" << QJsonValue(12.5);
        QTest::newRow("dollar index") << "$.bids[0].price" << QJsonValue(8);
        QTest::newRow("quoted key with dots") << "[\"a.b\"][\"c[0]\"]" << QJsonValue(true);
        QTest::newRow("escaped quote in key") << "[\"quote\\\"d\"]" << QJsonValue(QStringLiteral("yes"));
        QTest::newRow("key with a space") << "with space" << QJsonValue(QJsonValue::Null);
        QTest::newRow("blanks around") << "  bid.amount\t" << QJsonValue(12.5);
        QTest::newRow("missing key") << "bid.price" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("index out of range") << "bids[2].price" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("index into object") << "bid[0]" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("key into array") << "bids.price" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("key into scalar") << "bid.amount.value" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("dots do not split quoted keys") << "a.b" << QJsonValue(QJsonValue::Undefined);
    }

    void evaluate()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, expected);
        QString error;
        const JsonPath parsed = JsonPath::parse(path, &error);
        QVERIFY2(parsed.isValid(), qPrintable(error));
        QVERIFY(error.isEmpty());
        const QJsonValue root = QJsonDocument::fromJson(Document).object();
        QCOMPARE(parsed.evaluate(root), expected);
    }

    void arrayRootAndWholeRoot()
    {
        const QJsonValue root = QJsonDocument::fromJson(R"([{"price": 3}, 4])").array();
        QString error;
        QCOMPARE(JsonPath::parse(QStringLiteral("[0].price"), &error).evaluate(root), QJsonValue(3));
        QCOMPARE(JsonPath::parse(QStringLiteral("[1]"), &error).evaluate(root), QJsonValue(4));
        QCOMPARE(JsonPath::parse(QStringLiteral("$"), &error).evaluate(QJsonValue(7)), QJsonValue(7));
        QCOMPARE(JsonPath::parse(QStringLiteral("$[1]"), &error).evaluate(root), QJsonValue(4));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << ""
                               << "empty path";
        QTest::newRow("blank") << "   "
                               << "empty path";
        QTest::newRow("leading dot") << ".bid"
                                     << "empty key at column 1";
        QTest::newRow("double dot") << "bid..amount"
                                    << "empty key at column 5";
        QTest::newRow("trailing dot") << "bid."
                                      << "empty key at column 5";
        QTest::newRow("unclosed bracket") << "bids["
                                          << "unclosed [ at column 5";
        QTest::newRow("unclosed bracket with index") << "bids[0"
                                                     << "unclosed [ at column 5";
        QTest::newRow("empty index") << "bids[]"
                                     << "bad index \"\" at column 6: expected a number from 0, or a quoted key";
        QTest::newRow("negative index") << "bids[-1]"
                                        << "bad index \"-1\" at column 6: expected a number from 0, or a quoted key";
        QTest::newRow("word index") << "bids[x].price"
                                    << "bad index \"x\" at column 6: expected a number from 0, or a quoted key";
        QTest::newRow("huge index")
            << "bids[99999999999]"
            << "bad index \"99999999999\" at column 6: expected a number from 0, or a quoted key";
        QTest::newRow("unclosed quote") << "[\"bid"
                                        << "unclosed quote at column 2";
        QTest::newRow("quote without bracket") << "[\"bid\"x"
                                               << "expected ] at column 7";
        QTest::newRow("stray close") << "bid]"
                                     << "unexpected \"]\" at column 4: expected . or [";
        QTest::newRow("name after index") << "bids[0]price"
                                          << "unexpected \"p\" at column 8: expected . or [";
        QTest::newRow("dollar then name") << "$bid"
                                          << "expected . or [ after $ at column 2";
        QTest::newRow("columns count leading blanks") << "  bid..x"
                                                      << "empty key at column 7";
    }

    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QString, error);
        QString actual;
        const JsonPath parsed = JsonPath::parse(path, &actual);
        QVERIFY(!parsed.isValid());
        QCOMPARE(actual, error);
        QCOMPARE(parsed.evaluate(QJsonDocument::fromJson(Document).object()), QJsonValue(QJsonValue::Undefined));
        QVERIFY(!JsonPath::parse(path, nullptr).isValid()); // no error sink is fine too
    }

    void defaultIsInvalid()
    {
        QVERIFY(!JsonPath().isValid());
        QCOMPARE(JsonPath().evaluate(QJsonValue(1)), QJsonValue(QJsonValue::Undefined));
    }

    void parseDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QJsonValue>("expected");
        QTest::addColumn<QString>("error");
        QTest::newRow("object") << QByteArray(R"({"a": 1})") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}})
                                << QString();
        QTest::newRow("array") << QByteArray("[1, 2]") << QJsonValue(QJsonArray{1, 2}) << QString();
        QTest::newRow("number root") << QByteArray(" 12.5 ") << QJsonValue(12.5) << QString();
        QTest::newRow("string root") << QByteArray(R"("ok")") << QJsonValue(QStringLiteral("ok")) << QString();
        QTest::newRow("true root") << QByteArray("true") << QJsonValue(true) << QString();
        QTest::newRow("null root") << QByteArray("null") << QJsonValue(QJsonValue::Null) << QString();
        QTest::newRow("garbage") << QByteArray("{\"a\": nope}") << QJsonValue(QJsonValue::Undefined)
                                 << "illegal value at offset 8";
        QTest::newRow("two scalars") << QByteArray("1, 2") << QJsonValue(QJsonValue::Undefined)
                                     << "illegal value at offset 1";
        QTest::newRow("trailing garbage") << QByteArray("{} x") << QJsonValue(QJsonValue::Undefined)
                                          << "garbage at the end of the document at offset 3";
        QTest::newRow("unterminated") << QByteArray("{\"a\": 1") << QJsonValue(QJsonValue::Undefined)
                                      << "invalid termination by number at offset 7";
    }

    void parseDocument()
    {
        QFETCH(QByteArray, json);
        QFETCH(QJsonValue, expected);
        QFETCH(QString, error);
        QString actual;
        QCOMPARE(JsonPath::parseDocument(json, &actual), expected);
        QCOMPARE(actual, error);
    }
};

QTEST_GUILESS_MAIN(TestJsonPath)
#include "TestJsonPath.moc"
