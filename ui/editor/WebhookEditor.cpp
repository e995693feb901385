// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/WebhookEditor.h"

#include "common/LineEdits.h"
#include "common/SingleLineGuard.h"
#include "editor/EditWebhookCommand.h"
#include "editor/HeadersEditor.h"
#include "editor/JsonBodyEditor.h"
#include "editor/MatchRulesEditor.h"
#include "editor/PingPostEditor.h"
#include "editor/RequestTemplateEditor.h"
#include "files/WebhookJson.h"
#include "tokens/TagCatalog.h"
#include "tokens/TokenLineEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

constexpr int kDefaultTimerSeconds = 60;
enum TimeoutUnit
{
    Seconds,
    Milliseconds
};

// Where the webhook with id is in the workspace, if anywhere.
bool findWebhook(const Workspace &workspace, const QString &id, WorkspaceModel::Address *found)
{
    const auto search = [&](const QList<Webhook> &list, WorkspaceModel::Address owner) {
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).id == id) {
                owner.kind = WorkspaceModel::Kind::Webhook;
                owner.webhook = i;
                *found = owner;
                return true;
            }
        }
        return false;
    };
    WorkspaceModel::Address owner;
    if (search(workspace.company.defaultWebhooks, owner))
        return true;
    for (int c = 0; c < workspace.campaigns.size(); ++c) {
        owner = {};
        owner.campaign = c;
        if (search(workspace.campaigns.at(c).webhooks, owner))
            return true;
        for (int n = 0; n < workspace.campaigns.at(c).numbers.size(); ++n) {
            owner.number = n;
            if (search(workspace.campaigns.at(c).numbers.at(n).webhooks, owner))
                return true;
        }
    }
    for (int b = 0; b < workspace.buyers.size(); ++b) {
        owner = {};
        owner.buyer = b;
        if (search(workspace.buyers.at(b).webhooks, owner))
            return true;
    }
    return false;
}

QWidget *sectionTitle(const QString &text, QWidget *parent)
{
    auto *title = new QWidget(parent);
    auto *label = new QLabel(text, title);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    auto *line = new QFrame(title);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *layout = new QHBoxLayout(title);
    layout->setContentsMargins(0, 8, 0, 2);
    layout->addWidget(label);
    layout->addWidget(line, 1);
    return title;
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

} // namespace

WebhookEditor::WebhookEditor(QWidget *parent)
    : QWidget(parent)
    , m_catalog(new TagCatalog(this))
    , m_pingCatalog(new TagCatalog(this))
    , m_scroll(new QScrollArea(this))
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_generalForm(newForm())
    , m_name(new QLineEdit)
    , m_trigger(new QComboBox)
    , m_triggerDescription(new QLabel)
    , m_timerLabel(new QLabel)
    , m_timer(new QSpinBox)
    , m_timeout(new QSpinBox)
    , m_timeoutUnit(new QComboBox)
    , m_enabled(new QCheckBox(tr("&Enabled")))
    , m_request(new RequestTemplateEditor)
    , m_matchesForm(newForm())
    , m_matches(new MatchRulesEditor)
    , m_pingPost(new PingPostEditor)
    , m_notesForm(newForm())
    , m_notes(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("webhookEditor"));
    buildWhenForm();
    buildOtherForms();
    buildLayout(buildHeader());
    connectSignals();
    alignLabels();
    clear();
}

