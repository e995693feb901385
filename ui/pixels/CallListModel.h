// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/PixelStore.h"

#include <QAbstractTableModel>

// The calls in the fired-pixels store, newest first: when, title, campaign, how many of its
// webhooks fired, and how many of those failed.
class CallListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallListModel)

public:
    enum Column
    {
        Time,
        Title,
        Campaign,
        Fired,
        Failures,
        ColumnCount
    };
    static constexpr int CallIdRole = Qt::UserRole + 1;

    explicit CallListModel(QObject *parent = nullptr);

    void setCalls(const QList<PixelStore::CallSummary> &calls);
    const QList<PixelStore::CallSummary> &calls() const { return m_calls; }
    const PixelStore::CallSummary &call(int row) const { return m_calls.at(row); }
    // -1 when the call is not listed.
    int rowOf(const QString &callId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PixelStore::CallSummary> m_calls;
};
