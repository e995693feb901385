// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/TextPosition.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

// The one place text positions are computed (issue 12 item 2): UTF-16 offsets, lines and
// columns, and UTF-8 byte offsets (QJsonParseError) must all name the same character, whatever
// the text holds: ASCII, multi-byte UTF-8 (é: 2 bytes, €: 3) or characters outside the BMP (an
// emoji: 4 bytes, 2 UTF-16 units, 1 column).
class TestTextPosition final : public QObject
{
    Q_OBJECT

private slots:
    void positions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("described");

        QTest::newRow("ascii start") << "abc" << 0 << 1 << 1 << "column 1";
        QTest::newRow("ascii end") << "abc" << 3 << 1 << 4 << "column 4";
        QTest::newRow("second line") << "a\nbc" << 3 << 2 << 2 << "line 2, column 2";
        QTest::newRow("at a line break") << "ab\nc" << 2 << 1 << 3 << "line 1, column 3";
        QTest::newRow("after two-byte UTF-8") << "\u00e9x" << 1 << 1 << 2 << "column 2";
        QTest::newRow("after three-byte UTF-8") << "\u20acx" << 1 << 1 << 2 << "column 2";
        QTest::newRow("after an emoji") << "\U0001F600x" << 2 << 1 << 2 << "column 2";
        QTest::newRow("emojis on line 2") << "{\n\U0001F600\U0001F680: 1" << 6 << 2 << 3 << "line 2, column 3";
        QTest::newRow("mixed") << "\u00e9\n\u20ac\U0001F600\u00e9z" << 6 << 2 << 4 << "line 2, column 4";
    }

    void positions()
    {
        QFETCH(QString, text);
        QFETCH(int, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, described);

        const TextPosition at = TextPosition::at(text, offset);
        QCOMPARE(at.line, line);
        QCOMPARE(at.column, column);
        QCOMPARE(at.offset, qsizetype(offset));
        QCOMPARE(TextPosition::describe(text, offset), described);
        QCOMPARE(TextPosition::offsetOf(text, line, column), qsizetype(offset));

        // The same character, reached from its UTF-8 byte offset.
        const QByteArray utf8 = text.toUtf8();
        const qsizetype byteOffset = text.left(offset).toUtf8().size();
        QCOMPARE(TextPosition::utf16Offset(utf8, byteOffset), qsizetype(offset));
        QCOMPARE(TextPosition::atUtf8(utf8, byteOffset), at);
    }

    // Every offset of every sample agrees both ways, not just the hand-picked ones.
    void utf8AndUtf16AgreeEverywhere()
    {
        const QString samples[] = {
            QStringLiteral("plain ascii\nsecond line"),
            QStringLiteral("Zo\u00eb \u20ac\n\u00e9\u00e9\u00e9"),
            QStringLiteral("\U0001F600\U0001F680\n x \U0001F600\n"),
        };
        for (const QString &text : samples) {
            const QByteArray utf8 = text.toUtf8();
            for (qsizetype offset = 0; offset <= text.size(); ++offset) {
                if (offset < text.size() && text.at(offset).isLowSurrogate())
                    continue; // inside a character
                const qsizetype bytes = text.left(offset).toUtf8().size();
                QCOMPARE(TextPosition::atUtf8(utf8, bytes), TextPosition::at(text, offset));
                const TextPosition at = TextPosition::at(text, offset);
                QCOMPARE(TextPosition::offsetOf(text, at.line, at.column), offset);
            }
        }
    }

    void offsetsOutOfRange()
    {
        QCOMPARE(TextPosition::at(QStringLiteral("ab"), 7).offset, qsizetype(2));
        QCOMPARE(TextPosition::utf16Offset("ab", 7), qsizetype(2));
        QCOMPARE(TextPosition::offsetOf(QStringLiteral("ab"), 1, 4), qsizetype(-1));
        QCOMPARE(TextPosition::offsetOf(QStringLiteral("ab\nc"), 3, 1), qsizetype(-1));
        QCOMPARE(TextPosition::offsetOf(QStringLiteral("ab"), 0, 1), qsizetype(-1));
        QVERIFY(!TextPosition().isValid());
    }

    void characterLengths()
    {
        const QString text = QStringLiteral("a\U0001F600\n");
        QCOMPARE(TextPosition::characterLength(text, 0), qsizetype(1));
        QCOMPARE(TextPosition::characterLength(text, 1), qsizetype(2));
        QCOMPARE(TextPosition::characterLength(text, 3), qsizetype(0)); // a line break
        QCOMPARE(TextPosition::characterLength(text, 4), qsizetype(0)); // the end
    }

    // ofJsonError marks the character QJsonDocument::fromJson stumbled on. Qt's offset points
    // just past the token it read (and past the whitespace after a bracket or comma), so the
    // rule steps back one byte, then back over whitespace, then to the first byte of a
    // multi-byte character; for trailing garbage Qt's offset is already the garbage, and is
    // kept. The column does not change with é or an emoji before the error on its line.
    void jsonErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("character"); // the character marked

        const int unterminatedObject = QJsonParseError::UnterminatedObject;
        // At the " of "b", where a comma is missing.
        QTest::newRow("missing comma") << "{\"a\": 1 \"b\": 2}" << unterminatedObject << 1 << 9 << "\"";
        QTest::newRow("missing comma after two-byte")
            << "{\"\u00e9\": 1 \"b\": 2}" << unterminatedObject << 1 << 9 << "\"";
        QTest::newRow("missing comma after an emoji")
            << "{\"\U0001F600\": 1 \"b\": 2}" << unterminatedObject << 1 << 9 << "\"";
        QTest::newRow("missing comma after an emoji, line 2")
            << "{\"\U0001F600\": 1,\n\"\U0001F680\": 1 \"b\": 2}" << unterminatedObject << 2 << 8 << "\"";
        // At the ] where a value should follow the comma, past the line break and indentation.
        QTest::newRow("missing value after a comma")
            << "[1,\n  ]" << int(QJsonParseError::MissingObject) << 2 << 3 << "]";
        // The text ends after a comma and a line break: back over the line break, at the comma.
        QTest::newRow("truncated after a comma") << "{\"a\": 1,\n" << unterminatedObject << 1 << 8 << ",";
        // The text ends inside a string, after a multi-byte character: at its first byte.
        QTest::newRow("truncated after two-byte")
            << "{\"a\": \"caf\u00e9" << int(QJsonParseError::UnterminatedString) << 1 << 11 << "\u00e9";
        QTest::newRow("truncated after an emoji")
            << "{\"a\": \"caf\U0001F600" << int(QJsonParseError::UnterminatedString) << 1 << 11 << "\U0001F600";
        // Trailing garbage: Qt's offset, at the garbage itself, past the whitespace before it.
        QTest::newRow("trailing garbage") << "{\"a\": 1} x" << int(QJsonParseError::GarbageAtEnd) << 1 << 10 << "x";
        QTest::newRow("trailing emoji on line 2")
            << "{\"a\": 1}\n\U0001F600" << int(QJsonParseError::GarbageAtEnd) << 2 << 1 << "\U0001F600";
        // Numbers: with no digit read, Qt already stops on the first byte; with digits read (a
        // number too big for a double), just past them, so back to the last one.
        QTest::newRow("a value that is no number")
            << "{\"a\": x}" << int(QJsonParseError::IllegalNumber) << 1 << 7 << "x";
        QTest::newRow("a number too big") << "{\"a\": 1e999}" << int(QJsonParseError::IllegalNumber) << 1 << 11 << "9";
        // Offset 0: the first character, and never before it.
        QTest::newRow("at offset 0") << "x" << int(QJsonParseError::IllegalValue) << 1 << 1 << "x";
        QTest::newRow("only whitespace") << "  \n " << int(QJsonParseError::IllegalValue) << 1 << 1 << " ";
        QTest::newRow("nothing at all") << "" << int(QJsonParseError::IllegalValue) << 1 << 1 << "";
    }

    // Invalid UTF-8 in a string: Qt stops on the byte itself, which is marked.
    void invalidUtf8IsMarkedAtTheByte()
    {
        const QByteArray utf8("{\"a\": \"caf\xE9\"}");
        QJsonParseError parseError;
        QJsonDocument::fromJson(utf8, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::IllegalUTF8String);
        const TextPosition position = TextPosition::ofJsonError(utf8, parseError);
        QCOMPARE(position.line, 1);
        QCOMPARE(position.column, 11);
    }

    void jsonErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, error);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, character);

        const QByteArray utf8 = text.toUtf8();
        QJsonParseError parseError;
        QJsonDocument::fromJson(utf8, &parseError);
        QCOMPARE(int(parseError.error), error);
        const TextPosition at = TextPosition::ofJsonError(utf8, parseError);
        QCOMPARE(at.line, line);
        QCOMPARE(at.column, column);
        QCOMPARE(at, TextPosition::at(text, at.offset));
        QCOMPARE(text.mid(at.offset, TextPosition::characterLength(text, at.offset)), character);
    }
};

QTEST_GUILESS_MAIN(TestTextPosition)
#include "TestTextPosition.moc"
