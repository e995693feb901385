// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/ExchangeDetailView.h"

#include "common/DisplayFormat.h"
#include "common/StatePalette.h"
#include "common/TableViews.h"
#include "exchange/BodyViewer.h"
#include "exchange/TimingsChart.h"
#include "model/TagMap.h"
#include "model/Trigger.h"
#include "record/Redactor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <optional>

namespace {
// Bodies up to this size are searched for secrets on the UI thread (a few ms), so a secret
// seen in a body is masked in the headers and URL too. Larger ones are masked in the worker.
constexpr qsizetype kLearnBodyLimit = 1024 * 1024;

QByteArray headerValue(const HttpHeaders &headers, const char *name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

QString responseContentType(const Exchange &exchange)
{
    const QByteArray header = headerValue(exchange.responseHeaders, "content-type");
    return header.isEmpty() ? exchange.mimeType : QString::fromUtf8(header);
}

constexpr int kQueryTableMaxHeight = 170;

// The names as wide as the widest, within reason.
void fillPairs(QTableWidget *table, const QList<QPair<QString, QString>> &pairs)
{
    TableViews::fillPairs(table, pairs);
    table->resizeColumnToContents(0);
    table->setColumnWidth(0, std::min(table->columnWidth(0) + 16, 260));
}

// As tall as its rows, up to maxHeight (then it scrolls), so that the section below gets the
// room instead of an empty table.
void fitHeightToRows(QTableWidget *table, int maxHeight)
{
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(std::min(height, maxHeight));
}

QString triggerLabel(const QString &name)
{
    Trigger trigger;
    return Triggers::fromName(name, &trigger) ? Triggers::label(trigger) : name;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

ExchangeDetailView::ExchangeDetailView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(m_stack))
    , m_content(new QWidget(m_stack))
    , m_title(new QLabel(m_content))
    , m_summary(new QLabel(m_content))
    , m_exchangeSelector(new QComboBox(m_content))
    , m_showSecrets(new QCheckBox(tr("Show secrets"), m_content))
    , m_tabs(new QTabWidget(m_content))
{
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false);

    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long URLs are cut by the label, not allowed to widen the pane.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_exchangeSelector->setObjectName(QStringLiteral("exchangeSelector"));
    m_exchangeSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_exchangeSelector->setMinimumContentsLength(28);
    m_exchangeSelector->setToolTip(tr("This webhook made several requests (redirects, or a ping and its post)"));
    m_showSecrets->setObjectName(QStringLiteral("showSecrets"));
    m_showSecrets->setToolTip(tr("Secrets (call_key, Authorization and cookies, fields named like key, token, "
                                 "secret, password or signature) are masked on screen until shown"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_exchangeSelector);
    titleRow->addWidget(m_showSecrets);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createRequestPage(), tr("Request"));
    m_tabs->addTab(createResponsePage(), tr("Response"));
    m_tabs->addTab(createHeadersPage(), tr("Headers"));
    m_tabs->addTab(createTimingsPage(), tr("Timings"));
    m_tabs->addTab(createTagsPage(), tr("Tags Applied"));
    m_why = new QTextBrowser(m_tabs);
    m_why->setObjectName(QStringLiteral("whyText"));
    m_why->setOpenLinks(false);
    m_why->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_why, tr("Why"));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(8, 6, 8, 0);
    contentLayout->setSpacing(4);
    contentLayout->addLayout(titleRow);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_showSecrets, &QCheckBox::toggled, this, &ExchangeDetailView::setSecretsShown);
    connect(m_exchangeSelector, qOverload<int>(&QComboBox::activated), this, &ExchangeDetailView::setCurrentExchange);
    clear();
}

ExchangeDetailView::~ExchangeDetailView() = default;

QWidget *ExchangeDetailView::createRequestPage()
{
    auto *page = new QWidget(m_tabs);
    m_method = new QLabel(page);
    m_method->setObjectName(QStringLiteral("requestMethod"));
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("requestUrl"));
    m_url->setReadOnly(true);
    m_timeout = new QLabel(page);
    m_timeout->setObjectName(QStringLiteral("requestTimeout"));
    m_timeoutLabel = new QLabel(tr("Timeout:"), page);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Method:"), m_method);
    form->addRow(tr("URL:"), m_url);
    form->addRow(m_timeoutLabel, m_timeout);

    m_queryBox = new QWidget(page);
    m_queryTable = TableViews::pairTable({tr("Parameter"), tr("Value")}, m_queryBox);
    m_queryTable->setObjectName(QStringLiteral("queryTable"));
    m_queryTable->setMaximumHeight(kQueryTableMaxHeight);
    auto *queryLayout = new QVBoxLayout(m_queryBox);
    queryLayout->setContentsMargins(0, 0, 0, 0);
    queryLayout->addWidget(sectionLabel(tr("Query parameters"), m_queryBox));
    queryLayout->addWidget(m_queryTable);

    m_requestBodyLabel = sectionLabel(QString(), page);
    m_requestBodyLabel->setObjectName(QStringLiteral("requestBodyLabel"));
    m_requestBody = new BodyViewer(page);
    m_requestBody->setObjectName(QStringLiteral("requestBody"));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_queryBox);
    layout->addWidget(m_requestBodyLabel);
    layout->addWidget(m_requestBody, 1);
    return page;
}

