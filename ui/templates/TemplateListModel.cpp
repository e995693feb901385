// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateListModel.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace {

// Badge colours: distinct at a glance, all dark enough for white initials.
constexpr QRgb kBadgeColours[] = {
    0x2563eb, 0xdc2626, 0x059669, 0xd97706, 0x7c3aed, 0xdb2777,
    0x0891b2, 0x4d7c0f, 0x9333ea, 0xea580c, 0x0f766e, 0x475569,
};

QString initials(const QString &platform)
{
    QStringList words;
    QString word;
    for (const QChar c : platform) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    if (words.isEmpty())
        return QStringLiteral("?");
    if (words.size() >= 2)
        return QString(words.at(0).at(0).toUpper()) + words.at(1).at(0).toUpper();
    // One word: its capitals when it is camel case ("TrackDrive" gives TD), else its first letter.
    QString capitals;
    for (const QChar c : words.constFirst()) {
        if (c.isUpper())
            capitals += c;
    }
    return capitals.size() == 2 ? capitals : QString(words.constFirst().at(0).toUpper());
}

// The shipped templates' platforms get colours of their own, so that no two look alike in the
// list; any other platform one picked from its name.
QColor badgeColour(const QString &platform)
{
    static const QHash<QString, QRgb> shipped = {
        {QStringLiteral("cake"), 0xea580c},
        {QStringLiteral("everflow"), 0x0891b2},
        {QStringLiteral("generic"), 0x475569},
        {QStringLiteral("google analytics 4"), 0xd97706},
        {QStringLiteral("hasoffers / tune"), 0x2563eb},
        {QStringLiteral("meta"), 0x4f46e5},
        {QStringLiteral("retreaver"), 0x059669},
        {QStringLiteral("ringba"), 0xdc2626},
        {QStringLiteral("slack"), 0x7c3aed},
        {QStringLiteral("trackdrive"), 0x0f766e},
        {QStringLiteral("voluum"), 0xdb2777},
        {QStringLiteral("zapier"), 0x65a30d},
    };
    const QString key = platform.trimmed().toLower();
    if (shipped.contains(key))
        return QColor::fromRgb(shipped.value(key));
    uint sum = 0;
    for (const QChar c : key)
        sum = sum * 31 + c.unicode();
    return QColor::fromRgb(kBadgeColours[sum % (sizeof kBadgeColours / sizeof kBadgeColours[0])]);
}

QPixmap badge(const QString &platform, int size)
{
    const QColor colour = badgeColour(platform);

    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    QFont font = painter.font();
    font.setBold(true);
    const QString text = initials(platform);
    font.setPixelSize(text.size() > 1 ? size * 36 / 100 : size * 46 / 100);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, text);
    return pixmap;
}

} // namespace

TemplateListModel::TemplateListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void TemplateListModel::setTemplates(const QList<WebhookTemplate> &shipped, const QList<WebhookTemplate> &user)
{
    beginResetModel();
    m_entries.clear();
    for (const WebhookTemplate &webhookTemplate : shipped)
        m_entries.append({webhookTemplate, false});
    for (const WebhookTemplate &webhookTemplate : user)
        m_entries.append({webhookTemplate, true});
    endResetModel();
}

const WebhookTemplate *TemplateListModel::templateAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row).webhookTemplate : nullptr;
}

int TemplateListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).webhookTemplate.id == id)
            return row;
    }
    return -1;
}

bool TemplateListModel::isUserTemplate(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).user;
}

QIcon TemplateListModel::platformIcon(const QString &platform)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(platform);
    if (it == cache.end()) {
        QIcon icon;
        for (const int size : {16, 24, 32, 48, 64})
            icon.addPixmap(badge(platform, size));
        it = cache.insert(platform, icon);
    }
    return it.value();
}

QString TemplateListModel::triggerText(const WebhookTemplate &webhookTemplate)
{
    QStringList labels;
    for (const Trigger trigger : webhookTemplate.triggers())
        labels.append(Triggers::label(trigger));
    return labels.join(QStringLiteral(", "));
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry &entry = m_entries.at(index.row());
    const WebhookTemplate &webhookTemplate = entry.webhookTemplate;
    switch (role) {
    case Qt::DisplayRole:
        return webhookTemplate.name;
    case Qt::ToolTipRole:
        return webhookTemplate.description.isEmpty() ? webhookTemplate.name : webhookTemplate.description;
    case Qt::DecorationRole:
        return platformIcon(webhookTemplate.platform);
    case IdRole:
        return webhookTemplate.id;
    case PlatformRole:
        return webhookTemplate.platform;
    case TriggersRole: {
        QStringList names;
        for (const Trigger trigger : webhookTemplate.triggers())
            names.append(Triggers::name(trigger));
        return names;
    }
    case SubtitleRole: {
        QString subtitle = webhookTemplate.platform % QStringLiteral("  ·  ") % triggerText(webhookTemplate);
        if (entry.user)
            subtitle += QStringLiteral("  ·  ") % tr("Your template");
        return subtitle;
    }
    case SearchTextRole:
        return QString(webhookTemplate.name % QLatin1Char('\n') % webhookTemplate.platform % QLatin1Char('\n')
                       % webhookTemplate.description);
    case UserTemplateRole:
        return entry.user;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> TemplateListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(PlatformRole, "platform");
    names.insert(TriggersRole, "triggers");
    names.insert(SubtitleRole, "subtitle");
    names.insert(SearchTextRole, "searchText");
    names.insert(UserTemplateRole, "userTemplate");
    return names;
}
