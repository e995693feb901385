// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/TokenCompleter.h"

#include "lint/KnownTags.h"
#include "tokens/TagCatalog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTreeView>

namespace {
constexpr int kNameColumn = 0;
constexpr int kDescriptionColumn = 1;
} // namespace

TokenCompleter::TokenCompleter(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    auto *view = new QTreeView;
    view->setObjectName(QStringLiteral("tokenCompletionPopup"));
    view->setHeaderHidden(true);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_completer->setModel(m_model);
    m_completer->setPopup(view); // the completer owns it now
    m_completer->setWidget(widget);
    m_completer->setCompletionColumn(kNameColumn);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setMaxVisibleItems(10);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TokenCompleter::activated);
}

void TokenCompleter::update(const QString &text, qsizetype cursor, const QRect &cursorRect)
{
    const TokenSyntax::Completion completion = TokenSyntax::completionAt(text, cursor);
    if (completion.kind == TokenSyntax::Completion::Kind::None) {
        hide();
        return;
    }
    if (completion.kind != m_filled || !isPopupVisible())
        fill(completion.kind);
    m_completion = completion;
    m_textAfter = text.mid(completion.end);
    m_completer->setCompletionPrefix(completion.prefix);
    const int count = m_completer->completionCount();
    // Nothing to offer, or the one entry left is written out already.
    if (count == 0
        || (count == 1 && m_completer->currentCompletion().compare(completion.prefix, Qt::CaseInsensitive) == 0)) {
        hide();
        return;
    }

    auto *view = static_cast<QTreeView *>(m_completer->popup());
    view->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    view->resizeColumnToContents(kNameColumn);
    view->setColumnWidth(kNameColumn, view->columnWidth(kNameColumn) + view->fontMetrics().averageCharWidth() * 3);
    int descriptionWidth = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString description = m_model->index(row, kDescriptionColumn).data().toString();
        descriptionWidth = qMax(descriptionWidth, view->fontMetrics().horizontalAdvance(description));
    }
    descriptionWidth = qMin(descriptionWidth + view->fontMetrics().averageCharWidth() * 2,
                            view->fontMetrics().averageCharWidth() * 60);
    view->setColumnWidth(kDescriptionColumn, descriptionWidth);
    QRect rect = cursorRect;
    rect.setWidth(view->columnWidth(kNameColumn) + descriptionWidth + view->verticalScrollBar()->sizeHint().width()
                  + 2 * view->frameWidth());
    m_completer->complete(rect);
}

void TokenCompleter::hide()
{
    m_completion = {};
    if (m_completer->popup()->isVisible())
        m_completer->popup()->hide();
}

bool TokenCompleter::isPopupVisible() const
{
    return m_completer->popup()->isVisible();
}

bool TokenCompleter::popupTakes(const QKeyEvent *event) const
{
    if (!isPopupVisible())
        return false;
    switch (event->key()) {
    case Qt::Key_Enter:
    case Qt::Key_Return:
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return true;
    default:
        return false;
    }
}

bool TokenCompleter::closesOnEscape(const QKeyEvent *event) const
{
    return event->key() == Qt::Key_Escape && isPopupVisible();
}

QAbstractItemView *TokenCompleter::popup() const
{
    return m_completer->popup();
}

TokenSyntax::Completion::Kind TokenCompleter::kind() const
{
    return isPopupVisible() ? m_completion.kind : TokenSyntax::Completion::Kind::None;
}

QStringList TokenCompleter::entries() const
{
    QStringList names;
    const QAbstractItemModel *model = m_completer->completionModel();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, kNameColumn).data().toString());
    return names;
}

void TokenCompleter::fill(TokenSyntax::Completion::Kind kind)
{
    m_model->clear();
    m_model->setColumnCount(2);
    const QBrush descriptionBrush = m_widget->palette().brush(QPalette::Disabled, QPalette::Text);
    const auto addRow = [&](const QString &name, const QString &description) {
        auto *nameItem = new QStandardItem(name);
        auto *descriptionItem = new QStandardItem(description);
        descriptionItem->setForeground(descriptionBrush);
        nameItem->setToolTip(description);
        descriptionItem->setToolTip(description);
        m_model->appendRow({nameItem, descriptionItem});
    };
    if (kind == TokenSyntax::Completion::Kind::Tag) {
        const QList<KnownTag> tags = m_catalog ? m_catalog->tags() : KnownTags::builtIns();
        for (const KnownTag &tag : tags)
            addRow(tag.name, tag.description);
    } else {
        for (const KnownFilter &filter : KnownTags::filters())
            addRow(filter.name, filter.description);
    }
    m_filled = kind;
}

void TokenCompleter::activated(const QString &name)
{
    const TokenSyntax::Completion completion = m_completion;
    hide();
    if (completion.kind == TokenSyntax::Completion::Kind::None)
        return;
    emit chosen(completion.start, completion.end, TokenSyntax::insertion(completion.kind, name, m_textAfter));
}
