// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "objects/BuyerForm.h"

#include "objects/KeyValueTable.h"
#include "workspace/AddObjectCommand.h"
#include "workspace/WorkspaceModel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

BuyerForm::BuyerForm(WorkspaceModel *model, QUndoStack *stack, QWidget *parent)
    : ObjectForm(model, stack, parent)
    , m_tags(new KeyValueTable(tr("Tag"), tr("Value"), this))
    , m_pingPosts(new QListWidget(this))
    , m_addPingPost(new QPushButton(tr("Add &ping-post webhook"), this))
{
    setObjectName(QStringLiteral("buyerForm"));
    auto *box = new QGroupBox(tr("Buyer"), this);
    auto *form = new QFormLayout(box);
    QLineEdit *id = bindLine(
        form, tr("&Id:"), QStringLiteral("id"), [](const Object &o) { return o.buyer.id; },
        [](Object &o, const QString &text) { o.buyer.id = text.trimmed(); });
    id->setToolTip(tr("Becomes the call's handler_id tag when a call is routed to this buyer"));
    bindLine(
        form, tr("&Name:"), QStringLiteral("name"), [](const Object &o) { return o.buyer.name; },
        [](Object &o, const QString &text) { o.buyer.name = text; });
    m_tags->setObjectName(QStringLiteral("buyerTags"));
    form->addRow(tr("Tags:"), m_tags);
    connect(m_tags, &KeyValueTable::edited, this, [this] {
        const TagMap tags = KeyValueTable::toTags(m_tags->pairs());
        apply(QStringLiteral("tags"), [&](Object &o) { o.buyer.tags = tags; });
    });

    auto *pingPost = new QGroupBox(tr("Ping-post (RTB)"), this);
    auto *pingLayout = new QVBoxLayout(pingPost);
    auto *hint = new QLabel(tr("A ping-post webhook pings the buyer for a bid before routing and posts the call "
                               "only when the bid is accepted and meets the minimum."),
                            pingPost);
    hint->setWordWrap(true);
    m_pingPosts->setObjectName(QStringLiteral("pingPostList"));
    m_pingPosts->setMaximumHeight(110);
    m_addPingPost->setObjectName(QStringLiteral("addPingPost"));
    connect(m_addPingPost, &QPushButton::clicked, this, &BuyerForm::addPingPostWebhook);
    connect(m_pingPosts, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit webhookActivated(item->data(Qt::UserRole).toString()); });
    pingLayout->addWidget(hint);
    pingLayout->addWidget(m_pingPosts);
    pingLayout->addWidget(m_addPingPost, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    layout->addWidget(pingPost);
}

void BuyerForm::load(const Object &object, const Object *previous)
{
    Q_UNUSED(previous)
    m_tags->setPairs(KeyValueTable::fromTags(object.buyer.tags));
    m_pingPosts->clear();
    const QList<Webhook> &webhooks = object.buyer.webhooks;
    for (int i = 0; i < webhooks.size(); ++i) {
        const Webhook &webhook = webhooks.at(i);
        if (!webhook.pingPost.enabled)
            continue;
        const QString url = webhook.pingPost.ping.url.isEmpty() ? tr("no ping URL yet") : webhook.pingPost.ping.url;
        auto *item = new QListWidgetItem(tr("%1: ping %2").arg(webhook.name, url), m_pingPosts);
        item->setData(Qt::UserRole, WorkspaceAddress::ofWebhook(address(), i).path());
    }
    if (m_pingPosts->count() == 0)
        new QListWidgetItem(tr("No ping-post webhook."), m_pingPosts);
}

QString BuyerForm::displayName(const Object &object) const
{
    return object.buyer.name.trimmed().isEmpty() ? object.buyer.id : object.buyer.name;
}

void BuyerForm::addPingPostWebhook()
{
    const WorkspaceAddress owner = address();
    const WorkspaceAddress at =
        WorkspaceAddress::ofWebhook(owner, int(WorkspaceEditor::webhooksOf(model()->workspace(), owner).size()));
    undoStack()->push(new AddObjectCommand(model(), at, WorkspaceEditor::newPingPostWebhook(),
                                           tr("Add ping-post webhook to \u201c%1\u201d").arg(displayName(shown()))));
    emit webhookActivated(at.path());
}
