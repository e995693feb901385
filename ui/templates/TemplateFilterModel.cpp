// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateFilterModel.h"

#include "templates/TemplateListModel.h"

#include <QRegularExpression>

TemplateFilterModel::TemplateFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    sort(0);
}

void TemplateFilterModel::setSearchText(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = text.split(whitespace, Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void TemplateFilterModel::setPlatform(const QString &platform)
{
    if (platform == m_platform)
        return;
    m_platform = platform;
    invalidateFilter();
}

void TemplateFilterModel::setTrigger(const QString &trigger)
{
    if (trigger == m_trigger)
        return;
    m_trigger = trigger;
    invalidateFilter();
}

bool TemplateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_platform.isEmpty() && index.data(TemplateListModel::PlatformRole).toString() != m_platform)
        return false;
    if (!m_trigger.isEmpty() && !index.data(TemplateListModel::TriggersRole).toStringList().contains(m_trigger))
        return false;
    const QString text = index.data(TemplateListModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
