// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pixels/FiredPixelsBrowser.h"

#include "common/DisplayFormat.h"
#include "common/TableViews.h"
#include "exchange/ExchangeDetailView.h"
#include "pixels/CallListModel.h"
#include "pixels/PixelFilterModel.h"
#include "pixels/PixelListModel.h"
#include "pixels/ResponseTimeChart.h"
#include "record/HarWriter.h"
#include "record/PixelStore.h"
#include "shell/Services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
const QLatin1String kDirectoryKey("FiredPixels/harDirectory");

QTableView *newTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    TableViews::setUpLog(table);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *headingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

struct ChartData
{
    QList<ResponseTimeChart::Series> series;
    int calls = 0;
    QString error;
};
} // namespace

FiredPixelsBrowser::FiredPixelsBrowser(Services *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_calls(new CallListModel(this))
    , m_pixels(new PixelListModel(this))
    , m_filter(new PixelFilterModel(this))
    , m_tabs(new QTabWidget(this))
    , m_callTable(newTable(this))
    , m_pixelTable(newTable(this))
    , m_detail(new ExchangeDetailView(this))
    , m_callsLabel(headingLabel(this))
    , m_pixelsLabel(headingLabel(this))
    , m_downloadButton(new QPushButton(tr("Download HAR..."), this))
    , m_includeSecrets(new QCheckBox(tr("Include secrets"), this))
    , m_deleteButton(new QPushButton(tr("Delete"), this))
    , m_deleteOlderButton(new QToolButton(this))
    , m_statusCombo(new QComboBox(this))
    , m_webhookFilter(new QLineEdit(this))
    , m_chart(new ResponseTimeChart(this))
    , m_chartCaption(new QLabel(this))
{
    setUpTables();
    setUpControls();
    buildLayout();
    connectSignals();

    refresh();
}

void FiredPixelsBrowser::setUpTables()
{
    m_callTable->setObjectName(QStringLiteral("callTable"));
    m_callTable->setModel(m_calls);
    QHeaderView *callHeader = m_callTable->horizontalHeader();
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    // The title takes what the pane leaves (its tooltip has it whole), so the list never
    // scrolls sideways; the rest fit their usual contents.
    callHeader->setStretchLastSection(false);
    callHeader->setMinimumSectionSize(digit * 4);
    callHeader->setSectionResizeMode(CallListModel::Time, QHeaderView::ResizeToContents);
    callHeader->setSectionResizeMode(CallListModel::Title, QHeaderView::Stretch);
    callHeader->resizeSection(CallListModel::Campaign, digit * 11);
    callHeader->setSectionResizeMode(CallListModel::Fired, QHeaderView::ResizeToContents);
    callHeader->setSectionResizeMode(CallListModel::Failures, QHeaderView::ResizeToContents);

    m_filter->setSourceModel(m_pixels);
    m_pixelTable->setObjectName(QStringLiteral("pixelTable"));
    m_pixelTable->setModel(m_filter);
    QHeaderView *pixelHeader = m_pixelTable->horizontalHeader();
    pixelHeader->resizeSection(PixelListModel::Sequence, digit * 4);
    pixelHeader->resizeSection(PixelListModel::Webhook, digit * 22);
    pixelHeader->resizeSection(PixelListModel::Trigger, digit * 18);
    pixelHeader->resizeSection(PixelListModel::Result, digit * 9);
    pixelHeader->resizeSection(PixelListModel::Status, digit * 16);
    pixelHeader->resizeSection(PixelListModel::Time, digit * 10);
}

void FiredPixelsBrowser::setUpControls()
{
    m_callsLabel->setObjectName(QStringLiteral("callsLabel"));
    m_pixelsLabel->setObjectName(QStringLiteral("pixelsLabel"));
    m_pixelsLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 8);
    m_pixelsLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_pixelsLabel->installEventFilter(this);
    m_downloadButton->setObjectName(QStringLiteral("downloadHar"));
    m_downloadButton->setToolTip(tr("Save the selected call as a HAR file"));
    m_includeSecrets->setObjectName(QStringLiteral("includeSecrets"));
    m_includeSecrets->setToolTip(tr("Keep call_key, credentials and token values in the HAR file. "
                                    "Leave off for files you share."));
    m_deleteButton->setObjectName(QStringLiteral("deleteCall"));
    m_deleteButton->setToolTip(tr("Delete the selected call and its pixels"));
    m_deleteOlderButton->setObjectName(QStringLiteral("deleteOlder"));
    m_deleteOlderButton->setText(tr("Delete Older"));
    m_deleteOlderButton->setToolTip(tr("Delete the calls older than..."));
    m_deleteOlderButton->setPopupMode(QToolButton::InstantPopup);
    auto *olderMenu = new QMenu(m_deleteOlderButton);
    for (const int days : {1, 7, 30, 90}) {
        QAction *action = olderMenu->addAction(days == 1 ? tr("Older than a day") : tr("Older than %1 days").arg(days));
        connect(action, &QAction::triggered, this, [this, days] { deleteOlderThan(days); });
    }
    m_deleteOlderButton->setMenu(olderMenu);

    m_statusCombo->setObjectName(QStringLiteral("pixelStatusFilter"));
    for (const PixelFilterModel::Status status :
         {PixelFilterModel::Status::All, PixelFilterModel::Status::Failed, PixelFilterModel::Status::Skipped,
          PixelFilterModel::Status::Success, PixelFilterModel::Status::ClientError,
          PixelFilterModel::Status::ServerError, PixelFilterModel::Status::NoResponse})
        m_statusCombo->addItem(PixelFilterModel::statusLabel(status), QVariant::fromValue(status));
    m_webhookFilter->setObjectName(QStringLiteral("pixelWebhookFilter"));
    m_webhookFilter->setPlaceholderText(tr("Filter by webhook"));
    m_webhookFilter->setClearButtonEnabled(true);
    m_webhookFilter->setMinimumWidth(180);
}

