// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/WorkspaceEditor.h"

#include <QWidget>

#include <functional>
#include <vector>

class QFormLayout;
class QLabel;
class QLineEdit;
class QUndoStack;
class WorkspaceModel;

// What the object forms (campaign, number, buyer, publisher, company) share: the object they
// show, one EditObjectCommand per edit (typing in one field merges until the field loses the
// focus), and the validation rule. An id or number that WorkspaceEditor refuses is shown with
// its message under the field and not applied; the field keeps the text until it is fixed or
// the model's value changes (undo, another edit), which then shows the model's value again.
class ObjectForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectForm)

public:
    using Object = WorkspaceEditor::Object;

    ObjectForm(WorkspaceModel *model, QUndoStack *stack, QWidget *parent = nullptr);
    ~ObjectForm() override;

    // Shows the object at address: a new object fills every field; the same one after a change
    // updates only the fields that no longer show the model's value.
    void showObject(const WorkspaceAddress &address);
    WorkspaceAddress address() const { return m_address; }
    // Puts the cursor into the line edit of a field as the file names it ("source_id",
    // "postback_fields[1]" is the postback fields' line); false if no line edit shows it.
    bool focusField(const QString &field);

protected:
    // On the first show, Tab is made to follow the form as it reads (see followVisualTabOrder).
    void showEvent(QShowEvent *event) override;

    // Puts the object's values into the widgets other than the bound line edits; previous is
    // the value shown before (nullptr for a new object). Widgets already showing a value must
    // not be set again (the cursor and a half-filled row would be lost).
    virtual void load(const Object &object, const Object *previous) = 0;
    // The object's name in undo texts ("Solar leads").
    virtual QString displayName(const Object &object) const = 0;

    // A line edit in form for one field: get reads the field's text from an object, set writes
    // text into it. Edits are applied as the user types (what is saved is what the form
    // shows, even if Save comes before the field is left); a refused key keeps the last value
    // that was accepted.
    QLineEdit *bindLine(QFormLayout *form, const QString &label, const QString &field,
                        const std::function<QString(const Object &)> &get,
                        const std::function<void(Object &, const QString &)> &set);
    // Applies change to the shown object and pushes it as one command; false (and the message
    // at the field's error label, if it has one) when WorkspaceEditor refuses it.
    bool apply(const QString &field, const std::function<void(Object &)> &change, bool typing = false);
    // Ends the typing session: the next edit is a command of its own.
    void endTyping() { ++m_session; }

    const Object &shown() const { return m_shown; }
    WorkspaceModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_stack; }

    // "a, b" <-> {"a", "b"}: lists edited on one line (required tags, postback fields).
    static QString joinList(const QStringList &list);
    static QStringList splitList(const QString &text);

private:
    struct Binding;

    // Widgets made before the line edits bound to fields (lists, tables, buttons) would
    // otherwise come first in the Tab chain: chains the form's fields top to bottom, then left
    // to right, as laid out.
    void followVisualTabOrder();

    // WorkspaceEditor's check of change, its message shown at the field: true if it may apply.
    bool check(const QString &field, const std::function<void(Object &)> &change);

    WorkspaceModel *m_model;
    QUndoStack *m_stack;
    WorkspaceAddress m_address;
    Object m_shown;
    bool m_hasObject = false;
    int m_session = 0;
    bool m_tabOrderFollowsLayout = false;
    std::vector<Binding> m_bindings;
};
