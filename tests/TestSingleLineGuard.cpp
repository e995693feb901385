// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/LineEdits.h"
#include "common/SingleLineGuard.h"
#include "common/StatePalette.h"
#include "editor/HeadersEditor.h"
#include "editor/WebhookEditor.h"
#include "tokens/TokenLineEdit.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

class TestSingleLineGuard : public QObject
{
    Q_OBJECT

private slots:
    void aPastedLineBreakIsRefusedAndMarked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("LF") << QStringLiteral("a\nb");
        QTest::newRow("CR") << QStringLiteral("a\rb");
        QTest::newRow("CRLF") << QStringLiteral("a\r\nX-Injected: 1");
        QTest::newRow("NUL") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
        QTest::newRow("line separator") << (QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b"));
        QTest::newRow("trailing LF") << QStringLiteral("value\n");
    }

    // A paste that adds a line break is refused as a whole and marked in the field; no editor
    // hears of it (no textEdited), so nothing is saved.
    void aPastedLineBreakIsRefusedAndMarked()
    {
        QFETCH(QString, text);
        QLineEdit edit;
        SingleLineGuard *guard = SingleLineGuard::install(&edit, QStringLiteral("A header value"));
        edit.setText(QStringLiteral("abc"));
        edit.setCursorPosition(3);
        QSignalSpy edited(&edit, &QLineEdit::textEdited);
        QSignalSpy refused(guard, &SingleLineGuard::refused);
        const QColor base = edit.palette().color(QPalette::Base);

        QGuiApplication::clipboard()->setText(text);
        edit.paste();
        QCOMPARE(edit.text(), QStringLiteral("abc"));
        QCOMPARE(edited.size(), 0);
        QCOMPARE(refused.size(), 1);
        QVERIFY(guard->isMarked());
        const QString message =
            QStringLiteral("A header value cannot contain a line break; the pasted text was not inserted");
        QCOMPARE(guard->message(), message);
        QCOMPARE(refused.first().first().toString(), message);
        QCOMPARE(edit.toolTip(), message);
        QCOMPARE(edit.palette().color(QPalette::Base),
                 StatePalette(edit.palette()).background(StatePalette::State::Error));

        // The next accepted edit takes the mark away.
        QTest::keyClick(&edit, Qt::Key_D);
        QCOMPARE(edit.text(), QStringLiteral("abcd"));
        QCOMPARE(edited.size(), 1);
        QVERIFY(!guard->isMarked());
        QCOMPARE(edit.toolTip(), QString());
        QCOMPARE(edit.palette().color(QPalette::Base), base);
    }

    void insertingALineBreakIsRefusedToo()
    {
        QLineEdit edit;
        SingleLineGuard::install(&edit, QStringLiteral("A webhook name"));
        edit.insert(QStringLiteral("one\ntwo"));
        QCOMPARE(edit.text(), QString());
        QVERIFY(SingleLineGuard::of(&edit)->isMarked());
        edit.insert(QStringLiteral("one two"));
        QCOMPARE(edit.text(), QStringLiteral("one two"));
        QVERIFY(!SingleLineGuard::of(&edit)->isMarked());
    }

    // A value that holds a line break already (a file's, which lint reports) is shown as it is
    // and stays editable: only a new line break is refused.
    void aLoadedLineBreakIsShownAndStaysEditable()
    {
        QLineEdit edit;
        SingleLineGuard *guard = SingleLineGuard::install(&edit, QStringLiteral("A header value"));
        LineEdits::setTextKeepingCursor(&edit, QStringLiteral("a\nb"));
        QCOMPARE(edit.text(), QStringLiteral("a\nb"));
        QVERIFY(!guard->isMarked());

        edit.setCursorPosition(int(edit.text().size()));
        QTest::keyClick(&edit, Qt::Key_C);
        QCOMPARE(edit.text(), QStringLiteral("a\nbc"));
        edit.insert(QStringLiteral("\r"));
        QCOMPARE(edit.text(), QStringLiteral("a\nbc"));
        QVERIFY(guard->isMarked());
        // Removing the line break is an edit like any other.
        edit.setText(QStringLiteral("a\nbc"));
        edit.setSelection(1, 1);
        QTest::keyClick(&edit, Qt::Key_Delete);
        QCOMPARE(edit.text(), QStringLiteral("abc"));
    }

    // Every single-line field of the webhook editor has the guard, with its own subject.
    void theEditorsFieldsAreGuarded()
    {
        TokenLineEdit url;
        url.setSyntax(TokenLineEdit::Syntax::Url);
        QVERIFY(SingleLineGuard::of(&url));
        url.insert(QStringLiteral("https://a.test/\n"));
        QCOMPARE(url.text(), QString());
        QCOMPARE(url.toolTip(), QStringLiteral("A URL cannot contain a line break; the pasted text was not inserted"));

        HeadersEditor headers;
        headers.setHeaders({{QStringLiteral("X-A"), QStringLiteral("1")}});
        QSignalSpy edited(&headers, &HeadersEditor::edited);
        headers.valueEdit(0)->setCursorPosition(1);
        headers.valueEdit(0)->insert(QStringLiteral("\r\nX-Injected: 1"));
        headers.nameEdit(0)->insert(QStringLiteral("\n"));
        QCOMPARE(edited.size(), 0);
        QCOMPARE(headers.headers(), (QList<HeaderTemplate>{{QStringLiteral("X-A"), QStringLiteral("1")}}));
        QCOMPARE(SingleLineGuard::of(headers.valueEdit(0))->message(),
                 QStringLiteral("A header value cannot contain a line break; the pasted text was not inserted"));
        QCOMPARE(SingleLineGuard::of(headers.nameEdit(0))->message(),
                 QStringLiteral("A header name cannot contain a line break; the pasted text was not inserted"));
        QVERIFY(SingleLineGuard::of(headers.valueEdit(0))->isMarked());
    }

    // The webhook editor's plain fields: the name and the ping-post's JSON paths.
    void theWebhookEditorsPlainFieldsAreGuarded()
    {
        WebhookEditor editor;
        const QList<QLineEdit *> edits = editor.findChildren<QLineEdit *>();
        QVERIFY(edits.size() >= 5); // name, URL, the three paths, ...
        QStringList unguarded;
        for (QLineEdit *edit : edits) {
            // Line edits inside spin boxes and combo boxes take numbers and choices only.
            if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget())
                && !qobject_cast<QComboBox *>(edit->parentWidget()) && !SingleLineGuard::of(edit))
                unguarded.append(edit->objectName());
        }
        QCOMPARE(unguarded, QStringList());
    }
};

QTEST_MAIN(TestSingleLineGuard)
#include "TestSingleLineGuard.moc"
