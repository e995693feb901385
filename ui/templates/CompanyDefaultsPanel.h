// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;
class WorkspaceModel;

// Edit > Company Tracking Domains...: the company settings' "enter your tracking domain" buttons
// (issue 6, docs/TEMPLATES.md "Company defaults"). One row per tracking platform (CAKE,
// HasOffers / TUNE, Voluum): a domain field and Generate Postback, which puts that platform's
// server postback into the company's default webhooks (replacing the one an earlier press made)
// as one undoable command. A bad domain is reported under its field.
class CompanyDefaultsPanel final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompanyDefaultsPanel)

public:
    CompanyDefaultsPanel(WorkspaceModel *model, QUndoStack *undoStack, QWidget *parent = nullptr);

    // What a platform's button does with the text of its field; false, with the reason under the
    // field, if the domain is empty or invalid.
    bool generate(const QString &platform);

private:
    struct Row
    {
        QLineEdit *domain = nullptr;
        QPushButton *generate = nullptr;
        QLabel *message = nullptr; // the error, or what the company defaults hold for the platform
    };

    void showMessage(const QString &platform, const QString &text, bool error);
    void refresh();

    WorkspaceModel *m_model;
    QUndoStack *m_undoStack;
    QMap<QString, Row> m_rows; // by platform key ("cake", ...)
};
