// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "receiver/PostbackLogPane.h"

#include "common/TableViews.h"
#include "exchange/BodyViewer.h"
#include "net/SandboxReceiver.h"
#include "receiver/ReceivedRequestModel.h"
#include "receiver/ReceiverPanel.h"
#include "shell/Services.h"
#include "workspace/WorkspaceModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QTableWidget *pairTable(const QString &keyHeader, const QString &valueHeader, const QString &objectName)
{
    QTableWidget *table = TableViews::pairTable({keyHeader, valueHeader});
    table->setObjectName(objectName);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setColumnWidth(0, table->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
    return table;
}

} // namespace

PostbackLogPane::PostbackLogPane(Services *services, WorkspaceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(model)
    , m_requests(new ReceivedRequestModel(this))
{
    setObjectName(QStringLiteral("postbackLogPane"));
    m_requests->setMaxRows(m_services->receiver()->maxRecorded());

    QLayout *toolRow = buildToolRow();
    buildTable();
    QWidget *detail = buildDetail();
    buildLayout(toolRow, detail);
    connectSignals();

    m_requests->setPublishers(m_model->workspace().publishers);
    m_requests->setRequests(m_services->receiver()->requests());
    updateCount();
    showCurrent();
}

QLayout *PostbackLogPane::buildToolRow()
{
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("requestCount"));
    QFont countFont = m_count->font();
    countFont.setBold(true);
    m_count->setFont(countFont);
    m_clearButton = new QPushButton(QIcon(QStringLiteral(":/icons/edit-clear.svg")), tr("C&lear"));
    m_clearButton->setObjectName(QStringLiteral("clearLogButton"));
    m_clearButton->setToolTip(tr("Empty the log"));
    m_copyButton = new QPushButton(QIcon(QStringLiteral(":/icons/edit-copy.svg")), tr("&Copy Payload"));
    m_copyButton->setObjectName(QStringLiteral("copyPayloadButton"));
    m_copyButton->setToolTip(tr("Copy the selected request's body, exactly as received"));
    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(m_count, 1);
    toolRow->addWidget(m_copyButton);
    toolRow->addWidget(m_clearButton);
    return toolRow;
}

void PostbackLogPane::buildTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("requestTable"));
    m_table->setModel(m_requests);
    TableViews::setUpLog(m_table, 10);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    // The last column (tags) takes what is left, down to a sliver, rather than scroll.
    header->setMinimumSectionSize(digit * 4);
    header->resizeSection(ReceivedRequestModel::Time, digit * 12);
    header->resizeSection(ReceivedRequestModel::Method, digit * 8);
    header->resizeSection(ReceivedRequestModel::Path, digit * 20);
    header->resizeSection(ReceivedRequestModel::Query, digit * 16);
    header->resizeSection(ReceivedRequestModel::Source, digit * 16);
    header->resizeSection(ReceivedRequestModel::Size, digit * 9);
    // The stretched last column never shrinks below the size it had when stretching began.
    header->resizeSection(ReceivedRequestModel::Tags, digit * 6);
    header->setStretchLastSection(true);
}

QWidget *PostbackLogPane::buildDetail()
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("requestSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_payload = new BodyViewer;
    m_payload->setObjectName(QStringLiteral("payloadView"));
    m_headers = pairTable(tr("Header"), tr("Value"), QStringLiteral("headersTable"));
    m_tags = pairTable(tr("Tag"), tr("Value"), QStringLiteral("tagsTable"));
    m_noTags = new QLabel(tr("No tags: the payload is neither a JSON object nor form fields, and there is no query."));
    m_noTags->setObjectName(QStringLiteral("noTagsLabel"));
    m_noTags->setWordWrap(true);
    m_noTags->setAlignment(Qt::AlignCenter);
    m_noTags->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    auto *tagsPage = new QWidget;
    auto *tagsLayout = new QVBoxLayout(tagsPage);
    tagsLayout->setContentsMargins(0, 0, 0, 0);
    tagsLayout->addWidget(m_noTags);
    tagsLayout->addWidget(m_tags);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_payload, tr("Payload"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(tagsPage, tr("Tags"));

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(m_tabs, 1);
    return detail;
}

void PostbackLogPane::buildLayout(QLayout *toolRow, QWidget *detail)
{
    auto *logSplitter = new QSplitter(Qt::Vertical);
    logSplitter->setChildrenCollapsible(false);
    logSplitter->addWidget(m_table);
    logSplitter->addWidget(detail);
    logSplitter->setStretchFactor(0, 1);
    logSplitter->setStretchFactor(1, 1);

    auto *logPanel = new QWidget;
    auto *logLayout = new QVBoxLayout(logPanel);
    logLayout->setContentsMargins(10, 10, 6, 6);
    logLayout->addLayout(toolRow);
    logLayout->addWidget(logSplitter, 1);

    m_receiverPanel = new ReceiverPanel(m_services);
    auto *receiverHolder = new QWidget;
    auto *receiverLayout = new QVBoxLayout(receiverHolder);
    receiverLayout->setContentsMargins(6, 10, 10, 6);
    receiverLayout->addWidget(m_receiverPanel);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("postbackSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(logPanel);
    splitter->addWidget(receiverHolder);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({760, 520});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void PostbackLogPane::connectSignals()
{
    connect(m_services->receiver(), &SandboxReceiver::requestReceived, this, &PostbackLogPane::onRequestReceived);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PostbackLogPane::showCurrent);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex clicked = m_table->indexAt(pos);
        if (!clicked.isValid())
            return;
        m_table->setCurrentIndex(clicked);
        QMenu menu;
        QAction *copy = menu.addAction(QIcon(QStringLiteral(":/icons/edit-copy.svg")), tr("Copy Payload"));
        QAction *script = menu.addAction(tr("Script a Reply for This Endpoint"));
        QAction *chosen = menu.exec(m_table->viewport()->mapToGlobal(pos));
        if (chosen == copy)
            copyPayload();
        else if (chosen == script)
            scriptReplyForSelected();
    });
    connect(m_clearButton, &QPushButton::clicked, this, &PostbackLogPane::clear);
    connect(m_copyButton, &QPushButton::clicked, this, &PostbackLogPane::copyPayload);
    connect(m_requests, &QAbstractItemModel::rowsInserted, this, &PostbackLogPane::updateCount);
    connect(m_requests, &QAbstractItemModel::rowsRemoved, this, &PostbackLogPane::updateCount);
    connect(m_requests, &QAbstractItemModel::modelReset, this, &PostbackLogPane::updateCount);
    connect(m_model, &WorkspaceModel::workspaceChanged, this,
            [this] { m_requests->setPublishers(m_model->workspace().publishers); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_requests->setPublishers(m_model->workspace().publishers); });
}

