// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "objects/ObjectForm.h"

#include "common/LineEdits.h"
#include "common/StatePalette.h"
#include "objects/EditObjectCommand.h"
#include "workspace/WorkspaceModel.h"

#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

struct ObjectForm::Binding
{
    QString field;
    QString label;
    QLineEdit *edit = nullptr;
    QLabel *error = nullptr;
    std::function<QString(const Object &)> get;
    std::function<void(Object &, const QString &)> set;
    bool refused = false; // the edit holds text WorkspaceEditor refused
};

ObjectForm::ObjectForm(WorkspaceModel *model, QUndoStack *stack, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stack(stack)
{}

ObjectForm::~ObjectForm() = default;

void ObjectForm::showObject(const WorkspaceAddress &address)
{
    const Object object = WorkspaceEditor::object(m_model->workspace(), address);
    const bool same = m_hasObject && address == m_address;
    const Object previous = m_shown;
    m_address = address;
    m_shown = object;
    m_hasObject = true;
    if (!same)
        endTyping();
    for (Binding &binding : m_bindings) {
        Object probe = object;
        binding.set(probe, binding.edit->text());
        if (same && probe == object)
            continue; // it shows the model's value, as typed
        // Refused text stays until the model's value itself changes.
        if (same && binding.refused && binding.get(previous) == binding.get(object))
            continue;
        LineEdits::setTextKeepingCursor(binding.edit, binding.get(object));
        binding.refused = false;
        binding.error->hide();
    }
    load(object, same ? &previous : nullptr);
}

void ObjectForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_tabOrderFollowsLayout) {
        m_tabOrderFollowsLayout = true;
        followVisualTabOrder();
    }
}

void ObjectForm::followVisualTabOrder()
{
    const auto takesTab = [](const QWidget *widget) {
        return (widget->focusPolicy() & Qt::TabFocus) != 0;
    };
    QList<QWidget *> fields;
    QHash<QWidget *, QPoint> places;
    for (QWidget *widget : findChildren<QWidget *>()) {
        if (!takesTab(widget) || !widget->isVisibleTo(this))
            continue;
        // The parts of a spin box or a table follow their widget.
        bool part = false;
        for (QWidget *up = widget->parentWidget(); up && up != this; up = up->parentWidget())
            part = part || takesTab(up) || up->focusProxy();
        if (part)
            continue;
        fields.append(widget);
        places.insert(widget, widget->mapTo(this, QPoint(0, 0)));
    }
    std::stable_sort(fields.begin(), fields.end(), [&places](QWidget *a, QWidget *b) {
        const QPoint pa = places.value(a);
        const QPoint pb = places.value(b);
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    for (qsizetype i = 1; i < fields.size(); ++i)
        setTabOrder(fields.at(i - 1), fields.at(i));
}

bool ObjectForm::focusField(const QString &field)
{
    const QString lineField = field.section(QLatin1Char('['), 0, 0);
    for (const Binding &binding : m_bindings) {
        if (binding.field == lineField) {
            binding.edit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

QLineEdit *ObjectForm::bindLine(QFormLayout *form, const QString &label, const QString &field,
                                const std::function<QString(const Object &)> &get,
                                const std::function<void(Object &, const QString &)> &set)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString(field).replace(QLatin1Char('.'), QLatin1Char('_')) + QStringLiteral("Edit"));
    auto *error = new QLabel(this);
    error->setObjectName(QString(field).replace(QLatin1Char('.'), QLatin1Char('_')) + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->hide();
    StatePalette::setTextColor(error, StatePalette::State::Error);
    auto *cell = new QWidget(this);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(edit);
    layout->addWidget(error);
    form->addRow(label, cell);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(cell)))
        buddy->setBuddy(edit);

    QString plainLabel = label;
    plainLabel.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    m_bindings.push_back({field, plainLabel, edit, error, get, set});
    connect(edit, &QLineEdit::textEdited, this, [this, field, set](const QString &text) {
        apply(
            field, [&](Object &object) { set(object, text); }, true);
    });
    connect(edit, &QLineEdit::editingFinished, this, &ObjectForm::endTyping);
    return edit;
}

bool ObjectForm::check(const QString &field, const std::function<void(Object &)> &change)
{
    if (!m_hasObject)
        return false;
    Object after = WorkspaceEditor::object(m_model->workspace(), m_address);
    change(after);
    const QString error = WorkspaceEditor::validateFields(m_model->workspace(), m_address, after);
    for (Binding &binding : m_bindings) {
        if (binding.field != field)
            continue;
        binding.refused = !error.isEmpty();
        binding.error->setText(error);
        binding.error->setVisible(!error.isEmpty());
    }
    return error.isEmpty();
}

bool ObjectForm::apply(const QString &field, const std::function<void(Object &)> &change, bool typing)
{
    if (!check(field, change))
        return false;
    const Object before = WorkspaceEditor::object(m_model->workspace(), m_address);
    Object after = before;
    change(after);
    if (after == before)
        return true;
    const Binding *binding = nullptr;
    for (const Binding &candidate : m_bindings) {
        if (candidate.field == field)
            binding = &candidate;
    }
    const QString label = binding ? binding->label : field;
    const QString text = tr("Edit %1 of \u201c%2\u201d").arg(label, displayName(before));
    m_stack->push(new EditObjectCommand(m_model, m_address, before, after, field, text, typing ? m_session : -1));
    return true;
}

QString ObjectForm::joinList(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

QStringList ObjectForm::splitList(const QString &text)
{
    QStringList result;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}
