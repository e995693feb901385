// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "objects/ObjectForm.h"

class KeyValueTable;

// A publisher (traffic source): its source_id (unique; calls name their publisher by it), name,
// the postback (data-writing) URL builder's key and fields, and its profile tags.
class PublisherForm final : public ObjectForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublisherForm)

public:
    PublisherForm(WorkspaceModel *model, QUndoStack *stack, QWidget *parent = nullptr);

protected:
    void load(const Object &object, const Object *previous) override;
    QString displayName(const Object &object) const override;

private:
    KeyValueTable *m_tags;
};
