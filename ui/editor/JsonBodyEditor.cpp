// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/JsonBodyEditor.h"

#include "common/StatePalette.h"
#include "tokens/JsonBodyTemplate.h"
#include "tokens/TagCatalog.h"
#include "tokens/TokenCompleter.h"
#include "tokens/TokenJsonLexer.h"
#include "tokens/TokenTemplate.h"
#include "tokens/TokenWizard.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>

#include <QAccessible>
#include <QAccessibleWidget>
#include <QAction>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QScrollBar>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

constexpr int kMaxDetails = 20;

int utf8Length(QChar c)
{
    if (c.unicode() < 0x80)
        return 1;
    if (c.unicode() < 0x800)
        return 2;
    if (c.isSurrogate())
        return 2; // each half of a pair: 4 bytes together
    return 3;
}

// The problems' UTF-16 ranges as UTF-8 byte ranges, counting the text once.
QList<QPair<int, int>> byteRanges(const QString &text, const QList<TokenSyntax::Problem> &problems)
{
    QList<qsizetype> points;
    for (const TokenSyntax::Problem &problem : problems)
        points << problem.start << problem.start + problem.length;
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    QHash<qsizetype, int> bytes;
    qsizetype offset = 0;
    int byte = 0;
    for (const qsizetype point : std::as_const(points)) {
        for (; offset < point && offset < text.size(); ++offset)
            byte += utf8Length(text.at(offset));
        bytes.insert(point, byte);
    }
    QList<QPair<int, int>> ranges;
    for (const TokenSyntax::Problem &problem : problems) {
        const int start = bytes.value(problem.start);
        ranges.append({start, bytes.value(problem.start + problem.length) - start});
    }
    return ranges;
}

// Checks run one at a time, below the GUI thread: on a 2-core machine a check of a large body
// must not take a core the GUI needs. Not at QThread::IdlePriority: on Linux that is
// SCHED_IDLE, which stops the check altogether while another program keeps the cores busy.
QThreadPool *validationPool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool(qApp);
        created->setMaxThreadCount(1);
        created->setThreadPriority(QThread::LowPriority);
        return created;
    }();
    return pool;
}

// QThread::LowPriority changes nothing for Linux's default scheduler; a nice value does: the
// check gets about a tenth of a core the GUI thread also wants, and all of an idle one.
void lowerThisThread()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

#if QT_CONFIG(accessibility)
// Large text gets a plain accessible interface instead of QScintilla's (see setLargeTextMode()).
QAccessibleInterface *largeTextAccessible(const QString &className, QObject *object)
{
    if (className != QLatin1String("JsonBodyEditor"))
        return nullptr;
    auto *editor = qobject_cast<JsonBodyEditor *>(object);
    return editor && editor->isLargeText() ? new QAccessibleWidget(editor, QAccessible::EditableText) : nullptr;
}
#endif

QByteArray textRange(const QsciScintilla *editor, long from, long to)
{
    QByteArray bytes = editor->bytes(int(from), int(to));
    bytes.chop(1); // bytes() adds a NUL
    return bytes;
}

} // namespace

