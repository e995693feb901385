// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workspace/WorkspaceActions.h"

#include "common/Plural.h"
#include "model/WorkspaceEditor.h"
#include "workspace/AddObjectCommand.h"
#include "workspace/PasteWebhooksCommand.h"
#include "workspace/RemoveObjectCommand.h"
#include "workspace/SetNumberCommand.h"
#include "workspace/WebhookClipboard.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using Address = WorkspaceAddress;
using Kind = WorkspaceAddress::Kind;

namespace {

QString counted(qsizetype count, const char *one, const char *many)
{
    return Plural::counted("WorkspaceActions", count, one, many);
}

int webhookCount(const Campaign &campaign)
{
    int count = int(campaign.webhooks.size());
    for (const TrackingNumber &number : campaign.numbers)
        count += number.webhooksUnlocked ? int(number.webhooks.size()) : 0;
    return count;
}

} // namespace

WorkspaceActions::WorkspaceActions(WorkspaceModel *model, QUndoStack *stack, QTreeView *tree, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_stack(stack)
    , m_tree(tree)
{
    m_newCampaign = createAction(tr("New &Campaign"), "actionNewCampaign",
                                 tr("Add a campaign; it starts with a copy of the company's default webhooks"));
    m_newCampaign->setIcon(WorkspaceModel::icon(Kind::Campaign));
    connect(m_newCampaign, &QAction::triggered, this, &WorkspaceActions::newCampaign);

    m_newNumber =
        createAction(tr("New &Number..."), "actionNewNumber", tr("Add a tracking number to the selected campaign"));
    m_newNumber->setIcon(WorkspaceModel::icon(Kind::Number));
    connect(m_newNumber, &QAction::triggered, this, &WorkspaceActions::newNumber);

    m_newBuyer =
        createAction(tr("New &Buyer"), "actionNewBuyer", tr("Add a buyer: a call endpoint with webhooks of its own"));
    m_newBuyer->setIcon(WorkspaceModel::icon(Kind::Buyer));
    connect(m_newBuyer, &QAction::triggered, this, &WorkspaceActions::newBuyer);

    m_newPublisher = createAction(tr("New &Publisher"), "actionNewPublisher",
                                  tr("Add a publisher: a traffic source, known by its source_id"));
    m_newPublisher->setIcon(WorkspaceModel::icon(Kind::Publisher));
    connect(m_newPublisher, &QAction::triggered, this, &WorkspaceActions::newPublisher);

    m_newWebhook = createAction(tr("New &Webhook"), "actionNewWebhook",
                                tr("Add a webhook to the selected campaign, unlocked number, buyer or "
                                   "the company defaults"));
    m_newWebhook->setIcon(WorkspaceModel::icon(Kind::Webhook));
    m_newWebhook->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newWebhook, &QAction::triggered, this, &WorkspaceActions::newWebhook);
    // Insert adds a webhook only in the tree: in a text field it is the field's key.
    m_newWebhookInTree = new QAction(this);
    m_newWebhookInTree->setShortcut(QKeySequence(Qt::Key_Insert));
    m_newWebhookInTree->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newWebhookInTree, &QAction::triggered, m_newWebhook, &QAction::trigger);
    m_tree->addAction(m_newWebhookInTree);

    m_rename = createAction(tr("Re&name"), "actionRename", tr("Rename the selected object"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_rename, &QAction::triggered, this, &WorkspaceActions::rename);

    m_duplicate = createAction(tr("Dupl&icate"), "actionDuplicate",
                               tr("Add a copy of the selected webhook, campaign, buyer or publisher after it"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicate, &QAction::triggered, this, &WorkspaceActions::duplicate);

    m_delete = createAction(tr("&Delete"), "actionDelete", tr("Delete the selected object"));
    m_delete->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-delete"), QIcon(QStringLiteral(":/icons/entry-remove.svg"))));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &WorkspaceActions::remove);

    m_cut = createAction(tr("Cu&t"), "actionCut", tr("Move the selected webhook to the clipboard"));
    m_cut->setShortcut(QKeySequence::Cut);
    connect(m_cut, &QAction::triggered, this, &WorkspaceActions::cut);

    m_copy = createAction(tr("&Copy"), "actionCopy",
                          tr("Copy the selected webhook, or all webhooks of the selected object, to the clipboard"));
    m_copy->setShortcut(QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, this, &WorkspaceActions::copy);

    m_paste = createAction(tr("&Paste"), "actionPaste",
                           tr("Paste webhooks from the clipboard into the selected campaign, number or buyer"));
    m_paste->setShortcut(QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, this, &WorkspaceActions::paste);

    m_numberLock = createAction(tr("Un&lock Number's Webhooks"), "actionNumberLock", QString());
    connect(m_numberLock, &QAction::triggered, this, &WorkspaceActions::toggleNumberLock);

    // Delete, cut, copy and paste act on the tree only while it has the focus, so that in a
    // text field the same keys edit the text.
    for (QAction *action : {m_delete, m_cut, m_copy, m_paste}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_tree->addAction(action);
    }

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &WorkspaceActions::updateActions);
    connect(m_model, &WorkspaceModel::workspaceChanged, this, &WorkspaceActions::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkspaceActions::updateActions);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &WorkspaceActions::updateActions);
    updateActions();
}

