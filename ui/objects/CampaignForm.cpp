// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "objects/CampaignForm.h"

#include "workspace/WorkspaceModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QString buyerLabel(const Workspace &workspace, const QString &id)
{
    const Buyer *buyer = workspace.findBuyer(id);
    if (!buyer)
        return QCoreApplication::translate("CampaignForm", "%1 (no buyer has this id)").arg(id);
    return buyer->name.trimmed().isEmpty() ? id : QStringLiteral("%1 (%2)").arg(buyer->name, id);
}

} // namespace

CampaignForm::CampaignForm(WorkspaceModel *model, QUndoStack *stack, QWidget *parent)
    : ObjectForm(model, stack, parent)
    , m_minDuration(new QSpinBox(this))
    , m_routing(new QListWidget(this))
    , m_buyerChoice(new QComboBox(this))
    , m_addBuyer(new QPushButton(tr("&Add to routing"), this))
    , m_removeBuyer(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("&Up"), this))
    , m_down(new QPushButton(tr("Do&wn"), this))
    , m_numbers(new QLabel(this))
{
    setObjectName(QStringLiteral("campaignForm"));
    auto *general = new QGroupBox(tr("Campaign"), this);
    auto *generalForm = new QFormLayout(general);
    bindLine(
        generalForm, tr("&Id:"), QStringLiteral("id"), [](const Object &o) { return o.campaign.id; },
        [](Object &o, const QString &text) { o.campaign.id = text.trimmed(); });
    bindLine(
        generalForm, tr("&Name:"), QStringLiteral("name"), [](const Object &o) { return o.campaign.name; },
        [](Object &o, const QString &text) { o.campaign.name = text; });

    auto *conversion = new QGroupBox(tr("Conversion criteria"), this);
    conversion->setToolTip(tr("A call converts when its talk time is at least the minimum and every required "
                              "tag is on the call at its end."));
    auto *conversionForm = new QFormLayout(conversion);
    m_minDuration->setObjectName(QStringLiteral("minDurationSpin"));
    m_minDuration->setRange(0, 24 * 3600);
    m_minDuration->setSuffix(tr(" s"));
    conversionForm->addRow(tr("Minimum &talk time:"), m_minDuration);
    connect(m_minDuration, &QSpinBox::valueChanged, this, [this](int value) {
        apply(
            QStringLiteral("conversion.min_duration"),
            [value](Object &o) { o.campaign.conversion.minDurationSeconds = value; }, true);
    });
    connect(m_minDuration, &QSpinBox::editingFinished, this, [this] { endTyping(); });
    QLineEdit *required = bindLine(
        conversionForm, tr("Required ta&gs:"), QStringLiteral("conversion.required_tags"),
        [](const Object &o) { return joinList(o.campaign.conversion.requiredTags); },
        [](Object &o, const QString &text) { o.campaign.conversion.requiredTags = splitList(text); });
    required->setPlaceholderText(tr("sale:yes, qualified (comma-separated key:value or key)"));

    auto *routing = new QGroupBox(tr("Routing: buyers tried in order"), this);
    m_routing->setObjectName(QStringLiteral("routingList"));
    m_routing->setMaximumHeight(140);
    m_buyerChoice->setObjectName(QStringLiteral("routingBuyerChoice"));
    m_addBuyer->setObjectName(QStringLiteral("routingAdd"));
    m_removeBuyer->setObjectName(QStringLiteral("routingRemove"));
    m_up->setObjectName(QStringLiteral("routingUp"));
    m_down->setObjectName(QStringLiteral("routingDown"));
    connect(m_addBuyer, &QPushButton::clicked, this, &CampaignForm::addBuyer);
    connect(m_removeBuyer, &QPushButton::clicked, this, &CampaignForm::removeBuyer);
    connect(m_up, &QPushButton::clicked, this, [this] { moveBuyer(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveBuyer(1); });
    connect(m_routing, &QListWidget::currentRowChanged, this, &CampaignForm::updateButtons);
    auto *choose = new QHBoxLayout;
    choose->addWidget(m_buyerChoice, 1);
    choose->addWidget(m_addBuyer);
    auto *order = new QHBoxLayout;
    order->addWidget(m_removeBuyer);
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addStretch(1);
    auto *routingLayout = new QVBoxLayout(routing);
    routingLayout->addWidget(m_routing);
    routingLayout->addLayout(order);
    routingLayout->addLayout(choose);

    auto *numbers = new QGroupBox(tr("Numbers"), this);
    m_numbers->setObjectName(QStringLiteral("campaignNumbers"));
    m_numbers->setWordWrap(true);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *numbersLayout = new QVBoxLayout(numbers);
    numbersLayout->addWidget(m_numbers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(general);
    layout->addWidget(conversion);
    layout->addWidget(routing);
    layout->addWidget(numbers);
}

void CampaignForm::load(const Object &object, const Object *previous)
{
    Q_UNUSED(previous)
    const Campaign &campaign = object.campaign;
    const Workspace &workspace = model()->workspace();
    if (m_minDuration->value() != campaign.conversion.minDurationSeconds) {
        const QSignalBlocker blocker(m_minDuration);
        m_minDuration->setValue(campaign.conversion.minDurationSeconds);
    }

    const int row = m_routing->currentRow();
    m_routing->clear();
    for (const QString &id : campaign.buyerIds) {
        auto *item = new QListWidgetItem(buyerLabel(workspace, id), m_routing);
        item->setData(Qt::UserRole, id);
    }
    m_routing->setCurrentRow(qMin(row, m_routing->count() - 1));

    const QString chosen = m_buyerChoice->currentData().toString();
    m_buyerChoice->clear();
    for (const Buyer &buyer : workspace.buyers) {
        if (!campaign.buyerIds.contains(buyer.id))
            m_buyerChoice->addItem(buyerLabel(workspace, buyer.id), buyer.id);
    }
    const int index = m_buyerChoice->findData(chosen);
    m_buyerChoice->setCurrentIndex(index >= 0 ? index : 0);
    m_buyerChoice->setPlaceholderText(workspace.buyers.isEmpty() ? tr("No buyers yet") : tr("All buyers routed"));

    QStringList numbers;
    for (const TrackingNumber &number : campaign.numbers) {
        const QString text = number.name.trimmed().isEmpty()
                                 ? number.number
                                 : number.number + QStringLiteral(" (") + number.name + QLatin1Char(')');
        numbers.append(number.webhooksUnlocked ? tr("%1: own webhooks").arg(text) : text);
    }
    m_numbers->setText(numbers.isEmpty() ? tr("No numbers yet: add one with Insert > New Number.")
                                         : numbers.join(QLatin1Char('\n')));
    updateButtons();
}

QString CampaignForm::displayName(const Object &object) const
{
    return object.campaign.name.trimmed().isEmpty() ? object.campaign.id : object.campaign.name;
}

void CampaignForm::addBuyer()
{
    const QString id = m_buyerChoice->currentData().toString();
    if (id.isEmpty())
        return;
    apply(QStringLiteral("buyer_ids"), [&](Object &o) { o.campaign.buyerIds.append(id); });
    m_routing->setCurrentRow(m_routing->count() - 1);
}

void CampaignForm::removeBuyer()
{
    const int row = m_routing->currentRow();
    if (row < 0)
        return;
    apply(QStringLiteral("buyer_ids"), [&](Object &o) { o.campaign.buyerIds.removeAt(row); });
}

void CampaignForm::moveBuyer(int step)
{
    const int row = m_routing->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_routing->count())
        return;
    apply(QStringLiteral("buyer_ids"), [&](Object &o) { o.campaign.buyerIds.move(row, to); });
    m_routing->setCurrentRow(to);
}

void CampaignForm::updateButtons()
{
    const int row = m_routing->currentRow();
    m_addBuyer->setEnabled(m_buyerChoice->count() > 0);
    m_removeBuyer->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_routing->count());
}
