// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/Outcome.h"
#include "call/StepResult.h"

#include <QAbstractTableModel>
#include <QBasicTimer>
#include <QElapsedTimer>
#include <QHash>

// The rows of a running call, one per webhook step, in firing order. Rows are appended as the
// call runner reports steps and updated in place when an in-flight step finishes; while a step
// is in flight its row says "sending..." and its time counts up.
class StepListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepListModel)

public:
    enum Column
    {
        TriggerColumn,
        Webhook,
        Buyer,
        Result,
        Status,
        Time,
        TagsApplied,
        Reason,
        ColumnCount
    };
    enum class State
    {
        Sending,
        Finished
    };
    enum Role
    {
        OutcomeRole = Qt::UserRole + 1, // Outcome, as int; -1 while the step is in flight
        StatusCodeRole,                 // int: the final HTTP status, 0 when none
    };

    explicit StepListModel(QObject *parent = nullptr);

    void clear();
    // Sets the step at index (its place in the call's firing order). index == rowCount()
    // appends a row; a smaller index updates the row.
    void setStep(int index, const StepResult &step, State state);
    // Display names for buyer ids.
    void setBuyerNames(const QHash<QString, QString> &names);

    const StepResult &step(int row) const { return m_rows.at(row).step; }
    State state(int row) const { return m_rows.at(row).state; }
    // How the row's step ended (Outcomes::of); meaningless while its state is Sending.
    Outcome outcome(int row) const { return Outcomes::of(m_rows.at(row).step); }
    int sendingCount() const;

    // "200 OK", "200 (simulated)", "timed out", ... or empty when nothing was sent.
    static QString statusText(const StepResult &step);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Row
    {
        StepResult step;
        State state = State::Finished;
        QElapsedTimer clock; // runs from "sending..." to finished
        qint64 elapsedMs = -1;
    };

    QVariant displayData(int rowIndex, int column) const;
    QString timeText(const Row &row) const;
    QString toolTip(const Row &row) const;
    void updateTicker();

    QList<Row> m_rows;
    QHash<QString, QString> m_buyerNames;
    QBasicTimer m_ticker; // refreshes the in-flight rows' time
};