QWidget *ExchangeDetailView::createResponsePage()
{
    auto *page = new QWidget(m_tabs);
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("responseStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_responseMeta = new QLabel(page);
    m_responseMeta->setObjectName(QStringLiteral("responseMeta"));
    m_responseMeta->setTextFormat(Qt::PlainText);
    m_responseMeta->setWordWrap(true);

    m_responseTabs = new QTabWidget(page);
    m_responseTabs->setObjectName(QStringLiteral("responseTabs"));
    m_responseTabs->setTabPosition(QTabWidget::South);
    m_responseTabs->setDocumentMode(true);
    m_responseBody = new BodyViewer(m_responseTabs);
    m_responseBody->setObjectName(QStringLiteral("responseBody"));
    m_responseRaw = new BodyViewer(m_responseTabs);
    m_responseRaw->setObjectName(QStringLiteral("responseRaw"));
    m_responseRaw->setPrettyPrint(false);
    m_responseTabs->addTab(m_responseBody, tr("Pretty"));
    m_responseTabs->addTab(m_responseRaw, tr("Raw"));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_responseMeta);
    layout->addWidget(m_responseTabs, 1);
    return page;
}

QWidget *ExchangeDetailView::createHeadersPage()
{
    m_headers = new QTreeWidget(m_tabs);
    m_headers->setObjectName(QStringLiteral("headersTree"));
    m_headers->setColumnCount(2);
    m_headers->setHeaderLabels({tr("Name"), tr("Value")});
    m_headers->setRootIsDecorated(true);
    m_headers->setAlternatingRowColors(true);
    m_headers->setUniformRowHeights(true);
    m_headers->setFrameShape(QFrame::NoFrame);
    m_headers->header()->setStretchLastSection(true);
    return m_headers;
}

QWidget *ExchangeDetailView::createTimingsPage()
{
    auto *page = new QWidget(m_tabs);
    m_timingsChart = new TimingsChart(page);
    m_timingsChart->setObjectName(QStringLiteral("timingsChart"));
    m_started = new QLabel(page);
    m_started->setObjectName(QStringLiteral("timingsStarted"));
    m_server = new QLabel(page);
    m_server->setObjectName(QStringLiteral("timingsServer"));
    auto *form = new QFormLayout;
    form->setContentsMargins(12, 0, 12, 0);
    form->addRow(tr("Started:"), m_started);
    form->addRow(tr("Server:"), m_server);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_timingsChart);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget *ExchangeDetailView::createTagsPage()
{
    m_tagsStack = new QStackedWidget(m_tabs);
    m_tagsTable = TableViews::pairTable({tr("Tag"), tr("Value")}, m_tagsStack);
    m_tagsTable->setObjectName(QStringLiteral("tagsTable"));
    m_tagsTable->setFrameShape(QFrame::NoFrame);
    m_noTags = new QLabel(m_tagsStack);
    m_noTags->setObjectName(QStringLiteral("noTags"));
    m_noTags->setAlignment(Qt::AlignCenter);
    m_noTags->setWordWrap(true);
    m_noTags->setEnabled(false);
    m_tagsStack->addWidget(m_tagsTable);
    m_tagsStack->addWidget(m_noTags);
    return m_tagsStack;
}

void ExchangeDetailView::showPixel(const FiredPixel &pixel)
{
    Record record;
    record.isPixel = true;
    record.fired = pixel.fired;
    record.outcome = pixel.outcome();
    record.webhookName = pixel.webhookName;
    record.trigger = pixel.trigger;
    record.buyerId = pixel.buyerId;
    record.reason = pixel.reason;
    record.tagsApplied = pixel.tagsApplied;
    record.warnings = pixel.warnings;
    record.exchanges = pixel.exchanges;
    showRecord(record);
}

