// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/TableViews.h"

#include <QHeaderView>
#include <QTableWidget>

namespace {

void setUpReadOnly(QTableView *table, int rowPadding)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + rowPadding);
    table->horizontalHeader()->setHighlightSections(false);
}

} // namespace

void TableViews::setUpLog(QTableView *table, int rowPadding)
{
    setUpReadOnly(table, rowPadding);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
}

QTableWidget *TableViews::pairTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    setUpReadOnly(table, 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void TableViews::fillPairs(QTableWidget *table, const QList<QPair<QString, QString>> &pairs)
{
    table->setRowCount(int(pairs.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const QPair<QString, QString> &pair = pairs.at(row);
        auto *value = new QTableWidgetItem(pair.second);
        value->setToolTip(pair.second);
        table->setItem(row, 0, new QTableWidgetItem(pair.first));
        table->setItem(row, 1, value);
    }
}