JsonBodyEditor::JsonBodyEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new TokenJsonLexer(this))
    , m_completer(new TokenCompleter(this))
    , m_wizardAction(new QAction(QIcon(QStringLiteral(":/icons/token-insert.svg")), tr("Insert Tag..."), this))
    , m_formatAction(new QAction(QIcon(QStringLiteral(":/icons/format-json.svg")), tr("Format"), this))
{
#if QT_CONFIG(accessibility)
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(largeTextAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
#endif
    setUtf8(true);
    setEolMode(EolUnix);
    setLexer(m_lexer);
    setWrapMode(WrapNone);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(2);
    setTabWidth(2);
    setBackspaceUnindents(true);
    setAutoCompletionSource(AcsNone); // TokenCompleter does it, with descriptions
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1L);
    SendScintilla(SCI_SETSCROLLWIDTH, 1L);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const StatePalette states(palette());
    const bool dark = states.isDark();
    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginsFont(fixed);
    setMarginsBackgroundColor(palette().color(QPalette::Window));
    setMarginsForegroundColor(palette().color(QPalette::Disabled, QPalette::Text));
    setFolding(BoxedTreeFoldStyle, 2);
    setFoldMarginColors(palette().color(QPalette::Window), palette().color(QPalette::Window));
    setCaretLineVisible(true);
    setCaretLineBackgroundColor(dark ? QColor(0x2a, 0x2f, 0x38) : QColor(0xf3, 0xf6, 0xfb));
    setMatchedBraceBackgroundColor(dark ? QColor(0x3b, 0x4a, 0x63) : QColor(0xd6, 0xe4, 0xff));
    setUnmatchedBraceForegroundColor(states.foreground(StatePalette::State::Error));

    markerDefine(Background, kErrorLineMarker);
    setMarkerBackgroundColor(states.background(StatePalette::State::Error), kErrorLineMarker);
    indicatorDefine(SquiggleIndicator, kErrorIndicator);
    setIndicatorForegroundColor(states.foreground(StatePalette::State::Error), kErrorIndicator);
    indicatorDefine(DotsIndicator, kWarningIndicator);
    setIndicatorForegroundColor(states.foreground(StatePalette::State::Warning), kWarningIndicator);

    // Ctrl+Shift+T copies a line in Scintilla's key map; here it opens the token wizard.
    const QKeySequence wizardKey(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    if (QsciCommand *command = standardCommands()->boundTo(wizardKey[0].toCombined())) {
        if (command->key() == wizardKey[0].toCombined())
            command->setKey(0);
        else
            command->setAlternateKey(0);
    }
    m_wizardAction->setObjectName(QStringLiteral("actionInsertToken"));
    m_wizardAction->setShortcut(wizardKey);
    m_wizardAction->setShortcutContext(Qt::WidgetShortcut);
    m_wizardAction->setToolTip(tr("Insert a tag at the cursor (%1)").arg(wizardKey.toString(QKeySequence::NativeText)));
    addAction(m_wizardAction);
    connect(m_wizardAction, &QAction::triggered, this, &JsonBodyEditor::openTokenWizard);

    m_formatAction->setObjectName(QStringLiteral("actionFormatBody"));
    m_formatAction->setToolTip(tr("Lay the JSON out over lines, two spaces a level"));
    connect(m_formatAction, &QAction::triggered, this, &JsonBodyEditor::formatBody);

    m_validationTimer.setSingleShot(true);
    m_validationTimer.setInterval(kDefaultValidationDelayMs);
    connect(&m_validationTimer, &QTimer::timeout, this, &JsonBodyEditor::startValidation);

    connect(this, &QsciScintilla::textChanged, this, &JsonBodyEditor::textModified);
    connect(this, &QsciScintilla::linesChanged, this, &JsonBodyEditor::updateMarginWidth);
    connect(this, &QsciScintillaBase::SCN_MODIFIED, this,
            [this](int, int type, const char *, int, int, int, int, int, int, int) {
                // Large-text mode announces changes before they happen: handle them after.
                if (m_largeText && (type & (SC_MOD_BEFOREINSERT | SC_MOD_BEFOREDELETE)) && !m_changePending) {
                    m_changePending = true;
                    QMetaObject::invokeMethod(this, &JsonBodyEditor::deferredChange, Qt::QueuedConnection);
                }
            });
    connect(m_completer, &TokenCompleter::chosen, this,
            [this](qsizetype start, qsizetype end, const TokenSyntax::Insertion &insertion) {
                // The completer saw m_completionText, which starts at byte m_completionFrom.
                const long from = m_completionFrom + long(m_completionText.left(start).toUtf8().size());
                const long to = m_completionFrom + long(m_completionText.left(end).toUtf8().size());
                SendScintilla(SCI_SETSEL, static_cast<unsigned long>(from), to);
                SendScintilla(SCI_REPLACESEL, insertion.text.toUtf8().constData());
                SendScintilla(SCI_GOTOPOS,
                              static_cast<unsigned long>(from + insertion.text.left(insertion.cursor).toUtf8().size()));
            });

    updateMarginWidth();
    updateForSize();
    scheduleValidation();
}

JsonBodyEditor::~JsonBodyEditor() = default;

void JsonBodyEditor::setBodyKind(BodyKind kind)
{
    m_formatAction->setEnabled(kind == BodyKind::Json);
    if (kind == m_kind)
        return;
    m_kind = kind;
    m_lexer->setJsonMode(kind == BodyKind::Json);
    updateForSize();
    scheduleValidation();
}

void JsonBodyEditor::setCatalog(TagCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    m_completer->setCatalog(catalog);
    if (catalog) {
        connect(catalog, &TagCatalog::tagsChanged, this, &JsonBodyEditor::scheduleValidation);
        connect(catalog, &TagCatalog::sampleCallChanged, this, &JsonBodyEditor::scheduleValidation);
    }
    scheduleValidation();
}

QString JsonBodyEditor::bodyText() const
{
    if (!m_textValid) {
        // Straight from Scintilla's buffer: text() copies the bytes once more first.
        const long length = SendScintilla(SCI_GETLENGTH);
        const auto *bytes = static_cast<const char *>(SendScintillaPtrResult(SCI_GETCHARACTERPOINTER));
        m_text = QString::fromUtf8(bytes, length);
        m_textValid = true;
    }
    return m_text;
}

void JsonBodyEditor::setBodyText(const QString &text)
{
    // Usually the very string bodyText() gave out (the model's copy of an edit made here): no
    // need to compare megabytes.
    if (m_textValid && ((text.constData() == m_text.constData() && text.size() == m_text.size()) || text == m_text))
        return;
    const long position = SendScintilla(SCI_GETCURRENTPOS);
    const long firstLine = SendScintilla(SCI_GETFIRSTVISIBLELINE);
    const long xOffset = SendScintilla(SCI_GETXOFFSET);
    m_loading = true;
    setText(text);
    SendScintilla(SCI_SETSCROLLWIDTH, 1UL); // tracking grows it back to the new widest line
    if (m_changePending) {                  // large-text mode: handled here, as no edit
        m_changePending = false;
        textModified();
    }
    m_loading = false;
    m_text = text;
    m_textValid = true;
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(qMin(position, SendScintilla(SCI_GETLENGTH))));
    SendScintilla(SCI_SETFIRSTVISIBLELINE, static_cast<unsigned long>(firstLine));
    SendScintilla(SCI_SETXOFFSET, static_cast<unsigned long>(xOffset));
}