QWidget *FiredPixelsBrowser::buildCallsPage()
{
    // Calls: the list and what to do with the selected call.
    auto *callsPane = new QWidget(this);
    auto *callButtons = new QHBoxLayout;
    callButtons->addWidget(m_downloadButton);
    callButtons->addWidget(m_includeSecrets);
    callButtons->addStretch();
    callButtons->addWidget(m_deleteButton);
    callButtons->addWidget(m_deleteOlderButton);
    auto *callsLayout = new QVBoxLayout(callsPane);
    callsLayout->setContentsMargins(0, 0, 0, 0);
    callsLayout->addWidget(m_callsLabel);
    callsLayout->addWidget(m_callTable, 1);
    callsLayout->addLayout(callButtons);

    // Pixels of the call, with their filters.
    auto *pixelsPane = new QWidget(this);
    auto *pixelBar = new QHBoxLayout;
    pixelBar->addWidget(m_pixelsLabel, 1);
    auto *statusLabel = new QLabel(tr("Show:"), pixelsPane);
    statusLabel->setBuddy(m_statusCombo);
    pixelBar->addWidget(statusLabel);
    pixelBar->addWidget(m_statusCombo);
    pixelBar->addWidget(m_webhookFilter);
    auto *pixelsLayout = new QVBoxLayout(pixelsPane);
    pixelsLayout->setContentsMargins(0, 0, 0, 0);
    pixelsLayout->addLayout(pixelBar);
    pixelsLayout->addWidget(m_pixelTable, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("pixelsSplitter"));
    right->setChildrenCollapsible(false);
    right->addWidget(pixelsPane);
    right->addWidget(m_detail);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("callsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(callsPane);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *callsPage = new QWidget(m_tabs);
    auto *callsPageLayout = new QVBoxLayout(callsPage);
    callsPageLayout->setContentsMargins(8, 8, 8, 8);
    callsPageLayout->addWidget(splitter);
    return callsPage;
}

QWidget *FiredPixelsBrowser::buildChartPage()
{
    m_chart->setObjectName(QStringLiteral("responseTimeChart"));
    m_chartCaption->setObjectName(QStringLiteral("chartCaption"));
    m_chartCaption->setWordWrap(true);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *chartPage = new QWidget(m_tabs);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(8, 8, 8, 8);
    chartLayout->addWidget(m_chartCaption);
    chartLayout->addWidget(scroll, 1);
    return chartPage;
}

void FiredPixelsBrowser::buildLayout()
{
    m_tabs->setObjectName(QStringLiteral("firedPixelsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildCallsPage(), tr("Calls"));
    m_tabs->addTab(buildChartPage(), tr("Response Times"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void FiredPixelsBrowser::connectSignals()
{
    connect(m_callTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FiredPixelsBrowser::showCallPixels);
    connect(m_pixelTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FiredPixelsBrowser::showCurrentPixel);
    connect(m_statusCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_filter->setStatusFilter(m_statusCombo->currentData().value<PixelFilterModel::Status>()); });
    connect(m_webhookFilter, &QLineEdit::textChanged, m_filter, &PixelFilterModel::setWebhookFilter);
    connect(m_detail, &ExchangeDetailView::secretsShownChanged, m_pixels, &PixelListModel::setSecretsShown);
    connect(m_downloadButton, &QPushButton::clicked, this, &FiredPixelsBrowser::downloadCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &FiredPixelsBrowser::deleteCurrent);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_chartDirty && m_tabs->currentIndex() == 1)
            updateChart();
    });
    connect(m_services, &Services::pixelStoreChanged, this, &FiredPixelsBrowser::refresh);
}

void FiredPixelsBrowser::refresh()
{
    PixelStore *store = m_services->pixelStore();
    const QString current = currentCallId();
    m_calls->setCalls(store ? store->calls() : QList<PixelStore::CallSummary>());
    if (!store) {
        m_callsLabel->setText(tr("Fired pixels are not being kept: the database could not be opened."));
    } else {
        const int count = m_calls->rowCount();
        m_callsLabel->setText(count == 1 ? tr("1 call") : tr("%L1 calls").arg(count));
    }
    int row = m_calls->rowOf(current);
    if (row < 0 && m_calls->rowCount() > 0)
        row = 0; // the newest
    if (row >= 0)
        m_callTable->setCurrentIndex(m_calls->index(row, 0));
    else
        showCallPixels();
    updateActions();
    m_chartDirty = true;
    if (m_tabs->currentIndex() == 1 && isVisible())
        updateChart();
}

QString FiredPixelsBrowser::currentCallId() const
{
    const QModelIndex current = m_callTable->currentIndex();
    return current.isValid() ? m_calls->call(current.row()).id : QString();
}

void FiredPixelsBrowser::selectCall(const QString &callId)
{
    const int row = m_calls->rowOf(callId);
    if (row >= 0)
        m_callTable->setCurrentIndex(m_calls->index(row, 0));
}

void FiredPixelsBrowser::selectPixel(int sequence)
{
    const int row = m_pixels->rowOf(sequence);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_pixels->index(row, 0));
    if (index.isValid())
        m_pixelTable->setCurrentIndex(index);
}

void FiredPixelsBrowser::showCallPixels()
{
    PixelStore *store = m_services->pixelStore();
    const QString callId = currentCallId();
    // The same call again (a refresh): stay on the same pixel.
    const QModelIndex currentPixel = m_filter->mapToSource(m_pixelTable->currentIndex());
    const int previous =
        callId == m_shownCallId && currentPixel.isValid() ? m_pixels->pixel(currentPixel.row()).sequence : -1;
    m_shownCallId = callId;
    if (!store || callId.isEmpty()) {
        m_pixels->setPixels({});
        setPixelsHeading(tr("Pixels"));
        m_detail->showMessage(store ? tr("No calls recorded yet. Test-fire or simulate a call, and every webhook "
                                         "it fired shows up here.")
                                    : tr("Fired pixels are not being kept: the database could not be opened."));
        updateActions();
        return;
    }
    m_pixels->setPixels(store->pixels(callId));
    const PixelStore::CallSummary &call = m_calls->call(m_calls->rowOf(callId));
    setPixelsHeading(tr("Pixels of %1").arg(call.title));
    if (previous >= 0 && m_pixels->rowOf(previous) >= 0)
        selectPixel(previous);
    else if (m_filter->rowCount() > 0)
        m_pixelTable->setCurrentIndex(m_filter->index(0, 0));
    else
        m_detail->clear();
    updateActions();
}

void FiredPixelsBrowser::showCurrentPixel()
{
    const QModelIndex current = m_filter->mapToSource(m_pixelTable->currentIndex());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->showPixel(m_pixels->pixel(current.row()));
}

void FiredPixelsBrowser::updateActions()
{
    const bool hasCall = !currentCallId().isEmpty();
    m_downloadButton->setEnabled(hasCall);
    m_deleteButton->setEnabled(hasCall);
    m_deleteOlderButton->setEnabled(m_calls->rowCount() > 0);
}

bool FiredPixelsBrowser::downloadHar(const QString &callId, const QString &path, bool includeSecrets, QString *error)
{
    PixelStore *store = m_services->pixelStore();
    const std::optional<StoredCall> call = store ? store->call(callId) : std::nullopt;
    if (!call) {
        if (error)
            *error = store ? tr("call %1 is no longer in the fired-pixels store").arg(callId)
                           : tr("fired pixels are not being kept: the database could not be opened");
        return false;
    }
    HarWriter writer;
    writer.setRedaction(!includeSecrets);
    writer.addCall(*call);
    return writer.writeFile(path, error);
}

bool FiredPixelsBrowser::deleteCall(const QString &callId, QString *error)
{
    PixelStore *store = m_services->pixelStore();
    if (!store) {
        if (error)
            *error = tr("fired pixels are not being kept: the database could not be opened");
        return false;
    }
    if (!store->deleteCall(callId, error))
        return false;
    m_services->notifyPixelStoreChanged();
    return true;
}

int FiredPixelsBrowser::deleteCallsBefore(const QDateTime &before, QString *error)
{
    PixelStore *store = m_services->pixelStore();
    if (!store) {
        if (error)
            *error = tr("fired pixels are not being kept: the database could not be opened");
        return -1;
    }
    const int deleted = store->deleteCallsBefore(before, error);
    if (deleted > 0)
        m_services->notifyPixelStoreChanged();
    return deleted;
}

void FiredPixelsBrowser::downloadCurrent()
{
    const QString callId = currentCallId();
    if (callId.isEmpty())
        return;
    const PixelStore::CallSummary &call = m_calls->call(m_calls->rowOf(callId));
    // "call-Sample call-20240101-120000.har", with nothing a file system would refuse.
    QString name = QStringLiteral("%1-%2.har")
                       .arg(call.title.isEmpty() ? QStringLiteral("call") : call.title,
                            call.startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    QSettings settings;
    const QString directory = settings.value(kDirectoryKey, QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Download HAR"), directory + QLatin1Char('/') + name,
                                                tr("HAR files (*.har)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".har");
    settings.setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    QString error;
    if (!downloadHar(callId, path, m_includeSecrets->isChecked(), &error)) {
        QMessageBox::warning(this, tr("Download HAR"), error);
        return;
    }
    if (auto *window = qobject_cast<QMainWindow *>(this->window())) {
        window->statusBar()->showMessage(m_includeSecrets->isChecked()
                                             ? tr("Saved %1 with its secrets").arg(QDir::toNativeSeparators(path))
                                             : tr("Saved %1, secrets redacted").arg(QDir::toNativeSeparators(path)),
                                         5000);
    }
}

void FiredPixelsBrowser::deleteCurrent()
{
    const QString callId = currentCallId();
    if (callId.isEmpty())
        return;
    const PixelStore::CallSummary &call = m_calls->call(m_calls->rowOf(callId));
    const auto answer = QMessageBox::question(
        this, tr("Delete Call"),
        tr("Delete the call \"%1\" of %2 and its %3 pixels?")
            .arg(call.title, DisplayFormat::dateTime(call.startedAt), QString::number(call.pixelCount)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!deleteCall(callId, &error))
        QMessageBox::warning(this, tr("Delete Call"), error);
}

void FiredPixelsBrowser::deleteOlderThan(int days)
{
    const QDateTime before = QDateTime::currentDateTime().addDays(-days);
    int count = 0;
    for (const PixelStore::CallSummary &call : m_calls->calls())
        count += call.startedAt < before ? 1 : 0;
    const QString age = days == 1 ? tr("a day") : tr("%1 days").arg(days);
    if (count == 0) {
        QMessageBox::information(this, tr("Delete Old Calls"), tr("No call is older than %1.").arg(age));
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Delete Old Calls"),
                                              count == 1 ? tr("Delete the call older than %1?").arg(age)
                                                         : tr("Delete the %1 calls older than %2?").arg(count).arg(age),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (deleteCallsBefore(before, &error) < 0)
        QMessageBox::warning(this, tr("Delete Old Calls"), error);
}

bool FiredPixelsBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pixelsLabel && event->type() == QEvent::Resize)
        elidePixelsHeading();
    return QWidget::eventFilter(watched, event);
}

void FiredPixelsBrowser::setPixelsHeading(const QString &text)
{
    m_pixelsHeading = text;
    m_pixelsLabel->setToolTip(text);
    elidePixelsHeading();
}

void FiredPixelsBrowser::elidePixelsHeading()
{
    m_pixelsLabel->setText(
        m_pixelsLabel->fontMetrics().elidedText(m_pixelsHeading, Qt::ElideRight, m_pixelsLabel->width()));
}

void FiredPixelsBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartDirty && m_tabs->currentIndex() == 1)
        updateChart();
}

void FiredPixelsBrowser::updateChart()
{
    m_chartDirty = false;
    PixelStore *store = m_services->pixelStore();
    if (!store) {
        m_chart->setSeries({});
        m_chartCaption->setText(tr("Fired pixels are not being kept: the database could not be opened."));
        emit chartUpdated();
        return;
    }
    const int generation = ++m_chartGeneration;
    m_chartCaption->setText(tr("Reading the stored calls..."));
    auto *watcher = new QFutureWatcher<ChartData>(this);
    connect(watcher, &QFutureWatcher<ChartData>::finished, this, [this, watcher, generation] {
        const ChartData chartData = watcher->result();
        watcher->deleteLater();
        if (generation != m_chartGeneration)
            return;
        m_chart->setSeries(chartData.series);
        if (!chartData.error.isEmpty())
            m_chartCaption->setText(chartData.error);
        else
            m_chartCaption->setText(
                tr("Response times and failures of each webhook across %1.")
                    .arg(chartData.calls == 1 ? tr("the stored call") : tr("%L1 stored calls").arg(chartData.calls)));
        emit chartUpdated();
    });
    // Every stored exchange is read: on a worker thread, with its own connection to the store.
    watcher->setFuture(QtConcurrent::run([path = store->path()] {
        ChartData chartData;
        PixelStore reader;
        if (!reader.open(path, &chartData.error))
            return chartData;
        chartData.calls = int(reader.calls().size());
        chartData.series = ResponseTimeChart::collect(reader.pixels(PixelStore::PixelFilter()));
        return chartData;
    }));
}