QLayout *WebhookEditor::buildHeader()
{
    // Header: the webhook's name, and whose webhook it is.
    m_title->setObjectName(QStringLiteral("webhookTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("webhookSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    auto *icon = new QLabel;
    icon->setPixmap(WorkspaceModel::icon(WorkspaceModel::Kind::Webhook).pixmap(32, 32));
    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(0);
    headerText->addWidget(m_title);
    headerText->addWidget(m_subtitle);
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setToolTip(tr("A disabled webhook never fires"));
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);
    header->addWidget(m_enabled, 0, Qt::AlignTop);
    return header;
}

void WebhookEditor::buildWhenForm()
{
    // When: the trigger (with the timer threshold for Timer), and how long to wait.
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("What the webhook does, e.g. Conversion to Google Ads"));
    SingleLineGuard::install(m_name, tr("A webhook name"));
    m_trigger->setObjectName(QStringLiteral("trigger"));
    for (const Trigger trigger : Triggers::all()) {
        m_trigger->addItem(Triggers::label(trigger), int(trigger));
        m_trigger->setItemData(m_trigger->count() - 1, Triggers::description(trigger), Qt::ToolTipRole);
    }
    m_trigger->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_triggerDescription->setObjectName(QStringLiteral("triggerDescription"));
    m_triggerDescription->setWordWrap(true);
    m_triggerDescription->setForegroundRole(QPalette::PlaceholderText);
    m_timerLabel->setText(tr("t&hreshold:"));
    m_timerLabel->setBuddy(m_timer);
    m_timer->setObjectName(QStringLiteral("timerSeconds"));
    // 0 is what a file may hold (lint flags it); it shows as "not set" rather than as 1, so the
    // form never hides the value that will be saved.
    m_timer->setRange(0, WebhookJson::kMaxTimerSeconds);
    m_timer->setSpecialValueText(tr("not set"));
    m_timer->setSuffix(tr(" s of talk time"));
    m_timer->setToolTip(tr("Fires when the call has lasted this long; not at all for shorter calls"));
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setToolTip(tr("How long to wait for the response before giving up (at most 120 s)"));
    m_timeoutUnit->setObjectName(QStringLiteral("timeoutUnit"));
    m_timeoutUnit->addItem(tr("s"));
    m_timeoutUnit->addItem(tr("ms"));
    auto *timeoutLabel = new QLabel(tr("Time&out:"));
    timeoutLabel->setBuddy(m_timeout);
    auto *triggerRow = new QHBoxLayout;
    triggerRow->addWidget(m_trigger);
    triggerRow->addSpacing(12);
    triggerRow->addWidget(m_timerLabel);
    triggerRow->addWidget(m_timer);
    triggerRow->addStretch(1);
    triggerRow->addWidget(timeoutLabel);
    triggerRow->addWidget(m_timeout);
    triggerRow->addWidget(m_timeoutUnit);
    auto *triggerField = new QVBoxLayout;
    triggerField->setSpacing(2);
    triggerField->addLayout(triggerRow);
    triggerField->addWidget(m_triggerDescription);
    m_generalForm->addRow(tr("&Name:"), m_name);
    m_generalForm->addRow(tr("&Trigger:"), triggerField);
    static_cast<QLabel *>(m_generalForm->labelForField(triggerField))->setBuddy(m_trigger);
}

void WebhookEditor::buildOtherForms()
{
    m_request->setObjectName(QStringLiteral("request"));
    m_request->setCatalog(m_catalog);
    m_matches->setObjectName(QStringLiteral("matches"));
    m_matches->setCatalog(m_catalog);
    m_matchesForm->addRow(tr("Fires &for:"), m_matches);
    static_cast<QLabel *>(m_matchesForm->labelForField(m_matches))->setBuddy(m_matches->table());
    m_pingPost->setObjectName(QStringLiteral("pingPost"));
    m_pingPost->setCatalog(m_pingCatalog);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("Anything the next person should know about this webhook"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 2 * m_notes->frameWidth() + 8);
    m_notesForm->addRow(tr("No&tes:"), m_notes);
}

