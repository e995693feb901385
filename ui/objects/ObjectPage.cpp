// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "objects/ObjectPage.h"

#include "model/WorkspaceEditor.h"
#include "objects/BuyerForm.h"
#include "objects/CampaignForm.h"
#include "objects/CompanyForm.h"
#include "objects/NumberForm.h"
#include "objects/PublisherForm.h"
#include "workspace/DetailPane.h"
#include "workspace/WorkspaceActions.h"
#include "workspace/WorkspaceModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using Kind = WorkspaceAddress::Kind;

ObjectPage::ObjectPage(WorkspaceModel *model, QUndoStack *stack, WorkspaceActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_actions(actions)
    , m_forms(new QStackedWidget(this))
    , m_blank(new QWidget(this))
    , m_company(new CompanyForm(model, stack, this))
    , m_campaign(new CampaignForm(model, stack, this))
    , m_number(new NumberForm(model, stack, this))
    , m_buyer(new BuyerForm(model, stack, this))
    , m_publisher(new PublisherForm(model, stack, this))
    , m_detail(new DetailPane(this))
{
    setObjectName(QStringLiteral("objectPage"));
    m_groupPage = buildGroupPage();
    m_emptyBar = buildEmptyBar();
    m_forms->setObjectName(QStringLiteral("objectForms"));
    for (QWidget *page :
         {m_blank, m_groupPage, static_cast<QWidget *>(m_company), static_cast<QWidget *>(m_campaign),
          static_cast<QWidget *>(m_number), static_cast<QWidget *>(m_buyer), static_cast<QWidget *>(m_publisher)})
        m_forms->addWidget(page);
    connect(m_detail, &DetailPane::objectLinkActivated, this, &ObjectPage::objectLinkActivated);
    connect(m_buyer, &BuyerForm::webhookActivated, this, &ObjectPage::objectLinkActivated);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->addWidget(m_emptyBar);
    topLayout->addWidget(m_forms);
    topLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("objectFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(top);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("objectPageSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(scroll);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

QWidget *ObjectPage::buildGroupPage()
{
    auto *page = new QWidget(this);
    m_groupText = new QLabel(page);
    m_groupText->setObjectName(QStringLiteral("groupText"));
    m_groupText->setWordWrap(true);
    m_groupNew = new QPushButton(page);
    m_groupNew->setObjectName(QStringLiteral("groupNew"));
    connect(m_groupNew, &QPushButton::clicked, this, [this] {
        switch (m_address.kind) {
        case Kind::Campaigns:
            m_actions->newCampaignAction()->trigger();
            break;
        case Kind::Buyers:
            m_actions->newBuyerAction()->trigger();
            break;
        case Kind::Publishers:
            m_actions->newPublisherAction()->trigger();
            break;
        case Kind::Company:
        case Kind::Campaign:
        case Kind::Number:
        case Kind::Buyer:
        case Kind::Publisher:
        case Kind::Webhook:
            break;
        }
    });
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_groupText);
    layout->addWidget(m_groupNew, 0, Qt::AlignLeft);
    return page;
}

QWidget *ObjectPage::buildEmptyBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("emptyWebhooksBar"));
    auto *text = new QLabel(tr("No webhooks here yet."), bar);
    auto *add = new QPushButton(tr("Add &webhook"), bar);
    add->setObjectName(QStringLiteral("emptyAddWebhook"));
    connect(add, &QPushButton::clicked, this, [this] { m_actions->newWebhookAction()->trigger(); });
    m_fromTemplate = new QPushButton(tr("From &template..."), bar);
    m_fromTemplate->setObjectName(QStringLiteral("emptyFromTemplate"));
    m_fromTemplate->setEnabled(false);
    connect(m_fromTemplate, &QPushButton::clicked, this, [this] {
        if (m_templateAction)
            m_templateAction->trigger();
    });
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text);
    layout->addWidget(add);
    layout->addWidget(m_fromTemplate);
    layout->addStretch(1);
    bar->hide();
    return bar;
}

void ObjectPage::setTemplateAction(QAction *action)
{
    m_templateAction = action;
    m_fromTemplate->setEnabled(action != nullptr);
}

ObjectForm *ObjectPage::formFor(Kind kind) const
{
    switch (kind) {
    case Kind::Company:
        return m_company;
    case Kind::Campaign:
        return m_campaign;
    case Kind::Number:
        return m_number;
    case Kind::Buyer:
        return m_buyer;
    case Kind::Publisher:
        return m_publisher;
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
    case Kind::Webhook:
        break;
    }
    return nullptr;
}

bool ObjectPage::focusField(const QString &field)
{
    ObjectForm *form = formFor(m_address.kind);
    return form && m_forms->currentWidget() == form && form->focusField(field);
}

void ObjectPage::showObject(const Workspace &workspace, const WorkspaceAddress &address)
{
    m_address = address;
    m_detail->showObject(workspace, address);
    if (ObjectForm *form = formFor(address.kind)) {
        form->showObject(address);
        m_forms->setCurrentWidget(form);
    } else if (address.kind == Kind::Campaigns || address.kind == Kind::Buyers || address.kind == Kind::Publishers) {
        switch (address.kind) {
        case Kind::Campaigns:
            m_groupText->setText(workspace.campaigns.isEmpty()
                                     ? tr("No campaigns yet. A campaign holds webhooks, numbers and its routing.")
                                     : tr("Campaigns: select one to edit it."));
            m_groupNew->setText(tr("New &campaign"));
            break;
        case Kind::Buyers:
            m_groupText->setText(workspace.buyers.isEmpty()
                                     ? tr("No buyers yet. A buyer is a call endpoint with webhooks of its own.")
                                     : tr("Buyers: select one to edit it."));
            m_groupNew->setText(tr("New &buyer"));
            break;
        default:
            m_groupText->setText(workspace.publishers.isEmpty()
                                     ? tr("No publishers yet. A publisher is a traffic source, known by its "
                                          "source_id.")
                                     : tr("Publishers: select one to edit it."));
            m_groupNew->setText(tr("New &publisher"));
            break;
        }
        m_forms->setCurrentWidget(m_groupPage);
    } else {
        m_forms->setCurrentWidget(m_blank);
    }
    const bool holdsWebhooks = address.kind != Kind::Webhook && WorkspaceEditor::acceptsWebhooks(workspace, address);
    m_emptyBar->setVisible(holdsWebhooks && WorkspaceEditor::webhooksOf(workspace, address).isEmpty());
}

void ObjectPage::clearObject()
{
    m_address = WorkspaceAddress();
    m_detail->clearObject();
    m_forms->setCurrentWidget(m_blank);
    m_emptyBar->hide();
}
