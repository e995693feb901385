// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "objects/KeyValueTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

KeyValueTable::KeyValueTable(const QString &keyTitle, const QString &valueTitle, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setObjectName(QStringLiteral("keyValueTable"));
    m_table->setHorizontalHeaderLabels({keyTitle, valueTitle});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setMinimumHeight(90);
    m_add->setObjectName(QStringLiteral("addRow"));
    m_remove->setObjectName(QStringLiteral("removeRow"));
    connect(m_add, &QPushButton::clicked, this, &KeyValueTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &KeyValueTable::removeRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

KeyValueTable::Pairs KeyValueTable::pairs() const
{
    Pairs result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString keyText = key ? key->text().trimmed() : QString();
        if (!keyText.isEmpty())
            result.append({keyText, value ? value->text().trimmed() : QString()});
    }
    return result;
}

void KeyValueTable::setPairs(const Pairs &pairs)
{
    // The same rows in another order (the model keeps tags sorted as the file does) are left as
    // the user typed them, so a row being filled in never jumps away from the editor.
    Pairs shown = this->pairs();
    Pairs wanted = pairs;
    std::sort(shown.begin(), shown.end());
    std::sort(wanted.begin(), wanted.end());
    if (shown == wanted)
        return;
    m_loading = true;
    m_table->setRowCount(int(pairs.size()));
    for (int row = 0; row < pairs.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(pairs.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(pairs.at(row).second));
    }
    m_loading = false;
}

void KeyValueTable::addRow()
{
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem);
    m_table->setItem(row, 1, new QTableWidgetItem);
    m_loading = false;
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void KeyValueTable::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    emit edited();
}

KeyValueTable::Pairs KeyValueTable::fromTags(const TagMap &tags)
{
    Pairs pairs;
    for (const QString &key : tags.keys()) {
        const QStringList values = tags.values(key);
        if (values.isEmpty())
            pairs.append({key, QString()});
        for (const QString &value : values)
            pairs.append({key, value});
    }
    return pairs;
}

TagMap KeyValueTable::toTags(const Pairs &pairs)
{
    TagMap tags;
    for (const auto &pair : pairs) {
        if (!pair.second.isEmpty())
            tags.add(pair.first, pair.second);
        else if (!tags.contains(pair.first))
            tags.set(pair.first, {});
    }
    return tags;
}