QAction *WorkspaceActions::createAction(const QString &text, const char *objectName, const QString &statusTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setStatusTip(statusTip);
    return action;
}

Address WorkspaceActions::current() const
{
    return m_model->address(m_tree->currentIndex());
}

bool WorkspaceActions::webhookTarget(Address *owner, int *position) const
{
    if (!m_tree->currentIndex().isValid())
        return false;
    const Address address = current();
    if (address.kind == Kind::Webhook) {
        *owner = WorkspaceModel::ownerOf(address);
        *position = address.webhook + 1;
        return true;
    }
    if (!m_model->acceptsWebhooks(address))
        return false;
    *owner = address;
    *position = int(WorkspaceModel::webhooksOf(m_model->workspace(), address).size());
    return true;
}

QList<Webhook> WorkspaceActions::webhooksToCopy() const
{
    if (!m_tree->currentIndex().isValid())
        return {};
    const Address address = current();
    if (const Webhook *webhook = WorkspaceModel::webhookAt(m_model->workspace(), address))
        return {*webhook};
    return m_model->acceptsWebhooks(address) ? WorkspaceModel::webhooksOf(m_model->workspace(), address)
                                             : QList<Webhook>();
}

void WorkspaceActions::updateActions()
{
    const bool hasCurrent = m_tree->currentIndex().isValid();
    const Address address = current();
    const Workspace &workspace = m_model->workspace();

    m_newNumber->setEnabled(hasCurrent && address.campaign >= 0);
    Address owner;
    int position = 0;
    const bool canTakeWebhooks = webhookTarget(&owner, &position);
    m_newWebhook->setEnabled(canTakeWebhooks);
    m_newWebhookInTree->setEnabled(canTakeWebhooks);
    m_rename->setEnabled(hasCurrent && (m_model->flags(m_tree->currentIndex()) & Qt::ItemIsEditable));
    m_duplicate->setEnabled(hasCurrent && WorkspaceModel::isRemovable(address.kind) && address.kind != Kind::Number);
    m_delete->setEnabled(hasCurrent && WorkspaceModel::isRemovable(address.kind));
    m_cut->setEnabled(hasCurrent && address.kind == Kind::Webhook);
    m_copy->setEnabled(!webhooksToCopy().isEmpty());
    m_paste->setEnabled(canTakeWebhooks && WebhookClipboard::canRead(QGuiApplication::clipboard()->mimeData()));

    const bool isNumber = hasCurrent && address.kind == Kind::Number;
    m_numberLock->setEnabled(isNumber);
    if (isNumber && workspace.campaigns.at(address.campaign).numbers.at(address.number).webhooksUnlocked) {
        m_numberLock->setText(tr("&Lock Number's Webhooks"));
        m_numberLock->setIcon(WorkspaceModel::icon(Kind::Number, false));
        m_numberLock->setStatusTip(tr("Drop this number's own webhooks; it uses the campaign's again"));
    } else {
        m_numberLock->setText(tr("Un&lock Number's Webhooks"));
        m_numberLock->setIcon(WorkspaceModel::icon(Kind::Number, true));
        m_numberLock->setStatusTip(
            tr("Give this number its own copy of the campaign's webhooks, overriding them for its calls"));
    }
}