PostbackLogPane::~PostbackLogPane() = default;

void PostbackLogPane::onRequestReceived(const ReceivedRequest &request)
{
    // Follow the log while the user is at its end; leave them be when they scrolled up.
    const QScrollBar *bar = m_table->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    m_requests->append(request);
    if (atEnd)
        m_table->scrollToBottom();
}

void PostbackLogPane::selectRow(int row)
{
    if (row < 0 || row >= m_requests->rowCount())
        m_table->setCurrentIndex(QModelIndex());
    else
        m_table->setCurrentIndex(m_requests->index(row, 0));
    showCurrent();
}

void PostbackLogPane::clear()
{
    m_services->receiver()->clear();
    m_requests->clear();
    showCurrent();
}

void PostbackLogPane::copyPayload()
{
    const int row = m_table->currentIndex().row();
    if (row >= 0)
        QApplication::clipboard()->setText(QString::fromUtf8(m_requests->request(row).body));
}

void PostbackLogPane::updateCount()
{
    const int count = m_requests->rowCount();
    m_count->setText(count == 0   ? tr("No requests received yet")
                     : count == 1 ? tr("1 request received")
                                  : tr("%1 requests received").arg(QLocale().toString(count)));
    m_clearButton->setEnabled(count > 0);
}

void PostbackLogPane::showCurrent()
{
    const int row = m_table->currentIndex().row();
    const bool haveRow = row >= 0 && row < m_requests->rowCount();
    m_copyButton->setEnabled(haveRow && !m_requests->request(row).body.isEmpty());
    m_tabs->setEnabled(haveRow);
    if (!haveRow) {
        m_summary->setText(tr("Select a request to see its payload, headers and tags."));
        m_payload->clear();
        m_headers->setRowCount(0);
        m_tags->setRowCount(0);
        m_noTags->hide();
        m_tags->show();
        return;
    }
    const ReceivedRequest &request = m_requests->request(row);
    QString target = QUrl::fromPercentEncoding(request.path.toLatin1());
    if (!request.query.isEmpty())
        target += QLatin1Char('?') + QUrl::fromPercentEncoding(request.query.toLatin1());
    m_summary->setText(tr("<b>%1</b> %2 &nbsp;·&nbsp; %3 &nbsp;·&nbsp; %4")
                           .arg(request.method.toHtmlEscaped(), target.toHtmlEscaped(),
                                QLocale().toString(request.at.toLocalTime(), QLocale::ShortFormat),
                                m_requests->sourceText(request).toHtmlEscaped()));

    if (request.bodyTooLarge)
        m_payload->setBody(tr("The body was over the receiver's limit: it was answered 413 and not kept.").toUtf8(),
                           QStringLiteral("text/plain"));
    else
        m_payload->setBody(request.body, QString::fromLatin1(request.header("Content-Type")));

    QList<QPair<QString, QString>> headers;
    for (const auto &pair : request.headers)
        headers.append({QString::fromLatin1(pair.first), QString::fromLatin1(pair.second)});
    TableViews::fillPairs(m_headers, headers);

    QList<QPair<QString, QString>> tags;
    for (const QString &key : request.tags.keys()) {
        for (const QString &value : request.tags.values(key))
            tags.append({key, value});
    }
    TableViews::fillPairs(m_tags, tags);
    m_noTags->setVisible(tags.isEmpty());
    m_tags->setVisible(!tags.isEmpty());
    m_tabs->setTabText(2, tags.isEmpty() ? tr("Tags") : tr("Tags (%1)").arg(tags.size()));
}

void PostbackLogPane::scriptReplyForSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    const ReceivedRequest &request = m_requests->request(row);
    ReceiverPanel::Script script;
    script.method = request.method;
    script.path = QUrl::fromPercentEncoding(request.path.toLatin1());
    script.body = QByteArrayLiteral("{}");
    m_receiverPanel->addScript(script);
}
