// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/BodyViewer.h"

#include <Qsci/qsciscintilla.h>

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

namespace {
// Test JSON is written with single quotes, turned into double ones here.
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// A single-line JSON document of about the given size: an array of small records.
QByteArray singleLineJson(qsizetype size)
{
    QByteArray out = "[";
    for (int i = 0; out.size() < size; ++i) {
        if (i > 0)
            out += ',';
        out += json("{'id':") + QByteArray::number(i) + json(",'name':'caller ") + QByteArray::number(i)
               + json("','tags':['a','b'],'ok':true}");
    }
    return out + ']';
}

// Lets every worker finish and delivers what they posted: afterwards nothing is in flight.
void settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}
} // namespace

class TestBodyViewer : public QObject
{
    Q_OBJECT

private slots:
    // Numbers and sizes are written the same whatever the machine's locale.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void prettyJson_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("object") << json("{'a':1,'b':[true,null]}")
                                << json("{\n  'a': 1,\n  'b': [\n    true,\n    null\n  ]\n}");
        QTest::newRow("key order kept") << json("{'z':1,'a':2}") << json("{\n  'z': 1,\n  'a': 2\n}");
        QTest::newRow("numbers as written")
            << json("[12345678901234567890,1.50,1e3]") << json("[\n  12345678901234567890,\n  1.50,\n  1e3\n]");
        QTest::newRow("escapes kept") << QByteArray("{\"q\":\"a\\\"b\\\\ \\u00e9 {,:}\"}")
                                      << QByteArray("{\n  \"q\": \"a\\\"b\\\\ \\u00e9 {,:}\"\n}");
        QTest::newRow("empty containers") << json("{'a':{},'b':[ ]}") << json("{\n  'a': {},\n  'b': []\n}");
        QTest::newRow("already indented") << json("{\n    'a' :  1\n}") << json("{\n  'a': 1\n}");
    }

    void prettyJson()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QByteArray out;
        QVERIFY(BodyViewer::prettyJson(input, &out));
        QCOMPARE(out, expected);
    }

    void prettyJsonRejects_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("truncated") << json("{'a':");
        QTest::newRow("token") << json("{'revenue': [payout]}");
        QTest::newRow("bare number") << QByteArray("42");
        QTest::newRow("text") << QByteArray("OK");
    }

    void prettyJsonRejects()
    {
        QFETCH(QByteArray, input);
        QByteArray out = "unchanged";
        QVERIFY(!BodyViewer::prettyJson(input, &out));
        QCOMPARE(out, QByteArray("unchanged"));
    }

    void breakLongLines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QByteArray>("expected"); // empty: nothing to break
        QTest::newRow("short") << QByteArray("abc\ndef") << 5 << QByteArray();
        QTest::newRow("exactly the limit") << QByteArray("abcde\nfg") << 5 << QByteArray();
        QTest::newRow("long line") << QByteArray("abcdefghijkl\nxy") << 5 << QByteArray("abcde\nfghij\nkl\nxy");
        QTest::newRow("no newline at the end") << QByteArray("ab\nabcdefg") << 3 << QByteArray("ab\nabc\ndef\ng");
        // "é" is two bytes: a cut never falls between them.
        QTest::newRow("utf-8") << QByteArray("a\xC3\xA9\xC3\xA9\xC3\xA9") << 4
                               << QByteArray("a\xC3\xA9\n\xC3\xA9\xC3\xA9");
    }

    void breakLongLines()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, limit);
        QFETCH(QByteArray, expected);
        QByteArray out;
        QCOMPARE(BodyViewer::breakLongLines(input, limit, &out), !expected.isEmpty());
        if (!expected.isEmpty())
            QCOMPARE(out, expected);
    }

    void showsPrettyJson()
    {
        BodyViewer viewer;
        viewer.show();
        viewer.setBody(json("{'first_name':'Jason','geo':'us-10101'}"),
                       QStringLiteral("application/json; charset=utf-8"));
        QCOMPARE(viewer.state(), BodyViewer::State::Loading);
        QTRY_COMPARE(viewer.state(), BodyViewer::State::Text);
        QCOMPARE(viewer.text(), QString::fromUtf8(json("{\n  'first_name': 'Jason',\n  'geo': 'us-10101'\n}")));
        QVERIFY(viewer.isJsonStyled());
        QCOMPARE(viewer.styledLineCount(), 4);
        QVERIFY(viewer.editor()->isReadOnly());
        QVERIFY(viewer.notice().isEmpty());

        viewer.setPrettyPrint(false);
        QTRY_COMPARE(viewer.state(), BodyViewer::State::Text);
        QCOMPARE(viewer.text(), QStringLiteral("{\"first_name\":\"Jason\",\"geo\":\"us-10101\"}"));
    }

    // A short body has no horizontal scroll bar; a line wider than the view gets one, and the
    // next short body drops it again.
    void scrollsSidewaysOnlyForWideLines()
    {
        BodyViewer viewer;
        viewer.resize(600, 300);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        const QScrollBar *bar = viewer.editor()->horizontalScrollBar();
        viewer.setBody(json("{'first_name':'Jason','geo':'us-10101'}"), QStringLiteral("application/json"));
        QTRY_COMPARE(viewer.state(), BodyViewer::State::Text);
        settle();
        QVERIFY(!bar->isVisible());

        viewer.setBody(QByteArray(400, 'x'), QStringLiteral("text/plain"));
        QTRY_COMPARE(viewer.state(), BodyViewer::State::Text);
        QTRY_VERIFY(bar->isVisible());

        viewer.setBody(QByteArray("short"), QStringLiteral("text/plain"));
        QTRY_COMPARE(viewer.state(), BodyViewer::State::Text);
        settle();
        QTRY_VERIFY(!bar->isVisible());
    }

    // JSON is recognised by its content too; other text is shown as it is, not coloured.
    void detectsJson()
    {
        BodyViewer viewer;
        viewer.show();
        viewer.setBody(json(" [1,2]"), QStringLiteral("text/plain"));
        QTRY_COMPARE(viewer.state(), BodyViewer::State::Text);
        QCOMPARE(viewer.text(), QStringLiteral("[\n  1,\n  2\n]"));

        viewer.setBody("sale=yes&amount=12.50", QStringLiteral("application/x-www-form-urlencoded"));
        QTRY_COMPARE(viewer.state(), BodyViewer::State::Text);
        QCOMPARE(viewer.text(), QStringLiteral("sale=yes&amount=12.50"));
        QVERIFY(!viewer.isJsonStyled());
        QCOMPARE(viewer.styledLineCount(), 0);
    }

    void invalidJsonIsShownAsReceived()
    {
        BodyViewer viewer;
        viewer.show();
        viewer.setBody(json("{'revenue': [payout]"), QStringLiteral("application/json"));
        QTRY_COMPARE(viewer.state(), BodyViewer::State::Text);
        QCOMPARE(viewer.text(), QStringLiteral("{\"revenue\": [payout]"));
        QCOMPARE(viewer.notice(), QStringLiteral("Not valid JSON: shown as received."));
    }

    // A hidden viewer (a tab not on screen) does no work until it is shown.
    void waitsUntilShown()
    {
        BodyViewer viewer;
        viewer.setBody(json("{'a':1}"), QStringLiteral("application/json"));
        settle();
        QCOMPARE(viewer.state(), BodyViewer::State::Loading);
        QVERIFY(viewer.text().isEmpty());
        QSignalSpy loaded(&viewer, &BodyViewer::loaded);
        viewer.show();
        QTRY_COMPARE(viewer.state(), BodyViewer::State::Text);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(viewer.text(), QStringLiteral("{\n  \"a\": 1\n}"));
    }

    // The transform (secret masking) runs before anything is shown or saved.
    void transformsBeforeShowingAndSaving()
    {
        BodyViewer viewer;
        viewer.show();
        viewer.setBody(json("{'api_key':'sk_live_123456'}"), QStringLiteral("application/json"),
                       [](const QByteArray &body) { return QByteArray(body).replace("sk_live_123456", "[REDACTED]"); });
        QTRY_COMPARE(viewer.state(), BodyViewer::State::Text);
        QCOMPARE(viewer.text(), QStringLiteral("{\n  \"api_key\": \"[REDACTED]\"\n}"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("body.json"));
        QString error;
        QVERIFY2(viewer.saveTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), json("{'api_key':'[REDACTED]'}"));

        QVERIFY(!viewer.saveTo(QStringLiteral("/nonexistent/body.json"), &error));
        QCOMPARE(error, QStringLiteral("cannot write /nonexistent/body.json: No such file or directory"));
    }

    void binaryBody()
    {
        BodyViewer viewer;
        viewer.show();
        viewer.setBody(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10), QStringLiteral("image/png"));
        QTRY_COMPARE(viewer.state(), BodyViewer::State::Binary);
        QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("bodyPanelMessage"))->text(),
                 QStringLiteral("Binary body, 10 bytes (image/png)."));
        QVERIFY(viewer.text().isEmpty());
        QVERIFY(viewer.findChild<QPushButton *>(QStringLiteral("bodySave"))->isVisible());
        QVERIFY(!viewer.findChild<QPushButton *>(QStringLiteral("bodyOpenRaw"))->isVisible());
    }

    // Over 50 MB the editor is not loaded: raw and save are offered instead.
    void tooLargeForTheEditor()
    {
        BodyViewer viewer;
        viewer.show();
        viewer.setBody(QByteArray(BodyViewer::kEditorLimit + 1024 * 1024, 'a'), QStringLiteral("text/plain"));
        QTRY_COMPARE_WITH_TIMEOUT(viewer.state(), BodyViewer::State::TooLarge, 10000);
        QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("bodyPanelMessage"))->text(),
                 QStringLiteral("The body is 51.0 MB: too large to show here."));
        QCOMPARE(viewer.editor()->length(), 0);
        QVERIFY(viewer.findChild<QPushButton *>(QStringLiteral("bodyOpenRaw"))->isVisible());
        QCOMPARE(viewer.preparedBody().size(), BodyViewer::kEditorLimit + 1024 * 1024);
    }

    // A large single-line response: formatted, inserted in slices, styled only where visible.
    void largeSingleLineJson()
    {
        const QByteArray body = singleLineJson(2 * 1024 * 1024);
        QByteArray expected;
        QVERIFY(BodyViewer::prettyJson(body, &expected));

        BodyViewer viewer;
        viewer.resize(600, 400);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.setBody(body, QStringLiteral("application/json"));
        QTRY_COMPARE_WITH_TIMEOUT(viewer.state(), BodyViewer::State::Text, 20000);
        QCOMPARE(viewer.editor()->length(), expected.size());
        QCOMPARE(viewer.text().toUtf8(), expected);
        // Only the lines on screen are coloured, also after a jump to the end.
        QVERIFY2(viewer.styledLineCount() > 0 && viewer.styledLineCount() < 60,
                 qPrintable(QString::number(viewer.styledLineCount())));
        const int before = viewer.styledLineCount();
        QsciScintilla *editor = viewer.editor();
        editor->SendScintilla(QsciScintillaBase::SCI_DOCUMENTEND);
        QTRY_VERIFY(viewer.styledLineCount() > before);
        QVERIFY(viewer.styledLineCount() < 2 * before + 5);
        const long end = editor->length();
        const auto styleAt = [editor](long position) {
            return editor->SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, static_cast<unsigned long>(position));
        };
        QCOMPARE(styleAt(end - 1), long(BodyViewer::Punctuation)); // the closing ]
        // The middle was never on screen: never styled. Every line there has a key or a number.
        const long middleLine =
            editor->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(end / 2));
        const long middle =
            editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(middleLine));
        for (long position = middle; position < middle + 40; ++position)
            QCOMPARE(styleAt(position), long(BodyViewer::Plain));
    }

    void jsonLineStyles_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("inString");
        QTest::addColumn<QByteArray>("styles"); // K key, S string, N number, W keyword, P punctuation, . plain
        QTest::newRow("key and string") << json("  'geo': 'us-1',") << false << QByteArray("..KKKKKP.SSSSSSP");
        QTest::newRow("number") << QByteArray("\"n\": -1.5e3") << false << QByteArray("KKKP.NNNNNN");
        QTest::newRow("keywords") << QByteArray("[true, null]") << false << QByteArray("PWWWWP.WWWWP");
        QTest::newRow("escaped quote") << QByteArray("\"a\\\"b\"") << false << QByteArray("SSSSSS");
        QTest::newRow("key with space before the colon") << QByteArray("\"k\" :1") << false << QByteArray("KKK.PN");
        QTest::newRow("string continued from the line before")
            << QByteArray("xyz\", 1") << true << QByteArray("SSSSP.N");
        QTest::newRow("unterminated string") << QByteArray("\"abc") << false << QByteArray("SSSS");
    }

    void jsonLineStyles()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, inString);
        QFETCH(QByteArray, styles);
        const QByteArray codes = BodyViewer::jsonLineStyles(line.constData(), int(line.size()), inString);
        QByteArray letters;
        for (const char code : codes)
            letters.append(".KSNWP"[int(code)]);
        QCOMPARE(letters, styles);
    }

    void linesStartingInString()
    {
        QCOMPARE(BodyViewer::linesStartingInString(json("{\n  'a': 'bc\nde',\n  'f': 'g\\\\'\n}")), QList<int>{2});
        QCOMPARE(BodyViewer::linesStartingInString(json("{\n  'a': 1\n}")), QList<int>{});
    }

    // A long line is broken for display, and the viewer says so.
    void breaksLongLines()
    {
        BodyViewer viewer;
        viewer.show();
        viewer.setPrettyPrint(false);
        viewer.setBody(QByteArray(BodyViewer::kLongLine * 2 + 5, 'x'), QStringLiteral("text/plain"));
        QTRY_COMPARE(viewer.state(), BodyViewer::State::Text);
        QCOMPARE(viewer.editor()->lines(), 3);
        QCOMPARE(
            viewer.notice(),
            QStringLiteral("Lines longer than 1,000 characters are broken for display; Save keeps the body as it is."));
        QCOMPARE(viewer.preparedBody().size(), BodyViewer::kLongLine * 2 + 5);
    }

    // A body replaced before it was ready never shows up.
    void replacedBodyIsDropped()
    {
        BodyViewer viewer;
        viewer.show();
        viewer.setBody(singleLineJson(512 * 1024), QStringLiteral("application/json"));
        viewer.setBody("second", QStringLiteral("text/plain"));
        QTRY_COMPARE(viewer.state(), BodyViewer::State::Text);
        settle();
        QCOMPARE(viewer.text(), QStringLiteral("second"));

        viewer.setBody(singleLineJson(512 * 1024), QStringLiteral("application/json"));
        viewer.clear();
        settle();
        QCOMPARE(viewer.state(), BodyViewer::State::Empty);
        QCOMPARE(viewer.editor()->length(), 0);
    }
};

QTEST_MAIN(TestBodyViewer)
#include "TestBodyViewer.moc"
