// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workspace/LintPanel.h"

#include "common/Plural.h"
#include "lint/WorkspaceLinter.h"
#include "workspace/WorkspaceModel.h"

#include <QApplication>
#include <QCollator>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <tuple>
#include <utility>

namespace {

QString counted(qsizetype count, const char *one, const char *many)
{
    return Plural::counted("LintPanel", count, one, many);
}

enum Column
{
    ProblemColumn,
    PlaceColumn
};
constexpr int kFindingRole = Qt::UserRole + 1; // index into m_findings

QIcon severityIcon(LintSeverity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case LintSeverity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case LintSeverity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case LintSeverity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return QIcon();
}

QString orFallback(const QString &name, const QString &fallback)
{
    return name.trimmed().isEmpty() ? fallback : name;
}

QString webhookName(const QList<Webhook> &webhooks, int index)
{
    if (index < 0 || index >= webhooks.size())
        return QString();
    const Webhook &webhook = webhooks.at(index);
    return orFallback(webhook.name, Triggers::label(webhook.trigger));
}

// Where a location stands in the tree: workspace, company, campaigns (each before its numbers),
// buyers, publishers; then the field and the position in it.
int scopeRank(LintLocation::Scope scope)
{
    switch (scope) {
    case LintLocation::Scope::Workspace:
        return 0;
    case LintLocation::Scope::Company:
        return 1;
    case LintLocation::Scope::Campaign:
    case LintLocation::Scope::Number:
        return 2;
    case LintLocation::Scope::Buyer:
        return 3;
    case LintLocation::Scope::Publisher:
        return 4;
    }
    return 5;
}

bool comesFirst(const LintFinding &a, const LintFinding &b)
{
    // Errors, then warnings, then hints.
    if (a.severity != b.severity)
        return int(a.severity) > int(b.severity);
    const LintLocation &x = a.location;
    const LintLocation &y = b.location;
    const auto order = [](const LintLocation &l) {
        return std::make_tuple(scopeRank(l.scope), l.campaignIndex, l.numberIndex, l.buyerIndex, l.publisherIndex,
                               l.webhookIndex);
    };
    if (order(x) != order(y))
        return order(x) < order(y);
    // Fields by name, numbers by value: headers[2] before headers[10].
    static const QCollator fields = [] {
        QCollator collator;
        collator.setNumericMode(true);
        return collator;
    }();
    if (const int byField = fields.compare(x.field, y.field); byField != 0)
        return byField < 0;
    return std::make_pair(x.line, x.column) < std::make_pair(y.line, y.column);
}

} // namespace

LintPanel::LintPanel(QWidget *parent)
    : QWidget(parent)
    , m_errors(new QToolButton(this))
    , m_warnings(new QToolButton(this))
    , m_infos(new QToolButton(this))
    , m_state(new QLabel(this))
    , m_view(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("lintPanel"));
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &LintPanel::start);
    connect(&m_watcher, &QFutureWatcher<QList<LintFinding>>::finished, this, &LintPanel::finished);

    // Severity filters, as in an IDE's problems view: each shows its count.
    const QList<QPair<QToolButton *, LintSeverity>> filters = {
        {m_errors, LintSeverity::Error}, {m_warnings, LintSeverity::Warning}, {m_infos, LintSeverity::Info}};
    for (const auto &[button, severity] : filters) {
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(severityIcon(severity));
        connect(button, &QToolButton::toggled, this, &LintPanel::applyFilter);
    }
    m_errors->setObjectName(QStringLiteral("lintErrorsFilter"));
    m_errors->setToolTip(tr("Show errors: the webhook cannot fire as meant"));
    m_warnings->setObjectName(QStringLiteral("lintWarningsFilter"));
    m_warnings->setToolTip(tr("Show warnings: likely mistakes"));
    m_infos->setObjectName(QStringLiteral("lintInfosFilter"));
    m_infos->setToolTip(tr("Show hints"));
    m_state->setObjectName(QStringLiteral("lintState"));
    m_state->setForegroundRole(QPalette::PlaceholderText);

    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(4, 2, 4, 0);
    filterRow->setSpacing(2);
    filterRow->addWidget(m_errors);
    filterRow->addWidget(m_warnings);
    filterRow->addWidget(m_infos);
    filterRow->addStretch(1);
    filterRow->addWidget(m_state);

    m_view->setObjectName(QStringLiteral("lintFindings"));
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("Problem"), tr("Where")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Messages read from their start; the tooltip has the whole text.
    m_view->setTextElideMode(Qt::ElideRight);
    // The message takes what the place leaves, so the list never scrolls sideways.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(PlaceColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(PlaceColumn, m_view->fontMetrics().averageCharWidth() * 34);
    m_view->setToolTip(QString());
    connect(m_view, &QTreeWidget::itemActivated, this, &LintPanel::activate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    showFindings();
}

LintPanel::~LintPanel()
{
    // A lint still running finishes on its own; its result is dropped with the watcher.
    m_watcher.disconnect(this);
}

void LintPanel::setModel(WorkspaceModel *model)
{
    m_model = model;
    connect(model, &WorkspaceModel::workspaceChanged, this, &LintPanel::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &LintPanel::schedule);
    schedule();
}

int LintPanel::count(LintSeverity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [severity](const LintFinding &finding) { return finding.severity == severity; }));
}

