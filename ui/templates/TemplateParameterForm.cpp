// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateParameterForm.h"

#include "common/StatePalette.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString kMask = QStringLiteral("••••••••");

QString typeHint(const TemplateParameter &parameter)
{
    switch (parameter.type) {
    case TemplateParameter::Type::Domain:
        return TemplateParameterForm::tr("host name, e.g. track.example.com");
    case TemplateParameter::Type::Url:
        return TemplateParameterForm::tr("https://...");
    case TemplateParameter::Type::Number:
        return TemplateParameterForm::tr("a number, e.g. 42");
    case TemplateParameter::Type::Text:
    case TemplateParameter::Type::Secret:
        break;
    }
    return parameter.required ? TemplateParameterForm::tr("required") : TemplateParameterForm::tr("optional");
}

} // namespace

TemplateParameterForm::TemplateParameterForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void TemplateParameterForm::setParameters(const QList<TemplateParameter> &parameters)
{
    m_fields.clear();
    delete m_content;
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("parameterForm"));
    auto *form = new QFormLayout(m_content);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(8);
    // Added whole, once complete: a layout shows a new child of a visible parent only once the
    // event loop runs, so show it now, for the form to be complete (and testable) at once.
    const auto addContent = [this] {
        layout()->addWidget(m_content);
        m_content->show();
    };

    QPalette helpPalette = palette();
    helpPalette.setColor(QPalette::WindowText, StatePalette::muted(helpPalette));
    const QString requiredMark = QStringLiteral("<span style=\"color: %1\">*</span>")
                                     .arg(StatePalette(palette()).foreground(StatePalette::State::Error).name());

    if (parameters.isEmpty()) {
        auto *none = new QLabel(tr("This template needs no parameters: apply it as it is."), m_content);
        none->setPalette(helpPalette);
        form->addRow(none);
        addContent();
        return;
    }

    bool anyRequired = false;
    for (const TemplateParameter &parameter : parameters) {
        const Field field = addField(parameter, m_content);
        QString label = parameter.displayLabel().toHtmlEscaped();
        if (parameter.required) {
            label += QLatin1Char(' ') + requiredMark;
            anyRequired = true;
        }
        auto *labelWidget = new QLabel(label, m_content);
        labelWidget->setBuddy(field.edit);
        labelWidget->setToolTip(tr("{{%1}}, %2").arg(parameter.name, TemplateParameter::typeName(parameter.type)));
        // Line the label up with the line edit, not with the help below it.
        labelWidget->setMinimumHeight(field.edit->sizeHint().height());
        labelWidget->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        form->addRow(labelWidget, field.edit->parentWidget());
        m_fields.append(field);
    }
    if (anyRequired) {
        auto *legend = new QLabel(tr("%1 required").arg(requiredMark), m_content);
        legend->setPalette(helpPalette);
        form->addRow(QString(), legend);
    }
    addContent();
}

TemplateParameterForm::Field TemplateParameterForm::addField(const TemplateParameter &parameter, QWidget *parent)
{
    Field field;
    field.parameter = parameter;

    auto *cell = new QWidget(parent);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(3);

    field.edit = new QLineEdit(parameter.defaultValue, cell);
    field.edit->setObjectName(QStringLiteral("parameter_") + parameter.name);
    field.edit->setPlaceholderText(typeHint(parameter));
    field.edit->setToolTip(QStringLiteral("{{%1}}").arg(parameter.name));
    connect(field.edit, &QLineEdit::textChanged, this, &TemplateParameterForm::changed);
    cellLayout->addWidget(field.edit);

    if (parameter.secret) {
        field.edit->setEchoMode(QLineEdit::Password);
        field.reveal = field.edit->addAction(QIcon(QStringLiteral(":/icons/eye.svg")), QLineEdit::TrailingPosition);
        field.reveal->setObjectName(QStringLiteral("reveal_") + parameter.name);
        field.reveal->setCheckable(true);
        field.reveal->setToolTip(tr("Show the value"));
        QLineEdit *edit = field.edit;
        QAction *reveal = field.reveal;
        connect(reveal, &QAction::toggled, this, [this, edit, reveal](bool shown) {
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            reveal->setIcon(QIcon(shown ? QStringLiteral(":/icons/eye-off.svg") : QStringLiteral(":/icons/eye.svg")));
            reveal->setToolTip(shown ? tr("Hide the value") : tr("Show the value"));
            emit changed(); // the preview masks a hidden secret
        });
    }

    if (!parameter.help.isEmpty()) {
        auto *help = new QLabel(parameter.help, cell);
        help->setObjectName(QStringLiteral("help_") + parameter.name);
        help->setWordWrap(true);
        help->setTextFormat(Qt::PlainText);
        QPalette helpPalette = help->palette();
        helpPalette.setColor(QPalette::WindowText, StatePalette::muted(helpPalette));
        help->setPalette(helpPalette);
        cellLayout->addWidget(help);
    }

    field.message = new QLabel(cell);
    field.message->setObjectName(QStringLiteral("message_") + parameter.name);
    field.message->setWordWrap(true);
    field.message->setTextFormat(Qt::PlainText);
    StatePalette::setTextColor(field.message, StatePalette::State::Error);
    field.message->hide();
    cellLayout->addWidget(field.message);
    return field;
}

TemplateInstantiator::Values TemplateParameterForm::values() const
{
    TemplateInstantiator::Values values;
    for (const Field &field : m_fields)
        values.insert(field.parameter.name, field.edit->text().trimmed());
    return values;
}

bool TemplateParameterForm::check(QStringList *missing)
{
    bool valid = true;
    for (const Field &field : std::as_const(m_fields)) {
        const QString value = field.edit->text().trimmed();
        QString error;
        if (!TemplateInstantiator::checkValue(field.parameter, value, &error)) {
            field.message->setText(error);
            field.message->show();
            valid = false;
            continue;
        }
        field.message->clear();
        field.message->hide();
        if (field.parameter.required && value.isEmpty() && field.parameter.defaultValue.isEmpty())
            missing->append(field.parameter.displayLabel());
    }
    return valid;
}

QString TemplateParameterForm::masked(const QString &text) const
{
    QString out = text;
    for (const Field &field : m_fields) {
        const QString value = field.edit->text().trimmed();
        if (!field.parameter.secret || value.isEmpty() || (field.reveal && field.reveal->isChecked()))
            continue;
        out.replace(value, kMask);
        out.replace(QString::fromLatin1(QUrl::toPercentEncoding(value)), kMask);
        out.replace(
            QString::fromLatin1(QUrl::toPercentEncoding(value, " ")).replace(QLatin1Char(' '), QLatin1Char('+')),
            kMask);
    }
    return out;
}
