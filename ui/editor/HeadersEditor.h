// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/RequestTemplate.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class TagCatalog;
class TokenLineEdit;

// A request's headers as a table of fields: a name (completing common header names) and a
// value that may hold tokens (TokenLineEdit) per row, a button to remove each row and one to add
// a row. Names may repeat, as HTTP allows.
class HeadersEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadersEditor)

public:
    explicit HeadersEditor(QWidget *parent = nullptr);

    void setCatalog(TagCatalog *catalog);
    // Shows headers; rows that exist already keep their widgets (and cursors) where the text
    // did not change.
    void setHeaders(const QList<HeaderTemplate> &headers);
    QList<HeaderTemplate> headers() const;
    int count() const { return int(m_rows.size()); }

    QLineEdit *nameEdit(int row) const;
    TokenLineEdit *valueEdit(int row) const;
    QPushButton *addButton() const { return m_add; }
    QToolButton *removeButton(int row) const;

    // Appends an empty row and focuses its name (what the add button does).
    void addHeader();
    void removeHeader(int row);

signals:
    // "headers[N].name", "headers[N].value", or "headers" when a row was added or removed.
    void edited(const QString &field);

private:
    struct Row
    {
        QLineEdit *name;
        TokenLineEdit *value;
        QToolButton *remove;
    };

    void setRowCount(int count);
    int rowOf(const QObject *widget) const;

    QGridLayout *m_grid;
    QLabel *m_nameHeader;
    QLabel *m_valueHeader;
    QPushButton *m_add;
    QList<Row> m_rows;
    QPointer<TagCatalog> m_catalog;
};
