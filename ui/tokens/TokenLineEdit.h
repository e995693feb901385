// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tokens/TokenSyntax.h"

#include <QLineEdit>
#include <QPointer>
#include <QTextLayout>

class QAction;
class TagCatalog;
class TokenCompleter;

// A one-line field that holds replacement tokens (SPEC 4): a URL, a header value, a ping's URL.
//
// Tokens are drawn as tokens (tag, filters and default text each in its colour), a parse error
// (an unknown filter, a token not closed, a URL the engine cannot use) gets a red squiggle and
// an unknown tag an orange dotted line, each with its message as the tooltip over it. Typing
// '[' offers the tag names with what each holds, '|' inside a token the filters; the token
// wizard (the button at the field's end, or Ctrl+Shift+T) inserts a whole token at the cursor.
//
// The errors are the engine's own: the text is compiled as UrlTemplate (Url syntax) or
// TokenTemplate (Text), so the field and the request sent never disagree. A paste that would
// add a line break is refused and marked in the field (its SingleLineGuard, ui/common).
class TokenLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenLineEdit)

public:
    enum class Syntax
    {
        Text,
        Url
    };

    explicit TokenLineEdit(QWidget *parent = nullptr);

    void setSyntax(Syntax syntax);
    Syntax syntax() const { return m_syntax; }
    // Where tag names come from (completion, wizard, unknown-tag warnings); may be null.
    void setCatalog(TagCatalog *catalog);
    TagCatalog *catalog() const;

    QList<TokenSyntax::Span> spans() const { return m_spans; }
    // Errors first, then warnings, each in text order.
    QList<TokenSyntax::Problem> problems() const { return m_problems; }
    bool hasErrors() const;
    // The formats drawn over the text: token colours, squiggles.
    QList<QTextLayout::FormatRange> highlightFormats() const { return m_formats; }

    TokenCompleter *completer() const { return m_completer; }
    QAction *tokenWizardAction() const { return m_wizardAction; }

    // Puts token in place of the selection, or at the cursor, as if typed (textEdited is emitted).
    void insertToken(const QString &token);

public slots:
    // Opens the token wizard; on Insert, its token goes where the cursor was when it opened.
    void openTokenWizard();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rehighlight();
    void applyFormats();
    QString problemAt(int position) const;

    Syntax m_syntax = Syntax::Text;
    QPointer<TagCatalog> m_catalog;
    TokenCompleter *m_completer;
    QAction *m_wizardAction;
    QList<TokenSyntax::Span> m_spans;
    QList<TokenSyntax::Problem> m_problems;
    QList<QTextLayout::FormatRange> m_formats;
};