void WebhookEditor::buildLayout(QLayout *header)
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("webhookEditorContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 10, 16, 16);
    layout->addLayout(header);
    layout->addWidget(sectionTitle(tr("When"), content));
    layout->addLayout(m_generalForm);
    layout->addWidget(sectionTitle(tr("Matches"), content));
    layout->addLayout(m_matchesForm);
    layout->addWidget(sectionTitle(tr("Request"), content));
    layout->addWidget(m_request, 1);
    layout->addWidget(sectionTitle(tr("Ping-post"), content));
    layout->addWidget(m_pingPost);
    layout->addWidget(sectionTitle(tr("Notes"), content));
    layout->addLayout(m_notesForm);

    m_scroll->setObjectName(QStringLiteral("webhookEditorScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
}

void WebhookEditor::connectSignals()
{
    connect(m_name, &QLineEdit::textEdited, this, [this] { commit(QStringLiteral("name")); });
    connect(m_trigger, &QComboBox::activated, this, [this] { commit(QStringLiteral("trigger")); });
    connect(m_timer, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            commit(QStringLiteral("timer_seconds"));
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            commit(QStringLiteral("timeout_ms"));
    });
    connect(m_timeoutUnit, &QComboBox::activated, this, [this](int unit) {
        // The spin box still holds the time in the other unit: show it in this one.
        const int milliseconds = unit == Seconds ? m_timeout->value() : m_timeout->value() * 1000;
        showTimeout(unit, unit == Seconds ? qMax(1, (milliseconds + 500) / 1000) : milliseconds);
        commit(QStringLiteral("timeout_ms"));
    });
    connect(m_enabled, &QCheckBox::clicked, this, [this] { commit(QStringLiteral("enabled")); });
    connect(m_request, &RequestTemplateEditor::edited, this, &WebhookEditor::commit);
    connect(m_matches, &MatchRulesEditor::edited, this, [this] { commit(QStringLiteral("matches")); });
    connect(m_pingPost, &PingPostEditor::edited, this, &WebhookEditor::commit);
    connect(m_pingPost, &PingPostEditor::bidChanged, this, [this] {
        if (m_hasWebhook && !m_shown.id.isEmpty())
            m_sampleResponses.insert(m_shown.id, m_pingPost->sampleResponse());
        m_catalog->setPingTags(m_pingPost->enabledCheck()->isChecked(), m_pingPost->pingTags());
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            commit(QStringLiteral("notes"));
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { focusChanged(now); });
}

WebhookEditor::~WebhookEditor()
{
    // Hiding the children while ~QWidget runs moves the focus; by then this is no WebhookEditor.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void WebhookEditor::setModel(WorkspaceModel *model, QUndoStack *undoStack)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_undoStack = undoStack;
    if (model)
        connect(model, &WorkspaceModel::workspaceChanged, this, &WebhookEditor::modelChanged);
    // Undo is the stack's: the bodies keep no history of their own.
    for (JsonBodyEditor *body : findChildren<JsonBodyEditor *>())
        body->SendScintilla(QsciScintillaBase::SCI_SETUNDOCOLLECTION, static_cast<unsigned long>(undoStack == nullptr));
    clear();
}

void WebhookEditor::setPixelStore(const PixelStore *store)
{
    m_catalog->setPixelStore(store);
    m_pingCatalog->setPixelStore(store);
}

void WebhookEditor::reloadPixels()
{
    m_catalog->reloadPixels();
    m_pingCatalog->reloadPixels();
}

void WebhookEditor::setAddress(const WorkspaceModel::Address &address)
{
    if (!m_model)
        return;
    const Webhook *webhook = WorkspaceModel::webhookAt(m_model->workspace(), address);
    if (!webhook) {
        clear();
        return;
    }
    const bool other = !m_hasWebhook || webhook->id != m_shown.id || address != m_address;
    if (!other)
        return; // shown already, and modelChanged() keeps it up to date
    // Another webhook reads from its top (its name and trigger), not from where the last one was
    // scrolled to; the same webhook at a new place (moved in the tree) stays where it was.
    const bool anotherWebhook = !m_hasWebhook || webhook->id != m_shown.id;
    m_address = address;
    ++m_editSession; // edits of another webhook never merge with this one's
    m_catalog->setWorkspace(m_model->workspace());
    m_pingCatalog->setWorkspace(m_model->workspace());
    load(*webhook);
    if (anotherWebhook) {
        m_scroll->verticalScrollBar()->setValue(0);
        m_scroll->horizontalScrollBar()->setValue(0);
    }
}

bool WebhookEditor::focusField(const QString &field, int line, int column)
{
    if (!m_hasWebhook)
        return false;
    static const QRegularExpression matchField(QStringLiteral("^matches\\[(\\d+)\\]$"));
    static const QStringList requestFields = {QStringLiteral("method"), QStringLiteral("url"),
                                              QStringLiteral("headers"), QStringLiteral("body_kind"),
                                              QStringLiteral("body")};
    QWidget *widget = nullptr;
    if (field == QLatin1String("name")) {
        widget = m_name;
        m_name->selectAll();
    } else if (field == QLatin1String("trigger")) {
        widget = m_trigger;
    } else if (field == QLatin1String("timer") || field == QLatin1String("timer_seconds")) {
        widget = m_timer->isVisibleTo(m_scroll->widget()) ? static_cast<QWidget *>(m_timer) : m_trigger;
        m_timer->selectAll();
    } else if (field == QLatin1String("timeout") || field == QLatin1String("timeout_ms")) {
        widget = m_timeout;
        m_timeout->selectAll();
    } else if (field == QLatin1String("enabled")) {
        widget = m_enabled;
    } else if (field == QLatin1String("notes")) {
        widget = m_notes;
    } else if (field == QLatin1String("matches")) {
        widget = m_matches->table();
    } else if (const QRegularExpressionMatch match = matchField.match(field); match.hasMatch()) {
        m_matches->focusEntry(match.captured(1).toInt());
        widget = m_matches->table();
    } else if (requestFields.contains(field.section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0))) {
        widget = m_request->focusField(field, line, column);
    } else if (field == QLatin1String("ping_post")) {
        widget = m_pingPost->focusField(QStringLiteral("enabled"));
    } else if (field.startsWith(QLatin1String("ping_post."))) {
        QString rest = field.mid(10);
        if (rest == QLatin1String("url"))
            rest = QStringLiteral("ping.url");
        widget = m_pingPost->focusField(rest, line, column);
    }
    if (!widget)
        return false;
    widget->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(widget, 40, 40);
    return true;
}

bool WebhookEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Undo and Redo in a field act on the webhook's history (the stack), not the field's own.
    if (m_undoStack && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->ignore(); // leave it to the window's Undo / Redo actions
                return true;
            }
            // No action took it (the editor alone in a window): do it here.
            if (undo)
                m_undoStack->undo();
            else
                m_undoStack->redo();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WebhookEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        alignLabels();
}

