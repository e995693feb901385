// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/MatchVerdict.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class TagCatalog;

// A webhook's matches (SPEC 3, issue 5 item 5): one row per `key:value` (or bare `key`) entry,
// the tag and the value edited in cells that complete tag names and the values known for the
// tag, and a live line under them saying whether the webhook would fire for the workspace's
// sample call, and why: "Would fire for the sample call: source_id is pub1", "Would not fire
// for the sample call: tag sale is missing".
class MatchRulesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchRulesEditor)

public:
    explicit MatchRulesEditor(QWidget *parent = nullptr);

    // Tags and values to complete, and the sample call the verdict is for.
    void setCatalog(TagCatalog *catalog);
    TagCatalog *catalog() const;

    // Rows that did not change keep their text as written (spacing included).
    void setEntries(const QStringList &entries);
    // The rows as entries, in order; a row with neither tag nor value is left out.
    QStringList entries() const;

    MatchVerdict verdict() const { return m_verdict; }
    QString verdictText() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // Selects the row of entry index and gives the table the focus.
    void focusEntry(int index);

    // Appends a row and starts editing its tag (what the add button does).
    void addEntry();
    // Removes the selected rows (what the remove button does).
    void removeSelected();

signals:
    // The user changed the entries.
    void edited();

private:
    void itemChanged(QTableWidgetItem *item);
    void setRow(int row, const QString &entry);
    void updateVerdict();
    void updateHeight();

    QPointer<TagCatalog> m_catalog;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_verdictIcon;
    QLabel *m_verdictLabel;
    MatchVerdict m_verdict;
    bool m_filling = false;
};
