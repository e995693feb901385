// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/JsonBodyEditor.h"
#include "tokens/JsonBodyTemplate.h"
#include "tokens/TagCatalog.h"
#include "tokens/TokenCompleter.h"
#include "tokens/TokenJsonLexer.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace {

// The UTF-8 byte position of a 1-based line and column (counted in code points), worked out
// here independently of the editor.
int bytePosition(const QString &text, int line, int column)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    int bytes = 0;
    for (int i = 0; i < line - 1; ++i)
        bytes += int(lines.at(i).toUtf8().size()) + 1;
    const QList<uint> codePoints = lines.at(line - 1).toUcs4();
    const QString before = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), column - 1);
    return bytes + int(before.toUtf8().size());
}

// Line and column of an engine message ("line 2, column 5: ..." or "column 5: ...").
QPair<int, int> positionOf(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:line (\\d+), )?column (\\d+): "));
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return {0, 0};
    return {match.captured(1).isEmpty() ? 1 : match.captured(1).toInt(), match.captured(2).toInt()};
}

int styleAt(JsonBodyEditor &editor, int position)
{
    return int(editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, static_cast<unsigned long>(position)));
}

} // namespace

class TestJsonBodyEditor : public QObject
{
    Q_OBJECT

private:
    // Sets the text and waits for its check.
    static bool validate(JsonBodyEditor &editor, const QString &text)
    {
        QSignalSpy validated(&editor, &JsonBodyEditor::validated);
        editor.setBodyText(text);
        editor.validateNow();
        return validated.wait(5000) || validated.count() > 0;
    }

private slots:
    void jsonErrorsAreMarkedAtTheirExactLineAndColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        // Each at the " of "b", where a comma is missing.
        QTest::newRow("missing comma") << "{\n  \"a\": 1\n  \"b\": [v]\n}" << 3 << 3;
        QTest::newRow("after multi-byte text")
            << "{\n  \"name\": \"Zo\u00eb \U0001F600\",\n  \"n\": 1\n  \"b\": [payout]\n}" << 4 << 3;
        QTest::newRow("multi-byte text on the line") << "{\"\u00e9\U0001F600\": \"[caller_id]\" \"b\": 2}" << 1 << 22;
    }

    void jsonErrorsAreMarkedAtTheirExactLineAndColumn()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);

        JsonBodyEditor editor;
        QVERIFY(validate(editor, text));
        const QStringList errors = JsonBodyTemplate(text).errors();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(positionOf(errors.constFirst()), qMakePair(line, column));

        QVERIFY(editor.hasErrors());
        QCOMPARE(editor.statusText(), errors.constFirst());
        const QList<QPair<int, int>> squiggles = editor.indicatorRanges(JsonBodyEditor::kErrorIndicator);
        QCOMPARE(squiggles.size(), 1);
        QCOMPARE(squiggles.constFirst().first, bytePosition(text, line, column));
        QVERIFY(squiggles.constFirst().second >= 1);
        QVERIFY(editor.indicatorRanges(JsonBodyEditor::kWarningIndicator).isEmpty());

        // Jumping to the message's position selects the marked text.
        editor.goToPosition(line, column);
        QCOMPARE(int(editor.SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART)), squiggles.constFirst().first);
        QCOMPARE(int(editor.SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND)),
                 squiggles.constFirst().first + squiggles.constFirst().second);

        // Fixed, the mark and the error go.
        QVERIFY(validate(editor, QStringLiteral("{\"b\": [payout]}")));
        QVERIFY(!editor.hasErrors());
        QVERIFY(editor.indicatorRanges(JsonBodyEditor::kErrorIndicator).isEmpty());
    }

    void aTokenFilterErrorCoversTheFilter()
    {
        JsonBodyEditor editor;
        const QString text = QStringLiteral("{\"phone\": \"[caller_number|sha1]\"}");
        QVERIFY(validate(editor, text));
        QCOMPARE(editor.statusText(),
                 QStringLiteral("column 27: unknown filter \"sha1\" (expected one of: first, last, lower, upper, trim, "
                                "digits, e164, sha256, urlencode, default:TEXT)"));
        QCOMPARE(editor.indicatorRanges(JsonBodyEditor::kErrorIndicator), (QList<QPair<int, int>>{{26, 4}}));
    }

    void tokensAreNotErrors()
    {
        Workspace workspace;
        workspace.sampleCall.set(QStringLiteral("caller_number"), {QStringLiteral("+12125550134")});
        workspace.sampleCall.set(QStringLiteral("payout"), {QStringLiteral("35.00")});
        TagCatalog catalog;
        catalog.setWorkspace(workspace);
        JsonBodyEditor editor;
        editor.setCatalog(&catalog);
        const QString text =
            QStringLiteral("{\n  \"phone\": \"[caller_number|e164]\",\n  \"revenue\": [payout|default:0],\n"
                           "  \"list\": [1, 2],\n  \"ok\": true\n}");
        QVERIFY(validate(editor, text));
        QVERIFY2(!editor.hasErrors(), qPrintable(editor.statusText()));
        QVERIFY(editor.indicatorRanges(JsonBodyEditor::kErrorIndicator).isEmpty());
        QCOMPARE(editor.lastCheck().severity, BodyCheck::Severity::Ok);
        QCOMPARE(editor.statusText(), QStringLiteral("Valid JSON · 2 tokens with the sample call: 81 bytes"));

        // The lexer styles the tokens as tokens, JSON's own brackets as operators.
        editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0UL, -1L);
        const QByteArray bytes = text.toUtf8();
        const int inString = int(bytes.indexOf("[caller_number"));
        const int bare = int(bytes.indexOf("[payout"));
        const int array = int(bytes.indexOf("[1, 2]"));
        QCOMPARE(styleAt(editor, inString), int(TokenJsonLexer::TokenBracket));
        QCOMPARE(styleAt(editor, inString + 1), int(TokenJsonLexer::TokenKey));
        QCOMPARE(styleAt(editor, int(bytes.indexOf("e164"))), int(TokenJsonLexer::TokenFilter));
        QCOMPARE(styleAt(editor, bare), int(TokenJsonLexer::TokenBracket));
        QCOMPARE(styleAt(editor, bare + 1), int(TokenJsonLexer::TokenKey));
        QCOMPARE(styleAt(editor, int(bytes.indexOf(":0]")) + 1), int(TokenJsonLexer::TokenArgument));
        QCOMPARE(styleAt(editor, array), int(QsciLexerJSON::Operator));
        QCOMPARE(styleAt(editor, int(bytes.indexOf("\"phone\""))), int(QsciLexerJSON::Property));
        QCOMPARE(styleAt(editor, int(bytes.indexOf("true"))), int(QsciLexerJSON::Keyword));
        QCOMPARE(styleAt(editor, array + 1), int(QsciLexerJSON::Number));

        // The object folds: its first line heads the fold, the lines inside are one level deeper.
        const long first = editor.SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, 0UL);
        const long inside = editor.SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, 1UL);
        QVERIFY(first & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG);
        QCOMPARE(inside & QsciScintillaBase::SC_FOLDLEVELNUMBERMASK,
                 (first & QsciScintillaBase::SC_FOLDLEVELNUMBERMASK) + 1);
    }

    void staleResultsAreDropped()
    {
        JsonBodyEditor editor;
        editor.setValidationDelay(50);
        QSignalSpy validated(&editor, &JsonBodyEditor::validated);
        QVERIFY(validated.wait(5000)); // the empty text's check, from construction
        validated.clear();

        // A check starts for broken text, which changes before its result is in.
        editor.setBodyText(QStringLiteral("{\"a\": [payout] [payout]}"));
        editor.validateNow();
        QVERIFY(editor.isValidationPending());
        editor.setBodyText(QStringLiteral("{\"a\": [payout]}"));

        QTRY_VERIFY_WITH_TIMEOUT(!editor.isValidationPending(), 5000);
        // Only the current text's result was shown: the broken one never was.
        QCOMPARE(validated.count(), 1);
        QVERIFY(!editor.hasErrors());
        QVERIFY(editor.indicatorRanges(JsonBodyEditor::kErrorIndicator).isEmpty());
    }

    // The error line's red background stays put while typing (no flash) and is replaced only by
    // the next result (issue 13 part 8).
    void theErrorLineKeepsItsBackgroundUntilTheNextResult()
    {
        JsonBodyEditor editor;
        editor.setValidationDelay(60 * 1000);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(validate(editor, QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}")));
        QVERIFY(editor.hasErrors());
        QCOMPARE(editor.errorLines(), QList<int>{2});
        // Typing on the first line: no result yet, so the mark stays on the error's line.
        QSignalSpy validated(&editor, &JsonBodyEditor::validated);
        editor.setCursorPosition(0, 1);
        QTest::keyClick(editor.viewport(), Qt::Key_Space);
        QVERIFY(editor.isValidationPending());
        QCOMPARE(editor.errorLines(), QList<int>{2});
        // A new line above moves it with its line.
        QTest::keyClick(editor.viewport(), Qt::Key_Return);
        QCOMPARE(editor.errorLines(), QList<int>{3});
        QCOMPARE(validated.count(), 0);

        // The fix's result takes it away.
        editor.setCursorPosition(2, 8);
        QTest::keyClick(editor.viewport(), Qt::Key_Comma);
        QCOMPARE(editor.errorLines(), QList<int>{3});
        editor.validateNow();
        QVERIFY(validated.wait(5000));
        QVERIFY2(!editor.hasErrors(), qPrintable(editor.bodyText() + editor.statusText()));
        QCOMPARE(editor.errorLines(), QList<int>());
    }

    // Tab and Shift+Tab move between the form's fields; Ctrl+Tab and Ctrl+Shift+Tab indent.
    void tabMovesTheFocusAndCtrlTabIndents()
    {
        QWidget form;
        auto *before = new QLineEdit(&form);
        auto *editor = new JsonBodyEditor(&form);
        auto *after = new QLineEdit(&form);
        QWidget::setTabOrder(before, editor);
        QWidget::setTabOrder(editor, after);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QApplication::setActiveWindow(&form);
        editor->setBodyText(QStringLiteral("{\n\"a\": 1\n}"));

        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClick(editor->viewport(), Qt::Key_Tab);
        QTRY_VERIFY(after->hasFocus());
        QCOMPARE(editor->bodyText(), QStringLiteral("{\n\"a\": 1\n}")); // no tab went in

        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClick(editor->viewport(), Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(before->hasFocus());

        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        editor->setCursorPosition(1, 0);
        QSignalSpy edited(editor, &JsonBodyEditor::bodyEdited);
        QTest::keyClick(editor->viewport(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(editor->bodyText(), QStringLiteral("{\n  \"a\": 1\n}"));
        QVERIFY(editor->hasFocus());
        QCOMPARE(edited.count(), 1);
        QTest::keyClick(editor->viewport(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->bodyText(), QStringLiteral("{\n\"a\": 1\n}"));
    }

    void validationWaitsForTypingToStop()
    {
        JsonBodyEditor editor;
        editor.setValidationDelay(60 * 1000);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy validated(&editor, &JsonBodyEditor::validated);
        QSignalSpy edited(&editor, &JsonBodyEditor::bodyEdited);
        QTest::keyClicks(editor.viewport(), QStringLiteral("{\"a\": 1 \"b\"}"));
        QCOMPARE(edited.count(), 12);
        QCoreApplication::processEvents();
        QVERIFY(editor.isValidationPending());
        QCOMPARE(validated.count(), 0); // nothing ran on a keystroke

        editor.validateNow();
        QVERIFY(validated.wait(5000));
        // At the " of "b", where a comma is missing.
        QCOMPARE(editor.statusText(), QStringLiteral("column 9: invalid JSON: expected , or } after \"a\": 1"));
    }

    void unknownTagsGetAWarningMark()
    {
        TagCatalog catalog;
        JsonBodyEditor editor;
        editor.setCatalog(&catalog);
        const QString text = QStringLiteral("{\"a\": \"[caller_id]\", \"b\": [mystery]}");
        QVERIFY(validate(editor, text));
        QCOMPARE(editor.lastCheck().severity, BodyCheck::Severity::Warning);
        QVERIFY(!editor.hasErrors());
        // The sample call has neither tag either: those warnings follow.
        QCOMPARE(editor.statusText(), QStringLiteral("Valid JSON · column 27: tag [mystery] is neither a built-in tag "
                                                     "nor seen in the workspace; it renders as empty text unless a "
                                                     "response sets it at run time (and 2 more)"));
        QCOMPARE(editor.indicatorRanges(JsonBodyEditor::kWarningIndicator), (QList<QPair<int, int>>{{26, 9}}));
    }

    void theSampleCallRendersTheBody()
    {
        Workspace workspace;
        workspace.sampleCall.set(QStringLiteral("payout"), {QStringLiteral("35.00")});
        TagCatalog catalog;
        catalog.setWorkspace(workspace);
        JsonBodyEditor editor;
        editor.setCatalog(&catalog);
        QVERIFY(validate(editor, QStringLiteral("{\"revenue\": [payout], \"zip\": \"[caller_zip]\"}")));
        // caller_zip is built in, but this sample call lacks it: it renders empty, and says so.
        QCOMPARE(editor.lastCheck().severity, BodyCheck::Severity::Warning);
        QVERIFY2(editor.statusText().contains(QStringLiteral("[caller_zip] is missing")),
                 qPrintable(editor.statusText()));

        workspace.sampleCall.set(QStringLiteral("caller_zip"), {QStringLiteral("10101")});
        QSignalSpy validated(&editor, &JsonBodyEditor::validated);
        catalog.setWorkspace(workspace); // a new sample call: checked again
        QVERIFY(validated.wait(5000));
        QCOMPARE(editor.statusText(), QStringLiteral("Valid JSON · 2 tokens with the sample call: 34 bytes"));
    }

    void formAndRawBodiesAreCheckedAsText()
    {
        Workspace workspace;
        workspace.sampleCall.set(QStringLiteral("caller_number"), {QStringLiteral("+12125550134")});
        TagCatalog catalog;
        catalog.setWorkspace(workspace);
        JsonBodyEditor editor;
        editor.setCatalog(&catalog);
        editor.setBodyKind(BodyKind::Form);
        QVERIFY(validate(editor, QStringLiteral("phone=[caller_number]&x=[payout|bogus]")));
        QVERIFY(editor.hasErrors());
        QVERIFY2(editor.statusText().startsWith(QStringLiteral("column 33: unknown filter \"bogus\"")),
                 qPrintable(editor.statusText()));

        QVERIFY(validate(editor, QStringLiteral("not JSON at all: [caller_number]")));
        // Form-encoded: "+" is "%2B".
        QCOMPARE(editor.statusText(), QStringLiteral("Form body · 1 token with the sample call: 31 bytes"));
        // Text mode styles tokens only.
        editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0UL, -1L);
        QCOMPARE(styleAt(editor, 0), int(QsciLexerJSON::Default));
        QCOMPARE(styleAt(editor, 18), int(TokenJsonLexer::TokenKey));
    }

    void completionOffersTagsAndFilters()
    {
        JsonBodyEditor editor;
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.setFocus();
        TokenCompleter *completer = editor.completer();
        QTest::keyClicks(editor.viewport(), QStringLiteral("{\"a\": \"["));
        QVERIFY(completer->isPopupVisible());
        QCOMPARE(completer->kind(), TokenSyntax::Completion::Kind::Tag);
        QTest::keyClicks(editor.viewport(), QStringLiteral("pay"));
        QCOMPARE(completer->entries(), QStringList{QStringLiteral("payout")});
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(editor.bodyText(), QStringLiteral("{\"a\": \"[payout]"));

        QTest::keyClick(editor.viewport(), Qt::Key_Left); // before the ']'
        QTest::keyClick(editor.viewport(), Qt::Key_Bar);
        QCOMPARE(completer->kind(), TokenSyntax::Completion::Kind::Filter);
        QTest::keyClicks(editor.viewport(), QStringLiteral("sh"));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(editor.bodyText(), QStringLiteral("{\"a\": \"[payout|sha256]"));
    }

    void theLineNumberMarginGrowsWithTheLineCount()
    {
        JsonBodyEditor editor;
        editor.setBodyText(QStringLiteral("{\n}\n"));
        const int narrow = editor.marginWidth(0);
        QVERIFY(narrow > 0);
        editor.setBodyText(QStringLiteral("1,\n").repeated(12000));
        QVERIFY(editor.marginWidth(0) > narrow);
        editor.setBodyText(QStringLiteral("{}"));
        QCOMPARE(editor.marginWidth(0), narrow);
    }

    void largeTextIsEditedAndCheckedTheSame()
    {
        // Over kLargeTextBytes: changes are noticed on the next turn of the event loop, without
        // QScintilla's accessibility counting (see setLargeTextMode()); all else must hold.
        const QString line = QStringLiteral("  {\"phone\": \"[caller_number]\", \"n\": 1},\n");
        const QString big = QStringLiteral("[\n") + line.repeated(JsonBodyEditor::kLargeTextBytes / line.size() + 10)
                            + QStringLiteral("  {}\n]\n");
        JsonBodyEditor editor;
        editor.show();
        QSignalSpy edited(&editor, &JsonBodyEditor::bodyEdited);
        editor.setBodyText(big);
        QCoreApplication::processEvents();
        QVERIFY(editor.isLargeText());
        QCOMPARE(edited.count(), 0); // loading is no edit
        QCOMPARE(editor.braceMatching(), QsciScintilla::NoBraceMatch);
        QCOMPARE(editor.folding(), QsciScintilla::NoFoldStyle);
#if QT_CONFIG(accessibility)
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&editor);
        QVERIFY(accessible);
        QVERIFY(!accessible->textInterface()); // QScintilla's counts characters on every caret move
#endif

        // Typing at a line start in the middle: one edit, seen once the key is handled.
        const qsizetype middle = big.indexOf(QLatin1Char('\n'), big.size() / 2) + 1;
        editor.SendScintilla(QsciScintillaBase::SCI_GOTOPOS, static_cast<unsigned long>(middle));
        QTest::keyClicks(editor.viewport(), QStringLiteral("x"));
        QCOMPARE(edited.count(), 0);
        QTRY_COMPARE(edited.count(), 1);
        QCOMPARE(editor.bodyText().size(), big.size() + 1);

        // The stray character breaks the JSON where it was typed, and the check says where.
        QSignalSpy validated(&editor, &JsonBodyEditor::validated);
        editor.validateNow();
        // A bound for failure only: the check runs below the GUI thread, and on a machine
        // whose cores are all busy it gets a small share of one.
        QVERIFY(validated.wait(120000));
        QVERIFY(editor.hasErrors());
        const QList<QPair<int, int>> squiggles = editor.indicatorRanges(JsonBodyEditor::kErrorIndicator);
        QCOMPARE(squiggles.size(), 1);
        QCOMPARE(squiggles.constFirst().first, int(middle));

        // Back under the limit, all of it returns.
        editor.setBodyText(QStringLiteral("{\"a\": [payout]}"));
        QVERIFY(!editor.isLargeText());
        QCOMPARE(editor.braceMatching(), QsciScintilla::SloppyBraceMatch);
        QCOMPARE(editor.folding(), QsciScintilla::BoxedTreeFoldStyle);
#if QT_CONFIG(accessibility)
        QVERIFY(QAccessible::queryAccessibleInterface(&editor)->textInterface());
#endif
        QTest::keyClicks(editor.viewport(), QStringLiteral("y"));
        QCOMPARE(edited.count(), 2); // at once again
    }

    void setBodyTextKeepsTheCursorAndIsNotAnEdit()
    {
        JsonBodyEditor editor;
        QSignalSpy edited(&editor, &JsonBodyEditor::bodyEdited);
        editor.setBodyText(QStringLiteral("{\"a\": 1}"));
        editor.SendScintilla(QsciScintillaBase::SCI_GOTOPOS, 5UL);
        editor.setBodyText(QStringLiteral("{\"a\": 12}"));
        QCOMPARE(int(editor.SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS)), 5);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(editor.bodyText(), QStringLiteral("{\"a\": 12}"));

        editor.insertToken(QStringLiteral("[payout]"));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(editor.bodyText(), QStringLiteral("{\"a\":[payout] 12}"));
    }
};

QTEST_MAIN(TestJsonBodyEditor)
#include "TestJsonBodyEditor.moc"