void WebhookEditor::modelChanged()
{
    if (!m_model || !m_hasWebhook)
        return;
    const Workspace &workspace = m_model->workspace();
    const Webhook *webhook = WorkspaceModel::webhookAt(workspace, m_address);
    if (!webhook || (!m_shown.id.isEmpty() && webhook->id != m_shown.id)) {
        // Moved by an edit elsewhere (rows inserted, removed or dragged): follow it.
        WorkspaceModel::Address moved;
        if (m_shown.id.isEmpty() || !findWebhook(workspace, m_shown.id, &moved)) {
            clear();
            return;
        }
        m_address = moved;
        webhook = WorkspaceModel::webhookAt(workspace, m_address);
    }
    m_catalog->setWorkspace(workspace);
    m_pingCatalog->setWorkspace(workspace);
    load(*webhook);
}

void WebhookEditor::load(const Webhook &webhook)
{
    const bool other = !m_hasWebhook || webhook.id != m_shown.id;
    m_loading = true;
    m_hasWebhook = true;
    m_scroll->widget()->setEnabled(true);
    m_shown = webhook;

    LineEdits::setTextKeepingCursor(m_name, webhook.name);
    m_trigger->setCurrentIndex(m_trigger->findData(int(webhook.trigger)));
    m_timer->setValue(webhook.timerSeconds);
    setTimeout(webhook.timeoutMs);
    m_enabled->setChecked(webhook.enabled);
    m_request->setRequest(webhook.request);
    m_matches->setEntries(webhook.matches);
    if (other)
        m_pingPost->setSampleResponse(m_sampleResponses.value(webhook.id));
    m_pingPost->setPingPost(webhook.pingPost);
    if (m_notes->toPlainText() != webhook.notes)
        m_notes->setPlainText(webhook.notes);
    m_catalog->setPingTags(webhook.pingPost.enabled, m_pingPost->pingTags());
    m_loading = false;

    updateTriggerRows();
    updateHeader();
}

