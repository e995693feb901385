// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;
class TagCatalog;

// The token wizard (issue 5 item 4): every tag a token can name, grouped by where it comes from
// (built-in, ping response, this workspace, templates, fired pixels) with what it holds and its
// value in the sample call, searchable by name, value or description; the filters with what
// each does, and the default text. It shows the token it builds and what that token renders
// with the sample call. The field that opened it inserts token() at its cursor on accept.
class TokenWizard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenWizard)

public:
    // catalog may be null: the built-in tags only, no sample values.
    explicit TokenWizard(TagCatalog *catalog, QWidget *parent = nullptr);

    // "[tag|filter...|default:TEXT]", empty while no tag is selected.
    QString token() const;
    QString selectedTag() const;
    // Selects the tag's row (clearing the search if it hides it); false if there is none.
    bool selectTag(const QString &name);
    // The tags the search leaves, in the order shown.
    QStringList visibleTags() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildTagList();
    void buildFilters();
    void buildPreview();
    void buildLayout();
    void connectSignals();
    void populate();
    void searchChanged(const QString &text);
    void filterToggled(QTreeWidgetItem *item);
    void updateToken();
    QModelIndex firstVisibleTag() const;

    QPointer<TagCatalog> m_catalog;
    QLineEdit *m_search;
    QTreeView *m_tags;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeWidget *m_filters;
    QLineEdit *m_defaultText;
    QLabel *m_defaultError;
    QLabel *m_tokenPreview;
    QLabel *m_samplePreview;
    QDialogButtonBox *m_buttons;
    QPushButton *m_insert;
    bool m_updatingFilters = false;
};