QSize JsonBodyEditor::sizeHint() const
{
    const int lineHeight = int(SendScintilla(SCI_TEXTHEIGHT, 0UL));
    return {QsciScintilla::sizeHint().width(),
            9 * lineHeight + horizontalScrollBar()->sizeHint().height() + 2 * frameWidth()};
}

QList<int> JsonBodyEditor::errorLines() const
{
    QList<int> lines;
    for (int line = markerFindNext(0, 1 << kErrorLineMarker); line >= 0;
         line = markerFindNext(line + 1, 1 << kErrorLineMarker))
        lines.append(line);
    return lines;
}

bool JsonBodyEditor::isValidationPending() const
{
    return m_validationTimer.isActive() || m_running || m_rerun;
}

QList<QPair<int, int>> JsonBodyEditor::indicatorRanges(int indicator) const
{
    QList<QPair<int, int>> ranges;
    const long length = SendScintilla(SCI_GETLENGTH);
    long position = 0;
    while (position < length) {
        long start = position;
        if (SendScintilla(SCI_INDICATORVALUEAT, static_cast<unsigned long>(indicator), start) == 0) {
            // The end of a run without the indicator is where the next run with it starts.
            start = SendScintilla(SCI_INDICATOREND, static_cast<unsigned long>(indicator), start);
            if (start <= position || start >= length)
                break;
        }
        const long end = SendScintilla(SCI_INDICATOREND, static_cast<unsigned long>(indicator), start);
        if (end <= start)
            break;
        ranges.append({int(start), int(end - start)});
        position = end;
    }
    return ranges;
}

