// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testfire/TestFirePane.h"

#include "call/CannedResponder.h"
#include "common/StatePalette.h"
#include "common/TableViews.h"
#include "exchange/ExchangeDetailView.h"
#include "net/NetworkResponder.h"
#include "record/CallRecorder.h"
#include "record/CallSession.h"
#include "shell/Services.h"
#include "testfire/StepListModel.h"
#include "workspace/WorkspaceModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kMaxTalkSeconds = 24 * 60 * 60;

QString durationText(qint64 ms)
{
    if (ms < 1000)
        return TestFirePane::tr("%1 ms").arg(ms);
    return TestFirePane::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QToolButton *rowButton(const QString &icon, const QString &toolTip, const QString &objectName)
{
    auto *button = new QToolButton;
    button->setIcon(QIcon(icon));
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setObjectName(objectName);
    return button;
}

// A small table of rows edited in place, sized for a few rows.
QTableWidget *smallTable(const QStringList &headers, const QString &objectName)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 16);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                            + 2 * table->verticalHeader()->defaultSectionSize() + 4);
    table->setMaximumHeight(table->minimumHeight());
    return table;
}

QHBoxLayout *rowButtons(QToolButton *add, QToolButton *remove)
{
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(add);
    layout->addWidget(remove);
    layout->addStretch();
    return layout;
}

} // namespace

TestFirePane::TestFirePane(WorkspaceModel *model, Services *services, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_services(services)
    , m_steps(new StepListModel(this))
{
    setObjectName(QStringLiteral("testFirePane"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("testFireSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createSetupPanel());
    splitter->addWidget(createResultsPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 880});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_model, &WorkspaceModel::workspaceChanged, this, &TestFirePane::reloadWorkspace);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Another workspace: its own sample call again.
        m_followsSampleCall = true;
        reloadWorkspace();
    });
    reloadWorkspace();
    setRunning(false);
}

TestFirePane::~TestFirePane() = default;

