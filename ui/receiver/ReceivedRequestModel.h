// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Publisher.h"
#include "net/ReceivedRequest.h"

#include <QAbstractTableModel>

// The postback log's rows: what the local receiver got, oldest first. Each request is told
// apart by where it came from: a publisher's data-writing call (its key or a data_writing
// path), a publisher postback (a postback path), or a webhook fired at the receiver.
class ReceivedRequestModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceivedRequestModel)

public:
    enum Column
    {
        Time,
        Method,
        Path,
        Query,
        Source,
        Size,
        Tags,
        ColumnCount
    };
    enum class Origin
    {
        DataWriting,
        PublisherPostback,
        Webhook
    };
    Q_ENUM(Origin)

    enum Role
    {
        OriginRole = Qt::UserRole + 1, // Origin, as int
    };

    explicit ReceivedRequestModel(QObject *parent = nullptr);

    void setRequests(const QList<ReceivedRequest> &requests);
    // Appends one; beyond maxRows() the oldest row goes, as in the receiver's own log.
    void append(const ReceivedRequest &request);
    void clear();
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }
    // Publishers are recognised by their postback key.
    void setPublishers(const QList<Publisher> &publishers);

    const ReceivedRequest &request(int row) const { return m_requests.at(row); }

    // Where a request came from; publisherName gets the publisher whose key it carries, if any.
    static Origin originOf(const ReceivedRequest &request, const QList<Publisher> &publishers,
                           QString *publisherName = nullptr);
    // "Data-writing call (Sunbelt Media)", "Publisher postback", "Webhook"
    QString sourceText(const ReceivedRequest &request) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReceivedRequest> m_requests;
    QList<Publisher> m_publishers;
    int m_maxRows = 10000;
};