void JsonBodyEditor::insertToken(const QString &token)
{
    SendScintilla(SCI_REPLACESEL, token.toUtf8().constData());
}

void JsonBodyEditor::goToPosition(int line, int column)
{
    const long lineCount = SendScintilla(SCI_GETLINECOUNT);
    const long lineIndex = qBound(0L, long(line) - 1, lineCount - 1);
    const long lineStart = SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(lineIndex));
    const long lineEnd = SendScintilla(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(lineIndex));
    long position =
        SendScintilla(SCI_POSITIONRELATIVE, static_cast<unsigned long>(lineStart), long(qMax(0, column - 1)));
    if (position <= 0 && column > 1)
        position = lineEnd; // past the end of the line
    position = qMin(position, lineEnd);

    long selectionEnd = position;
    for (int i = 0; i < m_check.byteRanges.size(); ++i) {
        if (m_check.byteRanges.at(i).first == position) {
            selectionEnd = position + m_check.byteRanges.at(i).second;
            break;
        }
    }
    SendScintilla(SCI_ENSUREVISIBLEENFORCEPOLICY, static_cast<unsigned long>(lineIndex));
    SendScintilla(SCI_SETSEL, static_cast<unsigned long>(selectionEnd), position);
    SendScintilla(SCI_SCROLLCARET);
}

void JsonBodyEditor::openTokenWizard()
{
    // The selection as it is now: the dialog takes the focus.
    const long anchor = SendScintilla(SCI_GETANCHOR);
    const long caret = SendScintilla(SCI_GETCURRENTPOS);
    auto *wizard = new TokenWizard(m_catalog, window());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard, anchor, caret] {
        setFocus(Qt::OtherFocusReason);
        SendScintilla(SCI_SETSEL, static_cast<unsigned long>(anchor), caret);
        insertToken(wizard->token());
    });
    wizard->open();
}

void JsonBodyEditor::formatBody()
{
    QString text = bodyText();
    if (m_kind != BodyKind::Json || !format(&text) || text == bodyText())
        return;
    const long position = SendScintilla(SCI_GETCURRENTPOS);
    SendScintilla(SCI_TARGETWHOLEDOCUMENT);
    const QByteArray utf8 = text.toUtf8();
    SendScintilla(SCI_REPLACETARGET, static_cast<uintptr_t>(utf8.size()), utf8.constData());
    SendScintilla(SCI_SETSCROLLWIDTH, 1UL); // tracking grows it back to the new widest line
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(qMin(position, long(utf8.size()))));
}

