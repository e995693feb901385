// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/TagMap.h"
#include "tokens/JsonBodyTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

TagMap tagsFrom(const QStringList &entries)
{
    TagMap tags;
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QString key = entry.left(equals);
        tags.set(key, tags.values(key) << entry.mid(equals + 1));
    }
    return tags;
}

QJsonObject parseObject(const QString &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << error.offset << body.left(200);
    return document.object();
}

} // namespace

class TestJsonBodyTemplate : public QObject
{
    Q_OBJECT

private slots:
    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("expected");

        QTest::newRow("spec example") << "{\"phone\": \"[caller_number]\", \"revenue\": [payout|default:0]}"
                                      << QStringList{"caller_number=+15551234567"}
                                      << "{\"phone\": \"+15551234567\", \"revenue\": 0}";
        QTest::newRow("typed bare values")
            << "{\"a\": [n], \"b\": [s], \"c\": [t], \"d\": [e], \"z\": [zip]}"
            << QStringList{"n=12.5", "s=abc", "t=true", "e=", "zip=01234"}
            << "{\"a\": 12.5, \"b\": \"abc\", \"c\": true, \"d\": null, \"z\": \"01234\"}";
        QTest::newRow("missing bare value is null") << "{\"a\": [nothing]}" << QStringList{} << "{\"a\": null}";
        QTest::newRow("inside a string") << "{\"msg\": \"Call from [caller_id] at [t]\"}"
                                         << QStringList{"caller_id=+1 \"555\"", "t=12"}
                                         << "{\"msg\": \"Call from +1 \\\"555\\\" at 12\"}";
        QTest::newRow("after an escaped quote")
            << "{\"a\": \"x\\\"[v]\\\\\"}" << QStringList{"v=1"} << "{\"a\": \"x\\\"1\\\\\"}";
        QTest::newRow("after an escaped backslash")
            << "{\"a\": \"x\\\\[v]\"}" << QStringList{"v=\""} << "{\"a\": \"x\\\\\\\"\"}";
        QTest::newRow("key position") << "{[k]: 1, \"o\": {\"x\": 2, [k]: [k]}}" << QStringList{"k=5"}
                                      << "{\"5\": 1, \"o\": {\"x\": 2, \"5\": 5}}";
        QTest::newRow("in arrays") << "{\"ids\": [1, 2, [id]], \"s\": [\"[id]\"], \"l\": [ [a], [b] ]}"
                                   << QStringList{"id=7", "a=x", "b=false"}
                                   << "{\"ids\": [1, 2, 7], \"s\": [\"7\"], \"l\": [ \"x\", false ]}";
        QTest::newRow("array root, escaped brackets") << "[ [v], \"[[v]]\" ]" << QStringList{"v=1"} << "[ 1, \"[v]\" ]";
        QTest::newRow("several values in a string")
            << "{\"g\": \"[geo]\"}" << QStringList{"geo=us-ny", "geo=us"} << "{\"g\": \"us-ny,us\"}";
        QTest::newRow("several values bare")
            << "{\"g\": [geo]}" << QStringList{"geo=us-ny", "geo=us"} << "{\"g\": \"us-ny,us\"}";
        QTest::newRow("multi-line") << "{\n  \"a\": [n],\n  \"b\": \"[s]\"\n}" << QStringList{"n=-1e3", "s=x\ny"}
                                    << "{\n  \"a\": -1e3,\n  \"b\": \"x\\ny\"\n}";
    }

    void render()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tags);
        QFETCH(QString, expected);
        const JsonBodyTemplate body(text);
        QCOMPARE(body.errors(), QStringList());
        const QString rendered = body.render(tagsFrom(tags));
        QCOMPARE(rendered, expected);
        QJsonParseError error;
        QJsonDocument::fromJson(rendered.toUtf8(), &error);
        QCOMPARE(error.errorString(), QJsonParseError().errorString());
    }

    void hostileValuesKeepTheStructure_data()
    {
        QTest::addColumn<QString>("value");
        QString big;
        while (big.size() < 100 * 1024)
            big += QStringLiteral("\"}], {\"x\": [1, \\u0000 \r\n\t") + QChar(0) + QStringLiteral("é中😀 [a] ");
        QTest::newRow("quote") << "\"";
        QTest::newRow("closing") << "\"}, \"evil\": {\"";
        QTest::newRow("backslash") << "\\";
        QTest::newRow("braces and brackets") << "{}[]";
        QTest::newRow("token-like") << "[v]";
        QTest::newRow("controls") << QStringLiteral("\r\n\t") + QChar(0) + QChar(0x1F);
        QTest::newRow("url-ish") << "& = # ? / % + space";
        QTest::newRow("unicode") << "é ü 中文 😀";
        QTest::newRow("number") << "42";
        QTest::newRow("bool") << "false";
        QTest::newRow("overflowing number") << "1e400";
        QTest::newRow("100 KB") << big;
    }

    void hostileValuesKeepTheStructure()
    {
        QFETCH(QString, value);
        const JsonBodyTemplate body(QStringLiteral(
            "{\"s\": \"[v]\", \"b\": [v], [v]: \"k\", \"mixed\": \"<[v]>\", \"arr\": [ [v], \"[v]\" ], \"n\": 1}"));
        QCOMPARE(body.errors(), QStringList());
        RenderReport report;
        const QJsonObject object = parseObject(body.render(tagsFrom({QStringLiteral("v=") + value}), &report));
        QVERIFY(report.ok());
        QCOMPARE(object.size(), 6);
        QCOMPARE(object.value(QStringLiteral("s")).toString(), value);
        QCOMPARE(object.value(value).toString(), QStringLiteral("k"));
        QCOMPARE(object.value(QStringLiteral("mixed")).toString(), QLatin1Char('<') + value + QLatin1Char('>'));
        QCOMPARE(object.value(QStringLiteral("n")).toInt(), 1);
        const QJsonValue bare = object.value(QStringLiteral("b"));
        const QJsonArray array = object.value(QStringLiteral("arr")).toArray();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0), bare);
        QCOMPARE(array.at(1).toString(), value);
        if (value == QLatin1String("42"))
            QCOMPARE(bare.toDouble(), 42.0);
        else if (value == QLatin1String("false"))
            QCOMPARE(bare.toBool(true), false);
        else
            QCOMPARE(bare.toString(), value);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("errors");

        QTest::newRow("empty") << "  \n" << QStringList{"the JSON body is empty"};
        QTest::newRow("bad filter") << "{\"a\": [v|nope]}"
                                    << QStringList{
                                           "column 10: unknown filter \"nope\" (expected one of: first, last, "
                                           "lower, upper, trim, digits, e164, sha256, urlencode, default:TEXT)"};
        // At the [ of [w], where a comma is missing.
        QTest::newRow("two tokens in a row")
            << "{\"a\": [v] [w]}" << QStringList{"column 11: invalid JSON: expected , or } after \"a\": [v]"};
        // At the [ of [v], right after the number.
        QTest::newRow("token glued to a number")
            << "{\"a\": 12[v]}" << QStringList{"column 9: invalid JSON: expected , or } after \"a\": 12"};
        // At the " of "b", where a comma is missing.
        QTest::newRow("line and column") << "{\n  \"a\": 1\n  \"b\": [v]\n}"
                                         << QStringList{
                                                "line 3, column 3: invalid JSON: expected , or } after \"a\": 1"};
        // At the } the string swallowed, the last character before the text ends.
        QTest::newRow("unterminated string")
            << "{\"a\": \"[v]}" << QStringList{"column 11: invalid JSON: unterminated string starting at column 7"};
        // At the [ of [3, 4], where a key should be ([[ and ]] are a literal [ and ]).
        QTest::newRow("doubled brackets are escapes")
            << "{\"a\": [[1, 2], [3, 4]]}"
            << QStringList{"column 16: invalid JSON: expected a key in quotes after \"a\": [[1, 2],"};
        // At the token itself: the string it stands for cannot be the root.
        QTest::newRow("scalar root") << "[v]" << QStringList{"column 1: invalid JSON: expected { or [ (found [v])"};
        QTest::newRow("token after a backslash")
            << "{\"a\": \"x\\[v]\"}" << QStringList{"column 10: token [v] follows a backslash inside a string"};
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, errors);
        const JsonBodyTemplate body(text);
        QCOMPARE(body.errors(), errors);
        QVERIFY(!body.isValid());
    }

    // Qt's parser stops at 1024 levels; the body template says so with the position instead
    // of failing later, and our own scan of the template is a loop, not a recursion.
    void nestingDeeperThanQtReadsIsRefused()
    {
        const auto nested = [](int depth) -> QString {
            return QStringLiteral("{\"a\": ").repeated(depth) + QStringLiteral("[v]")
                   + QStringLiteral("}").repeated(depth);
        };
        const JsonBodyTemplate deepest(nested(1024));
        QVERIFY2(deepest.isValid(), qPrintable(deepest.errors().join(QLatin1Char('\n'))));
        QVERIFY(deepest.render(tagsFrom({QStringLiteral("v=1")})).contains(QLatin1String("{\"a\": 1}")));

        // At the 1025th {, the one that opens a level too many.
        const JsonBodyTemplate tooDeep(nested(1025));
        QCOMPARE(
            tooDeep.errors(),
            QStringList{"column 6145: invalid JSON: too deeply nested (more than 1024 levels of objects and arrays)"});
        const JsonBodyTemplate farTooDeep(nested(100000));
        QCOMPARE(
            farTooDeep.errors(),
            QStringList{"column 6145: invalid JSON: too deeply nested (more than 1024 levels of objects and arrays)"});
    }

    void manyBackslashErrorsAreCapped()
    {
        const JsonBodyTemplate body(QStringLiteral("{\"a\": \"") + QStringLiteral("\\[v]").repeated(20000)
                                    + QStringLiteral("\"}"));
        const QStringList errors = body.errors();
        QCOMPARE(errors.size(), TokenTemplate::kMaxErrors + 1);
        QCOMPARE(errors.constFirst(), QStringLiteral("column 9: token [v] follows a backslash inside a string"));
        QCOMPARE(errors.constLast(), QStringLiteral("and 19980 more problems"));
    }

    void missingTagsAreWarnings()
    {
        const JsonBodyTemplate body(
            QStringLiteral("{\"id\": \"[call_id]\", \"revenue\": [payout], \"p\": [p|default:0]}"));
        RenderReport report;
        QCOMPARE(body.render(TagMap(), &report), QStringLiteral("{\"id\": \"\", \"revenue\": null, \"p\": 0}"));
        QCOMPARE(report.warnings,
                 (QStringList{"tag [call_id] is missing; rendered as empty text",
                              "tag [payout] is missing; rendered as null", "tag [p] is missing; rendered as 0"}));
        QCOMPARE(body.keys(), (QStringList{"call_id", "payout", "p"}));
    }
};

QTEST_GUILESS_MAIN(TestJsonBodyTemplate)
#include "TestJsonBodyTemplate.moc"
