// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pixels/PixelFilterModel.h"

#include "pixels/PixelListModel.h"

PixelFilterModel::PixelFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void PixelFilterModel::setStatusFilter(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void PixelFilterModel::setWebhookFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_webhook == trimmed)
        return;
    m_webhook = trimmed;
    invalidateFilter();
}

QString PixelFilterModel::statusLabel(Status status)
{
    switch (status) {
    case Status::All:
        return tr("All");
    case Status::Failed:
        return tr("Failed");
    case Status::Skipped:
        return tr("Skipped");
    case Status::Success:
        return tr("2xx");
    case Status::ClientError:
        return tr("4xx");
    case Status::ServerError:
        return tr("5xx");
    case Status::NoResponse:
        return tr("No response");
    }
    return QString();
}

bool PixelFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const PixelListModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const FiredPixel &pixel = model->pixel(sourceRow);
    if (!m_webhook.isEmpty() && !pixel.webhookName.contains(m_webhook, Qt::CaseInsensitive))
        return false;
    const Exchange *last = pixel.finalExchange();
    const bool responded = pixel.fired && last && last->hasResponse() && last->status > 0;
    const int status = responded ? last->status : 0;
    switch (m_status) {
    case Status::All:
        return true;
    case Status::Failed:
        return pixel.failed();
    case Status::Skipped:
        return pixel.outcome() == Outcome::Skipped;
    case Status::Success:
        return responded && status >= 200 && status < 300;
    case Status::ClientError:
        return responded && status >= 400 && status < 500;
    case Status::ServerError:
        return responded && status >= 500 && status < 600;
    case Status::NoResponse:
        return pixel.fired && !responded;
    }
    return true;
}