bool JsonBodyEditor::format(QString *text)
{
    if (!JsonBodyTemplate(*text).isValid())
        return false;
    const QString source = *text;
    const qsizetype n = source.size();
    const auto nextSignificant = [&](qsizetype from) {
        while (from < n && source.at(from).isSpace())
            ++from;
        return from < n ? source.at(from) : QChar();
    };
    // A token as TokenTemplate reads one: its length at i, or 0.
    const auto tokenAt = [&](qsizetype i) -> qsizetype {
        const TokenTemplate one(source.mid(i, source.indexOf(QLatin1Char(']'), i) + 1 - i));
        return !one.tokens().isEmpty() && one.tokens().constFirst().offset == 0 ? one.tokens().constFirst().length : 0;
    };
    QString out;
    out.reserve(n + n / 4);
    int depth = 0;
    const auto newline = [&] {
        out += QLatin1Char('\n') + QString(2 * depth, QLatin1Char(' '));
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = source.at(i);
        if (c == QLatin1Char('"')) { // a string, as written
            qsizetype end = i + 1;
            while (end < n && source.at(end) != QLatin1Char('"'))
                end += source.at(end) == QLatin1Char('\\') ? 2 : 1;
            out += QStringView(source).mid(i, end + 1 - i);
            i = end;
        } else if (c.isSpace()) {
            continue;
        } else if (c == QLatin1Char('[') && i + 1 < n && source.at(i + 1) != QLatin1Char('[')
                   && (source.indexOf(QLatin1Char(']'), i) > i) && tokenAt(i) > 0) {
            const qsizetype length = tokenAt(i);
            out += QStringView(source).mid(i, length);
            i += length - 1;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            // "[[" writes one '[': the array opens once, spelled as written.
            const qsizetype length = c == QLatin1Char('[') && i + 1 < n && source.at(i + 1) == c ? 2 : 1;
            out += QStringView(source).mid(i, length);
            i += length - 1;
            const QChar close = nextSignificant(i + 1);
            if (close == QLatin1Char('}') || close == QLatin1Char(']'))
                continue; // {} and [] stay on their line
            ++depth;
            newline();
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            const qsizetype length = c == QLatin1Char(']') && i + 1 < n && source.at(i + 1) == c ? 2 : 1;
            const QChar last = out.isEmpty() ? QChar() : out.back();
            if (last != QLatin1Char('{') && last != QLatin1Char('[')) {
                depth = qMax(0, depth - 1);
                newline();
            }
            out += QStringView(source).mid(i, length);
            i += length - 1;
        } else if (c == QLatin1Char(',')) {
            out += c;
            newline();
        } else if (c == QLatin1Char(':')) {
            out += QStringLiteral(": ");
        } else {
            out += c;
        }
    }
    *text = out;
    return true;
}

void JsonBodyEditor::validateNow()
{
    m_validationTimer.stop();
    startValidation();
}

BodyCheck JsonBodyEditor::check(const QString &text, BodyKind kind, const TagMap &sample,
                                const std::function<bool(const QString &)> &isKnown)
{
    BodyCheck result;
    RenderReport report;
    QString rendered;
    const TokenTemplate parsed(text, kind == BodyKind::Form ? RenderContext::Form : RenderContext::Plain);
    QList<Diagnostic> diagnostics;
    if (kind == BodyKind::Json) {
        const JsonBodyTemplate body(text);
        diagnostics = body.diagnostics();
        if (body.isValid())
            rendered = body.render(sample, &report);
    } else {
        diagnostics = parsed.diagnostics();
        if (parsed.isValid())
            rendered = parsed.render(sample, &report);
    }
    QStringList errors = Diagnostic::describeAll(diagnostics, text) + report.errors;

    const QList<Diagnostic> unknown = isKnown ? TokenSyntax::unknownTags(parsed, isKnown) : QList<Diagnostic>();
    result.problems = TokenSyntax::problems(diagnostics + unknown, text);
    result.byteRanges = byteRanges(text, result.problems);

    QStringList warnings = Diagnostic::describeAll(unknown, text) + report.warnings;
    // The engine guarantees it, but the body is what gets sent: check it as the receiver will.
    if (kind == BodyKind::Json && errors.isEmpty()) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(rendered.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            errors.append(
                tr("rendered with the sample call, the body is not valid JSON: %1").arg(parseError.errorString()));
    }

    const QString kindName = kind == BodyKind::Json   ? tr("Valid JSON")
                             : kind == BodyKind::Form ? tr("Form body")
                                                      : tr("Text body");
    if (!errors.isEmpty()) {
        result.severity = BodyCheck::Severity::Error;
        result.status = errors.constFirst();
        if (errors.size() > 1)
            result.status += tr(" (and %n more)", nullptr, int(errors.size() - 1));
    } else if (!warnings.isEmpty()) {
        result.severity = BodyCheck::Severity::Warning;
        result.status = kindName + QStringLiteral(" · ") + warnings.constFirst();
        if (warnings.size() > 1)
            result.status += tr(" (and %n more)", nullptr, int(warnings.size() - 1));
    } else {
        const qsizetype bytes = rendered.toUtf8().size();
        const qsizetype tokens = parsed.tokens().size();
        const QString bytesText = bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(bytes);
        const QString tokensText = tokens == 1 ? tr("1 token") : tr("%1 tokens").arg(tokens);
        result.status = tokens == 0 ? tr("%1 · %2").arg(kindName, bytesText)
                                    : tr("%1 · %2 with the sample call: %3").arg(kindName, tokensText, bytesText);
    }
    const QStringList all = errors + warnings;
    result.details = all.mid(0, kMaxDetails).join(QLatin1Char('\n'));
    if (all.size() > kMaxDetails)
        result.details += QLatin1Char('\n') + tr("... and %n more", nullptr, int(all.size() - kMaxDetails));
    return result;
}

