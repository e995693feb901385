// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "templates/TemplateInstantiator.h"
#include "templates/TemplateParameter.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;

// The gallery's form for a template's parameters, generated from their declarations: per
// parameter a line edit (named parameter_<name>, starting at the default, the type as placeholder),
// its help below (help_<name>), a message under it while the value is wrong (message_<name>) and
// a red asterisk when it is required. A secret's value is hidden until its reveal action
// (reveal_<name>) is checked, and masked() hides it in any text the gallery shows.
class TemplateParameterForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateParameterForm)

public:
    explicit TemplateParameterForm(QWidget *parent = nullptr);

    // Replaces the fields, at once (the old ones are deleted, the new ones shown).
    void setParameters(const QList<TemplateParameter> &parameters);

    // Every parameter's value, trimmed.
    TemplateInstantiator::Values values() const;
    // Checks each value against its type, showing the problem under the field or hiding the
    // message; the labels of required parameters left empty (with no default) go to missing.
    // False if any value is wrong.
    bool check(QStringList *missing);
    // text with the values of the secrets that are hidden replaced by a mask: as typed, and as a
    // URL or a form body encodes them.
    QString masked(const QString &text) const;

signals:
    // A value changed, or a secret was shown or hidden.
    void changed();

private:
    struct Field
    {
        TemplateParameter parameter;
        QLineEdit *edit = nullptr;
        QLabel *message = nullptr;
        QAction *reveal = nullptr; // secret parameters only
    };

    Field addField(const TemplateParameter &parameter, QWidget *parent);

    QWidget *m_content = nullptr;
    QList<Field> m_fields;
};
