// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "objects/NumberForm.h"

#include "workspace/SetNumberCommand.h"
#include "workspace/WorkspaceModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

NumberForm::NumberForm(WorkspaceModel *model, QUndoStack *stack, QWidget *parent)
    : ObjectForm(model, stack, parent)
    , m_unlocked(new QCheckBox(tr("Own &webhooks: this number's copy overrides the campaign's"), this))
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("numberForm"));
    auto *box = new QGroupBox(tr("Number"), this);
    auto *form = new QFormLayout(box);
    QLineEdit *number = bindLine(
        form, tr("N&umber:"), QStringLiteral("number"), [](const Object &o) { return o.number.number; },
        [](Object &o, const QString &text) { o.number.number = text.trimmed(); });
    number->setPlaceholderText(tr("+18005550100"));
    bindLine(
        form, tr("&Label:"), QStringLiteral("name"), [](const Object &o) { return o.number.name; },
        [](Object &o, const QString &text) { o.number.name = text; });
    m_unlocked->setObjectName(QStringLiteral("numberUnlocked"));
    connect(m_unlocked, &QCheckBox::clicked, this, &NumberForm::setUnlocked);
    form->addRow(QString(), m_unlocked);
    m_explanation->setWordWrap(true);
    form->addRow(QString(), m_explanation);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
}

void NumberForm::load(const Object &object, const Object *previous)
{
    Q_UNUSED(previous)
    const QSignalBlocker blocker(m_unlocked);
    m_unlocked->setChecked(object.number.webhooksUnlocked);
    m_explanation->setText(object.number.webhooksUnlocked
                               ? tr("Calls to this number fire its own webhooks, shown under it in the tree. "
                                    "Locking drops them and goes back to the campaign's.")
                               : tr("Calls to this number fire the campaign's webhooks. Unlocking copies them "
                                    "into the number, to change them for this number only."));
}

QString NumberForm::displayName(const Object &object) const
{
    return object.number.number;
}

void NumberForm::setUnlocked(bool unlocked)
{
    const WorkspaceAddress at = address();
    const TrackingNumber after = WorkspaceEditor::withWebhooksUnlocked(model()->workspace(), at, unlocked);
    const QString text =
        unlocked ? tr("Unlock webhooks of %1").arg(after.number) : tr("Lock webhooks of %1").arg(after.number);
    undoStack()->push(new SetNumberCommand(model(), at.campaign, at.number, after, text));
}
