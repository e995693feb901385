// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/RequestTemplate.h"
#include "model/TagMap.h"
#include "tokens/TokenSyntax.h"

#include <Qsci/qsciscintilla.h>

#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;
class TagCatalog;
class TokenCompleter;
class TokenJsonLexer;

// What checking a body found: the squiggles and the status line under the editor.
struct BodyCheck
{
    enum class Severity
    {
        Ok,
        Warning,
        Error
    };

    QList<TokenSyntax::Problem> problems; // errors, then warnings; offsets in the text's UTF-16 units
    QList<QPair<int, int>> byteRanges;    // each problem as (UTF-8 byte position, length), for the indicators
    Severity severity = Severity::Ok;
    QString status;  // one line
    QString details; // every message, for the status line's tooltip
};

// The request body editor (issue 5 item 3), on QScintilla: UTF-8, the token-aware JSON lexer
// (TokenJsonLexer), folding, brace matching, line numbers in a margin as wide as the line count
// needs, completion of tag names after '[' and filters after '|' (TokenCompleter, the same popup
// as the one-line fields, with each tag's description), the token wizard (Ctrl+Shift+T).
//
// Live validation renders the body with the sample call's tags through the engine
// (JsonBodyTemplate for JSON, TokenTemplate for form and raw text): every error gets a red
// squiggle at its exact line and column, every unknown tag an orange dotted line, and
// statusText() sums it up. It is debounced and runs on a worker thread, so a 5 MB body never
// holds up typing: each run carries the generation of the text it checked, and a result for
// text that has changed since is dropped (the newer text is checked next). A line with an error
// gets a red background; squiggles and backgrounds change only when a result arrives, never on
// a keystroke, so they do not flash while typing (they move with the text until replaced).
//
// Keys: Tab and Shift+Tab move the focus to the next and previous field, as in every other field
// of the form (issue 13; a keyboard user could not leave the editor otherwise). Indentation
// stays the editor's own: Enter keeps the line's indentation, Ctrl+Tab indents the line or the
// selection and Ctrl+Shift+Tab unindents it, Backspace unindents, and Format lays JSON out.
class JsonBodyEditor final : public QsciScintilla
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonBodyEditor)

public:
    static constexpr int kErrorLineMarker = 0;
    static constexpr int kErrorIndicator = 8;
    static constexpr int kWarningIndicator = 9;
    static constexpr int kDefaultValidationDelayMs = 250;
    // Above this size the editor works in large-text mode: no brace matching or folding (a
    // brace's partner may lie megabytes away, and Scintilla would search for it on every caret
    // move), and changes are noticed without QScintilla's accessibility events (see
    // setLargeTextMode()).
    static constexpr int kLargeTextBytes = 512 * 1024;
    // What completion and input methods see of the caret's line, each way, in characters.
    static constexpr long kSurroundingChars = 512;

    explicit JsonBodyEditor(QWidget *parent = nullptr);
    ~JsonBodyEditor() override;

    // JSON is lexed and checked as JSON; form and raw bodies as text with tokens (None too).
    void setBodyKind(BodyKind kind);
    BodyKind bodyKind() const { return m_kind; }
    // Tags for completion, the wizard and unknown-tag warnings; the sample call to render with.
    void setCatalog(TagCatalog *catalog);

    // The text, converted from the editor's UTF-8 once per change (text() converts each call).
    QString bodyText() const;
    // Replaces the text without emitting bodyEdited(), keeping the cursor and the scroll
    // position as far as the new text allows.
    void setBodyText(const QString &text);

    // Room for about nine lines: a form gives a body editor more when it has it.
    QSize sizeHint() const override;

    // Whether the text is over kLargeTextBytes (see setLargeTextMode()).
    bool isLargeText() const { return m_largeText; }

    void setValidationDelay(int milliseconds) { m_validationTimer.setInterval(milliseconds); }
    // A check is waiting for the delay, running, or queued behind a running one.
    bool isValidationPending() const;
    // The last check applied (for the text as it was then).
    const BodyCheck &lastCheck() const { return m_check; }
    QString statusText() const { return m_check.status; }
    bool hasErrors() const { return m_check.severity == BodyCheck::Severity::Error; }
    // The 0-based lines with an error, which have a red background (kErrorLineMarker).
    QList<int> errorLines() const;
    // (byte position, length) of every range an indicator covers, in order.
    QList<QPair<int, int>> indicatorRanges(int indicator) const;

    // Puts token in place of the selection, or at the cursor (bodyEdited() is emitted).
    void insertToken(const QString &token);
    // Moves the cursor to a 1-based line and column, counted in characters as messages count
    // them, selects the problem that starts there if any, and scrolls it into view.
    void goToPosition(int line, int column);

    TokenCompleter *completer() const { return m_completer; }
    QAction *tokenWizardAction() const { return m_wizardAction; }
    // Lays the JSON body out over lines, two spaces a level (enabled for JSON bodies).
    QAction *formatAction() const { return m_formatAction; }

    // text laid out over lines, two spaces a level, tokens and strings as written; false (and
    // text unchanged) when text is not a valid JSON body template.
    static bool format(QString *text);

    // Checks text as a body of kind: what a validation run does on the worker thread. Tokens
    // whose tag isKnown refuses get a warning; a null isKnown checks no tags.
    static BodyCheck check(const QString &text, BodyKind kind, const TagMap &sample,
                           const std::function<bool(const QString &)> &isKnown);

public slots:
    // Starts a check now instead of after the delay.
    void validateNow();
    void openTokenWizard();
    // Formats the body as an edit (bodyEdited() is emitted); a body with errors is left alone.
    void formatBody();

signals:
    // The user changed the text (typing, completion, the wizard); not setBodyText().
    void bodyEdited();
    // A check's result is shown.
    void validated();

protected:
    bool event(QEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void textModified();
    void updateForSize();
    void setLargeTextMode(bool large);
    void deferredChange();
    void scheduleValidation();
    void startValidation();
    void applyCheck(quint64 generation, const BodyCheck &check);
    void updateMarginWidth();
    void updateCompletion();
    // The text around the caret on its line (at most kSurroundingChars characters each way):
    // from (its byte position), and the parts before and after the caret.
    struct Surroundings
    {
        long from = 0;
        QString before;
        QString after;
    };
    Surroundings surroundings(long position) const;
    QString problemAtPosition(int bytePosition) const;
    QRect caretRect() const;

    TokenJsonLexer *m_lexer;
    TokenCompleter *m_completer;
    QAction *m_wizardAction;
    QAction *m_formatAction;
    QPointer<TagCatalog> m_catalog;
    BodyKind m_kind = BodyKind::Json;

    long m_completionFrom = 0; // where the text the completer saw starts, in bytes
    QString m_completionText;

    mutable QString m_text;
    mutable bool m_textValid = false;
    bool m_loading = false;
    bool m_largeText = false;
    bool m_changePending = false; // large-text mode: a change was announced, not yet handled
    int m_marginDigits = 0;

    QTimer m_validationTimer;
    quint64 m_generation = 0; // bumped by every change that makes the last check stale
    bool m_running = false;
    bool m_rerun = false;
    BodyCheck m_check;
};
