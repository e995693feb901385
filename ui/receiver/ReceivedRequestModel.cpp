// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "receiver/ReceivedRequestModel.h"

#include "common/StatePalette.h"

#include <QColor>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

ReceivedRequestModel::ReceivedRequestModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReceivedRequestModel::setRequests(const QList<ReceivedRequest> &requests)
{
    beginResetModel();
    m_requests = requests.mid(qMax<qsizetype>(0, requests.size() - m_maxRows));
    endResetModel();
}

void ReceivedRequestModel::append(const ReceivedRequest &request)
{
    if (m_requests.size() >= m_maxRows) {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_requests.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_requests.size());
    beginInsertRows(QModelIndex(), row, row);
    m_requests.append(request);
    endInsertRows();
}

void ReceivedRequestModel::clear()
{
    beginResetModel();
    m_requests.clear();
    endResetModel();
}

void ReceivedRequestModel::setMaxRows(int rows)
{
    m_maxRows = qMax(1, rows);
    if (m_requests.size() > m_maxRows) {
        beginRemoveRows(QModelIndex(), 0, int(m_requests.size()) - m_maxRows - 1);
        m_requests.remove(0, m_requests.size() - m_maxRows);
        endRemoveRows();
    }
}

void ReceivedRequestModel::setPublishers(const QList<Publisher> &publishers)
{
    m_publishers = publishers;
    if (!m_requests.isEmpty())
        emit dataChanged(index(0, Source), index(int(m_requests.size()) - 1, Source));
}

ReceivedRequestModel::Origin ReceivedRequestModel::originOf(const ReceivedRequest &request,
                                                            const QList<Publisher> &publishers, QString *publisherName)
{
    // The key travels in the query (data-writing URLs) or in the payload.
    QStringList keys = request.tags.values(QStringLiteral("key"));
    const QUrlQuery query(request.query);
    keys += query.allQueryItemValues(QStringLiteral("key"), QUrl::FullyDecoded);
    for (const Publisher &publisher : publishers) {
        if (!publisher.postbackKey.isEmpty() && keys.contains(publisher.postbackKey)) {
            if (publisherName)
                *publisherName = publisher.name.isEmpty() ? publisher.sourceId : publisher.name;
            return Origin::DataWriting;
        }
    }
    const QString path = QUrl::fromPercentEncoding(request.path.toLatin1()).toLower();
    if (path.endsWith(QLatin1String("/data_writing")) || path.endsWith(QLatin1String("/data_writing/")))
        return Origin::DataWriting;
    if (path.contains(QLatin1String("postback")))
        return Origin::PublisherPostback;
    return Origin::Webhook;
}

QString ReceivedRequestModel::sourceText(const ReceivedRequest &request) const
{
    QString publisher;
    switch (originOf(request, m_publishers, &publisher)) {
    case Origin::DataWriting:
        return publisher.isEmpty() ? tr("Data-writing call") : tr("Data-writing call (%1)").arg(publisher);
    case Origin::PublisherPostback:
        return tr("Publisher postback");
    case Origin::Webhook:
        return tr("Webhook");
    }
    return QString();
}

int ReceivedRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int ReceivedRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceivedRequestModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_requests.size())
        return {};
    const ReceivedRequest &request = m_requests.at(index.row());
    if (role == OriginRole)
        return int(originOf(request, m_publishers));
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Size && request.bodyTooLarge)
        return StatePalette().foreground(StatePalette::State::Error);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    switch (index.column()) {
    case Time:
        if (role == Qt::ToolTipRole)
            return QLocale().toString(request.at.toLocalTime(), QLocale::LongFormat);
        return request.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Method:
        return request.method;
    case Path:
        return QUrl::fromPercentEncoding(request.path.toLatin1());
    case Query:
        return QUrl::fromPercentEncoding(request.query.toLatin1());
    case Source:
        return sourceText(request);
    case Tags:
        return request.tags.pairs().join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
    case Size:
        if (request.bodyTooLarge)
            return tr("over the limit (413)");
        if (request.body.size() < 1024)
            return tr("%1 B").arg(request.body.size());
        return QLocale().formattedDataSize(request.body.size(), 1, QLocale::DataSizeTraditionalFormat);
    default:
        return {};
    }
}

QVariant ReceivedRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Query:
        return tr("Query");
    case Source:
        return tr("Source");
    case Size:
        return tr("Size");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}
