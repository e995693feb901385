// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateDelegate.h"

#include "common/StatePalette.h"
#include "templates/TemplateListModel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kPadding = 7;
constexpr int kIconSize = 32;
} // namespace

TemplateDelegate::TemplateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void TemplateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const QRect area = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QRect iconRect(area.left(), area.top() + (area.height() - kIconSize) / 2, kIconSize, kIconSize);
    index.data(Qt::DecorationRole).value<QIcon>().paint(painter, iconRect);

    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                               : QPalette::Inactive;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background = option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);

    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics subtitleMetrics(option.font);
    const int left = iconRect.right() + 10;
    const int width = area.right() - left;
    const int top = area.top() + (area.height() - titleMetrics.height() - subtitleMetrics.height() - 2) / 2;

    painter->save();
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRect(left, top, width, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, width));
    painter->setFont(option.font);
    painter->setPen(StatePalette::mix(text, background, 0.4));
    const QString subtitle = index.data(TemplateListModel::SubtitleRole).toString();
    painter->drawText(QRect(left, top + titleMetrics.height() + 2, width, subtitleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, subtitleMetrics.elidedText(subtitle, Qt::ElideRight, width));
    painter->restore();
}

QSize TemplateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int text = QFontMetrics(titleFont).height() + QFontMetrics(option.font).height() + 2;
    return QSize(260, qMax(text, kIconSize) + 2 * kPadding);
}
