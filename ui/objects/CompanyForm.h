// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "objects/ObjectForm.h"

class KeyValueTable;

// The company: its name and its tracking-domain presets (platform -> domain, used by the
// company default postbacks). Its default webhooks are edited in the tree.
class CompanyForm final : public ObjectForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompanyForm)

public:
    CompanyForm(WorkspaceModel *model, QUndoStack *stack, QWidget *parent = nullptr);

protected:
    void load(const Object &object, const Object *previous) override;
    QString displayName(const Object &object) const override;

private:
    KeyValueTable *m_domains;
};
