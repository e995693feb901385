// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tokens/TokenSyntax.h"

#include <QObject>

class QAbstractItemView;
class QCompleter;
class QKeyEvent;
class QRect;
class QStandardItemModel;
class QWidget;
class TagCatalog;

// The completion popup of the token fields: tag names (with what each holds) right after '[',
// filters (with what each does) right after '|' inside a token. The field reports every
// keystroke with update(); the popup follows what is typed and hides when the cursor leaves
// the name. Choosing an entry emits chosen() with the text to put in place of the name.
//
// The field's keyPressEvent must leave Enter, Return, Tab, Backtab and Escape to the popup
// while it is visible (see TokenLineEdit), as with any QCompleter on a custom widget.
class TokenCompleter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCompleter)

public:
    explicit TokenCompleter(QWidget *widget);

    void setCatalog(TagCatalog *catalog) { m_catalog = catalog; }

    // text: the field's text (or the cursor's line of a longer one); cursorRect: where the
    // cursor is drawn, in the widget's coordinates.
    void update(const QString &text, qsizetype cursor, const QRect &cursorRect);
    void hide();
    bool isPopupVisible() const;
    // The keys the open popup takes from the field (Enter, Return, Escape, Tab, Backtab): the
    // field's keyPressEvent ignores them, so they reach the popup.
    bool popupTakes(const QKeyEvent *event) const;
    // Escape while the popup is open: as a shortcut override, the field accepts it, so that it
    // closes the popup and not the dialog the field is in.
    bool closesOnEscape(const QKeyEvent *event) const;
    QAbstractItemView *popup() const;
    // What the popup completes: tags or filters (None while hidden).
    TokenSyntax::Completion::Kind kind() const;
    // The names the popup lists, in order.
    QStringList entries() const;

signals:
    // Replace [start, end) of the text last given to update() with insertion.text, and put the
    // cursor at start + insertion.cursor.
    void chosen(qsizetype start, qsizetype end, const TokenSyntax::Insertion &insertion);

private:
    void fill(TokenSyntax::Completion::Kind kind);
    void activated(const QString &name);

    QWidget *m_widget;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    TagCatalog *m_catalog = nullptr;
    TokenSyntax::Completion m_completion;
    TokenSyntax::Completion::Kind m_filled = TokenSyntax::Completion::Kind::None;
    QString m_textAfter;
};
