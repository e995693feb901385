// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/HarIndexReader.h"

#include <QAbstractTableModel>
#include <QHash>

// The entries of a HAR file as a table: method, URL, status, type, size, time and a waterfall
// column (WaterfallDelegate::BarRole). Lazy: rows are appended in batches while the file is
// still being read, each row is the compact HarEntrySummary, and display text is made only
// when a view asks for it. The whole entry (headers, bodies) is never held here: HarViewer
// reads it from the file when the row is selected.
class HarEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarEntryModel)

public:
    enum Column
    {
        Method,
        Url,
        Status,
        Type,
        Size,
        Time,
        Waterfall,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int PageRole = Qt::UserRole + 2;   // the entry's pageref
    static constexpr int StatusRole = Qt::UserRole + 3; // the HTTP status, 0 when no response arrived
    static constexpr int WebhookRole = Qt::UserRole + 4;

    explicit HarEntryModel(QObject *parent = nullptr);

    void clear();
    // Pages give the waterfall its origins: each entry is placed from its page's start.
    void setPages(const QList<HarPage> &pages);
    void appendEntries(const QList<HarEntrySummary> &entries);
    const HarEntrySummary &entry(int row) const { return m_entries.at(row); }

    // URLs are shown with their secrets masked (api_key=[REDACTED], ...; Redactor's notion), as
    // the entry's details are, until secrets are shown there.
    bool secretsShown() const { return m_secretsShown; }
    void setSecretsShown(bool shown);
    // What the URL column shows (made when first asked for): the filter matches this, so a
    // masked secret cannot be found by typing it.
    QString shownUrl(int row) const;

    // ms from the start of the entry's page (its startedDateTime, or its first entry's).
    double startOffset(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Moves a page's origin earlier; true if it moved.
    bool updateOrigin(const QString &pageRef, qint64 startMs);

    QList<HarEntrySummary> m_entries;
    QHash<QString, qint64> m_origins;    // pageref -> start, ms since the epoch
    mutable QList<QString> m_maskedUrls; // null: not made yet
    bool m_secretsShown = false;
};
