// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pixels/CallListModel.h"

#include "call/Outcome.h"
#include "common/DisplayFormat.h"
#include "common/StatePalette.h"

#include <QColor>

CallListModel::CallListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CallListModel::setCalls(const QList<PixelStore::CallSummary> &calls)
{
    beginResetModel();
    m_calls = calls;
    endResetModel();
}

int CallListModel::rowOf(const QString &callId) const
{
    for (int row = 0; row < m_calls.size(); ++row) {
        if (m_calls.at(row).id == callId)
            return row;
    }
    return -1;
}

int CallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int CallListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const PixelStore::CallSummary &call = m_calls.at(index.row());
    if (role == CallIdRole)
        return call.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return DisplayFormat::dateTime(call.startedAt);
        case Title:
            return call.finishedAt.isValid() ? call.title : tr("%1 (unfinished)").arg(call.title);
        case Campaign:
            return call.campaign;
        case Fired:
            return tr("%1 / %2").arg(call.firedCount).arg(call.pixelCount);
        case Failures:
            return call.failedCount;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return call.finishedAt.isValid()
                       ? tr("Started %1, finished %2")
                             .arg(DisplayFormat::dateTime(call.startedAt), DisplayFormat::dateTime(call.finishedAt))
                       : tr("Started %1; it did not finish (still running, or the app stopped during it)")
                             .arg(DisplayFormat::dateTime(call.startedAt));
        case Title:
            return data(index, Qt::DisplayRole); // the column may be too narrow for it
        case Fired:
            return tr("%1 of %2 webhooks fired (answered with a 2xx status)").arg(call.firedCount).arg(call.pixelCount);
        case Failures:
            return Outcomes::description(Outcome::Failed);
        default:
            return QVariant();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Failures && call.failedCount > 0)
        return StatePalette().foreground(StatePalette::State::Error);
    if (role == Qt::TextAlignmentRole && (index.column() == Fired || index.column() == Failures))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Started");
    case Title:
        return tr("Call");
    case Campaign:
        return tr("Campaign");
    case Fired:
        return tr("Fired");
    case Failures:
        return tr("Failed");
    }
    return QVariant();
}
