// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/SingleLineGuard.h"

#include "common/StatePalette.h"

#include <QLineEdit>
#include <QToolTip>

#include <algorithm>

namespace {

qsizetype lineBreaks(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), &SingleLineGuard::isLineBreak);
}

} // namespace

SingleLineGuard *SingleLineGuard::install(QLineEdit *edit, const QString &subject)
{
    auto *guard = new SingleLineGuard(edit, subject);
    edit->setValidator(guard);
    return guard;
}

SingleLineGuard *SingleLineGuard::of(const QLineEdit *edit)
{
    return edit ? qobject_cast<SingleLineGuard *>(const_cast<QValidator *>(edit->validator())) : nullptr;
}

bool SingleLineGuard::isLineBreak(QChar c)
{
    switch (c.unicode()) {
    case 0x0000:
    case 0x000A:
    case 0x000B:
    case 0x000C:
    case 0x000D:
    case 0x0085:
    case 0x2028:
    case 0x2029:
        return true;
    default:
        return false;
    }
}

SingleLineGuard::SingleLineGuard(QLineEdit *edit, const QString &subject)
    : QValidator(edit)
    , m_edit(edit)
    , m_subject(subject)
    , m_accepted(edit->text())
{
    // After the validator has judged a change, the change is the field's text.
    connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_accepted = text;
        unmark();
    });
}

void SingleLineGuard::accept(const QString &text)
{
    m_accepted = text;
}

QString SingleLineGuard::message() const
{
    return tr("%1 cannot contain a line break; the pasted text was not inserted").arg(m_subject);
}

QValidator::State SingleLineGuard::validate(QString &input, int &position) const
{
    Q_UNUSED(position)
    if (lineBreaks(input) <= lineBreaks(m_accepted))
        return Acceptable;
    // QLineEdit undoes the edit on Invalid; validate() is const for QValidator's sake only.
    const_cast<SingleLineGuard *>(this)->mark();
    return Invalid;
}

void SingleLineGuard::mark()
{
    if (!m_edit)
        return;
    if (!m_marked) {
        m_hadPalette = m_edit->testAttribute(Qt::WA_SetPalette);
        m_palette = m_edit->palette();
        m_toolTip = m_edit->toolTip();
    }
    m_marked = true;
    QPalette palette = m_palette;
    palette.setColor(QPalette::Base, StatePalette(m_palette).background(StatePalette::State::Error));
    m_edit->setPalette(palette);
    m_edit->setToolTip(message());
    QToolTip::showText(m_edit->mapToGlobal(QPoint(0, m_edit->height())), message(), m_edit);
    emit refused(message());
}

void SingleLineGuard::unmark()
{
    if (!m_marked || !m_edit)
        return;
    m_marked = false;
    m_edit->setPalette(m_hadPalette ? m_palette : QPalette());
    if (!m_hadPalette)
        m_edit->setAttribute(Qt::WA_SetPalette, false);
    m_edit->setToolTip(m_toolTip);
    if (QToolTip::text() == message())
        QToolTip::hideText();
}
