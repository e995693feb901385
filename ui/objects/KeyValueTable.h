// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TagMap.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QPushButton;
class QTableWidget;

// An editable two-column table of key/value rows (a profile's tags, the company's tracking
// domains) with Add and Remove buttons. Rows without a key are not part of pairs(), so a row
// just added stays until it gets one; edited() is emitted for every change the user makes.
class KeyValueTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueTable)

public:
    using Pairs = QList<QPair<QString, QString>>;

    KeyValueTable(const QString &keyTitle, const QString &valueTitle, QWidget *parent = nullptr);

    // The rows with a key, trimmed, in order.
    Pairs pairs() const;
    // Shows pairs unless the table already holds them, in any order (rows being filled in are
    // kept then).
    void setPairs(const Pairs &pairs);
    QTableWidget *table() const { return m_table; }

    // A tag map as rows (one per value; a key without values is one row with an empty value),
    // and back.
    static Pairs fromTags(const TagMap &tags);
    static TagMap toTags(const Pairs &pairs);

signals:
    void edited();

private:
    void addRow();
    void removeRow();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_loading = false;
};
