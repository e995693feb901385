// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QModelIndexList>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;

// The find field above the workspace tree and, beside it, where the current object stands among
// the matches: "2 of 5", "No match". Matching is the rule WorkspaceActions::findNext uses (the
// name contains the text, ignoring case, in tree order), so the count and Enter agree. The
// window moves the selection; the bar only counts, when told the text or the current object
// changed (recount()).
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QLabel *countLabel() const { return m_count; }

    // Every index of model (depth first, as the tree shows it) whose display text contains text.
    static QModelIndexList matches(const QAbstractItemModel *model, const QString &text);
    // "n of m" when current is the n-th of m matches, "m matches" when it is none of them,
    // "No match"; empty for an empty text.
    static QString countText(const QModelIndexList &matches, const QModelIndex &current, const QString &text);

    // Recounts model's matches for the field's text, with current as the selected object.
    void recount(const QAbstractItemModel *model, const QModelIndex &current);

private:
    QLineEdit *m_field;
    QLabel *m_count;
};
