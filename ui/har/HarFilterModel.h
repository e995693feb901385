// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

// Filters and sorts a HarEntryModel: by page, by status class and by text in the URL, method
// or webhook name. Sorts by the model's SortRole (numbers as numbers).
class HarFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarFilterModel)

public:
    enum class Status
    {
        All,
        Success,
        Redirect,
        ClientError,
        ServerError,
        Failed
    };
    Q_ENUM(Status)

    explicit HarFilterModel(QObject *parent = nullptr);

    // Only the entries of this page; empty: all pages.
    void setPageFilter(const QString &pageRef);
    QString pageFilter() const { return m_page; }
    void setStatusFilter(Status status);
    Status statusFilter() const { return m_status; }
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    // "All statuses", "2xx", ..., "Failed".
    static QString statusLabel(Status status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_page;
    Status m_status = Status::All;
    QString m_text;
};