void WebhookEditor::clear()
{
    m_hasWebhook = false;
    m_shown = Webhook();
    m_address = WorkspaceModel::Address();
    m_title->clear();
    m_subtitle->clear();
    m_scroll->widget()->setEnabled(false);
}

void WebhookEditor::updateHeader()
{
    m_title->setText(m_shown.name.trimmed().isEmpty() ? Triggers::label(m_shown.trigger) : m_shown.name);
    QString owner;
    if (m_model) {
        const Workspace &workspace = m_model->workspace();
        if (m_address.campaign >= 0 && m_address.campaign < workspace.campaigns.size()) {
            const Campaign &campaign = workspace.campaigns.at(m_address.campaign);
            if (m_address.number >= 0 && m_address.number < campaign.numbers.size())
                owner = tr("Webhook of number %1 in %2, in place of the campaign's")
                            .arg(campaign.numbers.at(m_address.number).number, campaign.name);
            else
                owner = tr("Webhook of campaign %1").arg(campaign.name);
        } else if (m_address.buyer >= 0 && m_address.buyer < workspace.buyers.size()) {
            owner = tr("Webhook of buyer %1: fires only for calls routed to this buyer")
                        .arg(workspace.buyers.at(m_address.buyer).name);
        } else {
            owner = tr("Company default webhook: copied into every new campaign");
        }
    }
    m_subtitle->setText(owner + QStringLiteral("  ·  ") + m_address.path());
}

void WebhookEditor::updateTriggerRows()
{
    const Trigger trigger = Trigger(m_trigger->currentData().toInt());
    m_triggerDescription->setText(Triggers::description(trigger));
    m_timerLabel->setVisible(trigger == Trigger::Timer);
    m_timer->setVisible(trigger == Trigger::Timer);
}

void WebhookEditor::alignLabels()
{
    // The sections are separate forms: give their label columns one width so the fields line up.
    QList<QFormLayout *> forms = {m_generalForm, m_request->form(), m_matchesForm, m_notesForm};
    forms += m_pingPost->forms();
    int width = 0;
    for (QFormLayout *form : std::as_const(forms)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                width = qMax(width, item->widget()->sizeHint().width());
        }
    }
    for (QFormLayout *form : std::as_const(forms)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                item->widget()->setMinimumWidth(width);
        }
    }
}

void WebhookEditor::commit(const QString &field)
{
    if (m_loading || !m_hasWebhook || !m_model || !m_undoStack)
        return;
    if (field == QLatin1String("trigger"))
        updateTriggerRows();
    const Webhook after = applied(field);
    if (after == m_shown)
        return;
    const Webhook before = m_shown;
    m_shown = after; // so that the model's change that follows is no news here
    const bool typing = field != QLatin1String("trigger") && field != QLatin1String("enabled")
                        && field != QLatin1String("matches") && field != QLatin1String("headers")
                        && !field.endsWith(QLatin1String("body_kind")) && !field.endsWith(QLatin1String("method"))
                        && field != QLatin1String("ping_post.enabled");
    m_undoStack->push(new EditWebhookCommand(m_model, m_address, before, after, field, typing ? m_editSession : -1));
    updateHeader();
}