bool JsonBodyEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && m_completer->closesOnEscape(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QsciScintilla::event(event);
}

bool JsonBodyEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const long position = SendScintilla(SCI_POSITIONFROMPOINTCLOSE, static_cast<unsigned long>(help->pos().x()),
                                            long(help->pos().y()));
        const QString message = position >= 0 ? problemAtPosition(int(position)) : QString();
        if (!message.isEmpty()) {
            QToolTip::showText(help->globalPos(), message, viewport());
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QsciScintilla::viewportEvent(event);
}

void JsonBodyEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popupTakes(event)) {
        event->ignore();
        return;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool tab = event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab;
    if (tab && (modifiers & ~Qt::ShiftModifier) == Qt::NoModifier) {
        // Tab leaves the editor as it leaves every other field of the form (QsciScintillaBase
        // keeps it for itself, so ask QWidget).
        QWidget::focusNextPrevChild(event->key() == Qt::Key_Tab && !(modifiers & Qt::ShiftModifier));
        return;
    }
    if (tab && (modifiers & ~Qt::ShiftModifier) == Qt::ControlModifier) {
        // Ctrl+Tab indents the line or selection, Ctrl+Shift+Tab unindents: Scintilla's Tab.
        const bool back = event->key() == Qt::Key_Backtab || (modifiers & Qt::ShiftModifier);
        SendScintilla(back ? SCI_BACKTAB : SCI_TAB);
        return;
    }
    QsciScintilla::keyPressEvent(event);
    if (!event->text().isEmpty() || m_completer->isPopupVisible())
        updateCompletion();
}

void JsonBodyEditor::textModified()
{
    m_textValid = false;
    updateForSize();
    scheduleValidation();
    if (!m_loading)
        emit bodyEdited();
}

void JsonBodyEditor::deferredChange()
{
    if (!m_changePending)
        return;
    m_changePending = false;
    updateMarginWidth(); // linesChanged() is not emitted in this mode
    textModified();
}

void JsonBodyEditor::scheduleValidation()
{
    ++m_generation;
    m_validationTimer.start();
}

void JsonBodyEditor::startValidation()
{
    if (m_running) {
        m_rerun = true; // after the one running: its result will be stale
        return;
    }
    m_running = true;
    const quint64 generation = m_generation;
    // The text as converted already, or its bytes, converted on the worker (a copy of 5 MB of
    // bytes is a millisecond; their conversion is several).
    const QString converted = m_textValid ? m_text : QString();
    const QByteArray bytes =
        m_textValid ? QByteArray()
                    : QByteArray(static_cast<const char *>(SendScintillaPtrResult(SCI_GETCHARACTERPOINTER)),
                                 SendScintilla(SCI_GETLENGTH));
    const BodyKind kind = m_kind;
    const TagMap sample = m_catalog ? m_catalog->sampleCall() : TagMap();
    const QSet<QString> known = m_catalog ? m_catalog->knownNames() : QSet<QString>();
    const bool pingAllowed = m_catalog && m_catalog->allowsPingTags();
    const bool checkTags = m_catalog != nullptr;

    auto *watcher = new QFutureWatcher<BodyCheck>(this);
    connect(watcher, &QFutureWatcher<BodyCheck>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_running = false;
        applyCheck(generation, watcher->result());
        if (m_rerun) {
            m_rerun = false;
            startValidation();
        }
    });
    watcher->setFuture(
        QtConcurrent::run(validationPool(), [converted, bytes, kind, sample, known, pingAllowed, checkTags] {
            lowerThisThread();
            // Without a catalog there is nothing to tell unknown tags by.
            std::function<bool(const QString &)> isKnown;
            if (checkTags)
                isKnown = [&](const QString &key) {
                    return TagCatalog::isKnownIn(known, pingAllowed, key);
                };
            return check(bytes.isNull() ? converted : QString::fromUtf8(bytes), kind, sample, isKnown);
        }));
}