QString LintPanel::summary() const
{
    QStringList parts;
    if (const int errors = count(LintSeverity::Error))
        parts.append(
            counted(errors, QT_TRANSLATE_NOOP("LintPanel", "%1 error"), QT_TRANSLATE_NOOP("LintPanel", "%1 errors")));
    if (const int warnings = count(LintSeverity::Warning))
        parts.append(counted(warnings, QT_TRANSLATE_NOOP("LintPanel", "%1 warning"),
                             QT_TRANSLATE_NOOP("LintPanel", "%1 warnings")));
    if (const int infos = count(LintSeverity::Info))
        parts.append(
            counted(infos, QT_TRANSLATE_NOOP("LintPanel", "%1 hint"), QT_TRANSLATE_NOOP("LintPanel", "%1 hints")));
    return parts.isEmpty() ? tr("No problems") : parts.join(QStringLiteral(", "));
}

bool LintPanel::isBusy() const
{
    return m_delay.isActive() || m_watcher.isRunning() || m_pending;
}

QString LintPanel::placeText(const Workspace &workspace, const LintLocation &location)
{
    QStringList steps;
    const QList<Webhook> *webhooks = nullptr;
    switch (location.scope) {
    case LintLocation::Scope::Workspace:
        steps.append(tr("Workspace"));
        break;
    case LintLocation::Scope::Company:
        steps.append(tr("Company defaults"));
        webhooks = &workspace.company.defaultWebhooks;
        break;
    case LintLocation::Scope::Campaign:
    case LintLocation::Scope::Number:
        if (location.campaignIndex >= 0 && location.campaignIndex < workspace.campaigns.size()) {
            const Campaign &campaign = workspace.campaigns.at(location.campaignIndex);
            steps.append(orFallback(campaign.name, campaign.id));
            webhooks = &campaign.webhooks;
            if (location.scope == LintLocation::Scope::Number && location.numberIndex >= 0
                && location.numberIndex < campaign.numbers.size()) {
                steps.append(campaign.numbers.at(location.numberIndex).number);
                webhooks = &campaign.numbers.at(location.numberIndex).webhooks;
            }
        }
        break;
    case LintLocation::Scope::Buyer:
        if (location.buyerIndex >= 0 && location.buyerIndex < workspace.buyers.size()) {
            const Buyer &buyer = workspace.buyers.at(location.buyerIndex);
            steps.append(orFallback(buyer.name, buyer.id));
            webhooks = &buyer.webhooks;
        }
        break;
    case LintLocation::Scope::Publisher:
        if (location.publisherIndex >= 0 && location.publisherIndex < workspace.publishers.size()) {
            const Publisher &publisher = workspace.publishers.at(location.publisherIndex);
            steps.append(orFallback(publisher.name, publisher.sourceId));
        }
        break;
    }
    if (webhooks && location.webhookIndex >= 0)
        steps.append(webhookName(*webhooks, location.webhookIndex));
    if (!location.field.isEmpty())
        steps.append(location.field);
    return steps.join(QStringLiteral(" › "));
}

void LintPanel::schedule()
{
    if (m_watcher.isRunning())
        m_pending = true;
    else
        m_delay.start();
    if (m_state->text().isEmpty())
        m_state->setText(tr("Checking..."));
}

void LintPanel::start()
{
    if (!m_model)
        return;
    m_pending = false;
    m_linted = m_model->workspace(); // a cheap, implicitly shared copy the worker reads
    m_watcher.setFuture(QtConcurrent::run([workspace = m_linted] { return WorkspaceLinter::lint(workspace); }));
}

void LintPanel::finished()
{
    if (m_watcher.future().resultCount() > 0) {
        m_findings = m_watcher.result();
        // The list reads worst first: what stops a webhook before what only looks odd.
        std::stable_sort(m_findings.begin(), m_findings.end(), comesFirst);
    }
    showFindings();
    emit findingsChanged();
    // Changes that came in while linting: lint those too.
    if (m_pending) {
        m_pending = false;
        m_delay.start();
    }
}

void LintPanel::showFindings()
{
    m_view->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_findings.size());
    for (int i = 0; i < m_findings.size(); ++i) {
        const LintFinding &finding = m_findings.at(i);
        auto *item = new QTreeWidgetItem;
        item->setIcon(ProblemColumn, severityIcon(finding.severity));
        item->setText(ProblemColumn, finding.message);
        item->setText(PlaceColumn, placeText(m_linted, finding.location));
        item->setData(ProblemColumn, kFindingRole, i);
        const QString tip = finding.message % QStringLiteral("\n\n")
                            % tr("Rule: %1 (%2)").arg(finding.ruleId(), LintRules::title(finding.rule))
                            % QLatin1Char('\n') % tr("Path: %1").arg(finding.location.path()) % QLatin1Char('\n')
                            % tr("Double-click to go to it.");
        item->setToolTip(ProblemColumn, tip);
        item->setToolTip(PlaceColumn, finding.location.path());
        items.append(item);
    }
    m_view->addTopLevelItems(items);

    m_errors->setText(QString::number(count(LintSeverity::Error)));
    m_warnings->setText(QString::number(count(LintSeverity::Warning)));
    m_infos->setText(QString::number(count(LintSeverity::Info)));
    m_state->setText(m_model ? summary() : QString());
    applyFilter();
}

void LintPanel::applyFilter()
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_view->topLevelItem(i);
        const int index = item->data(ProblemColumn, kFindingRole).toInt();
        bool shown = true;
        switch (m_findings.at(index).severity) {
        case LintSeverity::Error:
            shown = m_errors->isChecked();
            break;
        case LintSeverity::Warning:
            shown = m_warnings->isChecked();
            break;
        case LintSeverity::Info:
            shown = m_infos->isChecked();
            break;
        }
        item->setHidden(!shown);
    }
}

void LintPanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(ProblemColumn, kFindingRole).toInt();
    if (index >= 0 && index < m_findings.size())
        emit findingActivated(m_findings.at(index));
}
