// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "har/HarEntryModel.h"

#include "common/DisplayFormat.h"
#include "common/StatePalette.h"
#include "exchange/WaterfallDelegate.h"
#include "record/Redactor.h"

#include <QColor>

HarEntryModel::HarEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HarEntryModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_entries.squeeze();
    m_maskedUrls.clear();
    m_maskedUrls.squeeze();
    m_origins.clear();
    endResetModel();
}

void HarEntryModel::setPages(const QList<HarPage> &pages)
{
    bool moved = false;
    for (const HarPage &page : pages) {
        if (page.startedAt.isValid())
            moved = updateOrigin(page.id, page.startedAt.toMSecsSinceEpoch()) || moved;
    }
    if (moved && !m_entries.isEmpty())
        emit dataChanged(index(0, Waterfall), index(rowCount() - 1, Waterfall));
}

void HarEntryModel::appendEntries(const QList<HarEntrySummary> &entries)
{
    if (entries.isEmpty())
        return;
    bool moved = false;
    for (const HarEntrySummary &entry : entries) {
        if (entry.hasStart)
            moved = updateOrigin(entry.pageRef, entry.startedMs) || moved;
    }
    // Rows already shown are placed again only if an earlier entry moved their page's origin.
    if (moved && !m_entries.isEmpty())
        emit dataChanged(index(0, Waterfall), index(rowCount() - 1, Waterfall));
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    m_maskedUrls.resize(m_entries.size());
    endInsertRows();
}

bool HarEntryModel::updateOrigin(const QString &pageRef, qint64 startMs)
{
    const auto found = m_origins.find(pageRef);
    if (found == m_origins.end()) {
        m_origins.insert(pageRef, startMs);
        return true;
    }
    if (startMs >= *found)
        return false;
    *found = startMs;
    return true;
}

double HarEntryModel::startOffset(int row) const
{
    const HarEntrySummary &entry = m_entries.at(row);
    if (!entry.hasStart)
        return 0;
    return double(entry.startedMs - m_origins.value(entry.pageRef, entry.startedMs));
}

int HarEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

void HarEntryModel::setSecretsShown(bool shown)
{
    if (m_secretsShown == shown)
        return;
    m_secretsShown = shown;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Url), index(rowCount() - 1, Url));
}

QString HarEntryModel::shownUrl(int row) const
{
    const QString &url = m_entries.at(row).url;
    if (m_secretsShown)
        return url;
    QString &masked = m_maskedUrls[row];
    if (masked.isNull()) {
        static const Redactor redactor; // nothing learned: secret-named fields and credential URLs
        masked = redactor.redactUrl(url);
        if (masked.isNull())
            masked = QLatin1String("");
    }
    return masked;
}

int HarEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HarEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const HarEntrySummary &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Method:
            return entry.method;
        case Url:
            return shownUrl(index.row());
        case Status:
            return entry.failed ? tr("(failed)") : QString::number(entry.status);
        case Type:
            return DisplayFormat::mimeKind(entry.mimeType);
        case Size:
            return DisplayFormat::size(entry.size);
        case Time:
            return DisplayFormat::duration(entry.time);
        case Waterfall:
            return QVariant();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Url:
            return entry.webhookName.isEmpty() ? shownUrl(index.row())
                                               : tr("%1\nWebhook: %2").arg(shownUrl(index.row()), entry.webhookName);
        case Status:
            return entry.failed ? entry.error : QVariant();
        case Type:
            return entry.mimeType;
        case Waterfall: {
            QStringList lines{tr("Started at %1").arg(DisplayFormat::duration(startOffset(index.row())))};
            for (const WaterfallDelegate::Phase phase : WaterfallDelegate::phases()) {
                const double time = WaterfallDelegate::phaseTime(entry.timings, phase);
                if (time >= 0)
                    lines.append(tr("%1: %2").arg(WaterfallDelegate::phaseName(phase), DisplayFormat::duration(time)));
            }
            lines.append(tr("Total: %1").arg(DisplayFormat::duration(entry.time)));
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return QVariant();
        }
    case Qt::ForegroundRole:
        if (index.column() == Status && (entry.failed || entry.status >= 400))
            return StatePalette().foreground(StatePalette::State::Error);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Time)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (index.column()) {
        case Method:
            return entry.method;
        case Url:
            return entry.url;
        case Status:
            return entry.failed ? 0 : entry.status;
        case Type:
            return DisplayFormat::mimeKind(entry.mimeType);
        case Size:
            return entry.size;
        case Time:
            return entry.time;
        case Waterfall:
            return startOffset(index.row());
        }
        break;
    case PageRole:
        return entry.pageRef;
    case StatusRole:
        return entry.failed ? 0 : entry.status;
    case WebhookRole:
        return entry.webhookName;
    case WaterfallDelegate::BarRole:
        if (index.column() == Waterfall)
            return QVariant::fromValue(WaterfallBar{startOffset(index.row()), entry.time, entry.timings, entry.failed});
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant HarEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Method:
        return tr("Method");
    case Url:
        return tr("URL");
    case Status:
        return tr("Status");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case Time:
        return tr("Time");
    case Waterfall:
        return tr("Waterfall");
    }
    return QVariant();
}
