// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "receiver/ReceiverPanel.h"

#include "common/StatePalette.h"
#include "net/SandboxReceiver.h"
#include "shell/Services.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QLatin1String kSettingsKey("ReceiverPanel/replies");

// An editable combo box of common choices for the method and content type columns; the body
// column shows its text on one line.
class ScriptDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStringList choices;
        if (index.column() == ReceiverPanel::Method)
            choices = {QStringLiteral("*"),     QStringLiteral("GET"),    QStringLiteral("POST"), QStringLiteral("PUT"),
                       QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD")};
        else if (index.column() == ReceiverPanel::ContentType)
            choices = {QStringLiteral("application/json"), QStringLiteral("text/plain"),
                       QStringLiteral("application/x-www-form-urlencoded"), QStringLiteral("text/html")};
        else
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(choices);
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentText(index.data(Qt::EditRole).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentText().trimmed(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.userType() == QMetaType::QString)
            return value.toString().simplified();
        return QStyledItemDelegate::displayText(value, locale);
    }
};

QJsonObject scriptToJson(const ReceiverPanel::Script &script)
{
    return {
        {QStringLiteral("method"), script.method},
        {QStringLiteral("path"), script.path},
        {QStringLiteral("status"), script.status},
        {QStringLiteral("delay_ms"), script.delayMs},
        {QStringLiteral("content_type"), script.contentType},
        {QStringLiteral("body"), QString::fromUtf8(script.body)},
    };
}

ReceiverPanel::Script scriptFromJson(const QJsonObject &object)
{
    ReceiverPanel::Script script;
    script.method = object.value(QStringLiteral("method")).toString(QStringLiteral("*"));
    script.path = object.value(QStringLiteral("path")).toString();
    script.status = object.value(QStringLiteral("status")).toInt(200);
    script.delayMs = object.value(QStringLiteral("delay_ms")).toInt();
    script.contentType = object.value(QStringLiteral("content_type")).toString();
    script.body = object.value(QStringLiteral("body")).toString().toUtf8();
    return script;
}

} // namespace

ReceiverPanel::ReceiverPanel(Services *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("receiverPanel"));

    QWidget *receiverBox = buildReceiverBox();
    buildReplyTable();
    QWidget *scriptsBox = buildScriptsBox(buildReplyButtons());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(receiverBox);
    layout->addWidget(scriptsBox, 1);
    connectSignals();

    load();
    updateState();
    onCurrentRowChanged();
}

QWidget *ReceiverPanel::buildReceiverBox()
{
    // The receiver itself.
    auto *receiverBox = new QGroupBox(tr("Local receiver"));
    m_stateIcon = new QLabel;
    m_stateIcon->setObjectName(QStringLiteral("receiverStateIcon"));
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("receiverState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("receiverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(Services::savedReceiverPort());
    m_port->setToolTip(tr("The port on 127.0.0.1 the receiver listens on (%1 by default; the sample workspace's "
                          "webhooks are aimed at it)")
                           .arg(SandboxReceiver::kDefaultPort));
    m_startStop = new QPushButton;
    m_startStop->setObjectName(QStringLiteral("receiverStartStop"));
    m_copyUrl = new QToolButton;
    m_copyUrl->setObjectName(QStringLiteral("copyReceiverUrl"));
    m_copyUrl->setIcon(QIcon(QStringLiteral(":/icons/edit-copy.svg")));
    m_copyUrl->setToolTip(tr("Copy the receiver's base URL"));
    m_copyUrl->setAutoRaise(true);
    m_startError = new QLabel;
    m_startError->setObjectName(QStringLiteral("receiverStartError"));
    m_startError->setWordWrap(true);
    StatePalette::setTextColor(m_startError, StatePalette::State::Error);
    m_startError->hide();

    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateIcon, 0, Qt::AlignTop);
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_copyUrl, 0, Qt::AlignTop);
    auto *controlRow = new QHBoxLayout;
    auto *portLabel = new QLabel(tr("&Port:"));
    portLabel->setBuddy(m_port);
    controlRow->addWidget(portLabel);
    controlRow->addWidget(m_port);
    controlRow->addStretch();
    controlRow->addWidget(m_startStop);
    auto *receiverLayout = new QVBoxLayout(receiverBox);
    receiverLayout->addLayout(stateRow);
    receiverLayout->addLayout(controlRow);
    receiverLayout->addWidget(m_startError);
    return receiverBox;
}