void ExchangeDetailView::showEntry(const HarEntry &entry)
{
    Record record;
    record.webhookName = entry.webhookName;
    record.trigger = entry.trigger;
    record.outcome = entry.outcome;
    // Our files from before "_outcome" named outcomes: the entry's own exchange tells.
    if (!record.outcome && !entry.webhookName.isEmpty())
        record.outcome = Outcomes::ofExchanges({entry.exchange});
    record.reason = entry.reason;
    record.comment = entry.comment;
    record.tagsApplied = entry.tagsApplied;
    record.warnings = entry.warnings;
    record.entryTime = entry.time;
    record.exchanges = {entry.exchange};
    showRecord(record);
}

void ExchangeDetailView::showMessage(const QString &message)
{
    clear();
    m_message->setText(message);
}

void ExchangeDetailView::clear()
{
    m_record = Record();
    m_hasRecord = false;
    m_exchangeIndex = -1;
    m_requestBody->clear();
    m_responseBody->clear();
    m_responseRaw->clear();
    m_message->setText(tr("Select a row to see its request and response."));
    m_stack->setCurrentWidget(m_message);
}

void ExchangeDetailView::setSecretsShown(bool shown)
{
    if (m_secretsShown == shown)
        return;
    m_secretsShown = shown;
    m_showSecrets->setChecked(shown);
    if (m_hasRecord)
        render();
    emit secretsShownChanged(shown);
}

ExchangeDetailView::Tab ExchangeDetailView::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void ExchangeDetailView::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

int ExchangeDetailView::exchangeCount() const
{
    return int(m_record.exchanges.size());
}

void ExchangeDetailView::setCurrentExchange(int index)
{
    if (index < 0 || index >= exchangeCount() || index == m_exchangeIndex)
        return;
    m_exchangeIndex = index;
    render();
}

QString ExchangeDetailView::summary() const
{
    return m_summary->text();
}

void ExchangeDetailView::showRecord(const Record &record)
{
    m_record = record;
    m_hasRecord = true;
    m_exchangeIndex = int(record.exchanges.size()) - 1;
    m_stack->setCurrentWidget(m_content);
    render();
}

void ExchangeDetailView::render()
{
    std::optional<Redactor> redactor;
    if (!m_secretsShown) {
        redactor.emplace();
        for (Exchange exchange : std::as_const(m_record.exchanges)) {
            if (exchange.responseBody.size() > kLearnBodyLimit)
                exchange.responseBody.clear();
            if (exchange.request.body.size() > kLearnBodyLimit)
                exchange.request.body.clear();
            redactor->learn(exchange);
        }
        redactor->learnPairs(m_record.tagsApplied);
    }
    const Redactor *masking = redactor ? &*redactor : nullptr;

    // Title: the webhook, or for a browser's entry the request itself.
    QString title = m_record.webhookName.isEmpty() ? tr("HAR entry") : m_record.webhookName;
    if (!m_record.trigger.isEmpty())
        title = tr("%1 · %2").arg(title, triggerLabel(m_record.trigger));
    if (m_record.outcome)
        title = tr("%1 — %2").arg(title, Outcomes::label(*m_record.outcome));
    m_title->setText(title);

    m_exchangeSelector->clear();
    for (int i = 0; i < m_record.exchanges.size(); ++i) {
        const Exchange &exchange = m_record.exchanges.at(i);
        const QString url = masking ? masking->redactUrl(exchange.request.url) : exchange.request.url;
        m_exchangeSelector->addItem(
            tr("%1. %2 %3 → %4")
                .arg(i + 1)
                .arg(exchange.request.method, QUrl(url).path(), DisplayFormat::status(exchange)));
    }
    m_exchangeSelector->setCurrentIndex(m_exchangeIndex);
    m_exchangeSelector->setVisible(m_record.exchanges.size() > 1);

    const bool sent = m_exchangeIndex >= 0;
    setExchangeTabsEnabled(sent);
    if (sent) {
        renderExchange(m_record.exchanges.at(m_exchangeIndex), masking);
    } else {
        m_summary->setText(m_record.fired ? tr("Nothing was sent.") : tr("Skipped: nothing was sent."));
        m_requestBody->clear();
        m_responseBody->clear();
        m_responseRaw->clear();
        m_headers->clear();
        m_timingsChart->clear();
    }
    renderTags(masking);
    renderWhy(masking);
}

void ExchangeDetailView::setExchangeTabsEnabled(bool enabled)
{
    // Disabling the current tab moves the tab bar on by itself: decide from where the user was.
    const Tab before = currentTab();
    for (Tab tab : {Tab::Request, Tab::Response, Tab::Headers, Tab::Timings})
        m_tabs->setTabEnabled(int(tab), enabled);
    if (!enabled && before != Tab::Tags)
        setCurrentTab(Tab::Why);
}

