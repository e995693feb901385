// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

// Filters a PixelListModel by outcome and webhook name.
class PixelFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PixelFilterModel)

public:
    enum class Status
    {
        All,
        Failed,      // Outcome::Failed
        Skipped,     // Outcome::Skipped
        Success,     // 2xx
        ClientError, // 4xx
        ServerError, // 5xx
        NoResponse,  // fired, but no HTTP response came back (timeout, refused, ...)
    };
    Q_ENUM(Status)

    explicit PixelFilterModel(QObject *parent = nullptr);

    void setStatusFilter(Status status);
    Status statusFilter() const { return m_status; }
    // Webhooks whose name contains text, case-insensitively; empty: all.
    void setWebhookFilter(const QString &text);
    QString webhookFilter() const { return m_webhook; }

    // The filter's label for a status choice: "All", "Failed", "2xx", ...
    static QString statusLabel(Status status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Status m_status = Status::All;
    QString m_webhook;
};