QWidget *TestFirePane::createSetupPanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(10);

    m_sampleCallButton = new QPushButton(tr("Start from the &sample call"));
    m_sampleCallButton->setObjectName(QStringLiteral("sampleCallButton"));
    m_sampleCallButton->setToolTip(tr("Fill the form with the workspace's sample call, the call the editor's "
                                      "preview and match verdicts use"));
    connect(m_sampleCallButton, &QPushButton::clicked, this, &TestFirePane::startFromSampleCall);
    layout->addWidget(m_sampleCallButton, 0, Qt::AlignLeft);

    // The call: where it comes in and from whom.
    auto *callBox = new QGroupBox(tr("Call"));
    auto *callForm = new QFormLayout(callBox);
    callForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_campaign = new QComboBox;
    m_campaign->setObjectName(QStringLiteral("campaignCombo"));
    m_number = new QComboBox;
    m_number->setObjectName(QStringLiteral("numberCombo"));
    m_number->setToolTip(tr("The tracking number called: an unlocked number fires its own webhooks"));
    m_publisher = new QComboBox;
    m_publisher->setObjectName(QStringLiteral("publisherCombo"));
    m_publisher->setToolTip(tr("The affiliate the call comes from: sets source_id and adds the publisher's tags"));
    m_caller = new QLineEdit;
    m_caller->setObjectName(QStringLiteral("callerEdit"));
    m_caller->setPlaceholderText(tr("Generated: +1 212-555-01XX"));
    m_caller->setClearButtonEnabled(true);
    callForm->addRow(tr("&Campaign:"), m_campaign);
    callForm->addRow(tr("&Number:"), m_number);
    callForm->addRow(tr("&Affiliate:"), m_publisher);
    callForm->addRow(tr("Ca&ller:"), m_caller);
    layout->addWidget(callBox);

    // Routing: the targets tried, in order, until one answers.
    auto *routingBox = new QGroupBox(tr("Routing"));
    auto *routingLayout = new QVBoxLayout(routingBox);
    m_routing = smallTable({tr("Target"), tr("Outcome")}, QStringLiteral("routingTable"));
    m_routing->setToolTip(tr("The buyers the call is offered to, in order; it stops at the first that answers"));
    m_routing->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_routing->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_routing->setColumnWidth(1, m_routing->fontMetrics().horizontalAdvance(tr("No answer")) + 48);
    m_addAttempt = rowButton(QStringLiteral(":/icons/list-add.svg"), tr("Add a routing attempt"),
                             QStringLiteral("addAttemptButton"));
    m_removeAttempt = rowButton(QStringLiteral(":/icons/list-remove.svg"), tr("Remove the selected attempt"),
                                QStringLiteral("removeAttemptButton"));
    connect(m_addAttempt, &QToolButton::clicked, this, [this] {
        const Campaign *campaign = m_model->workspace().findCampaign(m_campaign->currentData().toString());
        addRoutingRow(campaign && !campaign->buyerIds.isEmpty() ? campaign->buyerIds.constFirst() : QString(), true);
        markEdited();
        updateCourseWarning();
    });
    connect(m_removeAttempt, &QToolButton::clicked, this, [this] {
        removeSelectedRow(m_routing);
        markEdited();
        updateCourseWarning();
    });
    // Before anything runs: a call nobody answers cannot convert.
    m_courseWarning = new QLabel;
    m_courseWarning->setObjectName(QStringLiteral("courseWarning"));
    m_courseWarning->setWordWrap(true);
    {
        const StatePalette palette(this->palette());
        m_courseWarning->setStyleSheet(
            QStringLiteral("color: %1;").arg(palette.foreground(StatePalette::State::Warning).name()));
    }
    m_courseWarning->hide();
    routingLayout->addWidget(m_routing);
    routingLayout->addLayout(rowButtons(m_addAttempt, m_removeAttempt));
    routingLayout->addWidget(m_courseWarning);
    layout->addWidget(routingBox);

    // The call's course: how long, whether it converts, what postbacks arrive.
    auto *courseBox = new QGroupBox(tr("Course"));
    auto *courseForm = new QFormLayout(courseBox);
    courseForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_duration = new QSpinBox;
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(0, kMaxTalkSeconds);
    m_duration->setSuffix(tr(" s"));
    m_duration->setValue(ScenarioBuilder::kDefaultTalkSeconds);
    m_duration->setToolTip(tr("Talk time, counted from the answer"));
    m_converted = new QCheckBox(tr("C&onverted"));
    m_converted->setObjectName(QStringLiteral("convertedCheck"));
    m_convertedHint = new QLabel;
    m_convertedHint->setObjectName(QStringLiteral("convertedHint"));
    m_convertedHint->setWordWrap(true);
    m_convertedHint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    connect(m_duration, &QSpinBox::valueChanged, this, &TestFirePane::markEdited);
    connect(m_converted, &QCheckBox::toggled, this, &TestFirePane::markEdited);
    connect(m_converted, &QCheckBox::toggled, this, [this](bool on) {
        // Show what converting takes: the talk time the campaign requires.
        const Campaign *campaign = m_model->workspace().findCampaign(m_campaign->currentData().toString());
        if (on && campaign && m_duration->value() < campaign->conversion.minDurationSeconds)
            m_duration->setValue(campaign->conversion.minDurationSeconds);
    });
    m_postbacks = smallTable({tr("At (s)"), tr("Tags")}, QStringLiteral("postbackTable"));
    m_postbacks->setToolTip(tr("Postbacks arriving during the call: the second they arrive at and their tags, "
                               "key:value separated by commas"));
    m_postbacks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_addPostback =
        rowButton(QStringLiteral(":/icons/list-add.svg"), tr("Add a postback"), QStringLiteral("addPostbackButton"));
    m_removePostback = rowButton(QStringLiteral(":/icons/list-remove.svg"), tr("Remove the selected postback"),
                                 QStringLiteral("removePostbackButton"));
    connect(m_addPostback, &QToolButton::clicked, this, [this] {
        addPostbackRow(qMin(30, m_duration->value()), QString());
        m_postbacks->setCurrentCell(m_postbacks->rowCount() - 1, 1);
        m_postbacks->editItem(m_postbacks->item(m_postbacks->rowCount() - 1, 1));
    });
    connect(m_removePostback, &QToolButton::clicked, this, [this] { removeSelectedRow(m_postbacks); });
    connect(m_postbacks, &QTableWidget::itemChanged, this, &TestFirePane::markEdited);
    auto *postbackLayout = new QVBoxLayout;
    postbackLayout->setContentsMargins(0, 0, 0, 0);
    postbackLayout->addWidget(m_postbacks);
    postbackLayout->addLayout(rowButtons(m_addPostback, m_removePostback));
    courseForm->addRow(tr("&Talk time:"), m_duration);
    courseForm->addRow(QString(), m_converted);
    courseForm->addRow(QString(), m_convertedHint);
    courseForm->addRow(tr("Postbacks:"), postbackLayout);
    layout->addWidget(courseBox);

    auto *tagsBox = new QGroupBox(tr("Tags"));
    auto *tagsLayout = new QVBoxLayout(tagsBox);
    m_tags = new QPlainTextEdit;
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tags->setPlaceholderText(tr("key:value, one per line"));
    m_tags->setToolTip(tr("The call's own tags, one key:value per line; they win over the affiliate's. "
                          "They start as the sample call's."));
    m_tags->setTabChangesFocus(true);
    m_tags->setMinimumHeight(m_tags->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_tags, &QPlainTextEdit::textChanged, this, &TestFirePane::markEdited);
    connect(m_caller, &QLineEdit::textChanged, this, &TestFirePane::markEdited);
    connect(m_publisher, &QComboBox::activated, this, &TestFirePane::markEdited);
    tagsLayout->addWidget(m_tags);
    layout->addWidget(tagsBox, 1);

    m_fireButton = new QPushButton(QIcon(QStringLiteral(":/icons/test-fire.svg")), tr("Fi&re"));
    m_fireButton->setObjectName(QStringLiteral("fireButton"));
    m_fireButton->setToolTip(tr("Run the whole call, sending every webhook's request for real (Ctrl+Return)"));
    // A shortcut of its own: the button's one shortcut is its mnemonic, Alt+R. Made the button's
    // child, it works only while the button is shown and enabled.
    auto *fireShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_fireButton);
    connect(fireShortcut, &QShortcut::activated, m_fireButton, [this] { m_fireButton->animateClick(); });
    m_simulateButton = new QPushButton(QIcon(QStringLiteral(":/icons/simulate.svg")), tr("Si&mulate"));
    m_simulateButton->setObjectName(QStringLiteral("simulateButton"));
    m_simulateButton->setToolTip(tr("Dry run: the same call with canned 200 responses, nothing on the network"));
    m_cancelButton = new QPushButton(QIcon(QStringLiteral(":/icons/process-stop.svg")), tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop the requests in flight; the rest of the call is not run"));
    connect(m_fireButton, &QPushButton::clicked, this, &TestFirePane::fire);
    connect(m_simulateButton, &QPushButton::clicked, this, &TestFirePane::simulate);
    connect(m_cancelButton, &QPushButton::clicked, this, &TestFirePane::cancel);

    connect(m_campaign, &QComboBox::currentIndexChanged, this, [this] {
        reloadNumbers();
        if (m_followsSampleCall)
            startFromSampleCall();
        else
            resetRouting();
        updateConvertedHint();
        updateCourseWarning();
    });

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("setupScroll"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(panel->minimumSizeHint().width() + 20);

    // The buttons stay in view however long the form gets.
    auto *column = new QWidget;
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);
    columnLayout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(10, 8, 10, 10);
    buttons->addWidget(m_fireButton);
    buttons->addWidget(m_simulateButton);
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    columnLayout->addLayout(buttons);
    return column;
}

