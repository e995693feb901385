// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateTargetPicker.h"

#include "common/StatePalette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace {

using Address = WorkspaceModel::Address;
using Kind = WorkspaceModel::Kind;

// The object that owns the webhooks of an address: a webhook counts as its list's owner, a
// locked number as its campaign (its webhooks are the campaign's).
bool targetFor(const Workspace &workspace, const Address &address, Address *owner)
{
    Address result;
    switch (address.kind) {
    case Kind::Company:
        break;
    case Kind::Campaign:
        result.kind = Kind::Campaign;
        result.campaign = address.campaign;
        break;
    case Kind::Number:
    case Kind::Webhook:
        if (address.campaign >= 0 && address.number >= 0 && address.campaign < workspace.campaigns.size()
            && address.number < workspace.campaigns.at(address.campaign).numbers.size()
            && workspace.campaigns.at(address.campaign).numbers.at(address.number).webhooksUnlocked) {
            result.kind = Kind::Number;
            result.campaign = address.campaign;
            result.number = address.number;
        } else if (address.campaign >= 0) {
            result.kind = Kind::Campaign;
            result.campaign = address.campaign;
        } else if (address.buyer >= 0) {
            result.kind = Kind::Buyer;
            result.buyer = address.buyer;
        }
        break;
    case Kind::Buyer:
        result.kind = Kind::Buyer;
        result.buyer = address.buyer;
        break;
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
    case Kind::Publisher:
        return false;
    }
    *owner = result;
    return true;
}

QString orId(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? id : name;
}

bool isProfile(const Address &address)
{
    return address.kind == Kind::Buyer || address.kind == Kind::Publisher;
}

} // namespace

TemplateTargetPicker::TemplateTargetPicker(WorkspaceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_targetCombo(new QComboBox(this))
    , m_profileLabel(new QLabel(tr("&Tag profile:"), this))
    , m_profileCombo(new QComboBox(this))
    , m_profileTags(new QLabel(this))
{
    m_targetCombo->setObjectName(QStringLiteral("targetCombo"));
    m_targetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_targetCombo->setMinimumContentsLength(34);
    connect(m_targetCombo, &QComboBox::currentIndexChanged, this, &TemplateTargetPicker::targetChanged);
    auto *targetLabel = new QLabel(tr("A&dd to:"), this);
    targetLabel->setBuddy(m_targetCombo);

    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setMinimumContentsLength(22);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &TemplateTargetPicker::changed);
    m_profileLabel->setBuddy(m_profileCombo);
    m_profileTags->setObjectName(QStringLiteral("profileTags"));
    m_profileTags->setTextFormat(Qt::PlainText);
    QPalette mutedPalette = m_profileTags->palette();
    mutedPalette.setColor(QPalette::WindowText, StatePalette::muted(mutedPalette));
    m_profileTags->setPalette(mutedPalette);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(targetLabel);
    layout->addWidget(m_targetCombo);
    layout->addSpacing(16);
    layout->addWidget(m_profileLabel);
    layout->addWidget(m_profileCombo);
    layout->addWidget(m_profileTags);
    layout->addStretch(1);
}

void TemplateTargetPicker::setTemplate(const WebhookTemplate &webhookTemplate)
{
    m_hasTemplate = true;
    m_appliesTo = webhookTemplate.appliesTo;
    m_tags = webhookTemplate.profileTags;
    refresh(false);
}

void TemplateTargetPicker::clearTemplate()
{
    m_hasTemplate = false;
    m_appliesTo.clear();
    m_tags = TagMap();
}

void TemplateTargetPicker::setPreferredTarget(const Address &address)
{
    m_preferredTarget = address;
    m_hasPreferredTarget = true;
    refresh(false);
}

void TemplateTargetPicker::refresh(bool keepProfile)
{
    refreshTargets();
    refreshProfiles(keepProfile);
}

WorkspaceModel::Address TemplateTargetPicker::target() const
{
    return m_targets.value(m_targetCombo->currentIndex());
}

QString TemplateTargetPicker::targetText() const
{
    return m_targetCombo->currentText();
}

bool TemplateTargetPicker::hasProfile() const
{
    return isProfile(m_profiles.value(m_profileCombo->currentIndex()));
}

WorkspaceModel::Address TemplateTargetPicker::profile() const
{
    return hasProfile() ? m_profiles.value(m_profileCombo->currentIndex()) : Address();
}

QString TemplateTargetPicker::profileText() const
{
    return m_profileCombo->currentText();
}

