// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pixels/PixelListModel.h"

#include "common/DisplayFormat.h"
#include "common/StatePalette.h"
#include "model/TagMap.h"
#include "model/Trigger.h"
#include "record/Redactor.h"

#include <QColor>
#include <QGuiApplication>

PixelListModel::PixelListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PixelListModel::setPixels(const QList<FiredPixel> &pixels)
{
    beginResetModel();
    m_pixels = pixels;
    endResetModel();
}

int PixelListModel::rowOf(int sequence) const
{
    for (int row = 0; row < m_pixels.size(); ++row) {
        if (m_pixels.at(row).sequence == sequence)
            return row;
    }
    return -1;
}

void PixelListModel::setSecretsShown(bool shown)
{
    if (m_secretsShown == shown)
        return;
    m_secretsShown = shown;
    if (!m_pixels.isEmpty())
        emit dataChanged(index(0, Tags), index(rowCount() - 1, Tags), {Qt::DisplayRole, Qt::ToolTipRole});
}

double PixelListModel::pixelTime(const FiredPixel &pixel)
{
    if (pixel.exchanges.isEmpty())
        return -1;
    double total = 0;
    for (const Exchange &exchange : pixel.exchanges)
        total += exchange.timings.total();
    return total;
}

QString PixelListModel::tagsText(const FiredPixel &pixel) const
{
    QStringList shown;
    for (const QString &pair : pixel.tagsApplied) {
        QString key;
        QString value;
        if (!m_secretsShown && TagMap::parsePair(pair, &key, &value) && Redactor::isSecretName(key) && !value.isEmpty())
            shown.append(key + QLatin1Char(':') + Redactor::mask());
        else
            shown.append(pair);
    }
    return shown.join(QStringLiteral(", "));
}

int PixelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pixels.size());
}

int PixelListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PixelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const FiredPixel &pixel = m_pixels.at(index.row());
    const Exchange *last = pixel.finalExchange();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Sequence:
            return pixel.sequence;
        case Webhook:
            return pixel.webhookName;
        case Trigger: {
            ::Trigger trigger;
            const QString label =
                Triggers::fromName(pixel.trigger, &trigger) ? Triggers::label(trigger) : pixel.trigger;
            return pixel.buyerId.isEmpty() || role == Qt::DisplayRole ? label
                                                                      : tr("%1 (buyer %2)").arg(label, pixel.buyerId);
        }
        case Result:
            if (role == Qt::ToolTipRole)
                return pixel.reason;
            return Outcomes::label(pixel.outcome());
        case Status:
            if (!last)
                return QString();
            if (role == Qt::ToolTipRole && !last->error.isEmpty())
                return last->error;
            return DisplayFormat::status(*last);
        case Time:
            return last ? DisplayFormat::duration(pixelTime(pixel)) : QString();
        case Tags:
            return tagsText(pixel);
        }
    }
    if (role == Qt::ForegroundRole) {
        // Skipped and cancelled rows recede; failed and unsent ones stand out.
        if ((pixel.outcome() == Outcome::Skipped || pixel.outcome() == Outcome::Cancelled)
            && index.column() != Sequence)
            return StatePalette::muted(QGuiApplication::palette());
        if (pixel.outcome() == Outcome::NotSent && index.column() == Result)
            return StatePalette().foreground(StatePalette::State::Error);
        if (pixel.failed() && (index.column() == Status || index.column() == Result))
            return StatePalette().foreground(StatePalette::State::Error);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Sequence || index.column() == Time))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant PixelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sequence:
        return tr("#");
    case Webhook:
        return tr("Webhook");
    case Trigger:
        return tr("Trigger");
    case Result:
        return tr("Result");
    case Status:
        return tr("Status");
    case Time:
        return tr("Time");
    case Tags:
        return tr("Tags applied");
    }
    return QVariant();
}