QWidget *TestFirePane::createResultsPanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 10, 10, 6);
    layout->setSpacing(6);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("runTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("runNotes"));
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_progress->setMaximumHeight(m_title->fontMetrics().height());
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("runStatus"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);

    // Warnings sit above the table, where they cannot be missed.
    m_messageFrame = new QFrame;
    m_messageFrame->setObjectName(QStringLiteral("messageFrame"));
    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messageLayout = new QHBoxLayout(m_messageFrame);
    messageLayout->setContentsMargins(10, 6, 10, 6);
    messageLayout->addWidget(m_messageLabel);
    m_messageFrame->hide();

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("stepTable"));
    m_table->setModel(m_steps);
    TableViews::setUpLog(m_table, 10);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    // "Why" takes what is left, down to a sliver (its tooltip and the detail's Why tab say it
    // whole), rather than scroll.
    header->setMinimumSectionSize(digit * 4);
    header->resizeSection(StepListModel::TriggerColumn, digit * 18);
    header->resizeSection(StepListModel::Webhook, digit * 20);
    header->resizeSection(StepListModel::Buyer, digit * 14);
    header->resizeSection(StepListModel::Result, digit * 12 + m_table->iconSize().width() + 8);
    header->resizeSection(StepListModel::Status, digit * 9);
    header->resizeSection(StepListModel::Time, digit * 6);
    header->resizeSection(StepListModel::TagsApplied, digit * 13);
    // The stretched last column never shrinks below the size it had when stretching began.
    header->resizeSection(StepListModel::Reason, digit * 6);
    header->setStretchLastSection(true);

    m_detail = new ExchangeDetailView;
    m_detail->setObjectName(QStringLiteral("stepDetail"));
    // The detail's own minimum would make the whole window large: when the splitter leaves it
    // less room, it scrolls.
    auto *detailScroll = new QScrollArea;
    detailScroll->setObjectName(QStringLiteral("stepDetailScroll"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setMinimumSize(240, 120);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("resultsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({360, 240});

    layout->addWidget(m_title);
    layout->addWidget(m_notes);
    layout->addLayout(statusRow);
    layout->addWidget(m_messageFrame);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TestFirePane::showCurrentStep);

    m_title->setText(tr("No call run yet"));
    m_notes->setText(tr("Set up a call on the left, then Fire it for real or Simulate a dry run. Each webhook's "
                        "row appears here as the call goes."));
    m_progress->hide();
    return panel;
}

void TestFirePane::reloadWorkspace()
{
    const Workspace &workspace = m_model->workspace();

    const QString campaignId = m_campaign->currentData().toString();
    {
        const QSignalBlocker blocker(m_campaign);
        m_campaign->clear();
        for (const Campaign &campaign : workspace.campaigns)
            m_campaign->addItem(QIcon(QStringLiteral(":/icons/campaign.svg")), campaign.name, campaign.id);
        const int index = m_campaign->findData(campaignId);
        m_campaign->setCurrentIndex(index >= 0 ? index : 0);
    }

    const QString sourceId = m_publisher->currentData().toString();
    {
        const QSignalBlocker blocker(m_publisher);
        m_publisher->clear();
        m_publisher->addItem(tr("None (direct call)"), QString());
        for (const Publisher &publisher : workspace.publishers)
            m_publisher->addItem(QIcon(QStringLiteral(":/icons/publisher.svg")),
                                 tr("%1 (%2)").arg(publisher.name, publisher.sourceId), publisher.sourceId);
        const int publisherIndex = m_publisher->findData(sourceId);
        m_publisher->setCurrentIndex(publisherIndex >= 0 ? publisherIndex : 0);
    }

    if (m_followsSampleCall) {
        reloadNumbers();
        startFromSampleCall();
    } else if (m_campaign->currentData().toString() != campaignId || m_routing->rowCount() == 0) {
        reloadNumbers();
        resetRouting();
    } else {
        // Same campaign: keep the routing rows, refresh their buyer lists.
        QList<QPair<QString, bool>> attempts;
        for (int row = 0; row < m_routing->rowCount(); ++row) {
            const auto *buyer = qobject_cast<QComboBox *>(m_routing->cellWidget(row, 0));
            const auto *outcome = qobject_cast<QComboBox *>(m_routing->cellWidget(row, 1));
            attempts.append({buyer->currentData().toString(), outcome->currentIndex() == 0});
        }
        reloadNumbers();
        const QScopedValueRollback filling(m_filling, true);
        m_routing->setRowCount(0);
        for (const auto &attempt : std::as_const(attempts))
            addRoutingRow(attempt.first, attempt.second);
    }
    updateCourseWarning();
    updateConvertedHint();
    setRunning(m_running);
}

void TestFirePane::reloadNumbers()
{
    const QString current = m_number->currentData().toString();
    m_number->clear();
    m_number->addItem(tr("Any number (campaign webhooks)"), QString());
    if (const Campaign *campaign = m_model->workspace().findCampaign(m_campaign->currentData().toString())) {
        for (const TrackingNumber &number : campaign->numbers) {
            QString text = number.name.isEmpty() ? number.number : tr("%1 · %2").arg(number.number, number.name);
            if (number.webhooksUnlocked)
                text = tr("%1 (own webhooks)").arg(text);
            m_number->addItem(QIcon(number.webhooksUnlocked ? QStringLiteral(":/icons/number-unlocked.svg")
                                                            : QStringLiteral(":/icons/number-locked.svg")),
                              text, number.number);
        }
    }
    const int index = m_number->findData(current);
    m_number->setCurrentIndex(index >= 0 ? index : 0);
}

void TestFirePane::resetRouting()
{
    const QScopedValueRollback filling(m_filling, true);
    m_routing->setRowCount(0);
    // The same default routing as the command line's: the sample call's buyer, else the
    // campaign's first.
    const TestCallSetup defaults =
        ScenarioBuilder::setupFromSampleCall(m_model->workspace(), m_campaign->currentData().toString());
    for (const CallScenario::RoutingAttempt &attempt : defaults.routing)
        addRoutingRow(attempt.buyerId, attempt.answered);
}

void TestFirePane::startFromSampleCall()
{
    TestCallSetup setup =
        ScenarioBuilder::setupFromSampleCall(m_model->workspace(), m_campaign->currentData().toString());
    setup.number = m_number->currentData().toString();
    setSetup(setup);
    m_tags->document()->setModified(false);
    m_followsSampleCall = true;
}

void TestFirePane::markEdited()
{
    if (!m_filling)
        m_followsSampleCall = false;
}

void TestFirePane::updateCourseWarning()
{
    QStringList errors;
    // With no campaign there is no call to warn about (the buttons say why).
    m_courseWarnings = m_campaign->count() > 0 ? ScenarioBuilder::courseWarnings(setup(&errors)) : QStringList();
    m_courseWarning->setText(m_courseWarnings.join(QLatin1Char('\n')));
    m_courseWarning->setVisible(!m_courseWarnings.isEmpty());
}

void TestFirePane::updateConvertedHint()
{
    const Campaign *campaign = m_model->workspace().findCampaign(m_campaign->currentData().toString());
    if (!campaign) {
        m_convertedHint->setText(QString());
        m_convertedHint->hide();
        return;
    }
    const ConversionCriteria &criteria = campaign->conversion;
    QString hint;
    if (!criteria.requiredTags.isEmpty() && criteria.minDurationSeconds > 0)
        hint = tr("Adds %1 and makes the talk time at least %2 s, as the campaign requires to convert.")
                   .arg(criteria.requiredTags.join(QStringLiteral(", ")))
                   .arg(criteria.minDurationSeconds);
    else if (!criteria.requiredTags.isEmpty())
        hint =
            tr("Adds %1, as the campaign requires to convert.").arg(criteria.requiredTags.join(QStringLiteral(", ")));
    else if (criteria.minDurationSeconds > 0)
        hint = tr("Makes the talk time at least %1 s, as the campaign requires to convert.")
                   .arg(criteria.minDurationSeconds);
    else
        hint = tr("The campaign has no conversion criteria: every answered call converts.");
    m_convertedHint->setText(hint);
    m_convertedHint->show();
}

void TestFirePane::addRoutingRow(const QString &buyerId, bool answered)
{
    const Workspace &workspace = m_model->workspace();
    const Campaign *campaign = workspace.findCampaign(m_campaign->currentData().toString());
    auto *buyer = new QComboBox;
    buyer->setObjectName(QStringLiteral("attemptBuyer"));
    // The campaign's buyers first, in its routing order, then every other buyer.
    QStringList order = campaign ? campaign->buyerIds : QStringList();
    for (const Buyer &b : workspace.buyers) {
        if (!order.contains(b.id))
            order.append(b.id);
    }
    for (const QString &id : std::as_const(order)) {
        if (const Buyer *b = workspace.findBuyer(id))
            buyer->addItem(b->name.isEmpty() ? b->id : b->name, b->id);
    }
    const int index = buyer->findData(buyerId);
    buyer->setCurrentIndex(index >= 0 ? index : 0);

    auto *outcome = new QComboBox;
    outcome->setObjectName(QStringLiteral("attemptOutcome"));
    outcome->addItem(tr("Answered"));
    outcome->addItem(tr("No answer"));
    outcome->setCurrentIndex(answered ? 0 : 1);

    for (QComboBox *combo : {buyer, outcome}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            markEdited();
            updateCourseWarning();
        });
    }

    const int row = m_routing->rowCount();
    m_routing->insertRow(row);
    m_routing->setCellWidget(row, 0, buyer);
    m_routing->setCellWidget(row, 1, outcome);
}

