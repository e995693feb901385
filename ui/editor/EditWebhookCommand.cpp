// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/EditWebhookCommand.h"

#include <QRegularExpression>

namespace {

// What the undo text calls a field.
QString fieldLabel(const QString &field)
{
    static const QRegularExpression indexed(QStringLiteral("\\[\\d+\\]"));
    QString generic = field;
    generic.replace(indexed, QStringLiteral("[]"));
    struct Label
    {
        const char *field;
        const char *label;
    };
    // clang-format off
    static const Label labels[] = {
        {"name", QT_TRANSLATE_NOOP("EditWebhookCommand", "name")},
        {"trigger", QT_TRANSLATE_NOOP("EditWebhookCommand", "trigger")},
        {"timer_seconds", QT_TRANSLATE_NOOP("EditWebhookCommand", "timer")},
        {"method", QT_TRANSLATE_NOOP("EditWebhookCommand", "method")},
        {"url", QT_TRANSLATE_NOOP("EditWebhookCommand", "URL")},
        {"headers", QT_TRANSLATE_NOOP("EditWebhookCommand", "headers")},
        {"headers[].name", QT_TRANSLATE_NOOP("EditWebhookCommand", "header name")},
        {"headers[].value", QT_TRANSLATE_NOOP("EditWebhookCommand", "header value")},
        {"body_kind", QT_TRANSLATE_NOOP("EditWebhookCommand", "body kind")},
        {"body", QT_TRANSLATE_NOOP("EditWebhookCommand", "body")},
        {"matches", QT_TRANSLATE_NOOP("EditWebhookCommand", "matches")},
        {"timeout_ms", QT_TRANSLATE_NOOP("EditWebhookCommand", "timeout")},
        {"notes", QT_TRANSLATE_NOOP("EditWebhookCommand", "notes")},
        {"ping_post.enabled", QT_TRANSLATE_NOOP("EditWebhookCommand", "ping-post")},
        {"ping_post.amount_path", QT_TRANSLATE_NOOP("EditWebhookCommand", "bid amount path")},
        {"ping_post.accepted_path", QT_TRANSLATE_NOOP("EditWebhookCommand", "bid accepted path")},
        {"ping_post.bid_id_path", QT_TRANSLATE_NOOP("EditWebhookCommand", "bid id path")},
        {"ping_post.minimum_bid", QT_TRANSLATE_NOOP("EditWebhookCommand", "minimum bid")},
    };
    // clang-format on
    for (const Label &label : labels) {
        if (generic == QLatin1String(label.field))
            return EditWebhookCommand::tr(label.label);
    }
    if (generic.startsWith(QLatin1String("ping_post.ping.")))
        return EditWebhookCommand::tr("ping %1").arg(fieldLabel(generic.mid(15)));
    return field;
}

QString displayName(const Webhook &webhook)
{
    return webhook.name.trimmed().isEmpty() ? Triggers::label(webhook.trigger) : webhook.name;
}

} // namespace

EditWebhookCommand::EditWebhookCommand(WorkspaceModel *model, const WorkspaceModel::Address &address,
                                       const Webhook &before, const Webhook &after, const QString &field,
                                       int mergeSession, QUndoCommand *parent)
    : QUndoCommand(describe(field, before, after), parent)
    , m_model(model)
    , m_address(address)
    , m_before(before)
    , m_after(after)
    , m_field(field)
    , m_mergeSession(mergeSession)
{}

void EditWebhookCommand::redo()
{
    m_model->setWebhook(m_address, m_after);
}

void EditWebhookCommand::undo()
{
    m_model->setWebhook(m_address, m_before);
}

bool EditWebhookCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditWebhookCommand *>(other);
    if (m_mergeSession < 0 || next->m_mergeSession != m_mergeSession || next->m_field != m_field
        || next->m_address != m_address || !(next->m_before == m_after))
        return false;
    m_after = next->m_after;
    // Typed and then erased again: nothing left to undo.
    setObsolete(m_after == m_before);
    return true;
}

QString EditWebhookCommand::describe(const QString &field, const Webhook &before, const Webhook &after)
{
    const QString name = displayName(before);
    if (field == QLatin1String("enabled"))
        return after.enabled ? tr("Enable \u201c%1\u201d").arg(name) : tr("Disable \u201c%1\u201d").arg(name);
    if (field == QLatin1String("name"))
        return tr("Rename \u201c%1\u201d").arg(name);
    return tr("Edit %1 of \u201c%2\u201d").arg(fieldLabel(field), name);
}
