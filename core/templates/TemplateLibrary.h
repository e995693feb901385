// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "files/LoadError.h"
#include "templates/WebhookTemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

// The templates a gallery offers: the shipped ones (a folder of template files, built into the
// binary as the resource folder ":/templates") plus the user's own (kept in the workspace).
// A broken template never stops the others from loading: each problem is recorded with the
// file it is in and a specific message, and the template is left out.
class TemplateLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)

public:
    // One problem of one template source.
    struct Error
    {
        QString source; // the file name ("cake-postback.json") or "workspace template 3"
        LoadError error;

        // "cake-postback.json: webhooks[0].url: parameter {{offer_id}} is used but not declared..."
        QString toString() const { return source + QStringLiteral(": ") + error.toString(); }
    };

    static QString builtInDirectory() { return QStringLiteral(":/templates"); }
    // The shipped templates, loaded once from builtInDirectory().
    static const TemplateLibrary &builtIn();

    // Loads every *.json file of the folder, in file name order; returns how many loaded.
    int loadDirectory(const QString &directory);
    // Loads one template file; false if it was refused (see errors()).
    bool loadFile(const QString &path);
    // Loads template documents as a workspace keeps them (Workspace::userTemplates); returns
    // how many loaded.
    int loadDocuments(const QJsonArray &documents);
    // Adds a template made in the app (a webhook saved as a template), checked as a file would
    // be; false if it was refused (see errors()).
    bool add(const WebhookTemplate &webhookTemplate, const QString &source);

    QList<WebhookTemplate> templates() const { return m_templates; }
    const WebhookTemplate *find(const QString &id) const;
    // Where a template came from, as errors name it; empty if the id is unknown.
    QString sourceOf(const QString &id) const;
    // The platforms of the templates, sorted, without duplicates.
    QStringList platforms() const;
    QList<Error> errors() const { return m_errors; }
    QStringList errorStrings() const;

    // Writes a template file (for export), replacing path only once it is fully written.
    static bool writeFile(const WebhookTemplate &webhookTemplate, const QString &path, QString *error);

private:
    bool addChecked(const WebhookTemplate &webhookTemplate, const QList<LoadError> &errors, const QString &source);

    QList<WebhookTemplate> m_templates;
    QStringList m_sources; // by index of m_templates
    QList<Error> m_errors;
};