void TestFirePane::addPostbackRow(int atSecond, const QString &tags)
{
    const int row = m_postbacks->rowCount();
    m_postbacks->insertRow(row);
    auto *at = new QTableWidgetItem;
    at->setData(Qt::EditRole, atSecond);
    at->setToolTip(tr("Seconds into the talk time"));
    m_postbacks->setItem(row, 0, at);
    m_postbacks->setItem(row, 1, new QTableWidgetItem(tags));
}

void TestFirePane::removeSelectedRow(QTableWidget *table)
{
    const int row = table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1;
    if (row >= 0)
        table->removeRow(row);
}

TestCallSetup TestFirePane::setup(QStringList *errors) const
{
    TestCallSetup setup;
    setup.campaignId = m_campaign->currentData().toString();
    setup.number = m_number->currentData().toString();
    setup.publisherSourceId = m_publisher->currentData().toString();
    setup.callerNumber = m_caller->text().trimmed();
    for (int row = 0; row < m_routing->rowCount(); ++row) {
        const auto *buyer = qobject_cast<QComboBox *>(m_routing->cellWidget(row, 0));
        const auto *outcome = qobject_cast<QComboBox *>(m_routing->cellWidget(row, 1));
        setup.routing.append({buyer->currentData().toString(), outcome->currentIndex() == 0});
    }
    setup.durationSeconds = m_duration->value();
    setup.converted = m_converted->isChecked();
    for (int row = 0; row < m_postbacks->rowCount(); ++row) {
        CallScenario::Postback postback;
        postback.atSecond = m_postbacks->item(row, 0)->data(Qt::EditRole).toInt();
        const QTableWidgetItem *tagsItem = m_postbacks->item(row, 1);
        QStringList problems;
        postback.tags = ScenarioBuilder::parseTagList(tagsItem ? tagsItem->text() : QString(), &problems);
        for (const QString &problem : std::as_const(problems))
            errors->append(tr("Postback at %1 s: %2").arg(postback.atSecond).arg(problem));
        if (postback.tags.isEmpty() && problems.isEmpty())
            errors->append(
                tr("Postback at %1 s has no tags; write key:value, separated by commas").arg(postback.atSecond));
        setup.postbacks.append(postback);
    }
    QStringList problems;
    setup.tags = ScenarioBuilder::parseTagLines(m_tags->toPlainText(), &problems);
    for (const QString &problem : std::as_const(problems))
        errors->append(tr("Tags, %1").arg(problem));
    return setup;
}

