// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "har/HarViewer.h"

#include "common/DisplayFormat.h"
#include "common/StatePalette.h"
#include "common/TableViews.h"
#include "exchange/ExchangeDetailView.h"
#include "exchange/WaterfallDelegate.h"
#include "har/HarEntryModel.h"
#include "har/HarFilterModel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

// One file being read: the worker fills it, the UI thread drains it.
struct HarViewer::Load
{
    QMutex mutex;
    QList<HarEntrySummary> pending;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    std::atomic_bool cancelled{false};
    // Set by the worker when it is done.
    bool ok = false;
    QString error;
    HarIndexReader reader;
};

namespace {
const QLatin1String kDirectoryKey("HarViewer/lastDirectory");
// How often rows read so far are moved into the table while a file loads.
constexpr int kDrainIntervalMs = 40;

struct EntryRead
{
    bool ok = false;
    HarEntry entry;
    QString error;
};

QString localFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return QString();
}
} // namespace

HarViewer::HarViewer(QWidget *parent)
    : QWidget(parent)
    , m_model(new HarEntryModel(this))
    , m_filter(new HarFilterModel(this))
    , m_waterfall(new WaterfallDelegate(this))
    , m_openAction(new QAction(tr("Open &HAR..."), this))
    , m_openButton(new QPushButton(tr("Open HAR..."), this))
    , m_fileLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_pageCombo(new QComboBox(this))
    , m_statusCombo(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_errorLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new ExchangeDetailView(this))
    , m_summary(new QLabel(this))
    , m_drainTimer(new QTimer(this))
{
    setAcceptDrops(true);
    QLayout *bar = buildToolbar();
    buildTable();
    buildLayout(bar);
    connectSignals();

    rebuildPageFilter();
    updateSummary();
}

QLayout *HarViewer::buildToolbar()
{
    m_openAction->setObjectName(QStringLiteral("actionOpenHar"));
    m_openAction->setStatusTip(tr("Open a HAR file from this app, Chrome, Firefox or Playwright in the HAR viewer"));
    connect(m_openAction, &QAction::triggered, this, &HarViewer::chooseFile);
    m_openButton->setObjectName(QStringLiteral("openHarButton"));
    m_openButton->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), QIcon(QStringLiteral(":/icons/document-open.svg"))));
    connect(m_openButton, &QPushButton::clicked, this, &HarViewer::chooseFile);

    m_fileLabel->setObjectName(QStringLiteral("harFile"));
    QFont bold = m_fileLabel->font();
    bold.setBold(true);
    m_fileLabel->setFont(bold);
    m_summary->setObjectName(QStringLiteral("harSummary"));
    m_progress->setObjectName(QStringLiteral("harProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancelButton->setObjectName(QStringLiteral("harCancel"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        cancelLoad();
        m_error = tr("Loading was cancelled.");
        m_model->clear();
        m_errorLabel->setText(m_error);
        m_errorLabel->show();
        m_stack->setCurrentWidget(m_placeholder);
        updateSummary();
        emit loadFinished(false);
    });

    m_pageCombo->setObjectName(QStringLiteral("harPageFilter"));
    m_pageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pageCombo->setMinimumContentsLength(12);
    m_statusCombo->setObjectName(QStringLiteral("harStatusFilter"));
    for (const HarFilterModel::Status status :
         {HarFilterModel::Status::All, HarFilterModel::Status::Success, HarFilterModel::Status::Redirect,
          HarFilterModel::Status::ClientError, HarFilterModel::Status::ServerError, HarFilterModel::Status::Failed})
        m_statusCombo->addItem(HarFilterModel::statusLabel(status), QVariant::fromValue(status));
    m_textFilter->setObjectName(QStringLiteral("harTextFilter"));
    m_textFilter->setPlaceholderText(tr("Filter by URL, method or webhook"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setMinimumWidth(220);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_openButton);
    bar->addSpacing(8);
    bar->addWidget(m_fileLabel);
    bar->addWidget(m_summary);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    bar->addStretch(1);
    bar->addWidget(m_pageCombo);
    bar->addWidget(m_statusCombo);
    bar->addWidget(m_textFilter);
    return bar;
}