void ReceiverPanel::buildReplyTable()
{
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("replyTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Method"), tr("Path"), tr("Status"), tr("Delay (ms)"), tr("Content type"), tr("Body")});
    m_table->setItemDelegate(new ScriptDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    // The body column takes what is left (it is edited below the table) rather than scroll.
    m_table->horizontalHeader()->setMinimumSectionSize(digit * 4);
    m_table->setColumnWidth(Method, digit * 7);
    m_table->setColumnWidth(Path, digit * 16);
    m_table->setColumnWidth(Status, digit * 6);
    m_table->setColumnWidth(Delay, digit * 9);
    m_table->setColumnWidth(ContentType, digit * 14);
    // The stretched last column never shrinks below the size it had when stretching began.
    m_table->setColumnWidth(Body, digit * 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

QLayout *ReceiverPanel::buildReplyButtons()
{
    m_add = new QToolButton;
    m_add->setObjectName(QStringLiteral("addReplyButton"));
    m_add->setIcon(QIcon(QStringLiteral(":/icons/list-add.svg")));
    m_add->setToolTip(tr("Script a reply for another endpoint"));
    m_add->setAutoRaise(true);
    m_remove = new QToolButton;
    m_remove->setObjectName(QStringLiteral("removeReplyButton"));
    m_remove->setIcon(QIcon(QStringLiteral(":/icons/list-remove.svg")));
    m_remove->setToolTip(tr("Remove the selected reply: its endpoint answers 200 {} again"));
    m_remove->setAutoRaise(true);
    m_presets = new QToolButton;
    m_presets->setObjectName(QStringLiteral("replyPresetsButton"));
    m_presets->setText(tr("Presets"));
    m_presets->setToolTip(tr("Add a ready-made reply, then set its path"));
    m_presets->setPopupMode(QToolButton::InstantPopup);
    auto *presetMenu = new QMenu(m_presets);
    for (Preset preset : {Preset::Slow, Preset::ServerError, Preset::NotFound, Preset::Bid}) {
        QAction *action = presetMenu->addAction(presetName(preset));
        connect(action, &QAction::triggered, this, [this, preset] { addScript(ReceiverPanel::preset(preset)); });
    }
    m_presets->setMenu(presetMenu);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->setSpacing(2);
    buttonRow->addWidget(m_add);
    buttonRow->addWidget(m_remove);
    buttonRow->addStretch();
    buttonRow->addWidget(m_presets);
    return buttonRow;
}

QWidget *ReceiverPanel::buildScriptsBox(QLayout *buttonRow)
{
    m_bodyLabel = new QLabel(tr("&Body of the selected reply:"));
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("replyBody"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 2 + 12);
    m_body->setMaximumHeight(m_body->fontMetrics().lineSpacing() * 6 + 12);
    m_bodyLabel->setBuddy(m_body);
    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(QStringLiteral("replyErrors"));
    m_errorLabel->setWordWrap(true);
    StatePalette::setTextColor(m_errorLabel, StatePalette::State::Error);
    m_errorLabel->hide();

    // Its scripted replies.
    auto *scriptsBox = new QGroupBox(tr("Scripted replies"));
    auto *hint = new QLabel(tr("Endpoints not listed here answer 200 with {}."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    auto *scriptsLayout = new QVBoxLayout(scriptsBox);
    scriptsLayout->addWidget(hint);
    scriptsLayout->addWidget(m_table, 1);
    scriptsLayout->addLayout(buttonRow);
    scriptsLayout->addWidget(m_errorLabel);
    scriptsLayout->addWidget(m_bodyLabel);
    scriptsLayout->addWidget(m_body);
    return scriptsBox;
}

void ReceiverPanel::connectSignals()
{
    connect(m_startStop, &QPushButton::clicked, this, &ReceiverPanel::startOrStop);
    connect(m_copyUrl, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_services->receiver()->baseUrl()); });
    connect(m_services, &Services::receiverStateChanged, this, &ReceiverPanel::updateState);
    connect(m_table, &QTableWidget::itemChanged, this, &ReceiverPanel::onItemChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ReceiverPanel::onCurrentRowChanged);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ReceiverPanel::onBodyEdited);
    connect(m_add, &QToolButton::clicked, this, [this] {
        Script script;
        script.path = QStringLiteral("/");
        script.body = QByteArrayLiteral("{}");
        addScript(script);
        m_table->editItem(m_table->item(m_table->currentRow(), Path));
    });
    connect(m_remove, &QToolButton::clicked, this, &ReceiverPanel::removeSelected);
}

ReceiverPanel::~ReceiverPanel() = default;

ReceiverPanel::Script ReceiverPanel::preset(Preset preset)
{
    Script script;
    switch (preset) {
    case Preset::Slow:
        script.path = QStringLiteral("/slow");
        script.delayMs = 6000;
        script.body = QByteArrayLiteral("{}");
        break;
    case Preset::ServerError:
        script.path = QStringLiteral("/error");
        script.status = 500;
        script.body = QByteArrayLiteral("{\"error\": \"internal server error\"}");
        break;
    case Preset::NotFound:
        script.path = QStringLiteral("/not-found");
        script.status = 404;
        script.body = QByteArrayLiteral("{\"error\": \"not found\"}");
        break;
    case Preset::Bid:
        // The sample's RTB buyer reads bid.accepted, bid.amount and bid.id.
        script.method = QStringLiteral("POST");
        script.path = QStringLiteral("/rtb/lead-exchange/ping");
        script.body = QByteArrayLiteral("{\"bid\": {\"accepted\": true, \"amount\": 12.50, \"id\": \"bid-1250\"}}");
        break;
    }
    return script;
}

QString ReceiverPanel::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Slow:
        return tr("Slow (6 s)");
    case Preset::ServerError:
        return tr("Server error 500");
    case Preset::NotFound:
        return tr("Not found 404");
    case Preset::Bid:
        return tr("Bid 12.50 (ping)");
    }
    return QString();
}

