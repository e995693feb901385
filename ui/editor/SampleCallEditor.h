// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TagMap.h"

#include <QWidget>

class QTableWidget;
class QToolButton;

// The sample call's tags as an editable table, one key and value per row (a key with several
// values has several rows; a key with an empty value is a bare tag). Edits are reported with
// tagsEdited; the owner turns them into an undo command and shows the result with setTags.
class SampleCallEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleCallEditor)

public:
    explicit SampleCallEditor(QWidget *parent = nullptr);

    // Shows tags, unless the table already means the same (so an edit in progress stays).
    void setTags(const TagMap &tags);
    // The tags the rows mean; rows without a key are left out.
    TagMap tags() const;

    QTableWidget *table() const { return m_table; }
    // Appends an empty row and starts editing its key.
    void addRow();
    // Removes the selected rows.
    void removeSelectedRows();

signals:
    void tagsEdited(const TagMap &tags);

private:
    void appendRow(const QString &key, const QString &value);
    void edited();
    void updateButtons();

    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    bool m_loading = false;
};
