// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "workspace/WorkspaceModel.h"

#include <QTextBrowser>

// A read-only page about one workspace object: everything it holds and how it behaves
// (when a webhook fires, which webhooks apply to a number, ...). Names of other objects are
// links; following one emits objectLinkActivated with that object's path.
class DetailPane final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);

    void showObject(const Workspace &workspace, const WorkspaceModel::Address &address);
    void clearObject();

signals:
    void objectLinkActivated(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyleSheet();
    void render();

    Workspace m_workspace;
    WorkspaceModel::Address m_address;
    bool m_hasObject = false;
};
