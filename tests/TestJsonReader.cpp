// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/JsonReader.h"

#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QStringList texts(const QList<LoadError> &errors)
{
    QStringList result;
    for (const LoadError &error : errors)
        result.append(error.toString());
    return result;
}
} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void pathsNameTheirPlace()
    {
        QList<LoadError> errors;
        const JsonReader root(QJsonObject(), QString(), &errors);
        QCOMPARE(root.path(QStringLiteral("format")), QStringLiteral("format"));
        const JsonReader nested(QJsonObject(), QStringLiteral("campaigns[2]"), &errors);
        QCOMPARE(nested.path(QStringLiteral("name")), QStringLiteral("campaigns[2].name"));
        QCOMPARE(nested.path(QString()), QStringLiteral("campaigns[2]"));
        QCOMPARE(JsonReader::indexPath(QStringLiteral("campaigns"), 2), QStringLiteral("campaigns[2]"));
        QCOMPARE(JsonReader::indexPath(nested.path(QStringLiteral("webhooks")), 0),
                 QStringLiteral("campaigns[2].webhooks[0]"));
    }

    void loadErrorText()
    {
        QCOMPARE((LoadError{QString(), QStringLiteral("the file is empty")}).toString(),
                 QStringLiteral("the file is empty"));
        QCOMPARE((LoadError{QStringLiteral("a.b"), QStringLiteral("bad")}).toString(), QStringLiteral("a.b: bad"));
    }

    void string_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("expectedErrors");

        QTest::newRow("present") << QByteArray(R"({"k": "v"})") << false << "v" << QStringList();
        QTest::newRow("absent gives fallback") << QByteArray("{}") << false << "fallback" << QStringList();
        QTest::newRow("required and absent")
            << QByteArray("{}") << true << "fallback" << QStringList{"w.k: required field is missing"};
        QTest::newRow("required and empty")
            << QByteArray(R"({"k": ""})") << true << "" << QStringList{"w.k: must not be empty"};
        QTest::newRow("number") << QByteArray(R"({"k": 42})") << false << "fallback"
                                << QStringList{"w.k: expected a string, got a number (42)"};
        QTest::newRow("null") << QByteArray(R"({"k": null})") << false << "fallback"
                              << QStringList{"w.k: expected a string, got null"};
        QTest::newRow("array") << QByteArray(R"({"k": ["v"]})") << false << "fallback"
                               << QStringList{"w.k: expected a string, got an array"};
    }

    void string()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, required);
        QList<LoadError> errors;
        JsonReader reader(object(json.constData()), QStringLiteral("w"), &errors);
        QTEST(reader.string(QStringLiteral("k"), QStringLiteral("fallback"), required), "expected");
        QTEST(texts(errors), "expectedErrors");
    }

    void integer_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QStringList>("expectedErrors");

        QTest::newRow("in range") << QByteArray(R"({"k": 30})") << 0 << 30 << QStringList();
        QTest::newRow("whole double") << QByteArray(R"({"k": 30.0})") << 0 << 30 << QStringList();
        QTest::newRow("absent") << QByteArray("{}") << 0 << -1 << QStringList();
        QTest::newRow("at minimum") << QByteArray(R"({"k": 1})") << 1 << 1 << QStringList();
        QTest::newRow("at maximum") << QByteArray(R"({"k": 100})") << 1 << 100 << QStringList();
        QTest::newRow("negative") << QByteArray(R"({"k": -5})") << 0 << -1
                                  << QStringList{"w.k: must not be negative (got -5)"};
        QTest::newRow("below minimum") << QByteArray(R"({"k": 0})") << 1 << -1
                                       << QStringList{"w.k: must be between 1 and 100 (got 0)"};
        QTest::newRow("above maximum") << QByteArray(R"({"k": 101})") << 0 << -1
                                       << QStringList{"w.k: must be between 0 and 100 (got 101)"};
        QTest::newRow("huge") << QByteArray(R"({"k": 1e300})") << 0 << -1
                              << QStringList{"w.k: must be between 0 and 100 (got 1e+300)"};
        QTest::newRow("fraction") << QByteArray(R"({"k": 2.5})") << 0 << -1
                                  << QStringList{"w.k: expected a whole number, got 2.5"};
        QTest::newRow("string") << QByteArray(R"({"k": "30"})") << 0 << -1
                                << QStringList{"w.k: expected an integer, got a string (\"30\")"};
        QTest::newRow("boolean") << QByteArray(R"({"k": true})") << 0 << -1
                                 << QStringList{"w.k: expected an integer, got true"};
    }

    void integer()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, minimum);
        QList<LoadError> errors;
        JsonReader reader(object(json.constData()), QStringLiteral("w"), &errors);
        QTEST(reader.integer(QStringLiteral("k"), -1, minimum, 100), "expected");
        QTEST(texts(errors), "expectedErrors");
    }

    void numberAndBoolean()
    {
        QList<LoadError> errors;
        JsonReader reader(object(R"({"n": 12.5, "b": false, "badN": "1", "badB": 1})"), QStringLiteral("w"), &errors);
        QCOMPARE(reader.number(QStringLiteral("n"), 0.0), 12.5);
        QCOMPARE(reader.number(QStringLiteral("absent"), 3.0), 3.0);
        QCOMPARE(reader.number(QStringLiteral("badN"), 3.0), 3.0);
        QCOMPARE(reader.boolean(QStringLiteral("b"), true), false);
        QCOMPARE(reader.boolean(QStringLiteral("absent"), true), true);
        QCOMPARE(reader.boolean(QStringLiteral("badB"), true), true);
        QCOMPARE(texts(errors), (QStringList{"w.badN: expected a number, got a string (\"1\")",
                                             "w.badB: expected true or false, got a number (1)"}));
    }

    void stringListReportsEachBadElement()
    {
        QList<LoadError> errors;
        JsonReader reader(object(R"({"m": ["a", 1, "b", {}], "s": "a"})"), QStringLiteral("w"), &errors);
        QCOMPARE(reader.stringList(QStringLiteral("m")), (QStringList{"a", "b"}));
        QCOMPARE(reader.stringList(QStringLiteral("s")), QStringList());
        QCOMPARE(reader.stringList(QStringLiteral("absent")), QStringList());
        QCOMPARE(texts(errors),
                 (QStringList{"w.m[1]: expected a string, got a number (1)", "w.m[3]: expected a string, got an object",
                              "w.s: expected an array, got a string (\"a\")"}));
    }

    void objectAndArrayCheckTheirType()
    {
        QList<LoadError> errors;
        JsonReader reader(object(R"({"o": {"x": 1}, "a": [1], "notO": [], "notA": {}})"), QString(), &errors);
        QCOMPARE(reader.object(QStringLiteral("o")).value(QStringLiteral("x")).toInt(), 1);
        QCOMPARE(reader.array(QStringLiteral("a")).size(), 1);
        QVERIFY(reader.object(QStringLiteral("absent")).isEmpty());
        QVERIFY(reader.array(QStringLiteral("absent")).isEmpty());
        QVERIFY(reader.object(QStringLiteral("notO")).isEmpty());
        QVERIFY(reader.array(QStringLiteral("notA")).isEmpty());
        QCOMPARE(texts(errors),
                 (QStringList{"notO: expected an object, got an array", "notA: expected an array, got an object"}));
    }

    void errorAndTypeErrorUseThePath()
    {
        QList<LoadError> errors;
        JsonReader reader(QJsonObject(), QStringLiteral("buyers[1]"), &errors);
        reader.error(QStringLiteral("id"), QStringLiteral("duplicate"));
        reader.error(QString(), QStringLiteral("whole object"));
        reader.typeError(QStringLiteral("tags"), QStringLiteral("an object"), QJsonValue(QStringLiteral("x")));
        QCOMPARE(texts(errors), (QStringList{"buyers[1].id: duplicate", "buyers[1]: whole object",
                                             "buyers[1].tags: expected an object, got a string (\"x\")"}));
    }

    void unknownFieldsAreTheKeysNeverRead()
    {
        QList<LoadError> errors;
        JsonReader reader(object(R"({"name": "n", "bad": 1, "raw": null, "extra": {"x": [1]}, "more": true})"),
                          QString(), &errors);
        QVERIFY(reader.has(QStringLiteral("more"))); // has() only looks
        QVERIFY(!reader.has(QStringLiteral("absent")));
        reader.string(QStringLiteral("name"));
        reader.string(QStringLiteral("bad")); // read with an error: still not unknown
        QVERIFY(reader.value(QStringLiteral("raw")).isNull());
        QVERIFY(reader.value(QStringLiteral("absent")).isUndefined());
        QCOMPARE(reader.unknownFields(), object(R"({"extra": {"x": [1]}, "more": true})"));
    }

    void describe_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "null";
        QTest::newRow("true") << QJsonValue(true) << "true";
        QTest::newRow("integer") << QJsonValue(42) << "a number (42)";
        QTest::newRow("fraction") << QJsonValue(0.1) << "a number (0.1)";
        QTest::newRow("string") << QJsonValue(QStringLiteral("abc")) << "a string (\"abc\")";
        QTest::newRow("long string") << QJsonValue(QString(50, QLatin1Char('x')))
                                     << QStringLiteral("a string (\"") + QString(40, QLatin1Char('x'))
                                            + QStringLiteral("...\")");
        QTest::newRow("array") << QJsonValue(QJsonArray()) << "an array";
        QTest::newRow("object") << QJsonValue(QJsonObject()) << "an object";
    }

    void describe()
    {
        QFETCH(QJsonValue, value);
        QTEST(JsonReader::describe(value), "expected");
    }

    void withUnknownFields_data()
    {
        QTest::addColumn<QByteArray>("known");
        QTest::addColumn<QByteArray>("unknown");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("nothing unknown") << QByteArray(R"({"a": 1})") << QByteArray("{}") << QByteArray(R"({"a": 1})");
        QTest::newRow("new keys") << QByteArray(R"({"a": 1})") << QByteArray(R"({"x": {"y": [2]}})")
                                  << QByteArray(R"({"a": 1, "x": {"y": [2]}})");
        QTest::newRow("into a nested object")
            << QByteArray(R"({"ping_post": {"enabled": true, "ping": {"url": "u"}}})")
            << QByteArray(R"({"ping_post": {"x": 1, "ping": {"y": 2}}})")
            << QByteArray(R"({"ping_post": {"enabled": true, "x": 1, "ping": {"url": "u", "y": 2}}})");
        QTest::newRow("a nested object the writer left out")
            << QByteArray(R"({"a": 1})") << QByteArray(R"({"ping_post": {"x": 1}})")
            << QByteArray(R"({"a": 1, "ping_post": {"x": 1}})");
        QTest::newRow("into array elements by index")
            << QByteArray(R"({"headers": [{"name": "A"}, {"name": "B"}]})")
            << QByteArray(R"({"headers": [{}, {"x": true}, {"gone": 1}]})")
            << QByteArray(R"({"headers": [{"name": "A"}, {"name": "B", "x": true}]})");
        QTest::newRow("known keys win") << QByteArray(R"({"a": 1, "o": {"b": 2}})")
                                        << QByteArray(R"({"a": 9, "o": {"b": 9, "c": 3}})")
                                        << QByteArray(R"({"a": 1, "o": {"b": 2, "c": 3}})");
    }

    void withUnknownFields()
    {
        QFETCH(QByteArray, known);
        QFETCH(QByteArray, unknown);
        QFETCH(QByteArray, expected);
        QCOMPARE(JsonReader::withUnknownFields(object(known.constData()), object(unknown.constData())),
                 object(expected.constData()));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "TestJsonReader.moc"
