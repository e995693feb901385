// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/JsonSyntaxError.h"
#include "tokens/TextPosition.h"

#include <QJsonDocument>
#include <QTest>

namespace {

// What the describer says about json as Qt's parser finds it, with the place first.
QString described(const QString &json)
{
    const QByteArray utf8 = json.toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError)
        return QStringLiteral("valid");
    const TextPosition at = TextPosition::ofJsonError(utf8, error);
    return TextPosition::describe(json, at.offset) + QStringLiteral(": ")
           + JsonSyntaxError::describe(json, at.offset, error.error);
}

} // namespace

class TestJsonSyntaxError : public QObject
{
    Q_OBJECT

private slots:
    void describesWhatWasExpected_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing comma in an object") << "{\"a\": 1, \"b\": \"x\" \"c\": 2}"
                                                    << "column 19: expected , or } after \"b\": \"x\"";
        QTest::newRow("missing comma in an array") << "[1, 2 3]"
                                                   << "column 7: expected , or ] after 2";
        QTest::newRow("missing colon") << "{\"key\" 1}"
                                       << "column 8: expected : after \"key\" (found 1)";
        QTest::newRow("missing value") << "{\"a\": }"
                                       << "column 7: expected a value after \"a\": (found })";
        QTest::newRow("trailing comma in an object") << "{\"a\": 1,}"
                                                     << "column 9: expected a key in quotes after \"a\": 1, (found })";
        QTest::newRow("trailing comma in an array") << "[1, 2,]"
                                                    << "column 7: expected a value after 2, (found ])";
        QTest::newRow("unquoted key") << "{a: 1}"
                                      << "column 2: expected a key in quotes or } after {";
        QTest::newRow("single quotes") << "{\"a\": 'x'}"
                                       << "column 7: expected a value after \"a\": (found ')";
        QTest::newRow("misspelt literal") << "{\"a\": tru}"
                                          << "column 7: expected a value after \"a\": (found tru)";
        QTest::newRow("unclosed object")
            << "{\"a\": 1,\n \"b\": [1, 2]"
            << "line 2, column 12: expected , or } after \"b\": [1, 2] (the text ends there)";
        QTest::newRow("unclosed array") << "[1, 2"
                                        << "column 5: expected , or ] after 2 (the text ends there)";
        QTest::newRow("cut after a colon") << "{\"a\":"
                                           << "column 5: expected a value after \"a\": (the text ends there)";
        QTest::newRow("nested member") << "{\"a\": {\"b\": \"x\" \"c\": 1}}"
                                       << "column 17: expected , or } after \"b\": \"x\"";
        QTest::newRow("after a nested object") << "{\"a\": {\"b\": 1} \"c\": 2}"
                                               << "column 16: expected , or } after \"a\": {\"b\": 1}";
        QTest::newRow("unterminated string") << "{\"a\": \"value"
                                             << "column 12: unterminated string starting at column 7";
        QTest::newRow("garbage after the end") << "{\"a\": 1} x"
                                               << "column 10: unexpected text after the end of the JSON";
        QTest::newRow("bad escape") << "{\"a\": \"\\u12G4\"}"
                                    << "column 11: invalid escape in a string (expected \\\", \\\\, \\/, \\b, \\f, "
                                       "\\n, \\r, \\t or \\u and 4 hex digits)";
        QTest::newRow("bad number") << "{\"a\": -}"
                                    << "column 7: invalid number -";
        QTest::newRow("blank") << "   "
                               << "column 1: expected { or [ (the text ends there)";
        QTest::newRow("scalar") << "\"text\""
                                << "column 1: expected { or [ (found \")";
    }

    void describesWhatWasExpected()
    {
        QFETCH(QString, json);
        QTEST(described(json), "message");
    }

    // A long value is cut in the message, so one bad line cannot flood the status bar.
    void longValuesAreCut()
    {
        const QString json =
            QStringLiteral("{\"a\": \"") + QString(100, QLatin1Char('x')) + QStringLiteral("\" \"b\": 1}");
        const QString message = described(json);
        QVERIFY2(message.contains(QStringLiteral("...")), qPrintable(message));
        QVERIFY2(message.size() < 120, qPrintable(message));
    }

    // The quotes come from the text people see: a token's stand-in ("" and spaces) shows as
    // the token.
    void quotesTheShownText()
    {
        const QString json = QStringLiteral("{\"a\": \"\"   \"b\": 1}");
        const QString shown = QStringLiteral("{\"a\": [v]  \"b\": 1}");
        QCOMPARE(json.size(), shown.size());
        QCOMPARE(JsonSyntaxError::describe(json, 11, QJsonParseError::UnterminatedObject, shown),
                 QStringLiteral("expected , or } after \"a\": [v]"));
        // A shown text of another length is no use: the message quotes json.
        QCOMPARE(JsonSyntaxError::describe(json, 11, QJsonParseError::UnterminatedObject, shown.left(3)),
                 QStringLiteral("expected , or } after \"a\": \"\""));
    }
};

QTEST_GUILESS_MAIN(TestJsonSyntaxError)
#include "TestJsonSyntaxError.moc"