Webhook WebhookEditor::applied(const QString &field) const
{
    // Only the edited field is read back: a value the form would round (a timeout of 1234 ms
    // shown in seconds, a minimum bid with more decimals) stays as it is until it is edited.
    Webhook webhook = m_shown;
    const QString requestField = field.section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0);
    if (field == QLatin1String("name")) {
        webhook.name = m_name->text();
    } else if (field == QLatin1String("trigger")) {
        webhook.trigger = Trigger(m_trigger->currentData().toInt());
        if (webhook.trigger == Trigger::Timer && webhook.timerSeconds < 1)
            webhook.timerSeconds = kDefaultTimerSeconds; // a Timer webhook needs a threshold
    } else if (field == QLatin1String("timer_seconds")) {
        webhook.timerSeconds = m_timer->value();
    } else if (field == QLatin1String("timeout_ms")) {
        webhook.timeoutMs = timeoutMs();
    } else if (field == QLatin1String("enabled")) {
        webhook.enabled = m_enabled->isChecked();
    } else if (field == QLatin1String("notes")) {
        webhook.notes = m_notes->toPlainText();
    } else if (field == QLatin1String("matches")) {
        webhook.matches = m_matches->entries();
    } else if (requestField == QLatin1String("method")) {
        webhook.request.method = m_request->request().method;
    } else if (requestField == QLatin1String("url")) {
        webhook.request.url = m_request->urlEdit()->text();
    } else if (requestField == QLatin1String("headers")) {
        webhook.request.headers = m_request->headersEditor()->headers();
    } else if (requestField == QLatin1String("body_kind")) {
        // Choosing JSON or form may add the Content-Type header too.
        webhook.request.bodyKind = m_request->request().bodyKind;
        webhook.request.headers = m_request->headersEditor()->headers();
    } else if (requestField == QLatin1String("body")) {
        webhook.request.body = m_request->bodyEditor()->bodyText();
    } else if (field.startsWith(QLatin1String("ping_post."))) {
        const PingPost shown = m_pingPost->pingPost();
        const QString part = field.mid(10);
        if (part == QLatin1String("enabled"))
            webhook.pingPost.enabled = shown.enabled;
        else if (part.startsWith(QLatin1String("ping.")))
            webhook.pingPost.ping = shown.ping;
        else if (part == QLatin1String("amount_path"))
            webhook.pingPost.amountPath = shown.amountPath;
        else if (part == QLatin1String("accepted_path"))
            webhook.pingPost.acceptedPath = shown.acceptedPath;
        else if (part == QLatin1String("bid_id_path"))
            webhook.pingPost.bidIdPath = shown.bidIdPath;
        else if (part == QLatin1String("minimum_bid"))
            webhook.pingPost.minimumBid = shown.minimumBid;
    }
    return webhook;
}

int WebhookEditor::timeoutMs() const
{
    return m_timeoutUnit->currentIndex() == Seconds ? m_timeout->value() * 1000 : m_timeout->value();
}

void WebhookEditor::setTimeout(int milliseconds)
{
    if (timeoutMs() == milliseconds)
        return; // in whichever unit the user chose
    // Whole seconds read best in seconds; anything finer stays in milliseconds.
    if (milliseconds % 1000 == 0)
        showTimeout(Seconds, milliseconds / 1000);
    else
        showTimeout(Milliseconds, milliseconds);
}

void WebhookEditor::showTimeout(int unit, int value)
{
    const QSignalBlocker blocker(m_timeout);
    m_timeoutUnit->setCurrentIndex(unit);
    m_timeout->setRange(1, unit == Seconds ? WebhookJson::kMaxTimeoutMs / 1000 : WebhookJson::kMaxTimeoutMs);
    m_timeout->setSingleStep(unit == Seconds ? 1 : 100);
    m_timeout->setValue(value);
}

void WebhookEditor::focusChanged(QWidget *now)
{
    if (!now || !isAncestorOf(now))
        return;
    // A new field: its edits start a new undo step.
    ++m_editSession;
    now->removeEventFilter(this);
    now->installEventFilter(this);
}
