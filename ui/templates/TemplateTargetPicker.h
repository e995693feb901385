// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "templates/WebhookTemplate.h"
#include "workspace/WorkspaceModel.h"

#include <QWidget>

class QComboBox;
class QLabel;

// The gallery's "Add to:" row: where a template's webhooks go (the company defaults, a campaign,
// an unlocked number or a buyer, as the template allows) and, for a template that tags a profile,
// the buyer or publisher profile that gets its tags. Lists what the workspace has; prefers the
// object selected in the tree, else keeps the previous choice. Child object names: targetCombo,
// profileCombo, profileTags.
class TemplateTargetPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateTargetPicker)

public:
    using Address = WorkspaceModel::Address;

    explicit TemplateTargetPicker(WorkspaceModel *model, QWidget *parent = nullptr);

    // Lists the targets and profiles for webhookTemplate, choosing anew.
    void setTemplate(const WebhookTemplate &webhookTemplate);
    // No template: nothing to list.
    void clearTemplate();
    // Preselects the target for address (a webhook counts as its owner, a locked number as its
    // campaign) whenever the template can go there, and a buyer or publisher as the profile.
    void setPreferredTarget(const Address &address);
    // Lists what the workspace has now; keepProfile keeps the chosen profile where it can.
    void refresh(bool keepProfile);

    // False when the workspace has nowhere the template can go.
    bool hasTarget() const { return !m_targets.isEmpty(); }
    Address target() const;
    QString targetText() const;
    // A buyer or publisher chosen to get the template's profile tags; else false.
    bool hasProfile() const;
    // The chosen buyer or publisher; Address() when there is none.
    Address profile() const;
    QString profileText() const;

signals:
    // The user chose another target or profile.
    void changed();

private:
    void refreshTargets();
    void refreshProfiles(bool keepSelection);
    void targetChanged();

    WorkspaceModel *m_model;
    QComboBox *m_targetCombo;
    QLabel *m_profileLabel;
    QComboBox *m_profileCombo;
    QLabel *m_profileTags;

    bool m_hasTemplate = false;
    QStringList m_appliesTo;
    TagMap m_tags;
    QList<Address> m_targets;  // by index of m_targetCombo
    QList<Address> m_profiles; // by index of m_profileCombo; a kind other than Buyer or Publisher: no profile
    Address m_preferredTarget;
    bool m_hasPreferredTarget = false;
};
