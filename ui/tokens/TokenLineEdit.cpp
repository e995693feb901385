// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/TokenLineEdit.h"

#include "common/SingleLineGuard.h"
#include "common/StatePalette.h"
#include "tokens/TagCatalog.h"
#include "tokens/TokenCompleter.h"
#include "tokens/TokenTemplate.h"
#include "tokens/TokenWizard.h"
#include "tokens/UrlTemplate.h"

#include <QAction>
#include <QCoreApplication>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QToolTip>

#include <algorithm>

TokenLineEdit::TokenLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new TokenCompleter(this))
    , m_wizardAction(new QAction(QIcon(QStringLiteral(":/icons/token-insert.svg")), tr("Insert Tag..."), this))
{
    m_wizardAction->setObjectName(QStringLiteral("actionInsertToken"));
    m_wizardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_wizardAction->setShortcutContext(Qt::WidgetShortcut);
    m_wizardAction->setToolTip(
        tr("Insert a tag at the cursor (%1)").arg(m_wizardAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_wizardAction, QLineEdit::TrailingPosition);
    connect(m_wizardAction, &QAction::triggered, this, &TokenLineEdit::openTokenWizard);

    SingleLineGuard::install(this, tr("This field"));
    connect(this, &QLineEdit::textChanged, this, &TokenLineEdit::rehighlight);
    connect(m_completer, &TokenCompleter::chosen, this,
            [this](qsizetype start, qsizetype end, const TokenSyntax::Insertion &insertion) {
                setSelection(int(start), int(end - start));
                insert(insertion.text);
                setCursorPosition(int(start + insertion.cursor));
            });
}

void TokenLineEdit::setSyntax(Syntax syntax)
{
    m_syntax = syntax;
    if (SingleLineGuard *guard = SingleLineGuard::of(this))
        guard->setSubject(syntax == Syntax::Url ? tr("A URL") : tr("This field"));
    rehighlight();
}

void TokenLineEdit::setCatalog(TagCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    m_completer->setCatalog(catalog);
    if (catalog)
        connect(catalog, &TagCatalog::tagsChanged, this, &TokenLineEdit::rehighlight);
    rehighlight();
}

TagCatalog *TokenLineEdit::catalog() const
{
    return m_catalog;
}

bool TokenLineEdit::hasErrors() const
{
    return std::any_of(m_problems.cbegin(), m_problems.cend(), [](const TokenSyntax::Problem &p) { return p.error; });
}

void TokenLineEdit::insertToken(const QString &token)
{
    insert(token);
}

void TokenLineEdit::openTokenWizard()
{
    // The cursor and selection as they are now: the dialog takes the focus.
    const int start = hasSelectedText() ? selectionStart() : cursorPosition();
    const int length = hasSelectedText() ? int(selectedText().size()) : 0;
    auto *wizard = new TokenWizard(m_catalog, window());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard, start, length] {
        setFocus(Qt::OtherFocusReason);
        setSelection(start, length);
        insertToken(wizard->token());
    });
    wizard->open();
}

bool TokenLineEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString message = problemAt(cursorPositionAt(help->pos()));
        if (!message.isEmpty()) {
            QToolTip::showText(help->globalPos(), message, this);
            return true;
        }
    } else if (event->type() == QEvent::ShortcutOverride
               && m_completer->closesOnEscape(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QLineEdit::event(event);
}

void TokenLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popupTakes(event)) {
        event->ignore();
        return;
    }
    QLineEdit::keyPressEvent(event);
    // Completion follows typing; moving the cursor out of a name closes it.
    if (!event->text().isEmpty() || m_completer->isPopupVisible())
        m_completer->update(text(), cursorPosition(), cursorRect());
}

void TokenLineEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Formats are dropped with a lost input method context on some platforms: draw them again.
    applyFormats();
}

void TokenLineEdit::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        rehighlight();
}

void TokenLineEdit::rehighlight()
{
    const QString current = text();
    const TokenTemplate parsed(current);
    m_spans = TokenSyntax::spans(parsed, current);

    QList<Diagnostic> diagnostics = m_syntax == Syntax::Url && !current.trimmed().isEmpty()
                                        ? UrlTemplate(current).diagnostics()
                                        : parsed.diagnostics();
    if (m_catalog)
        diagnostics += TokenSyntax::unknownTags(parsed, [this](const QString &key) { return m_catalog->isKnown(key); });
    m_problems = TokenSyntax::problems(diagnostics, current);

    const StatePalette states(palette());
    const bool dark = states.isDark();
    const QColor errorColor = states.foreground(StatePalette::State::Error);
    const QColor warningColor = states.foreground(StatePalette::State::Warning);
    m_formats.clear();
    for (const TokenSyntax::Span &span : std::as_const(m_spans)) {
        QTextCharFormat format;
        format.setForeground(TokenSyntax::foreground(span.role, dark));
        if (span.role != TokenSyntax::Role::Escape)
            format.setBackground(TokenSyntax::tokenBackground(dark));
        if (span.role == TokenSyntax::Role::Key)
            format.setFontWeight(QFont::DemiBold);
        m_formats.append({int(span.start), int(span.length), format});
    }
    for (const TokenSyntax::Problem &problem : std::as_const(m_problems)) {
        QTextCharFormat format;
        format.setUnderlineStyle(problem.error ? QTextCharFormat::WaveUnderline : QTextCharFormat::DotLine);
        format.setUnderlineColor(problem.error ? errorColor : warningColor);
        m_formats.append({int(problem.start), int(qMax<qsizetype>(1, problem.length)), format});
    }
    applyFormats();
}

void TokenLineEdit::applyFormats()
{
    // QLineEdit draws per-character formats only as an input method's pre-edit attributes;
    // positions in the event are relative to the cursor.
    QList<QInputMethodEvent::Attribute> attributes;
    const int cursor = cursorPosition();
    for (const QTextLayout::FormatRange &range : std::as_const(m_formats)) {
        attributes.append(QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, range.start - cursor,
                                                       range.length, range.format));
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);
}

QString TokenLineEdit::problemAt(int position) const
{
    for (const TokenSyntax::Problem &problem : m_problems) {
        if (position >= problem.start && position <= problem.start + qMax<qsizetype>(1, problem.length))
            return problem.message;
    }
    return QString();
}
