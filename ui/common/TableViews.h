// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

class QTableView;
class QTableWidget;
class QWidget;

// How the log views set up their tables, so that the lists of requests, pixels and HAR entries
// and the tables of headers, query parameters and tags look and behave alike.
class TableViews final
{
public:
    TableViews() = delete;

    // A read-only log: whole rows selected one at a time, alternating colours, no row numbers,
    // rows one line of text (no wrapping) plus rowPadding high, header sections not highlighted.
    static void setUpLog(QTableView *table, int rowPadding = 8);
    // A read-only table of name/value pairs under headers, the last column stretched.
    static QTableWidget *pairTable(const QStringList &headers, QWidget *parent = nullptr);
    // Fills a pair table, one row a pair, each value's whole text in its tool tip.
    static void fillPairs(QTableWidget *table, const QList<QPair<QString, QString>> &pairs);
};