void ExchangeDetailView::renderExchange(const Exchange &exchange, const Redactor *redactor)
{
    // Everything but the bodies is masked here; the bodies are masked by their viewers' worker.
    Exchange shown = exchange;
    shown.request.body.clear();
    shown.responseBody.clear();
    if (redactor)
        shown = redactor->redact(shown);
    const auto bodyTransform = [redactor](const QString &contentType) -> BodyViewer::Transform {
        if (!redactor)
            return {};
        return [copy = *redactor, type = contentType.toUtf8()](const QByteArray &body) {
            return copy.redactBody(body, type);
        };
    };

    const double total = m_record.isPixel || m_record.entryTime < 0 ? exchange.timings.total() : m_record.entryTime;
    m_summary->setText(tr("%1 %2 → %3 · %4")
                           .arg(shown.request.method, shown.request.url, DisplayFormat::status(shown),
                                DisplayFormat::duration(total)));
    m_summary->setToolTip(shown.request.url);

    // Request
    m_method->setText(shown.request.method);
    m_url->setText(shown.request.url);
    m_url->setCursorPosition(0);
    // Browsers' entries carry no timeout; ours always do.
    const bool hasTimeout = m_record.isPixel || !m_record.webhookName.isEmpty();
    m_timeoutLabel->setVisible(hasTimeout);
    m_timeout->setVisible(hasTimeout);
    m_timeout->setText(tr("%L1 ms").arg(shown.request.timeoutMs));
    QList<QPair<QString, QString>> query;
    const QUrl url(shown.request.url);
    for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        query.append(item);
    fillPairs(m_queryTable, query);
    fitHeightToRows(m_queryTable, kQueryTableMaxHeight);
    m_queryBox->setVisible(!query.isEmpty());
    const QString requestType = QString::fromUtf8(headerValue(exchange.request.headers, "content-type"));
    if (exchange.request.body.isEmpty()) {
        // The body viewer below says "No body"; the heading saying it too read twice.
        m_requestBodyLabel->setText(tr("Body"));
    } else {
        m_requestBodyLabel->setText(
            requestType.isEmpty()
                ? tr("Body · %1").arg(DisplayFormat::size(exchange.request.body.size()))
                : tr("Body · %1 · %2").arg(requestType, DisplayFormat::size(exchange.request.body.size())));
    }
    m_requestBody->setBody(exchange.request.body, requestType, bodyTransform(requestType));

    // Response
    const StatePalette states(palette());
    QPalette statusPalette = palette();
    if (exchange.hasResponse() && exchange.status > 0) {
        QString line = QStringLiteral("%1 %2 %3")
                           .arg(shown.httpVersion, QString::number(shown.status), shown.statusText)
                           .trimmed();
        if (exchange.outcome == Exchange::Outcome::Simulated)
            line = tr("%1 (simulated: nothing went on the wire)").arg(line);
        m_status->setText(line);
        const QColor color = states.foreground(exchange.isSuccess()    ? StatePalette::State::Success
                                               : exchange.status < 400 ? StatePalette::State::Info
                                                                       : StatePalette::State::Error);
        statusPalette.setColor(QPalette::WindowText, color);
    } else {
        const QString what = DisplayFormat::status(shown);
        m_status->setText(shown.error.isEmpty() ? tr("No response: %1").arg(what)
                                                : tr("No response: %1 (%2)").arg(what, shown.error));
        statusPalette.setColor(QPalette::WindowText, states.foreground(StatePalette::State::Error));
    }
    m_status->setPalette(statusPalette);
    const QString responseType = responseContentType(exchange);
    QStringList meta;
    if (!exchange.mimeType.isEmpty())
        meta.append(exchange.mimeType);
    if (exchange.hasResponse())
        meta.append(DisplayFormat::size(exchange.responseBody.size()));
    if (exchange.bodyTruncated)
        meta.append(tr("cut at 10 MiB when received"));
    m_responseMeta->setText(meta.join(QStringLiteral(" · ")));
    m_responseMeta->setVisible(!meta.isEmpty());
    m_responseBody->setBody(exchange.responseBody, responseType, bodyTransform(responseType));
    m_responseRaw->setBody(exchange.responseBody, responseType, bodyTransform(responseType));

    // Headers
    m_headers->clear();
    const auto addGroup = [this](const QString &title, const HttpHeaders &headers) {
        auto *group = new QTreeWidgetItem(m_headers, {title.arg(headers.size())});
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setFirstColumnSpanned(true);
        for (const auto &header : headers) {
            auto *item =
                new QTreeWidgetItem(group, {QString::fromUtf8(header.first), QString::fromUtf8(header.second)});
            item->setToolTip(1, item->text(1));
        }
        group->setExpanded(true);
    };
    addGroup(tr("Request headers (%1)"), shown.request.headers);
    addGroup(tr("Response headers (%1)"), shown.responseHeaders);
    m_headers->resizeColumnToContents(0);
    m_headers->setColumnWidth(0, std::min(m_headers->columnWidth(0) + 24, 280));

    // Timings
    m_timingsChart->setTimings(exchange.timings, total);
    m_started->setText(exchange.startedAt.isValid()
                           ? exchange.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                           : tr("not recorded"));
    m_server->setText(exchange.serverAddress.isEmpty() ? tr("not recorded") : exchange.serverAddress);
}

