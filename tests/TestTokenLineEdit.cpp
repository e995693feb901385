// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/StatePalette.h"
#include "lint/KnownTags.h"
#include "tokens/TagCatalog.h"
#include "tokens/TokenCompleter.h"
#include "tokens/TokenLineEdit.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QTranslator>

namespace {

Workspace workspaceWithTags()
{
    Workspace workspace;
    workspace.sampleCall.set(QStringLiteral("plan_type"), {QStringLiteral("gold")});
    return workspace;
}

QStringList filterNames()
{
    QStringList names;
    for (const KnownFilter &filter : KnownTags::filters())
        names.append(filter.name);
    return names;
}

using Role = TokenSyntax::Role;

// Rewords every message, numbers and all, as a translation may ("column" becomes "Spalte").
class Rewording final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("3 2 1: ")
               + QString::fromUtf8(sourceText).replace(QLatin1String("column"), QLatin1String("Spalte 9"));
    }
};

// Each problem as "start+length error|warning".
QStringList places(const QList<TokenSyntax::Problem> &problems)
{
    QStringList result;
    for (const TokenSyntax::Problem &problem : problems) {
        result.append(QString::number(problem.start) + QLatin1Char('+') + QString::number(problem.length)
                      + (problem.error ? QLatin1String(" error") : QLatin1String(" warning")));
    }
    return result;
}

} // namespace

class TestTokenLineEdit : public QObject
{
    Q_OBJECT

private:
    // A shown, active field with a catalog of the built-ins and plan_type.
    struct Field
    {
        TagCatalog catalog;
        TokenLineEdit edit;

        Field()
        {
            catalog.setWorkspace(workspaceWithTags());
            edit.setCatalog(&catalog);
            edit.resize(600, edit.sizeHint().height());
            edit.show();
            edit.activateWindow();
        }
    };

private slots:
    void completionListsTagsAfterBracket()
    {
        Field field;
        QVERIFY(QTest::qWaitForWindowActive(&field.edit));
        TokenCompleter *completer = field.edit.completer();
        QTest::keyClicks(&field.edit, QStringLiteral("http://x.test/?p="));
        QVERIFY(!completer->isPopupVisible());

        QTest::keyClick(&field.edit, Qt::Key_BracketLeft);
        QVERIFY(completer->isPopupVisible());
        QCOMPARE(completer->kind(), TokenSyntax::Completion::Kind::Tag);
        const QStringList all = completer->entries();
        for (const KnownTag &tag : KnownTags::builtIns())
            QVERIFY2(all.contains(tag.name), qPrintable(tag.name));
        QVERIFY(all.contains(QStringLiteral("plan_type"))); // from the workspace

        // The list follows what is typed.
        QTest::keyClicks(&field.edit, QStringLiteral("caller_"));
        QCOMPARE(completer->entries(), (QStringList{QStringLiteral("caller_number"), QStringLiteral("caller_id"),
                                                    QStringLiteral("caller_zip")}));

        // Choosing puts the name in, with the token's closing bracket.
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QVERIFY(!completer->isPopupVisible());
        QCOMPARE(field.edit.text(), QStringLiteral("http://x.test/?p=[caller_id]"));
        QCOMPARE(field.edit.cursorPosition(), field.edit.text().size());
    }

    void completionListsFiltersAfterPipe()
    {
        Field field;
        QVERIFY(QTest::qWaitForWindowActive(&field.edit));
        TokenCompleter *completer = field.edit.completer();
        QTest::keyClicks(&field.edit, QStringLiteral("[caller_number"));
        completer->hide();
        QTest::keyClick(&field.edit, Qt::Key_Bar);
        QVERIFY(completer->isPopupVisible());
        QCOMPARE(completer->kind(), TokenSyntax::Completion::Kind::Filter);
        QCOMPARE(completer->entries(), filterNames());

        QTest::keyClicks(&field.edit, QStringLiteral("di"));
        QCOMPARE(completer->entries(), QStringList{QStringLiteral("digits")});
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(field.edit.text(), QStringLiteral("[caller_number|digits]"));
    }

