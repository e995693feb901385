// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/SampleCallEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {
enum Column
{
    KeyColumn,
    ValueColumn
};
}

SampleCallEditor::SampleCallEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    m_table->setObjectName(QStringLiteral("sampleCallTable"));
    m_table->setHorizontalHeaderLabels({tr("Tag"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(KeyColumn, m_table->fontMetrics().averageCharWidth() * 17);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setToolTip(tr("The call previews and live checks render with. A tag with several values "
                           "has a row per value."));
    connect(m_table, &QTableWidget::itemChanged, this, &SampleCallEditor::edited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SampleCallEditor::updateButtons);

    m_add->setObjectName(QStringLiteral("sampleCallAdd"));
    m_add->setIcon(QIcon(QStringLiteral(":/icons/entry-add.svg")));
    m_add->setToolTip(tr("Add a tag"));
    m_add->setAutoRaise(true);
    connect(m_add, &QToolButton::clicked, this, &SampleCallEditor::addRow);
    m_remove->setObjectName(QStringLiteral("sampleCallRemove"));
    m_remove->setIcon(QIcon(QStringLiteral(":/icons/entry-remove.svg")));
    m_remove->setToolTip(tr("Remove the selected tags"));
    m_remove->setAutoRaise(true);
    connect(m_remove, &QToolButton::clicked, this, &SampleCallEditor::removeSelectedRows);

    auto *title = new QLabel(tr("<b>Sample call</b>"), this);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_add);
    header->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    updateButtons();
}

void SampleCallEditor::setTags(const TagMap &tags)
{
    if (tags == this->tags())
        return;
    m_loading = true;
    m_table->setRowCount(0);
    for (const QString &key : tags.keys()) {
        const QStringList values = tags.values(key);
        if (values.isEmpty())
            appendRow(key, QString());
        for (const QString &value : values)
            appendRow(key, value);
    }
    m_loading = false;
    updateButtons();
}

TagMap SampleCallEditor::tags() const
{
    TagMap tags;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *keyItem = m_table->item(row, KeyColumn);
        const QTableWidgetItem *valueItem = m_table->item(row, ValueColumn);
        const QString key = keyItem ? keyItem->text().trimmed() : QString();
        const QString value = valueItem ? valueItem->text() : QString();
        if (key.isEmpty())
            continue;
        if (!value.isEmpty())
            tags.add(key, value);
        else if (!tags.contains(key))
            tags.set(key, {});
    }
    return tags;
}

void SampleCallEditor::addRow()
{
    m_loading = true;
    appendRow(QString(), QString());
    m_loading = false;
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, KeyColumn);
    m_table->editItem(m_table->item(row, KeyColumn));
}

void SampleCallEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    edited();
}

void SampleCallEditor::appendRow(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem(key));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
}

void SampleCallEditor::edited()
{
    if (m_loading)
        return;
    updateButtons();
    emit tagsEdited(tags());
}

void SampleCallEditor::updateButtons()
{
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}
