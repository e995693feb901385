// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "templates/WebhookTemplate.h"

#include <QAbstractListModel>
#include <QIcon>

// The templates a gallery offers, one row each: the shipped ones, then the workspace's own
// (user templates). The display text is the template's name; the other roles feed the gallery's
// filter (platform, triggers, search text) and its item delegate.
class TemplateListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString
        PlatformRole,              // QString, as the template writes it
        TriggersRole,              // QStringList of file-format trigger names ("conversion", ...)
        SubtitleRole,              // QString: "CAKE · Conversion"
        SearchTextRole,            // QString: name, platform and description, for the search field
        UserTemplateRole,          // bool: from the workspace, not shipped
    };

    explicit TemplateListModel(QObject *parent = nullptr);

    // Replaces the rows (resets the model).
    void setTemplates(const QList<WebhookTemplate> &shipped, const QList<WebhookTemplate> &user);

    // The template of a row, or nullptr when the row is out of range.
    const WebhookTemplate *templateAt(int row) const;
    // The row of a template id, or -1.
    int rowOf(const QString &id) const;
    bool isUserTemplate(int row) const;

    // A round badge with the platform's initials in a colour of its own, so that templates of
    // one platform are recognised at a glance.
    static QIcon platformIcon(const QString &platform);
    // "Conversion", "Start, Always": the template's triggers in words.
    static QString triggerText(const WebhookTemplate &webhookTemplate);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        WebhookTemplate webhookTemplate;
        bool user = false;
    };

    QList<Entry> m_entries;
};