    void noCompletionOutsideATokenOrAfterAnEscape_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("pipe in plain text") << "a|";
        QTest::newRow("escaped bracket") << "[[";
        QTest::newRow("array") << "[1";
        QTest::newRow("default text") << "[payout|default:";
    }

    void noCompletionOutsideATokenOrAfterAnEscape()
    {
        QFETCH(QString, typed);
        Field field;
        QVERIFY(QTest::qWaitForWindowActive(&field.edit));
        QTest::keyClicks(&field.edit, typed);
        QVERIFY(!field.edit.completer()->isPopupVisible());
    }

    void completionDoesNotDoubleTheClosingBracket()
    {
        Field field;
        QVERIFY(QTest::qWaitForWindowActive(&field.edit));
        field.edit.setText(QStringLiteral("?zip=[]"));
        field.edit.setCursorPosition(6);
        QTest::keyClicks(&field.edit, QStringLiteral("caller_z"));
        QCOMPARE(field.edit.completer()->entries(), QStringList{QStringLiteral("caller_zip")});
        QTest::keyClick(field.edit.completer()->popup(), Qt::Key_Return);
        QCOMPARE(field.edit.text(), QStringLiteral("?zip=[caller_zip]"));
        QCOMPARE(field.edit.cursorPosition(), 17); // past the token's ']'
    }

    void choosingDefaultLeavesTheCursorForItsText()
    {
        Field field;
        QVERIFY(QTest::qWaitForWindowActive(&field.edit));
        QTest::keyClicks(&field.edit, QStringLiteral("[payout|def"));
        QTest::keyClick(field.edit.completer()->popup(), Qt::Key_Return);
        QCOMPARE(field.edit.text(), QStringLiteral("[payout|default:]"));
        QCOMPARE(field.edit.cursorPosition(), 16);
    }

    void tokensAreHighlightedPartByPart()
    {
        TokenLineEdit edit;
        edit.setText(QStringLiteral("a=[caller_number|digits|default:0]&b=[[x]]"));
        const QList<TokenSyntax::Span> expected = {
            {2, 1, Role::Bracket}, {3, 13, Role::Key},    {16, 1, Role::Pipe},     {17, 6, Role::Filter},
            {23, 1, Role::Pipe},   {24, 7, Role::Filter}, {31, 2, Role::Argument}, {33, 1, Role::Bracket},
            {37, 2, Role::Escape}, {40, 2, Role::Escape},
        };
        QCOMPARE(edit.spans(), expected);
        QVERIFY(edit.problems().isEmpty());
        // Every span is drawn: one format per span, the key in the key colour.
        const QList<QTextLayout::FormatRange> formats = edit.highlightFormats();
        QCOMPARE(formats.size(), expected.size());
        QCOMPARE(formats.at(1).start, 3);
        QCOMPARE(formats.at(1).length, 13);
        QCOMPARE(formats.at(1).format.foreground().color(), TokenSyntax::foreground(Role::Key, false));
    }

    void errorsAreSquiggledWithTheirMessage_data()
    {
        QTest::addColumn<bool>("url");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown filter") << false << "x [caller_number|sha1] y" << 17 << 4
                                        << "column 18: unknown filter \"sha1\" (expected one of: first, last, lower, "
                                           "upper, trim, digits, e164, sha256, urlencode, default:TEXT)";
        QTest::newRow("filter order") << false << "[caller_id|lower|first]" << 17 << 5
                                      << "column 18: filter \"first\" picks from the tag's values, so it must come "
                                         "before \"lower\"";
        QTest::newRow("not closed") << false << "id=[call_uuid|trim" << 3 << 15
                                    << "column 4: token \"[call_uuid|trim\" is not closed with \"]\"";
        // The scheme ends at the first character a scheme cannot hold.
        QTest::newRow("url without scheme")
            << true << "example.test/hook?id=[call_uuid]" << 12 << 1
            << "column 13: the URL must start with a scheme and \"://\", as in https://";
    }

    void errorsAreSquiggledWithTheirMessage()
    {
        QFETCH(bool, url);
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, length);
        QFETCH(QString, message);

        TokenLineEdit edit;
        if (url)
            edit.setSyntax(TokenLineEdit::Syntax::Url);
        edit.setText(text);
        QVERIFY(edit.hasErrors());
        QCOMPARE(edit.problems().size(), 1);
        const TokenSyntax::Problem problem = edit.problems().constFirst();
        QCOMPARE(problem.start, start);
        QCOMPARE(problem.length, length);
        QCOMPARE(problem.message, message);
        QVERIFY(problem.error);

        const QTextLayout::FormatRange squiggle = edit.highlightFormats().constLast();
        QCOMPARE(squiggle.start, start);
        QCOMPARE(squiggle.length, length);
        QCOMPARE(squiggle.format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(squiggle.format.underlineColor(), StatePalette(edit.palette()).foreground(StatePalette::State::Error));

        // Fixed, it is gone.
        edit.setText(QStringLiteral("https://example.test/?id=[call_uuid|trim]"));
        QVERIFY(edit.problems().isEmpty());
        QVERIFY(!edit.hasErrors());
    }

    // Squiggles are placed by the engine's diagnostics (issue 12 item 2): rewording every message
    // moves none of them.
    void squigglesDoNotDependOnWording()
    {
        TagCatalog catalog;
        catalog.setWorkspace(workspaceWithTags());
        TokenLineEdit edit;
        edit.setCatalog(&catalog);
        edit.setSyntax(TokenLineEdit::Syntax::Url);
        const QString text = QStringLiteral("https://\U0001F600.test/[call_uuid|up]?x=[mystery]&y=[plan_type|trim");
        const QStringList expected = {"27+2 error", "45+15 error", "8+2 error", "33+9 warning"};

        edit.setText(text);
        QCOMPARE(places(edit.problems()), expected);
        const QString message = edit.problems().constFirst().message;

        Rewording rewording;
        QVERIFY(QCoreApplication::installTranslator(&rewording));
        edit.setText(QString());
        edit.setText(text);
        const QList<TokenSyntax::Problem> reworded = edit.problems();
        QCoreApplication::removeTranslator(&rewording);
        QVERIFY(reworded.constFirst().message != message);
        QCOMPARE(places(reworded), expected);
    }

    void theTooltipOverAProblemIsItsMessage()
    {
        TokenLineEdit edit;
        edit.resize(500, edit.sizeHint().height());
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setText(QStringLiteral("x [caller_number|sha1] y"));
        // A point over "sha1" (characters 17 to 20).
        QPoint inside;
        for (int x = 0; x < edit.width() && inside.isNull(); ++x) {
            if (edit.cursorPositionAt(QPoint(x, edit.height() / 2)) == 19)
                inside = QPoint(x, edit.height() / 2);
        }
        QVERIFY(!inside.isNull());
        QHelpEvent event(QEvent::ToolTip, inside, edit.mapToGlobal(inside));
        QCoreApplication::sendEvent(&edit, &event);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(QStringLiteral("column 18: unknown filter \"sha1\"")),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void unknownTagsAreWarningsUnlessTheyHaveADefault()
    {
        TagCatalog catalog;
        catalog.setWorkspace(workspaceWithTags());
        TokenLineEdit edit;
        edit.setCatalog(&catalog);

        edit.setText(QStringLiteral("[plan_type] [caller_number] [mystery] [other|default:0]"));
        QCOMPARE(edit.problems().size(), 1);
        const TokenSyntax::Problem problem = edit.problems().constFirst();
        QVERIFY(!problem.error);
        QVERIFY(!edit.hasErrors());
        QCOMPARE(problem.start, 28);
        QCOMPARE(problem.length, 9);
        QCOMPARE(problem.message, QStringLiteral("column 29: tag [mystery] is neither a built-in tag nor seen in the "
                                                 "workspace; it renders as empty text unless a response sets it at "
                                                 "run time"));
        QCOMPARE(edit.highlightFormats().constLast().format.underlineStyle(), QTextCharFormat::DotLine);
    }

    void pingTagsAreKnownOnlyWhereAPingPostFillsThem()
    {
        TagCatalog catalog;
        TokenLineEdit edit;
        edit.setCatalog(&catalog);
        edit.setText(QStringLiteral("[ping.bid_id]"));
        QCOMPARE(edit.problems().size(), 1);
        QVERIFY(edit.problems().constFirst().message.contains(QStringLiteral("only in the post of a ping-post")));

        // The catalog tells its fields at once.
        catalog.setPingTags(true, {});
        QVERIFY(edit.problems().isEmpty());
    }

    void insertTokenReplacesTheSelection()
    {
        TokenLineEdit edit;
        QSignalSpy edited(&edit, &QLineEdit::textEdited);
        edit.setText(QStringLiteral("?id=XXX&z=1"));
        edit.setSelection(4, 3);
        edit.insertToken(QStringLiteral("[call_uuid]"));
        QCOMPARE(edit.text(), QStringLiteral("?id=[call_uuid]&z=1"));
        QCOMPARE(edited.count(), 1); // as if typed: the editor records it
    }
};

QTEST_MAIN(TestTokenLineEdit)
#include "TestTokenLineEdit.moc"