void WorkspaceActions::add(const Address &address, const WorkspaceModel::Object &object, const QString &text,
                           bool editName)
{
    m_stack->push(new AddObjectCommand(m_model, address, object, text));
    select(address);
    if (editName)
        m_tree->edit(m_model->indexOf(address));
}

void WorkspaceActions::select(const Address &address)
{
    const QModelIndex index = m_model->indexOf(address);
    if (!index.isValid())
        return;
    // The first object of a group goes under a collapsed node: open it, or it cannot be renamed.
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

QWidget *WorkspaceActions::dialogParent() const
{
    return m_tree->window();
}

void WorkspaceActions::newCampaign()
{
    const Workspace &workspace = m_model->workspace();
    Address address;
    address.kind = Kind::Campaign;
    const Address at = current();
    address.campaign =
        m_tree->currentIndex().isValid() && at.campaign >= 0 ? at.campaign + 1 : int(workspace.campaigns.size());
    add(address, WorkspaceEditor::newCampaign(workspace), tr("Add campaign"), true);
}

void WorkspaceActions::newNumber()
{
    QString number = unusedNumber();
    for (;;) {
        bool ok = false;
        number = QInputDialog::getText(dialogParent(), tr("New Number"),
                                       tr("Tracking number, in E.164 form (+, country code, number):"),
                                       QLineEdit::Normal, number, &ok);
        if (!ok)
            return;
        QString error;
        if (addNumber(number, &error))
            return;
        QMessageBox::warning(dialogParent(), tr("New Number"), error);
    }
}

bool WorkspaceActions::addNumber(const QString &number, QString *error)
{
    const Address at = current();
    if (!m_tree->currentIndex().isValid() || at.campaign < 0) {
        *error = tr("Select a campaign first: a number belongs to one campaign.");
        return false;
    }
    const QString trimmed = number.trimmed();
    const Workspace &workspace = m_model->workspace();
    const Address address =
        WorkspaceAddress::ofNumber(at.campaign, int(workspace.campaigns.at(at.campaign).numbers.size()));
    *error = WorkspaceEditor::validateNumber(workspace, address, trimmed);
    if (!error->isEmpty())
        return false;
    WorkspaceModel::Object object;
    object.kind = Kind::Number;
    object.number.number = trimmed;
    add(address, object, tr("Add number %1").arg(trimmed), true);
    return true;
}

QString WorkspaceActions::unusedNumber() const
{
    return WorkspaceEditor::unusedNumber(m_model->workspace());
}

void WorkspaceActions::newBuyer()
{
    const Workspace &workspace = m_model->workspace();
    const Address at = current();
    Address address;
    address.kind = Kind::Buyer;
    address.buyer = m_tree->currentIndex().isValid() && at.buyer >= 0 ? at.buyer + 1 : int(workspace.buyers.size());
    add(address, WorkspaceEditor::newBuyer(workspace), tr("Add buyer"), true);
}

void WorkspaceActions::newPublisher()
{
    const Workspace &workspace = m_model->workspace();
    const Address at = current();
    Address address;
    address.kind = Kind::Publisher;
    address.publisher =
        m_tree->currentIndex().isValid() && at.publisher >= 0 ? at.publisher + 1 : int(workspace.publishers.size());
    add(address, WorkspaceEditor::newPublisher(workspace), tr("Add publisher"), true);
}

void WorkspaceActions::newWebhook()
{
    Address owner;
    int position = 0;
    if (!webhookTarget(&owner, &position))
        return;
    Address address = owner;
    address.kind = Kind::Webhook;
    address.webhook = position;
    add(address, WorkspaceEditor::newWebhook(), tr("Add webhook"), true);
}

void WorkspaceActions::rename()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid() && (m_model->flags(index) & Qt::ItemIsEditable))
        m_tree->edit(index);
}