void TestFirePane::setSetup(const TestCallSetup &setup)
{
    {
        const QScopedValueRollback filling(m_filling, true);
        fillForm(setup);
    }
    m_followsSampleCall = false;
    updateCourseWarning();
}

void TestFirePane::fillForm(const TestCallSetup &setup)
{
    const int campaignIndex = m_campaign->findData(setup.campaignId);
    if (campaignIndex >= 0)
        m_campaign->setCurrentIndex(campaignIndex);
    const int numberIndex = m_number->findData(setup.number);
    m_number->setCurrentIndex(numberIndex >= 0 ? numberIndex : 0);
    const int publisherIndex = m_publisher->findData(setup.publisherSourceId);
    m_publisher->setCurrentIndex(publisherIndex >= 0 ? publisherIndex : 0);
    m_caller->setText(setup.callerNumber);
    m_routing->setRowCount(0);
    for (const CallScenario::RoutingAttempt &attempt : setup.routing)
        addRoutingRow(attempt.buyerId, attempt.answered);
    m_duration->setValue(setup.durationSeconds);
    m_converted->setChecked(setup.converted);
    m_postbacks->setRowCount(0);
    for (const CallScenario::Postback &postback : setup.postbacks)
        addPostbackRow(postback.atSecond, postback.tags.pairs().join(QStringLiteral(", ")));
    m_tags->setPlainText(setup.tags.pairs().join(QLatin1Char('\n')));
}

