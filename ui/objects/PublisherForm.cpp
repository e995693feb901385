// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "objects/PublisherForm.h"

#include "objects/KeyValueTable.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

PublisherForm::PublisherForm(WorkspaceModel *model, QUndoStack *stack, QWidget *parent)
    : ObjectForm(model, stack, parent)
    , m_tags(new KeyValueTable(tr("Tag"), tr("Value"), this))
{
    setObjectName(QStringLiteral("publisherForm"));
    auto *box = new QGroupBox(tr("Publisher"), this);
    auto *form = new QFormLayout(box);
    bindLine(
        form, tr("&source_id:"), QStringLiteral("source_id"), [](const Object &o) { return o.publisher.sourceId; },
        [](Object &o, const QString &text) { o.publisher.sourceId = text.trimmed(); });
    bindLine(
        form, tr("&Name:"), QStringLiteral("name"), [](const Object &o) { return o.publisher.name; },
        [](Object &o, const QString &text) { o.publisher.name = text; });
    bindLine(
        form, tr("Postback &key:"), QStringLiteral("postback_key"),
        [](const Object &o) { return o.publisher.postbackKey; },
        [](Object &o, const QString &text) { o.publisher.postbackKey = text; });
    QLineEdit *fields = bindLine(
        form, tr("Postback &fields:"), QStringLiteral("postback_fields"),
        [](const Object &o) { return joinList(o.publisher.postbackFields); },
        [](Object &o, const QString &text) { o.publisher.postbackFields = splitList(text); });
    fields->setPlaceholderText(tr("sale, revenue (comma-separated tags the postback writes)"));
    m_tags->setObjectName(QStringLiteral("publisherTags"));
    form->addRow(tr("Tags:"), m_tags);
    connect(m_tags, &KeyValueTable::edited, this, [this] {
        const TagMap tags = KeyValueTable::toTags(m_tags->pairs());
        apply(QStringLiteral("tags"), [&](Object &o) { o.publisher.tags = tags; });
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
}

void PublisherForm::load(const Object &object, const Object *previous)
{
    Q_UNUSED(previous)
    m_tags->setPairs(KeyValueTable::fromTags(object.publisher.tags));
}

QString PublisherForm::displayName(const Object &object) const
{
    return object.publisher.name.trimmed().isEmpty() ? object.publisher.sourceId : object.publisher.name;
}
