// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "objects/ObjectForm.h"

class QCheckBox;
class QLabel;

// A tracking number: the number (E.164, unique in the workspace), its label, and whether its
// webhooks are unlocked (its own copy overrides the campaign's; locking drops the copy).
class NumberForm final : public ObjectForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberForm)

public:
    NumberForm(WorkspaceModel *model, QUndoStack *stack, QWidget *parent = nullptr);

protected:
    void load(const Object &object, const Object *previous) override;
    QString displayName(const Object &object) const override;

private:
    void setUnlocked(bool unlocked);

    QCheckBox *m_unlocked;
    QLabel *m_explanation;
};