void JsonBodyEditor::applyCheck(quint64 generation, const BodyCheck &check)
{
    if (generation != m_generation)
        return; // the text changed since: the next run checks it
    m_check = check;
    const long length = SendScintilla(SCI_GETLENGTH);
    for (const int indicator : {kErrorIndicator, kWarningIndicator}) {
        SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(indicator));
        SendScintilla(SCI_INDICATORCLEARRANGE, 0UL, length);
    }
    // The error lines' background is replaced here and only here, so it does not flash while
    // typing: Scintilla moves a marker with its line until the next result takes its place.
    markerDeleteAll(kErrorLineMarker);
    for (int i = 0; i < check.problems.size(); ++i) {
        const auto &[start, bytes] = check.byteRanges.at(i);
        if (check.problems.at(i).error && start >= 0)
            markerAdd(int(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(start))), kErrorLineMarker);
        if (bytes <= 0)
            continue;
        SendScintilla(SCI_SETINDICATORCURRENT,
                      static_cast<unsigned long>(check.problems.at(i).error ? kErrorIndicator : kWarningIndicator));
        SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start), long(bytes));
    }
    emit validated();
}

void JsonBodyEditor::updateMarginWidth()
{
    const int digits = int(QString::number(lines()).size());
    if (digits == m_marginDigits)
        return;
    m_marginDigits = digits;
    setMarginWidth(0, QString(qMax(2, digits) + 1, QLatin1Char('9')));
}

void JsonBodyEditor::updateForSize()
{
    const bool large = SendScintilla(SCI_GETLENGTH) > kLargeTextBytes;
    setLargeTextMode(large);
    const bool structure = m_kind == BodyKind::Json && !large;
    if (structure != (braceMatching() != NoBraceMatch))
        setBraceMatching(structure ? SloppyBraceMatch : NoBraceMatch);
    if (structure != (folding() != NoFoldStyle))
        setFolding(structure ? BoxedTreeFoldStyle : NoFoldStyle, 2);
    m_lexer->setFoldLevels(structure);
}

void JsonBodyEditor::setLargeTextMode(bool large)
{
    if (large == m_largeText)
        return;
    m_largeText = large;
    // QScintilla 2.13 tells accessibility about every insertion, deletion and caret move with the
    // position counted from the start of the text, character by character: 15 ms a keystroke
    // in the middle of 5 MB, however idle the screen reader. Large text avoids both counts.
    // Scintilla skips the change notification (and its count) for changes outside the mask, so
    // large text asks only to be told before a change and handles it once the change is done;
    // and it gets a plain accessible interface, since QScintilla's is what counts on caret
    // moves. A screen reader then misses this editor's text, which is why normal-sized text
    // keeps both.
    SendScintilla(SCI_SETMODEVENTMASK,
                  static_cast<unsigned long>(large ? SC_MOD_BEFOREINSERT | SC_MOD_BEFOREDELETE | SC_MOD_CHANGEFOLD
                                                   : SC_MODEVENTMASKALL));
    // Jumping into the middle of large text styles only what shows; the text before it is
    // styled in idle time, a piece at a time.
    SendScintilla(SCI_SETIDLESTYLING,
                  static_cast<unsigned long>(large ? SC_IDLESTYLING_TOVISIBLE : SC_IDLESTYLING_NONE));
#if QT_CONFIG(accessibility)
    // Drop the interface made for the other mode; the next query makes the right one.
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(this)) {
        if ((iface->textInterface() != nullptr) == large)
            QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
    }