void ExchangeDetailView::renderTags(const Redactor *redactor)
{
    const QStringList pairs = redactor ? redactor->redactPairs(m_record.tagsApplied) : m_record.tagsApplied;
    QList<QPair<QString, QString>> rows;
    for (const QString &pair : pairs) {
        QString key;
        QString value;
        if (TagMap::parsePair(pair, &key, &value))
            rows.append({key, value});
    }
    fillPairs(m_tagsTable, rows);
    if (rows.isEmpty()) {
        m_noTags->setText(!m_record.fired ? tr("Skipped: no response, so no tags.")
                                          : tr("The response applied no tags."));
        m_tagsStack->setCurrentWidget(m_noTags);
    } else {
        m_tagsStack->setCurrentWidget(m_tagsTable);
    }
}

void ExchangeDetailView::renderWhy(const Redactor *redactor)
{
    const auto scrub = [redactor](const QString &text) {
        return redactor ? redactor->scrub(text) : text;
    };
    const StatePalette states(palette());
    QString text;
    const bool fromApp = m_record.isPixel || !m_record.webhookName.isEmpty();
    if (!fromApp) {
        text += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(html(tr("Recorded by a browser or another tool")),
                         html(tr("The file has no webhook, trigger or reason for this request.")));
    } else {
        const Outcome outcome = m_record.outcome.value_or(m_record.fired ? Outcome::Fired : Outcome::Skipped);
        QString verdict = Outcomes::label(outcome);
        if (!verdict.isEmpty())
            verdict[0] = verdict.at(0).toUpper();
        StatePalette::State state = StatePalette::State::Warning;
        if (outcome == Outcome::Fired)
            state = StatePalette::State::Success;
        else if (outcome == Outcome::Failed || outcome == Outcome::NotSent)
            state = StatePalette::State::Error;
        const QString color = states.foreground(state).name();
        text += QStringLiteral("<h3 style=\"color:%1\">%2</h3>").arg(color, html(verdict));
        if (!m_record.reason.isEmpty())
            text += QStringLiteral("<p>%1</p>").arg(html(scrub(m_record.reason)));
        text += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        const auto row = [&text](const QString &name, const QString &value) {
            if (!value.isEmpty())
                text += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(html(name), html(value));
        };
        row(tr("Webhook"), m_record.webhookName);
        Trigger trigger;
        if (Triggers::fromName(m_record.trigger, &trigger))
            row(tr("Trigger"), tr("%1: %2").arg(Triggers::label(trigger), Triggers::description(trigger)));
        else
            row(tr("Trigger"), m_record.trigger);
        row(tr("Buyer"), m_record.buyerId);
        text += QStringLiteral("</table>");
    }
    if (m_exchangeIndex >= 0) {
        const Exchange &exchange = m_record.exchanges.at(m_exchangeIndex);
        if (!exchange.hasResponse()) {
            text += QStringLiteral("<p style=\"color:%1\"><b>%2</b> %3</p>")
                        .arg(states.foreground(StatePalette::State::Error).name(), html(tr("No response:")),
                             html(scrub(exchange.error.isEmpty() ? DisplayFormat::outcome(exchange.outcome)
                                                                 : exchange.error)));
        }
    }
    if (!m_record.warnings.isEmpty()) {
        text += QStringLiteral("<h4>%1</h4><ul>").arg(html(tr("Notes")));
        for (const QString &warning : std::as_const(m_record.warnings))
            text += QStringLiteral("<li>%1</li>").arg(html(scrub(warning)));
        text += QStringLiteral("</ul>");
    }
    if (!m_record.comment.isEmpty())
        text += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(html(tr("Comment")), html(scrub(m_record.comment)));
    m_why->setHtml(text);
}
