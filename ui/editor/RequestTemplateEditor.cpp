// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/RequestTemplateEditor.h"

#include "common/LineEdits.h"
#include "editor/HeadersEditor.h"
#include "editor/JsonBodyEditor.h"
#include "files/WebhookJson.h"
#include "tokens/TokenLineEdit.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

#include <algorithm>

namespace {

const BodyKind kBodyKinds[] = {BodyKind::None, BodyKind::Json, BodyKind::Form, BodyKind::Raw};

QString bodyKindLabel(BodyKind kind)
{
    switch (kind) {
    case BodyKind::None:
        return RequestTemplateEditor::tr("None");
    case BodyKind::Json:
        return RequestTemplateEditor::tr("JSON");
    case BodyKind::Form:
        return RequestTemplateEditor::tr("Form (URL-encoded)");
    case BodyKind::Raw:
        return RequestTemplateEditor::tr("Raw text");
    }
    return QString();
}

// The Content-Type a body kind calls for; empty for none and raw text.
QString contentTypeFor(BodyKind kind)
{
    switch (kind) {
    case BodyKind::Json:
        return QStringLiteral("application/json");
    case BodyKind::Form:
        return QStringLiteral("application/x-www-form-urlencoded");
    case BodyKind::None:
    case BodyKind::Raw:
        break;
    }
    return QString();
}

QIcon statusIcon(BodyCheck::Severity severity)
{
    switch (severity) {
    case BodyCheck::Severity::Ok:
        return QIcon(QStringLiteral(":/icons/check-ok.svg"));
    case BodyCheck::Severity::Warning:
        return QIcon(QStringLiteral(":/icons/check-warning.svg"));
    case BodyCheck::Severity::Error:
        return QIcon(QStringLiteral(":/icons/check-error.svg"));
    }
    return QIcon();
}

} // namespace

RequestTemplateEditor::RequestTemplateEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_method(new QComboBox(this))
    , m_url(new TokenLineEdit(this))
    , m_headers(new HeadersEditor(this))
    , m_bodyKind(new QComboBox(this))
    , m_bodyWizard(new QToolButton(this))
    , m_bodyFormat(new QToolButton(this))
    , m_body(new JsonBodyEditor(this))
    , m_bodyStatusRow(new QWidget(this))
    , m_bodyStatusIcon(new QLabel(m_bodyStatusRow))
    , m_bodyStatus(new QLabel(m_bodyStatusRow))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_method->setObjectName(QStringLiteral("method"));
    m_method->addItems(WebhookJson::methods());
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_method->setToolTip(tr("HTTP method"));
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setSyntax(TokenLineEdit::Syntax::Url);
    m_url->setPlaceholderText(tr("https://example.com/hook?phone=[caller_number]"));
    auto *requestRow = new QHBoxLayout;
    requestRow->setSpacing(6);
    requestRow->addWidget(m_method);
    requestRow->addWidget(m_url, 1);
    m_form->addRow(tr("&Request:"), requestRow);
    static_cast<QLabel *>(m_form->labelForField(requestRow))->setBuddy(m_url);

    m_headers->setObjectName(QStringLiteral("headers"));
    m_form->addRow(tr("Headers:"), m_headers);

    m_bodyKind->setObjectName(QStringLiteral("bodyKind"));
    for (const BodyKind kind : kBodyKinds)
        m_bodyKind->addItem(bodyKindLabel(kind), int(kind));
    m_bodyKind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_bodyWizard->setObjectName(QStringLiteral("bodyInsertToken"));
    m_bodyWizard->setDefaultAction(m_body->tokenWizardAction());
    m_bodyWizard->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_bodyWizard->setAutoRaise(true);
    m_bodyFormat->setObjectName(QStringLiteral("bodyFormat"));
    m_bodyFormat->setDefaultAction(m_body->formatAction());
    m_bodyFormat->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_bodyFormat->setAutoRaise(true);
    auto *bodyRow = new QHBoxLayout;
    bodyRow->addWidget(m_bodyKind);
    bodyRow->addStretch(1);
    bodyRow->addWidget(m_bodyFormat);
    bodyRow->addWidget(m_bodyWizard);
    m_form->addRow(tr("&Body:"), bodyRow);
    static_cast<QLabel *>(m_form->labelForField(bodyRow))->setBuddy(m_bodyKind);

    m_body->setObjectName(QStringLiteral("body"));
    m_body->setMinimumHeight(m_body->sizeHint().height() * 2 / 3);
    m_body->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_form->addRow(QString(), m_body);

    m_bodyStatus->setObjectName(QStringLiteral("bodyStatus"));
    m_bodyStatus->setWordWrap(true);
    m_bodyStatus->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_bodyStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusLayout = new QHBoxLayout(m_bodyStatusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_bodyStatusIcon, 0, Qt::AlignTop);
    statusLayout->addWidget(m_bodyStatus, 1);
    m_form->addRow(QString(), m_bodyStatusRow);

    connect(m_method, &QComboBox::activated, this, [this] { emit edited(QStringLiteral("method")); });
    connect(m_url, &QLineEdit::textEdited, this, [this] { emit edited(QStringLiteral("url")); });
    connect(m_headers, &HeadersEditor::edited, this, &RequestTemplateEditor::edited);
    connect(m_bodyKind, &QComboBox::activated, this, &RequestTemplateEditor::bodyKindActivated);
    connect(m_body, &JsonBodyEditor::bodyEdited, this, [this] { emit edited(QStringLiteral("body")); });
    connect(m_body, &JsonBodyEditor::validated, this, &RequestTemplateEditor::updateBodyStatus);

    updateBodyVisibility();
    updateBodyStatus();
}

