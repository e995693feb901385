// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shell/FindBar.h"

#include "common/Plural.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <functional>

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    // The field keeps its width whatever the count says.
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("99 of 99")) + 4);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    setFocusProxy(m_field);
}

QModelIndexList FindBar::matches(const QAbstractItemModel *model, const QString &text)
{
    QModelIndexList found;
    const QString needle = text.trimmed();
    if (!model || needle.isEmpty())
        return found;
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(Qt::DisplayRole).toString().contains(needle, Qt::CaseInsensitive))
                found.append(index);
            collect(index);
        }
    };
    collect(QModelIndex());
    return found;
}

QString FindBar::countText(const QModelIndexList &matches, const QModelIndex &current, const QString &text)
{
    if (text.trimmed().isEmpty())
        return QString();
    if (matches.isEmpty())
        return tr("No match");
    const qsizetype position = matches.indexOf(current.siblingAtColumn(0));
    if (position < 0)
        return Plural::counted("FindBar", matches.size(), QT_TRANSLATE_NOOP("FindBar", "%1 match"),
                               QT_TRANSLATE_NOOP("FindBar", "%1 matches"));
    return tr("%1 of %2").arg(position + 1).arg(matches.size());
}

void FindBar::recount(const QAbstractItemModel *model, const QModelIndex &current)
{
    const QString text = m_field->text();
    m_count->setText(countText(matches(model, text), current, text));
}
