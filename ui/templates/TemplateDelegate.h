// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

// Paints a TemplateListModel row in the gallery's list: two lines per template, its name in bold
// and its platform and triggers (TemplateListModel::SubtitleRole) muted below, the platform badge
// (Qt::DecorationRole) on the left.
class TemplateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateDelegate)

public:
    explicit TemplateDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