void WorkspaceActions::duplicate()
{
    const Address address = current();
    if (!m_tree->currentIndex().isValid() || !WorkspaceEditor::canDuplicate(address.kind))
        return;
    const WorkspaceModel::Object object = WorkspaceEditor::duplicate(m_model->workspace(), address);
    Address copy = address;
    QString text;
    switch (address.kind) {
    case Kind::Webhook:
        copy.webhook = address.webhook + 1;
        text = tr("Duplicate webhook");
        break;
    case Kind::Campaign:
        // A phone number belongs to one campaign: the copy starts without any.
        if (!m_model->workspace().campaigns.at(address.campaign).numbers.isEmpty())
            emit statusMessage(tr("Duplicated the campaign without its numbers: a number belongs to one campaign."));
        copy.campaign = address.campaign + 1;
        text = tr("Duplicate campaign");
        break;
    case Kind::Buyer:
        copy.buyer = address.buyer + 1;
        text = tr("Duplicate buyer");
        break;
    case Kind::Publisher:
        copy.publisher = address.publisher + 1;
        text = tr("Duplicate publisher");
        break;
    case Kind::Company:
    case Kind::Campaigns:
    case Kind::Number:
    case Kind::Buyers:
    case Kind::Publishers:
        return;
    }
    add(copy, object, text, false);
}

void WorkspaceActions::remove()
{
    const QModelIndex index = m_tree->currentIndex();
    const Address address = current();
    if (!index.isValid() || !WorkspaceModel::isRemovable(address.kind))
        return;
    const Workspace &workspace = m_model->workspace();
    const QString name = index.data(Qt::DisplayRole).toString();

    // Ask only when more than the selected object goes: everything can be undone anyway.
    int webhooks = 0;
    int numbers = 0;
    QString question;
    switch (address.kind) {
    case Kind::Campaign:
        webhooks = webhookCount(workspace.campaigns.at(address.campaign));
        numbers = int(workspace.campaigns.at(address.campaign).numbers.size());
        question = tr("Delete campaign \"%1\" with everything in it?").arg(name);
        break;
    case Kind::Number: {
        const TrackingNumber &number = workspace.campaigns.at(address.campaign).numbers.at(address.number);
        webhooks = number.webhooksUnlocked ? int(number.webhooks.size()) : 0;
        question = tr("Delete number %1 with its own webhooks?").arg(number.number);
        break;
    }
    case Kind::Buyer:
        webhooks = int(workspace.buyers.at(address.buyer).webhooks.size());
        question = tr("Delete buyer \"%1\" with its webhooks?").arg(name);
        break;
    case Kind::Publisher:
    case Kind::Webhook:
    case Kind::Company:
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
        break;
    }
    if (webhooks + numbers > 0) {
        QStringList parts;
        if (webhooks > 0)
            parts.append(counted(webhooks, QT_TRANSLATE_NOOP("WorkspaceActions", "%1 webhook"),
                                 QT_TRANSLATE_NOOP("WorkspaceActions", "%1 webhooks")));
        if (numbers > 0)
            parts.append(counted(numbers, QT_TRANSLATE_NOOP("WorkspaceActions", "%1 number"),
                                 QT_TRANSLATE_NOOP("WorkspaceActions", "%1 numbers")));
        QMessageBox box(QMessageBox::Question, tr("Delete"), question, QMessageBox::Cancel, dialogParent());
        box.setInformativeText(
            tr("%1 will be deleted with it. Undo brings everything back.").arg(parts.join(tr(" and "))));
        QPushButton *deleteButton = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(deleteButton);
        box.exec();
        if (box.clickedButton() != deleteButton)
            return;
    }

    // Afterwards the selection moves to the next sibling, else the previous one, else the parent.
    const QPersistentModelIndex parent = index.parent();
    const int row = index.row();
    QString text;
    switch (address.kind) {
    case Kind::Campaign:
        text = tr("Delete campaign \"%1\"").arg(name);
        break;
    case Kind::Number:
        text = tr("Delete number %1").arg(workspace.campaigns.at(address.campaign).numbers.at(address.number).number);
        break;
    case Kind::Buyer:
        text = tr("Delete buyer \"%1\"").arg(name);
        break;
    case Kind::Publisher:
        text = tr("Delete publisher \"%1\"").arg(name);
        break;
    default:
        text = tr("Delete webhook \"%1\"").arg(name);
        break;
    }
    auto *command = new RemoveObjectCommand(m_model, address, text);
    const int routingChanges = command->routingChanges();
    m_stack->push(command);
    if (routingChanges > 0)
        emit statusMessage(counted(
            routingChanges,
            QT_TRANSLATE_NOOP("WorkspaceActions", "The buyer was also taken out of the routing of %1 campaign."),
            QT_TRANSLATE_NOOP("WorkspaceActions", "The buyer was also taken out of the routing of %1 campaigns.")));
    const int rows = m_model->rowCount(parent);
    const QModelIndex next = rows > 0 ? m_model->index(qMin(row, rows - 1), 0, parent) : QModelIndex(parent);
    if (next.isValid()) {
        m_tree->setCurrentIndex(next);
        m_tree->scrollTo(next);
    }
}