void TestFirePane::fire()
{
    run(Mode::Fire);
}

void TestFirePane::simulate()
{
    run(Mode::Simulate);
}

void TestFirePane::cancel()
{
    if (!m_running || !m_session)
        return;
    m_session->cancel();
}

void TestFirePane::run(Mode mode)
{
    if (m_running)
        return;
    // The previous run's rows go at once, whether or not this one can run.
    m_steps->clear();
    m_detail->clear();
    QStringList errors;
    const TestCallSetup callSetup = setup(&errors);
    const Workspace &workspace = m_model->workspace();
    ScenarioBuild build;
    if (errors.isEmpty()) {
        build = ScenarioBuilder::build(workspace, callSetup);
        errors = build.errors;
    }
    if (!errors.isEmpty()) {
        showMessages(errors, MessageKind::Error);
        return;
    }

    m_session.reset();
    m_responder.reset();
    m_steps->clear();
    m_detail->clear();
    m_lastResult = CallResult();
    m_mode = mode;

    QHash<QString, QString> buyerNames;
    for (const Buyer &buyer : workspace.buyers)
        buyerNames.insert(buyer.id, buyer.name.isEmpty() ? buyer.id : buyer.name);
    m_steps->setBuyerNames(buyerNames);

    if (mode == Mode::Fire)
        m_responder = std::make_unique<NetworkResponder>();
    else
        m_responder = std::make_unique<CannedResponder>(build.scenario.responses);
    m_session = std::make_unique<CallSession>(build.scenario, *m_responder, m_services->pixelStore());

    const Campaign *campaign = workspace.findCampaign(callSetup.campaignId);
    const QString caller = build.scenario.tags.joined(QStringLiteral("caller_number"));
    const QString numberText = callSetup.number.isEmpty() ? tr("any number") : callSetup.number;
    m_session->setTitle((mode == Mode::Fire ? tr("Test fire: %1, %2, caller %3") : tr("Simulate: %1, %2, caller %3"))
                            .arg(campaign->name, numberText, caller));
    m_session->setCampaign(campaign->name);
    m_callId = m_session->callId();

    connect(m_session.get(), &CallSession::stepStarted, this, [this](int index) { onStepStarted(index); });
    connect(m_session.get(), &CallSession::stepFinished, this, [this](int index) { onStepFinished(index); });
    connect(m_session.get(), &CallSession::finished, this, &TestFirePane::onFinished);

    m_title->setText(tr("%1 · %2 · caller %3").arg(campaign->name, numberText, caller));
    QStringList notes = build.notes;
    if (!m_services->pixelStore())
        notes.append(tr("The fired-pixels log is not open: this call is not recorded"));
    m_notes->setText(notes.join(QStringLiteral(" · ")));
    m_notes->setVisible(!notes.isEmpty());
    showMessages(ScenarioBuilder::courseWarnings(callSetup) + m_session->plan().warnings, MessageKind::Warning);

    setRunning(true);
    m_clock.start();
    // A simulated call runs to its end inside start().
    m_session->start();
    // The fired-pixels browser lists the call while it runs.
    if (m_running)
        m_services->notifyPixelStoreChanged();
}

