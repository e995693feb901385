// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/RequestTemplate.h"

#include <QPointer>
#include <QWidget>

class HeadersEditor;
class JsonBodyEditor;
class QComboBox;
class QFormLayout;
class QLabel;
class QToolButton;
class TagCatalog;
class TokenLineEdit;

// The request part of a webhook or of a ping: method and URL (TokenLineEdit, checked as a URL),
// headers (HeadersEditor), body kind and body (JsonBodyEditor, shown unless the kind is none)
// with the body's status line under it. A form layout, so that an owner can line its labels
// up with its own (see form()).
class RequestTemplateEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestTemplateEditor)

public:
    explicit RequestTemplateEditor(QWidget *parent = nullptr);

    void setCatalog(TagCatalog *catalog);
    // Shows request; fields whose text did not change keep their cursor and scroll position.
    void setRequest(const RequestTemplate &request);
    RequestTemplate request() const;

    // Focuses a field and selects its text (a body at a 1-based line and column, 0: as it is):
    // "method", "url", "headers", "headers[N]", "headers[N].name", "headers[N].value",
    // "body_kind", "body". Returns the widget, or nullptr for a field there is none of.
    QWidget *focusField(const QString &field, int line = 0, int column = 0);

    QFormLayout *form() const { return m_form; }
    QComboBox *methodCombo() const { return m_method; }
    TokenLineEdit *urlEdit() const { return m_url; }
    HeadersEditor *headersEditor() const { return m_headers; }
    QComboBox *bodyKindCombo() const { return m_bodyKind; }
    JsonBodyEditor *bodyEditor() const { return m_body; }
    QLabel *bodyStatusLabel() const { return m_bodyStatus; }

signals:
    // The user changed a field, named as focusField() names them.
    void edited(const QString &field);

private:
    void bodyKindActivated();
    void updateBodyVisibility();
    void updateBodyStatus();

    QFormLayout *m_form;
    QComboBox *m_method;
    TokenLineEdit *m_url;
    HeadersEditor *m_headers;
    QComboBox *m_bodyKind;
    QToolButton *m_bodyWizard;
    QToolButton *m_bodyFormat;
    JsonBodyEditor *m_body;
    QWidget *m_bodyStatusRow;
    QLabel *m_bodyStatusIcon;
    QLabel *m_bodyStatus;
};