void RequestTemplateEditor::setCatalog(TagCatalog *catalog)
{
    m_url->setCatalog(catalog);
    m_headers->setCatalog(catalog);
    m_body->setCatalog(catalog);
}

void RequestTemplateEditor::setRequest(const RequestTemplate &request)
{
    int methodIndex = m_method->findText(request.method);
    if (methodIndex < 0) { // a method this list lacks stays as it is
        m_method->addItem(request.method);
        methodIndex = m_method->count() - 1;
    }
    m_method->setCurrentIndex(methodIndex);
    LineEdits::setTextKeepingCursor(m_url, request.url);
    m_headers->setHeaders(request.headers);
    m_bodyKind->setCurrentIndex(m_bodyKind->findData(int(request.bodyKind)));
    m_body->setBodyKind(request.bodyKind);
    m_body->setBodyText(request.body);
    updateBodyVisibility();
}

RequestTemplate RequestTemplateEditor::request() const
{
    RequestTemplate request;
    request.method = m_method->currentText();
    request.url = m_url->text();
    request.headers = m_headers->headers();
    request.bodyKind = BodyKind(m_bodyKind->currentData().toInt());
    request.body = m_body->bodyText();
    return request;
}

QWidget *RequestTemplateEditor::focusField(const QString &field, int line, int column)
{
    static const QRegularExpression headerField(QStringLiteral("^headers\\[(\\d+)\\](?:\\.(name|value))?$"));
    QWidget *widget = nullptr;
    if (field == QLatin1String("method")) {
        widget = m_method;
    } else if (field == QLatin1String("url")) {
        widget = m_url;
    } else if (field == QLatin1String("headers")) {
        widget = m_headers->count() > 0 ? static_cast<QWidget *>(m_headers->nameEdit(0))
                                        : static_cast<QWidget *>(m_headers->addButton());
    } else if (const QRegularExpressionMatch match = headerField.match(field); match.hasMatch()) {
        const int row = match.captured(1).toInt();
        widget = match.captured(2) == QLatin1String("value") ? static_cast<QWidget *>(m_headers->valueEdit(row))
                                                             : m_headers->nameEdit(row);
    } else if (field == QLatin1String("body_kind")) {
        widget = m_bodyKind;
    } else if (field == QLatin1String("body")) {
        widget = m_body->isVisible() || m_bodyKind->currentData().toInt() != int(BodyKind::None)
                     ? static_cast<QWidget *>(m_body)
                     : m_bodyKind;
    }
    if (!widget)
        return nullptr;
    widget->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
    if (widget == m_body && line > 0)
        m_body->goToPosition(line, qMax(1, column));
    return widget;
}

void RequestTemplateEditor::bodyKindActivated()
{
    const BodyKind kind = BodyKind(m_bodyKind->currentData().toInt());
    m_body->setBodyKind(kind);
    updateBodyVisibility();
    // A JSON or form body needs its Content-Type to be read as one: add it when none is set.
    const QString contentType = contentTypeFor(kind);
    const QList<HeaderTemplate> headers = m_headers->headers();
    const bool hasContentType = std::any_of(headers.cbegin(), headers.cend(), [](const HeaderTemplate &header) {
        return header.name.trimmed().compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
    });
    if (!contentType.isEmpty() && !hasContentType)
        m_headers->setHeaders(headers + QList<HeaderTemplate>{{QStringLiteral("Content-Type"), contentType}});
    emit edited(QStringLiteral("body_kind"));
}

void RequestTemplateEditor::updateBodyVisibility()
{
    const BodyKind kind = BodyKind(m_bodyKind->currentData().toInt());
    const bool shown = kind != BodyKind::None;
    m_body->setVisible(shown);
    m_bodyStatusRow->setVisible(shown);
    m_bodyWizard->setVisible(shown);
    m_bodyFormat->setVisible(kind == BodyKind::Json);
}

void RequestTemplateEditor::updateBodyStatus()
{
    const BodyCheck &check = m_body->lastCheck();
    const int size = m_bodyStatus->fontMetrics().height();
    m_bodyStatusIcon->setPixmap(statusIcon(check.severity).pixmap(size, size));
    m_bodyStatus->setText(check.status);
    m_bodyStatus->setToolTip(check.details);
}
