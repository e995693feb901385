// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "har/HarFilterModel.h"

#include "har/HarEntryModel.h"

HarFilterModel::HarFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HarEntryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void HarFilterModel::setPageFilter(const QString &pageRef)
{
    if (m_page == pageRef)
        return;
    m_page = pageRef;
    invalidateFilter();
}

void HarFilterModel::setStatusFilter(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void HarFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

QString HarFilterModel::statusLabel(Status status)
{
    switch (status) {
    case Status::All:
        return tr("All statuses");
    case Status::Success:
        return tr("2xx");
    case Status::Redirect:
        return tr("3xx");
    case Status::ClientError:
        return tr("4xx");
    case Status::ServerError:
        return tr("5xx");
    case Status::Failed:
        return tr("Failed");
    }
    return QString();
}

bool HarFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const HarEntryModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const HarEntrySummary &entry = model->entry(sourceRow);
    if (!m_page.isEmpty() && entry.pageRef != m_page)
        return false;
    if (!m_text.isEmpty() && !model->shownUrl(sourceRow).contains(m_text, Qt::CaseInsensitive)
        && !entry.method.contains(m_text, Qt::CaseInsensitive)
        && !entry.webhookName.contains(m_text, Qt::CaseInsensitive))
        return false;
    const int hundreds = entry.failed ? 0 : entry.status / 100;
    switch (m_status) {
    case Status::All:
        return true;
    case Status::Success:
        return hundreds == 2;
    case Status::Redirect:
        return hundreds == 3;
    case Status::ClientError:
        return hundreds == 4;
    case Status::ServerError:
        return hundreds == 5;
    case Status::Failed:
        return entry.failed;
    }
    return true;
}