void TemplateTargetPicker::refreshTargets()
{
    const Workspace &workspace = m_model->workspace();
    const Address previous = m_targets.value(m_targetCombo->currentIndex());
    const bool hadPrevious = m_targetCombo->currentIndex() >= 0 && !m_targets.isEmpty();

    const QSignalBlocker blocker(m_targetCombo);
    m_targetCombo->clear();
    m_targets.clear();
    if (!m_hasTemplate)
        return;

    if (m_appliesTo.contains(QLatin1String("company"))) {
        Address company;
        company.kind = Kind::Company;
        m_targetCombo->addItem(WorkspaceModel::icon(Kind::Company), tr("Company defaults (copied into new campaigns)"));
        m_targets.append(company);
    }
    // A publisher has no webhooks of its own: its postbacks live in the campaigns it sends to.
    if (m_appliesTo.contains(QLatin1String("campaign")) || m_appliesTo.contains(QLatin1String("publisher"))) {
        for (int c = 0; c < workspace.campaigns.size(); ++c) {
            const Campaign &campaign = workspace.campaigns.at(c);
            Address address;
            address.kind = Kind::Campaign;
            address.campaign = c;
            m_targetCombo->addItem(WorkspaceModel::icon(Kind::Campaign),
                                   tr("Campaign: %1").arg(orId(campaign.name, campaign.id)));
            m_targets.append(address);
            for (int n = 0; n < campaign.numbers.size(); ++n) {
                const TrackingNumber &number = campaign.numbers.at(n);
                if (!number.webhooksUnlocked)
                    continue;
                address.kind = Kind::Number;
                address.number = n;
                m_targetCombo->addItem(
                    WorkspaceModel::icon(Kind::Number, true),
                    tr("Number: %1 (unlocked, in %2)").arg(number.number, orId(campaign.name, campaign.id)));
                m_targets.append(address);
                address.number = -1;
            }
        }
    }
    if (m_appliesTo.contains(QLatin1String("buyer"))) {
        for (int b = 0; b < workspace.buyers.size(); ++b) {
            const Buyer &buyer = workspace.buyers.at(b);
            Address address;
            address.kind = Kind::Buyer;
            address.buyer = b;
            m_targetCombo->addItem(WorkspaceModel::icon(Kind::Buyer), tr("Buyer: %1").arg(orId(buyer.name, buyer.id)));
            m_targets.append(address);
        }
    }

    int index = 0;
    Address preferred;
    if (m_hasPreferredTarget && targetFor(workspace, m_preferredTarget, &preferred) && m_targets.contains(preferred))
        index = int(m_targets.indexOf(preferred));
    else if (hadPrevious && m_targets.contains(previous))
        index = int(m_targets.indexOf(previous));
    m_targetCombo->setCurrentIndex(m_targets.isEmpty() ? -1 : index);
    m_targetCombo->setEnabled(!m_targets.isEmpty());
    if (m_targets.isEmpty()) {
        QStringList kinds;
        for (const QString &target : std::as_const(m_appliesTo))
            kinds.append(target == QLatin1String("buyer")       ? tr("buyers")
                         : target == QLatin1String("company")   ? tr("the company defaults")
                         : target == QLatin1String("publisher") ? tr("publishers' campaigns")
                                                                : tr("campaigns"));
        m_targetCombo->addItem(
            tr("Nowhere: this template goes to %1, and the workspace has none").arg(kinds.join(tr(" or "))));
    }
}

void TemplateTargetPicker::refreshProfiles(bool keepSelection)
{
    const Workspace &workspace = m_model->workspace();
    const bool hasTags = m_hasTemplate && !m_tags.isEmpty();
    m_profileLabel->setVisible(hasTags);
    m_profileCombo->setVisible(hasTags);
    m_profileTags->setVisible(hasTags);

    const Address previous = m_profiles.value(m_profileCombo->currentIndex());
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    m_profiles.clear();
    if (!hasTags)
        return;

    m_profileTags->setText(tr("adds %1").arg(m_tags.pairs().join(QStringLiteral(", "))));
    m_profileCombo->addItem(tr("No profile"));
    m_profiles.append(Address());
    for (int b = 0; b < workspace.buyers.size(); ++b) {
        Address address;
        address.kind = Kind::Buyer;
        address.buyer = b;
        const Buyer &buyer = workspace.buyers.at(b);
        m_profileCombo->addItem(WorkspaceModel::icon(Kind::Buyer), tr("Buyer: %1").arg(orId(buyer.name, buyer.id)));
        m_profiles.append(address);
    }
    for (int p = 0; p < workspace.publishers.size(); ++p) {
        Address address;
        address.kind = Kind::Publisher;
        address.publisher = p;
        const Publisher &publisher = workspace.publishers.at(p);
        m_profileCombo->addItem(WorkspaceModel::icon(Kind::Publisher),
                                tr("Publisher: %1").arg(orId(publisher.name, publisher.sourceId)));
        m_profiles.append(address);
    }

    // The profile a template means: the buyer it is applied to, else the buyer or publisher
    // selected in the tree, else the first publisher for a publisher's template.
    int index = 0;
    const Address target = m_targets.value(m_targetCombo->currentIndex());
    if (!m_targets.isEmpty() && target.kind == Kind::Buyer) {
        index = int(m_profiles.indexOf(target));
    } else if (m_hasPreferredTarget && isProfile(m_preferredTarget) && m_profiles.contains(m_preferredTarget)) {
        index = int(m_profiles.indexOf(m_preferredTarget));
    } else if (keepSelection && isProfile(previous) && m_profiles.contains(previous)) {
        index = int(m_profiles.indexOf(previous));
    } else if (m_appliesTo.contains(QLatin1String("publisher")) && !workspace.publishers.isEmpty()) {
        index = int(1 + workspace.buyers.size());
    }
    m_profileCombo->setCurrentIndex(index);
}

void TemplateTargetPicker::targetChanged()
{
    // Applied to a buyer, the tags are that buyer's.
    const Address target = m_targets.value(m_targetCombo->currentIndex());
    if (!m_targets.isEmpty() && target.kind == Kind::Buyer && m_profiles.contains(target))
        m_profileCombo->setCurrentIndex(int(m_profiles.indexOf(target)));
    emit changed();
}