QString ReceiverPanel::stateText() const
{
    const SandboxReceiver *receiver = m_services->receiver();
    if (!receiver->isListening())
        return tr("Stopped: webhooks aimed at the receiver get \"connection refused\"");
    // A no-break space keeps "10 MiB" on one line when the label wraps.
    const QString limit = QLocale()
                              .formattedDataSize(receiver->maxBodyBytes(), 0, QLocale::DataSizeIecFormat)
                              .replace(QLatin1Char(' '), QChar(QChar::Nbsp));
    return tr("Listening on %1 — loopback only; requests over %2 are refused").arg(receiver->baseUrl(), limit);
}

void ReceiverPanel::updateState()
{
    const SandboxReceiver *receiver = m_services->receiver();
    const bool listening = receiver->isListening();
    const int iconSize = m_state->fontMetrics().height();
    m_stateIcon->setPixmap(
        QIcon(listening ? QStringLiteral(":/icons/receiver-on.svg") : QStringLiteral(":/icons/receiver-off.svg"))
            .pixmap(iconSize, iconSize));
    m_state->setText(stateText());
    m_startStop->setText(listening ? tr("S&top") : tr("&Start"));
    m_startStop->setToolTip(listening ? tr("Stop listening") : tr("Listen on 127.0.0.1 at the port given"));
    m_port->setEnabled(!listening);
    if (listening)
        m_port->setValue(receiver->port());
    m_copyUrl->setEnabled(listening);
}

void ReceiverPanel::startOrStop()
{
    if (m_services->receiver()->isListening()) {
        m_services->stopReceiver();
        m_startError->hide();
        return;
    }
    QString error;
    const quint16 port = quint16(m_port->value());
    if (m_services->startReceiver(port, &error)) {
        m_startError->hide();
        Services::saveReceiverPort(port);
    } else {
        m_startError->setText(tr("Could not listen on port %1: %2").arg(port).arg(error));
        m_startError->show();
    }
}

QList<ReceiverPanel::Script> ReceiverPanel::scripts() const
{
    QList<Script> result;
    for (int row = 0; row < m_table->rowCount(); ++row)
        result.append(scriptAt(row));
    return result;
}

void ReceiverPanel::setScripts(const QList<Script> &scripts)
{
    m_updating = true;
    m_table->setRowCount(0);
    for (const Script &script : scripts) {
        m_table->insertRow(m_table->rowCount());
        setRow(m_table->rowCount() - 1, script);
    }
    m_updating = false;
    apply();
    onCurrentRowChanged();
}

void ReceiverPanel::addScript(const Script &script)
{
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    setRow(row, script);
    m_updating = false;
    apply();
    m_table->setCurrentCell(row, Path);
}