void TestFirePane::fillRowsBefore(int index)
{
    // Steps skipped inside a group are in the result before the group's in-flight ones.
    const QList<StepResult> &steps = m_session->result().steps;
    for (int i = m_steps->rowCount(); i < index; ++i)
        m_steps->setStep(i, steps.at(i), StepListModel::State::Finished);
}

void TestFirePane::onStepStarted(int index)
{
    // Follow the rows as they stream in while the user is at the end of the table.
    const QScrollBar *bar = m_table->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    fillRowsBefore(index);
    m_steps->setStep(index, m_session->result().steps.at(index), StepListModel::State::Sending);
    if (atEnd)
        m_table->scrollToBottom();
    updateProgress();
}

void TestFirePane::onStepFinished(int index)
{
    const QScrollBar *bar = m_table->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    fillRowsBefore(index);
    m_steps->setStep(index, m_session->result().steps.at(index), StepListModel::State::Finished);
    if (atEnd)
        m_table->scrollToBottom();
    if (m_table->currentIndex().row() == index)
        showCurrentStep();
    updateProgress();
}

void TestFirePane::onFinished(const CallResult &result)
{
    m_elapsedMs = m_clock.elapsed();
    m_lastResult = result;
    QStringList messages = m_courseWarnings + result.warnings;
    for (const QString &error : m_session->storeErrors())
        messages.append(tr("Fired-pixels log: %1").arg(error));
    showMessages(messages, MessageKind::Warning);
    setRunning(false);
    m_services->notifyPixelStoreChanged();
    emit runFinished(result);
}