void HarViewer::buildTable()
{
    m_errorLabel->setObjectName(QStringLiteral("harError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatePalette::setTextColor(m_errorLabel, StatePalette::State::Error);
    m_errorLabel->hide();

    m_placeholder->setObjectName(QStringLiteral("harPlaceholder"));
    m_placeholder->setText(tr("Open a HAR file from this app, Chrome, Firefox or Playwright, or drop one here."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("harTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(HarEntryModel::Waterfall, m_waterfall);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // file order until a header is clicked
    TableViews::setUpLog(m_table);
    m_table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(HarEntryModel::Url, QHeaderView::Stretch);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(HarEntryModel::Method, digit * 9);
    header->resizeSection(HarEntryModel::Status, digit * 10);
    header->resizeSection(HarEntryModel::Type, digit * 10);
    header->resizeSection(HarEntryModel::Size, digit * 10);
    header->resizeSection(HarEntryModel::Time, digit * 11);
    header->resizeSection(HarEntryModel::Waterfall, 280);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);
}

void HarViewer::buildLayout(QLayout *bar)
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("harSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(splitter, 1);
}

void HarViewer::connectSignals()
{
    connect(m_pageCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_filter->setPageFilter(m_pageCombo->currentData().toString()); });
    connect(m_statusCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_filter->setStatusFilter(m_statusCombo->currentData().value<HarFilterModel::Status>()); });
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &HarFilterModel::setTextFilter);
    // Rows streaming in only extend the waterfall's scale; anything else measures it again.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        extendWaterfallRange(first, last);
        updateSummary();
    });
    const auto remeasure = [this] {
        updateWaterfallRange();
        updateSummary();
    };
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, remeasure);
    connect(m_filter, &QAbstractItemModel::modelReset, this, remeasure);
    // A page's origin moved (its start became known): every offset changed.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HarViewer::updateWaterfallRange);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HarViewer::showCurrentEntry);
    // The table masks the URLs' secrets as the details do, and shows them when they do.
    m_model->setSecretsShown(m_detail->secretsShown());
    connect(m_detail, &ExchangeDetailView::secretsShownChanged, m_model, &HarEntryModel::setSecretsShown);

    m_drainTimer->setInterval(kDrainIntervalMs);
    connect(m_drainTimer, &QTimer::timeout, this, &HarViewer::drainLoad);
}

HarViewer::~HarViewer()
{
    cancelLoad();
}

void HarViewer::chooseFile()
{
    QSettings settings;
    const QString directory = settings.value(kDirectoryKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open HAR File"), directory,
                                                      tr("HAR files (*.har *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    openFile(path);
}

void HarViewer::openFile(const QString &path)
{
    cancelLoad();
    ++m_entryGeneration;
    m_path = path;
    m_error.clear();
    m_reader = HarIndexReader();
    m_errorLabel->hide();
    m_detail->clear();
    m_model->clear();
    rebuildPageFilter();
    m_fileLabel->setText(QFileInfo(path).fileName());
    m_fileLabel->setToolTip(QDir::toNativeSeparators(path));
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_stack->setCurrentWidget(m_table);

    auto load = std::make_shared<Load>();
    m_loading = load;
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, load] {
        watcher->deleteLater();
        if (load == m_loading)
            finishLoad();
    });
    watcher->setFuture(QtConcurrent::run([load, path] {
        HarIndexReader reader;
        QString error;
        const bool ok = reader.read(
            path,
            [&load](const QList<HarEntrySummary> &batch, qint64 bytesRead, qint64 bytesTotal) {
                QMutexLocker locker(&load->mutex);
                load->pending.append(batch);
                load->bytesRead = bytesRead;
                load->bytesTotal = bytesTotal;
                return !load->cancelled;
            },
            &error);
        QMutexLocker locker(&load->mutex);
        load->ok = ok;
        load->error = error;
        load->reader = reader;
    }));
    m_drainTimer->start();
    updateSummary();
    emit loadStarted(path);
}

void HarViewer::cancelLoad()
{
    if (!m_loading)
        return;
    m_loading->cancelled = true;
    m_loading.reset();
    m_drainTimer->stop();
    m_progress->hide();
    m_cancelButton->hide();
}

void HarViewer::drainLoad()
{
    if (!m_loading)
        return;
    QList<HarEntrySummary> batch;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    {
        QMutexLocker locker(&m_loading->mutex);
        batch.swap(m_loading->pending);
        bytesRead = m_loading->bytesRead;
        bytesTotal = m_loading->bytesTotal;
    }
    if (bytesTotal > 0)
        m_progress->setValue(int(bytesRead * 1000 / bytesTotal));
    m_model->appendEntries(batch);
}

void HarViewer::finishLoad()
{
    drainLoad();
    const std::shared_ptr<Load> load = m_loading;
    m_loading.reset();
    m_drainTimer->stop();
    m_progress->hide();
    m_cancelButton->hide();
    bool ok = false;
    {
        QMutexLocker locker(&load->mutex);
        ok = load->ok;
        m_error = load->error;
        m_reader = load->reader;
    }
    if (!ok) {
        m_model->clear();
        m_errorLabel->setText(tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(m_path), m_error));
        m_errorLabel->show();
        m_stack->setCurrentWidget(m_placeholder);
        updateSummary();
        emit loadFinished(false);
        return;
    }
    m_model->setPages(m_reader.log().pages);
    rebuildPageFilter();
    updateSummary();
    // A row selected while the file was loading can be read now.
    if (m_table->currentIndex().isValid())
        showCurrentEntry();
    emit loadFinished(true);
}