void WorkspaceActions::cut()
{
    const QModelIndex index = m_tree->currentIndex();
    const Address address = current();
    if (!index.isValid() || address.kind != Kind::Webhook)
        return;
    copy();
    const QPersistentModelIndex parent = index.parent();
    const int row = index.row();
    m_stack->push(new RemoveObjectCommand(m_model, address,
                                          tr("Cut webhook \"%1\"").arg(index.data(Qt::DisplayRole).toString())));
    const int rows = m_model->rowCount(parent);
    const QModelIndex next = rows > 0 ? m_model->index(qMin(row, rows - 1), 0, parent) : QModelIndex(parent);
    if (next.isValid())
        m_tree->setCurrentIndex(next);
}

void WorkspaceActions::copy()
{
    const QList<Webhook> webhooks = webhooksToCopy();
    if (webhooks.isEmpty())
        return;
    QGuiApplication::clipboard()->setMimeData(WebhookClipboard::mimeData(webhooks).release());
    emit statusMessage(counted(webhooks.size(), QT_TRANSLATE_NOOP("WorkspaceActions", "Copied %1 webhook"),
                               QT_TRANSLATE_NOOP("WorkspaceActions", "Copied %1 webhooks")));
}

void WorkspaceActions::paste()
{
    Address owner;
    int position = 0;
    if (!webhookTarget(&owner, &position))
        return;
    QList<Webhook> webhooks;
    QString error;
    if (!WebhookClipboard::read(QGuiApplication::clipboard()->mimeData(), &webhooks, &error)) {
        emit statusMessage(tr("Nothing pasted: %1").arg(error));
        return;
    }
    const QString ownerName = m_model->indexOf(owner).data(Qt::DisplayRole).toString();
    auto *command =
        new PasteWebhooksCommand(m_model, owner, position, webhooks,
                                 counted(webhooks.size(), QT_TRANSLATE_NOOP("WorkspaceActions", "Paste %1 webhook"),
                                         QT_TRANSLATE_NOOP("WorkspaceActions", "Paste %1 webhooks")));
    const Address first = command->firstWebhook();
    m_stack->push(command);
    select(first);
    emit statusMessage(counted(webhooks.size(), QT_TRANSLATE_NOOP("WorkspaceActions", "Pasted %1 webhook into %2"),
                               QT_TRANSLATE_NOOP("WorkspaceActions", "Pasted %1 webhooks into %2"))
                           .arg(ownerName));
}

void WorkspaceActions::toggleNumberLock()
{
    const Address address = current();
    if (!m_tree->currentIndex().isValid() || address.kind != Kind::Number)
        return;
    const Campaign &campaign = m_model->workspace().campaigns.at(address.campaign);
    TrackingNumber number = campaign.numbers.at(address.number);
    QString text;
    if (number.webhooksUnlocked) {
        Workspace::lockNumber(&number);
        text = tr("Lock webhooks of %1").arg(number.number);
    } else {
        Workspace::unlockNumber(campaign, &number);
        text = tr("Unlock webhooks of %1").arg(number.number);
    }
    m_stack->push(new SetNumberCommand(m_model, address.campaign, address.number, number, text));
    // Show the copies an unlock just made.
    m_tree->expand(m_model->indexOf(address));
}

bool WorkspaceActions::findNext(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    // Every index in tree order (depth first), then the first match after the current one.
    QModelIndexList order;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            order.append(index);
            collect(index);
        }
    };
    collect(QModelIndex());
    const qsizetype start = order.indexOf(m_tree->currentIndex());
    for (qsizetype step = 1; step <= order.size(); ++step) {
        const QModelIndex index = order.at((start + step) % order.size());
        if (index.data(Qt::DisplayRole).toString().contains(needle, Qt::CaseInsensitive)) {
            m_tree->setCurrentIndex(index);
            m_tree->scrollTo(index);
            return true;
        }
    }
    return false;
}
