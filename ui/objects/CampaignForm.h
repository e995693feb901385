// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "objects/ObjectForm.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

// A campaign's own fields: id and name; conversion criteria (minimum talk time and the tags a
// call must have at its end, SPEC 2); routing, the ordered list of buyers a call tries, built
// from the workspace's buyers (add, remove, up, down); and a summary of its numbers.
class CampaignForm final : public ObjectForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignForm)

public:
    CampaignForm(WorkspaceModel *model, QUndoStack *stack, QWidget *parent = nullptr);

protected:
    void load(const Object &object, const Object *previous) override;
    QString displayName(const Object &object) const override;

private:
    void addBuyer();
    void removeBuyer();
    void moveBuyer(int step);
    void updateButtons();

    QSpinBox *m_minDuration;
    QListWidget *m_routing;
    QComboBox *m_buyerChoice;
    QPushButton *m_addBuyer;
    QPushButton *m_removeBuyer;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_numbers;
};
