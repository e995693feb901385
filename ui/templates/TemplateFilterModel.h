// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

// The gallery's filter over a TemplateListModel: search text (every word must occur in the
// name, platform or description), one platform and one trigger, all optional; rows sorted by name.
class TemplateFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateFilterModel)

public:
    explicit TemplateFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // Empty: every platform.
    void setPlatform(const QString &platform);
    // A file-format trigger name ("conversion"); empty: every trigger.
    void setTrigger(const QString &trigger);

    QString searchText() const { return m_words.join(QLatin1Char(' ')); }
    QString platform() const { return m_platform; }
    QString trigger() const { return m_trigger; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_platform;
    QString m_trigger;
};
