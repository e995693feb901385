// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/HeadersEditor.h"

#include "common/LineEdits.h"
#include "common/SingleLineGuard.h"
#include "tokens/TagCatalog.h"
#include "tokens/TokenLineEdit.h"

#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace {

enum Column
{
    NameColumn,
    ValueColumn,
    RemoveColumn
};

QStringList commonHeaderNames()
{
    return {QStringLiteral("Accept"),       QStringLiteral("Authorization"), QStringLiteral("Cache-Control"),
            QStringLiteral("Content-Type"), QStringLiteral("Cookie"),        QStringLiteral("User-Agent"),
            QStringLiteral("X-Api-Key"),    QStringLiteral("X-Request-Id"),  QStringLiteral("X-Signature")};
}

} // namespace

HeadersEditor::HeadersEditor(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_nameHeader(new QLabel(tr("Name"), this))
    , m_valueHeader(new QLabel(tr("Value"), this))
    , m_add(new QPushButton(QIcon(QStringLiteral(":/icons/entry-add.svg")), tr("Add &Header"), this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(NameColumn, 2);
    m_grid->setColumnStretch(ValueColumn, 5);
    for (QLabel *header : {m_nameHeader, m_valueHeader}) {
        QFont font = header->font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        header->setFont(font);
        header->setForegroundRole(QPalette::PlaceholderText);
    }
    m_grid->addWidget(m_nameHeader, 0, NameColumn);
    m_grid->addWidget(m_valueHeader, 0, ValueColumn);
    m_add->setObjectName(QStringLiteral("addHeaderButton"));
    m_add->setFlat(true);
    m_add->setToolTip(tr("Add a request header"));
    connect(m_add, &QPushButton::clicked, this, &HeadersEditor::addHeader);
    setRowCount(0);
}

void HeadersEditor::setCatalog(TagCatalog *catalog)
{
    m_catalog = catalog;
    for (const Row &row : std::as_const(m_rows))
        row.value->setCatalog(catalog);
}

void HeadersEditor::setHeaders(const QList<HeaderTemplate> &headers)
{
    setRowCount(int(headers.size()));
    for (int i = 0; i < headers.size(); ++i) {
        LineEdits::setTextKeepingCursor(m_rows.at(i).name, headers.at(i).name);
        LineEdits::setTextKeepingCursor(m_rows.at(i).value, headers.at(i).value);
    }
}

QList<HeaderTemplate> HeadersEditor::headers() const
{
    QList<HeaderTemplate> headers;
    for (const Row &row : m_rows)
        headers.append({row.name->text(), row.value->text()});
    return headers;
}

QLineEdit *HeadersEditor::nameEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : nullptr;
}

TokenLineEdit *HeadersEditor::valueEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value : nullptr;
}

QToolButton *HeadersEditor::removeButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).remove : nullptr;
}

void HeadersEditor::addHeader()
{
    setRowCount(count() + 1);
    emit edited(QStringLiteral("headers"));
    m_rows.constLast().name->setFocus(Qt::OtherFocusReason);
}

void HeadersEditor::removeHeader(int row)
{
    if (row < 0 || row >= count())
        return;
    // Shift the texts up and drop the last row, so the widgets below keep their places.
    for (int i = row; i + 1 < count(); ++i) {
        LineEdits::setTextKeepingCursor(m_rows.at(i).name, m_rows.at(i + 1).name->text());
        LineEdits::setTextKeepingCursor(m_rows.at(i).value, m_rows.at(i + 1).value->text());
    }
    setRowCount(count() - 1);
    emit edited(QStringLiteral("headers"));
    if (row < count())
        m_rows.at(row).name->setFocus(Qt::OtherFocusReason);
    else
        m_add->setFocus(Qt::OtherFocusReason);
}

void HeadersEditor::setRowCount(int count)
{
    while (m_rows.size() > count) {
        const Row row = m_rows.takeLast();
        delete row.name;
        delete row.value;
        delete row.remove;
    }
    while (m_rows.size() < count) {
        const int index = int(m_rows.size());
        Row row;
        row.name = new QLineEdit(this);
        row.name->setObjectName(QStringLiteral("headerName%1").arg(index));
        row.name->setPlaceholderText(tr("Header name"));
        auto *completer = new QCompleter(commonHeaderNames(), row.name);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        row.name->setCompleter(completer);
        row.value = new TokenLineEdit(this);
        row.value->setObjectName(QStringLiteral("headerValue%1").arg(index));
        row.value->setPlaceholderText(tr("Value; may hold [tags]"));
        row.value->setCatalog(m_catalog);
        SingleLineGuard::install(row.name, tr("A header name"));
        SingleLineGuard::of(row.value)->setSubject(tr("A header value"));
        row.remove = new QToolButton(this);
        row.remove->setObjectName(QStringLiteral("removeHeader%1").arg(index));
        row.remove->setIcon(QIcon(QStringLiteral(":/icons/entry-remove.svg")));
        row.remove->setAutoRaise(true);
        row.remove->setToolTip(tr("Remove this header"));
        connect(row.name, &QLineEdit::textEdited, this,
                [this, name = row.name] { emit edited(QStringLiteral("headers[%1].name").arg(rowOf(name))); });
        connect(row.value, &QLineEdit::textEdited, this,
                [this, value = row.value] { emit edited(QStringLiteral("headers[%1].value").arg(rowOf(value))); });
        connect(row.remove, &QToolButton::clicked, this, [this, remove = row.remove] { removeHeader(rowOf(remove)); });
        m_grid->addWidget(row.name, index + 1, NameColumn);
        m_grid->addWidget(row.value, index + 1, ValueColumn);
        m_grid->addWidget(row.remove, index + 1, RemoveColumn);
        setTabOrder(row.name, row.value);
        // Shown now, not when the layout gets to it, so that a new row can take the focus.
        row.name->show();
        row.value->show();
        row.remove->show();
        m_rows.append(row);
    }
    m_grid->removeWidget(m_add);
    m_grid->addWidget(m_add, count + 1, NameColumn, 1, 1, Qt::AlignLeft);
    m_nameHeader->setVisible(count > 0);
    m_valueHeader->setVisible(count > 0);
}

int HeadersEditor::rowOf(const QObject *widget) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.name == widget || row.value == widget || row.remove == widget)
            return i;
    }
    return -1;
}