#endif
}

void JsonBodyEditor::updateCompletion()
{
    const long position = SendScintilla(SCI_GETCURRENTPOS);
    const Surroundings around = surroundings(position);
    m_completionFrom = around.from;
    m_completionText = around.before + around.after;
    m_completer->update(m_completionText, around.before.size(), caretRect());
}

JsonBodyEditor::Surroundings JsonBodyEditor::surroundings(long position) const
{
    const long line = SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(position));
    const long lineStart = SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
    const long lineEnd = SendScintilla(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(line));
    // POSITIONRELATIVE steps whole characters, so both ends fall between UTF-8 sequences; it
    // gives 0 past either end of the text.
    long from = SendScintilla(SCI_POSITIONRELATIVE, static_cast<unsigned long>(position), -kSurroundingChars);
    from = from <= 0 ? lineStart : qMax(lineStart, from);
    long to = SendScintilla(SCI_POSITIONRELATIVE, static_cast<unsigned long>(position), kSurroundingChars);
    to = to <= 0 ? lineEnd : qMin(lineEnd, to);
    return {from, QString::fromUtf8(textRange(this, from, position)), QString::fromUtf8(textRange(this, position, to))};
}

QVariant JsonBodyEditor::inputMethodQuery(Qt::InputMethodQuery query) const
{
    // QsciScintillaBase answers these for the caret's paragraph, the text up to the nearest blank
    // lines: a JSON body has none, so that was the whole body, counted and converted on every
    // keystroke (15 ms for 5 MB). Input methods need only the text near the caret.
    switch (query) {
    case Qt::ImSurroundingText:
    case Qt::ImCursorPosition:
    case Qt::ImAnchorPosition:
    case Qt::ImTextBeforeCursor:
    case Qt::ImTextAfterCursor: {
        const long caret = SendScintilla(SCI_GETCURRENTPOS);
        const Surroundings around = surroundings(caret);
        switch (query) {
        case Qt::ImSurroundingText:
            return QString(around.before + around.after);
        case Qt::ImCursorPosition:
            return int(around.before.size());
        case Qt::ImAnchorPosition: {
            const long anchor = SendScintilla(SCI_GETANCHOR);
            const long end = around.from + long(around.before.toUtf8().size() + around.after.toUtf8().size());
            if (anchor <= around.from)
                return 0;
            if (anchor >= end)
                return int(around.before.size() + around.after.size());
            return int(QString::fromUtf8(textRange(this, around.from, anchor)).size());
        }
        case Qt::ImTextBeforeCursor:
            return around.before;
        default:
            return around.after;
        }
    }
    default:
        return QsciScintilla::inputMethodQuery(query);
    }
}

QString JsonBodyEditor::problemAtPosition(int bytePosition) const
{
    for (int i = 0; i < m_check.problems.size(); ++i) {
        const auto &[start, bytes] = m_check.byteRanges.at(i);
        if (bytePosition >= start && bytePosition < start + qMax(1, bytes))
            return m_check.problems.at(i).message;
    }
    return QString();
}

QRect JsonBodyEditor::caretRect() const
{
    const long position = SendScintilla(SCI_GETCURRENTPOS);
    const long line = SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(position));
    const int x = int(SendScintilla(SCI_POINTXFROMPOSITION, 0UL, position));
    const int y = int(SendScintilla(SCI_POINTYFROMPOSITION, 0UL, position));
    const int height = int(SendScintilla(SCI_TEXTHEIGHT, static_cast<unsigned long>(line)));
    return QRect(viewport()->mapTo(this, QPoint(x, y)), QSize(1, height));
}