void TestFirePane::setRunning(bool running)
{
    m_running = running;
    const bool haveCampaign = m_campaign->count() > 0;
    m_fireButton->setEnabled(!running && haveCampaign);
    m_simulateButton->setEnabled(!running && haveCampaign);
    m_cancelButton->setEnabled(running);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_campaign, m_number, m_publisher, m_caller, m_routing, m_addAttempt, m_removeAttempt, m_duration,
             m_converted, m_postbacks, m_addPostback, m_removePostback, m_tags, m_sampleCallButton})
        widget->setEnabled(!running);
    if (!haveCampaign && !running)
        m_fireButton->setToolTip(tr("The workspace has no campaign to call"));
    updateProgress();
}

QString TestFirePane::statusText() const
{
    if (!m_session)
        return QString();
    QList<Outcome> outcomes;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        if (m_steps->state(row) == StepListModel::State::Finished)
            outcomes.append(m_steps->outcome(row));
    }
    const QString counts = Outcomes::summary(outcomes, m_session->plannedSteps());
    if (m_running) {
        const int done = m_steps->rowCount() - m_steps->sendingCount();
        return (m_mode == Mode::Fire ? tr("Firing: %1 of %2 webhooks done, %3 sending · %4")
                                     : tr("Simulating: %1 of %2 webhooks done, %3 sending · %4"))
            .arg(done)
            .arg(m_session->plannedSteps())
            .arg(m_steps->sendingCount())
            .arg(counts);
    }
    const QString elapsed = durationText(m_elapsedMs);
    if (m_lastResult.cancelled)
        return tr("Cancelled after %1 · %2").arg(elapsed, counts);
    return (m_mode == Mode::Fire ? tr("Fired in %1 · %2 · %3") : tr("Simulated in %1 · %2 · %3"))
        .arg(elapsed, counts, m_lastResult.converted ? tr("the call converted") : tr("the call did not convert"));
}

void TestFirePane::updateProgress()
{
    if (!m_session) {
        m_progress->hide();
        m_status->clear();
        return;
    }
    m_progress->show();
    const int planned = m_session->plannedSteps();
    m_progress->setRange(0, qMax(1, planned));
    m_progress->setValue(qMin(planned, m_steps->rowCount() - m_steps->sendingCount()));
    m_status->setText(statusText());
}

void TestFirePane::showMessages(const QStringList &messages, MessageKind kind)
{
    m_messages = messages;
    if (messages.isEmpty()) {
        m_messageFrame->hide();
        return;
    }
    const bool error = kind == MessageKind::Error;
    const StatePalette palette(this->palette());
    const StatePalette::State state = error ? StatePalette::State::Error : StatePalette::State::Warning;
    const QColor text = palette.foreground(state);
    m_messageFrame->setStyleSheet(
        QStringLiteral(
            "#messageFrame { background: %1; border: 1px solid %2; border-radius: 4px; } QLabel { color: %2; }")
            .arg(palette.background(state).name(), text.name()));
    QStringList lines;
    for (const QString &message : messages)
        lines.append(message.toHtmlEscaped());
    const QString heading = error ? tr("The call cannot run:") : tr("Warnings:");
    m_messageLabel->setText(QStringLiteral("<b>") + heading.toHtmlEscaped() + QStringLiteral("</b><br>")
                            + lines.join(QStringLiteral("<br>")));
    m_messageFrame->show();
}

void TestFirePane::showCurrentStep()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_steps->rowCount()) {
        m_detail->clear();
        return;
    }
    m_detail->showPixel(CallRecorder::toPixel(m_callId, row, m_steps->step(row)));
}