void ReceiverPanel::setRow(int row, const Script &script)
{
    auto *method = new QTableWidgetItem(script.method);
    auto *path = new QTableWidgetItem(script.path);
    auto *status = new QTableWidgetItem;
    status->setData(Qt::EditRole, script.status);
    auto *delay = new QTableWidgetItem;
    delay->setData(Qt::EditRole, script.delayMs);
    auto *contentType = new QTableWidgetItem(script.contentType);
    auto *body = new QTableWidgetItem(QString::fromUtf8(script.body));
    body->setFlags(body->flags() & ~Qt::ItemIsEditable);
    body->setToolTip(tr("Edit the body below the table"));
    m_table->setItem(row, Method, method);
    m_table->setItem(row, Path, path);
    m_table->setItem(row, Status, status);
    m_table->setItem(row, Delay, delay);
    m_table->setItem(row, ContentType, contentType);
    m_table->setItem(row, Body, body);
}

ReceiverPanel::Script ReceiverPanel::scriptAt(int row) const
{
    Script script;
    script.method = m_table->item(row, Method)->text().trimmed().toUpper();
    script.path = m_table->item(row, Path)->text().trimmed();
    script.status = m_table->item(row, Status)->data(Qt::EditRole).toInt();
    script.delayMs = m_table->item(row, Delay)->data(Qt::EditRole).toInt();
    script.contentType = m_table->item(row, ContentType)->text().trimmed();
    script.body = m_table->item(row, Body)->text().toUtf8();
    return script;
}

void ReceiverPanel::onItemChanged()
{
    if (!m_updating)
        apply();
}

void ReceiverPanel::onCurrentRowChanged()
{
    const int row = m_table->currentRow();
    const bool haveRow = row >= 0 && row < m_table->rowCount();
    m_updating = true;
    m_body->setPlainText(haveRow ? m_table->item(row, Body)->text() : QString());
    m_updating = false;
    m_body->setEnabled(haveRow);
    m_bodyLabel->setEnabled(haveRow);
    m_remove->setEnabled(haveRow);
}

void ReceiverPanel::onBodyEdited()
{
    const int row = m_table->currentRow();
    if (m_updating || row < 0)
        return;
    m_updating = true;
    m_table->item(row, Body)->setText(m_body->toPlainText());
    m_updating = false;
    apply();
}

void ReceiverPanel::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_updating = true;
    m_table->removeRow(row);
    m_updating = false;
    apply();
    onCurrentRowChanged();
}

void ReceiverPanel::apply()
{
    SandboxReceiver *receiver = m_services->receiver();
    for (const auto &key : std::as_const(m_applied))
        receiver->removeReply(key.first, key.second);
    m_applied.clear();
    const QColor errorBackground = StatePalette(m_table->palette()).background(StatePalette::State::Error);
    m_errors.clear();

    m_updating = true;
    QHash<QPair<QString, QString>, int> rowOfKey;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Script script = scriptAt(row);
        const QPair<QString, QString> key(script.method, script.path);
        QString error;
        if (rowOfKey.contains(key)) {
            error = tr("the same method and path as row %1").arg(rowOfKey.value(key) + 1);
        } else {
            ScriptedReply reply;
            reply.status = script.status;
            reply.delayMs = script.delayMs;
            reply.body = script.body;
            if (!script.contentType.isEmpty())
                reply.headers.append({QByteArrayLiteral("Content-Type"), script.contentType.toUtf8()});
            if (receiver->setReply(script.method, script.path, reply)) {
                m_applied.append(key);
                rowOfKey.insert(key, row);
            } else {
                error = receiver->errorString();
            }
        }
        if (!error.isEmpty())
            m_errors.append(tr("Row %1: %2").arg(row + 1).arg(error));
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            item->setData(Qt::BackgroundRole, error.isEmpty() ? QVariant() : QVariant(errorBackground));
            if (column != Body)
                item->setToolTip(error);
        }
    }
    m_updating = false;

    m_errorLabel->setText(m_errors.join(QLatin1Char('\n')));
    m_errorLabel->setVisible(!m_errors.isEmpty());
    save();
}

void ReceiverPanel::save() const
{
    QJsonArray array;
    for (const Script &script : scripts())
        array.append(scriptToJson(script));
    QSettings().setValue(kSettingsKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

void ReceiverPanel::load()
{
    const QJsonArray array = QJsonDocument::fromJson(QSettings().value(kSettingsKey).toString().toUtf8()).array();
    QList<Script> loaded;
    for (const QJsonValue &value : array)
        loaded.append(scriptFromJson(value.toObject()));
    setScripts(loaded);
}