void HarViewer::showCurrentEntry()
{
    const int generation = ++m_entryGeneration;
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    if (m_loading) {
        m_detail->showMessage(tr("The entry can be shown once the file has loaded."));
        return;
    }
    const int row = current.row();
    const HarEntrySummary summary = m_model->entry(row);
    auto *watcher = new QFutureWatcher<EntryRead>(this);
    connect(watcher, &QFutureWatcher<EntryRead>::finished, this, [this, watcher, generation] {
        const EntryRead read = watcher->result();
        watcher->deleteLater();
        if (generation != m_entryGeneration)
            return;
        if (read.ok)
            m_detail->showEntry(read.entry);
        else
            m_detail->showMessage(read.error);
        emit entryShown();
    });
    // A large entry takes a while to parse: not on the UI thread.
    watcher->setFuture(QtConcurrent::run([reader = m_reader, summary, row] {
        EntryRead read;
        read.ok = reader.readEntry(summary, row, &read.entry, &read.error);
        return read;
    }));
}

void HarViewer::updateSummary()
{
    if (m_path.isEmpty()) {
        m_fileLabel->setText(tr("No file open"));
        m_summary->clear();
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const QString entries = total == 1 ? tr("1 entry") : tr("%L1 entries").arg(total);
    QStringList parts;
    if (m_loading)
        parts.append(tr("%1 so far").arg(entries));
    else if (shown == total)
        parts.append(entries);
    else
        parts.append(tr("%L1 of %2").arg(shown).arg(entries));
    if (!m_loading && m_error.isEmpty()) {
        const HarLog &log = m_reader.log();
        if (log.pages.size() > 1)
            parts.append(tr("%1 pages").arg(log.pages.size()));
        QString creator = log.creator.name;
        if (!log.creator.version.isEmpty())
            creator = tr("%1 %2").arg(creator, log.creator.version);
        if (!log.browser.name.isEmpty())
            creator = tr("%1 (%2 %3)").arg(creator, log.browser.name, log.browser.version).trimmed();
        if (!creator.isEmpty())
            parts.append(tr("from %1").arg(creator));
    }
    m_summary->setText(QStringLiteral("·  ") + parts.join(QStringLiteral("  ·  ")));
}

double HarViewer::rowEnd(int proxyRow) const
{
    const int source = m_filter->mapToSource(m_filter->index(proxyRow, 0)).row();
    return m_model->startOffset(source) + std::max(m_model->entry(source).time, 0.0);
}

void HarViewer::extendWaterfallRange(int first, int last)
{
    double end = m_waterfallEnd;
    for (int row = first; row <= last; ++row)
        end = std::max(end, rowEnd(row));
    setWaterfallEnd(end);
}

void HarViewer::updateWaterfallRange()
{
    // Filtering removes and inserts rows in bursts: once per burst is enough.
    if (m_rangeUpdatePending)
        return;
    m_rangeUpdatePending = true;
    QTimer::singleShot(0, this, [this] {
        m_rangeUpdatePending = false;
        double end = 0;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            end = std::max(end, rowEnd(row));
        setWaterfallEnd(end);
    });
}

void HarViewer::setWaterfallEnd(double end)
{
    if (end == m_waterfallEnd)
        return;
    m_waterfallEnd = end;
    m_waterfall->setRange(end);
    m_table->viewport()->update();
    m_table->horizontalHeader()->setToolTip(
        tr("The waterfall spans %1 from the page start").arg(DisplayFormat::duration(end)));
}

void HarViewer::rebuildPageFilter()
{
    const QString current = m_filter->pageFilter();
    const QSignalBlocker blocker(m_pageCombo);
    m_pageCombo->clear();
    m_pageCombo->addItem(tr("All pages"), QString());
    for (const HarPage &page : m_reader.log().pages) {
        const QString title = page.title.isEmpty() ? page.id : page.title;
        m_pageCombo->addItem(title, page.id);
    }
    const int index = m_pageCombo->findData(current);
    m_pageCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setPageFilter(m_pageCombo->currentData().toString());
    // With one page there is nothing to choose.
    m_pageCombo->setVisible(m_reader.log().pages.size() > 1);
}

void HarViewer::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void HarViewer::dropEvent(QDropEvent *event)
{
    const QString path = localFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}
