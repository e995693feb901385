// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/BodyViewer.h"

#include <Qsci/qsciscintilla.h>

#include <QAccessible>
#include <QAccessibleWidget>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTemporaryFile>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>

struct BodyViewer::Prepared
{
    int generation = 0;
    QByteArray body;    // after the transform
    QByteArray display; // what goes into the editor
    State state = State::Empty;
    bool json = false;
    QList<int> linesInString;
    QStringList notices;
};

namespace {
// QScintilla's accessible counts characters from the start of the document on every caret move,
// scroll and insertion (SCI_COUNTCHARACTERS from 0): 250 ms per scroll near the end of 17 MB.
// Unless assistive technology is active, the viewer's editor gets a plain accessible instead.
QAccessibleInterface *plainEditorAccessible(const QString &, QObject *object)
{
    auto *editor = qobject_cast<QsciScintillaBase *>(object);
    if (!editor || editor->objectName() != QLatin1String("bodyEditor") || QAccessible::isActive())
        return nullptr;
    return new QAccessibleWidget(editor, QAccessible::EditableText);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool looksLikeJson(const QByteArray &body, const QString &contentType)
{
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type == QLatin1String("application/json") || type.endsWith(QLatin1String("+json")))
        return true;
    for (const char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

void appendNewline(QByteArray *out, int indent)
{
    out->append('\n');
    out->append(indent * 2, ' ');
}
} // namespace

BodyViewer::BodyViewer(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(tr("No body"), m_stack))
    , m_loadingLabel(new QLabel(m_stack))
    , m_textPage(new QWidget(m_stack))
    , m_noticeLabel(new QLabel(m_textPage))
    , m_editor(new QsciScintilla(m_textPage))
    , m_panelPage(new QWidget(m_stack))
    , m_panelLabel(new QLabel(m_panelPage))
    , m_openButton(new QPushButton(tr("Open Raw"), m_panelPage))
    , m_saveButton(new QPushButton(tr("Save to File..."), m_panelPage))
{
    for (QLabel *label : {m_emptyLabel, m_loadingLabel}) {
        label->setAlignment(Qt::AlignCenter);
        label->setEnabled(false); // the palette's disabled text: a quiet hint, not content
    }
    m_emptyLabel->setObjectName(QStringLiteral("bodyEmpty"));
    m_loadingLabel->setObjectName(QStringLiteral("bodyLoading"));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setObjectName(QStringLiteral("bodyEditor"));
    m_editor->setReadOnly(true);
    m_editor->setUtf8(true);
    m_editor->setFont(fixed);
    m_editor->setMarginsFont(fixed);
    m_editor->setMarginLineNumbers(0, true);
    m_editor->setMarginWidth(1, 0);
    m_editor->setWrapMode(QsciScintilla::WrapNone);
    // Scrolls sideways only as far as the widest line painted so far: Scintilla's fixed
    // default of 2000 pixels put a useless scroll bar under every short body.
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTHTRACKING, 1L);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTH, 1L);
    m_editor->setFrameShape(QFrame::NoFrame);
    // Nothing to undo in a viewer; the undo history would otherwise hold a copy of the body.
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETUNDOCOLLECTION, 0UL);
    // No modification notices either: QScintilla turns each into an accessibility event that
    // counts the characters before the insertion, which makes inserting in slices quadratic.
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETMODEVENTMASK, 0UL);
    // Installed after QScintilla's own factory (set up by the first editor), so asked first.
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(plainEditorAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    // Lexing stays on demand, for what is painted: never the whole document at once.
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETIDLESTYLING, QsciScintillaBase::SC_IDLESTYLING_NONE);

    // Styles for JSON, set on the lines on screen by styleVisibleLines(); no lexer runs.
    m_editor->SendScintilla(QsciScintillaBase::SCI_STYLECLEARALL);
    const QList<QPair<Style, QColor>> colors = {
        {Key, QColor(0x1a, 0x5f, 0xb4)},         {String, QColor(0x26, 0x7f, 0x3a)},
        {Number, QColor(0xb3, 0x5c, 0x00)},      {Keyword, QColor(0x80, 0x3d, 0xb0)},
        {Punctuation, QColor(0x6b, 0x6b, 0x6b)},
    };
    for (const auto &color : colors)
        m_editor->SendScintilla(QsciScintillaBase::SCI_STYLESETFORE, static_cast<unsigned long>(color.first),
                                color.second);
    connect(m_editor, &QsciScintillaBase::SCN_UPDATEUI, this, &BodyViewer::styleVisibleLines);

    m_noticeLabel->setObjectName(QStringLiteral("bodyNotice"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setContentsMargins(8, 4, 8, 4);
    m_noticeLabel->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); }"));
    m_noticeLabel->hide();
    auto *textLayout = new QVBoxLayout(m_textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(0);
    textLayout->addWidget(m_noticeLabel);
    textLayout->addWidget(m_editor);

    m_panelLabel->setObjectName(QStringLiteral("bodyPanelMessage"));
    m_panelLabel->setAlignment(Qt::AlignCenter);
    m_panelLabel->setWordWrap(true);
    m_openButton->setObjectName(QStringLiteral("bodyOpenRaw"));
    m_saveButton->setObjectName(QStringLiteral("bodySave"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch();
    auto *panelLayout = new QVBoxLayout(m_panelPage);
    panelLayout->addStretch();
    panelLayout->addWidget(m_panelLabel);
    panelLayout->addLayout(buttons);
    panelLayout->addStretch();
    connect(m_openButton, &QPushButton::clicked, this, &BodyViewer::openRaw);
    connect(m_saveButton, &QPushButton::clicked, this, &BodyViewer::saveWithDialog);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_loadingLabel);
    m_stack->addWidget(m_textPage);
    m_stack->addWidget(m_panelPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

BodyViewer::~BodyViewer() = default;

void BodyViewer::setPrettyPrint(bool enabled)
{
    if (m_pretty == enabled)
        return;
    m_pretty = enabled;
    if (m_state != State::Empty || m_pending)
        setBody(m_source, m_contentType, m_transform);
}

void BodyViewer::setBody(const QByteArray &body, const QString &contentType, const Transform &transform)
{
    // Copies first: the arguments may be this viewer's own members, which clear() empties.
    const QByteArray source = body;
    const QString type = contentType;
    const Transform function = transform;
    clear();
    if (source.isEmpty())
        return;
    m_source = source;
    m_contentType = type;
    m_transform = function;
    m_pending = true;
    m_loadingLabel->setText(tr("Preparing %1...").arg(sizeText(source.size())));
    setState(State::Loading);
    if (isVisible())
        start();
}

void BodyViewer::clear()
{
    ++m_generation; // a result still on its way is dropped
    m_pending = false;
    m_source.clear();
    m_contentType.clear();
    m_transform = nullptr;
    m_prepared.clear();
    m_display.clear();
    m_inserted = 0;
    m_jsonStyling = false;
    m_linesInString.clear();
    m_styledLines.clear();
    m_styledCount = 0;
    m_editor->setReadOnly(false);
    m_editor->SendScintilla(QsciScintillaBase::SCI_CLEARALL);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTH, 1L); // tracking grows it back
    m_editor->setReadOnly(true);
    m_noticeLabel->clear();
    m_noticeLabel->hide();
    delete m_rawFile;
    m_rawFile = nullptr;
    setState(State::Empty);
}

QString BodyViewer::text() const
{
    return m_editor->text();
}

QString BodyViewer::notice() const
{
    return m_noticeLabel->text();
}

void BodyViewer::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending)
        start();
}

void BodyViewer::start()
{
    m_pending = false;
    const int generation = m_generation;
    const QByteArray source = m_source;
    const QString contentType = m_contentType;
    const Transform transform = m_transform;
    const bool pretty = m_pretty;

    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher] {
        const Prepared prepared = watcher->result();
        watcher->deleteLater();
        if (prepared.generation == m_generation)
            finishPreparing(prepared);
    });
    watcher->setFuture(QtConcurrent::run([generation, source, contentType, transform, pretty] {
        Prepared out;
        out.generation = generation;
        out.body = transform ? transform(source) : source;
        if (out.body.isEmpty()) {
            out.state = State::Empty;
            return out;
        }
        if (out.body.size() > kEditorLimit) {
            out.state = State::TooLarge;
            return out;
        }
        if (!out.body.isValidUtf8() || out.body.contains('\0')) {
            out.state = State::Binary;
            return out;
        }
        out.state = State::Text;
        QByteArray text = out.body;
        if (looksLikeJson(out.body, contentType)) {
            QByteArray formatted;
            if (prettyJson(out.body, &formatted)) {
                out.json = true;
                if (pretty)
                    text = formatted;
            } else {
                out.notices.append(tr("Not valid JSON: shown as received."));
            }
        }
        QByteArray broken;
        if (breakLongLines(text, kLongLine, &broken)) {
            text = broken;
            out.notices.append(
                tr("Lines longer than %L1 characters are broken for display; Save keeps the body as it is.")
                    .arg(kLongLine));
        }
        if (out.json)
            out.linesInString = linesStartingInString(text);
        out.display = text;
        return out;
    }));
}

void BodyViewer::finishPreparing(const Prepared &prepared)
{
    m_prepared = prepared.body;
    switch (prepared.state) {
    case State::Empty:
        setState(State::Empty);
        return;
    case State::TooLarge:
        showPanel(tr("The body is %1: too large to show here.").arg(sizeText(prepared.body.size())), true);
        return;
    case State::Binary: {
        const QString type = m_contentType.section(QLatin1Char(';'), 0, 0).trimmed();
        showPanel(type.isEmpty() ? tr("Binary body, %1.").arg(sizeText(prepared.body.size()))
                                 : tr("Binary body, %1 (%2).").arg(sizeText(prepared.body.size()), type),
                  false);
        return;
    }
    case State::Loading:
    case State::Text:
        break;
    }
    m_jsonStyling = prepared.json;
    m_linesInString = QSet<int>(prepared.linesInString.cbegin(), prepared.linesInString.cend());
    m_noticeLabel->setText(prepared.notices.join(QLatin1Char(' ')));
    m_noticeLabel->setVisible(!prepared.notices.isEmpty());
    m_display = prepared.display;
    m_inserted = 0;
    m_stack->setCurrentWidget(m_textPage);
    insertSlice();
}

void BodyViewer::insertSlice()
{
    if (m_display.isEmpty())
        return;
    qsizetype end = std::min(m_display.size(), m_inserted + kInsertSlice);
    if (end < m_display.size()) {
        // End the slice on a line end, so no character is split between two slices.
        const qsizetype newline = m_display.lastIndexOf('\n', end - 1);
        if (newline >= m_inserted)
            end = newline + 1;
    }
    m_editor->setReadOnly(false);
    m_editor->SendScintilla(QsciScintillaBase::SCI_APPENDTEXT, static_cast<unsigned long>(end - m_inserted),
                            m_display.constData() + m_inserted);
    m_editor->setReadOnly(true);
    m_inserted = end;
    if (m_inserted < m_display.size()) {
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                insertSlice();
        });
        return;
    }
    styleVisibleLines();
    m_display.clear();
    const QString digits = QString::number(m_editor->lines());
    m_editor->setMarginWidth(0, digits + QStringLiteral("9"));
    setState(State::Text);
}

void BodyViewer::setState(State state)
{
    const bool wasLoading = m_state == State::Loading;
    m_state = state;
    switch (state) {
    case State::Empty:
        m_stack->setCurrentWidget(m_emptyLabel);
        break;
    case State::Loading:
        m_stack->setCurrentWidget(m_loadingLabel);
        break;
    case State::Text:
        m_stack->setCurrentWidget(m_textPage);
        break;
    case State::Binary:
    case State::TooLarge:
        m_stack->setCurrentWidget(m_panelPage);
        break;
    }
    if (wasLoading && state != State::Loading)
        emit loaded();
}

void BodyViewer::showPanel(const QString &message, bool offerOpen)
{
    m_panelLabel->setText(message);
    m_openButton->setVisible(offerOpen);
    setState(offerOpen ? State::TooLarge : State::Binary);
}

bool BodyViewer::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_prepared) != m_prepared.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void BodyViewer::saveWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Body"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save Body"), error);
}

void BodyViewer::openRaw()
{
    // A temporary file the system's viewer can open; it lives as long as this body is shown.
    delete m_rawFile;
    m_rawFile = new QTemporaryFile(QDir::tempPath() + QStringLiteral("/webhook-body-XXXXXX.txt"), this);
    if (!m_rawFile->open() || m_rawFile->write(m_prepared) != m_prepared.size() || !m_rawFile->flush()) {
        QMessageBox::warning(this, tr("Open Raw"),
                             tr("cannot write a temporary copy of the body: %1").arg(m_rawFile->errorString()));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_rawFile->fileName())))
        QMessageBox::warning(
            this, tr("Open Raw"),
            tr("No application is set up to open %1.").arg(QDir::toNativeSeparators(m_rawFile->fileName())));
}

bool BodyViewer::prettyJson(const QByteArray &json, QByteArray *out)
{
    // Qt's parser decides validity; the formatting below then only has to follow the tokens.
    QJsonParseError parseError;
    QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return false;

    QByteArray result;
    result.reserve(json.size() + json.size() / 2);
    int indent = 0;
    const qsizetype size = json.size();
    const char *data = json.constData();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        case '"': {
            // Copy the whole string, escapes included, in one go.
            qsizetype end = i + 1;
            while (end < size && data[end] != '"')
                end += data[end] == '\\' ? 2 : 1;
            result.append(data + i, end - i + 1);
            i = end;
            break;
        }
        case '{':
        case '[': {
            qsizetype next = i + 1;
            while (next < size && (data[next] == ' ' || data[next] == '\t' || data[next] == '\n' || data[next] == '\r'))
                ++next;
            result.append(c);
            if (next < size && (data[next] == '}' || data[next] == ']')) { // {} and [] stay on one line
                result.append(data[next]);
                i = next;
                break;
            }
            appendNewline(&result, ++indent);
            break;
        }
        case '}':
        case ']':
            appendNewline(&result, --indent);
            result.append(c);
            break;
        case ',':
            result.append(',');
            appendNewline(&result, indent);
            break;
        case ':':
            result.append(": ");
            break;
        default:
            result.append(c);
        }
    }
    *out = result;
    return true;
}

bool BodyViewer::breakLongLines(const QByteArray &text, int limit, QByteArray *out)
{
    bool broke = false;
    QByteArray result;
    qsizetype lineStart = 0;
    const qsizetype size = text.size();
    while (lineStart < size) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = size;
        qsizetype pos = lineStart;
        while (lineEnd - pos > limit) {
            if (!broke) {
                result.reserve(size + size / limit + 1);
                result.append(text.constData(), lineStart);
                broke = true;
            }
            qsizetype cut = pos + limit;
            // Back to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
            while (cut > pos && (static_cast<unsigned char>(text.at(cut)) & 0xC0) == 0x80)
                --cut;
            result.append(text.constData() + pos, cut - pos);
            result.append('\n');
            pos = cut;
        }
        if (broke)
            result.append(text.constData() + pos, std::min(size, lineEnd + 1) - pos);
        lineStart = lineEnd + 1;
    }
    if (broke)
        *out = result;
    return broke;
}

void BodyViewer::styleVisibleLines()
{
    if (!m_jsonStyling)
        return;
    const int lineCount = m_editor->lines();
    if (int(m_styledLines.size()) < lineCount)
        m_styledLines.resize(lineCount, false);
    const int first = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETFIRSTVISIBLELINE));
    const int onScreen = int(m_editor->SendScintilla(QsciScintillaBase::SCI_LINESONSCREEN));
    const int last = std::min(lineCount - 1, first + onScreen);
    for (int line = first; line <= last; ++line) {
        // The last line may still be growing while slices go in.
        if (m_styledLines[line] || (line == lineCount - 1 && m_inserted < m_display.size()))
            continue;
        const long start =
            m_editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
        const long length =
            m_editor->SendScintilla(QsciScintillaBase::SCI_LINELENGTH, static_cast<unsigned long>(line));
        if (length <= 0)
            continue;
        const char *text = reinterpret_cast<const char *>(
            m_editor->SendScintilla(QsciScintillaBase::SCI_GETRANGEPOINTER, static_cast<unsigned long>(start), length));
        const QByteArray styles = jsonLineStyles(text, int(length), m_linesInString.contains(line));
        m_editor->SendScintilla(QsciScintillaBase::SCI_STARTSTYLING, start);
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETSTYLINGEX, static_cast<unsigned long>(length),
                                styles.constData());
        m_styledLines[line] = true;
        ++m_styledCount;
    }
}

QByteArray BodyViewer::jsonLineStyles(const char *line, int length, bool startsInString)
{
    QByteArray styles(length, Plain);
    int i = 0;
    // From an opening quote (or the line start, inside a string) past the closing one.
    const auto stringEnd = [line, length](int from) {
        for (int j = from; j < length; ++j) {
            if (line[j] == '\\')
                ++j;
            else if (line[j] == '"')
                return j + 1;
        }
        return length;
    };
    const auto fill = [&styles](int from, int to, Style style) {
        std::fill(styles.begin() + from, styles.begin() + to, char(style));
    };
    if (startsInString) {
        i = stringEnd(0);
        fill(0, i, String);
    }
    while (i < length) {
        const char c = line[i];
        if (c == '"') {
            const int end = stringEnd(i + 1);
            int next = end;
            while (next < length && (line[next] == ' ' || line[next] == '\t'))
                ++next;
            fill(i, end, next < length && line[next] == ':' ? Key : String);
            i = end;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            int end = i + 1;
            while (end < length && std::strchr("0123456789+-.eE", line[end]) && line[end] != '\0')
                ++end;
            fill(i, end, Number);
            i = end;
        } else if (c >= 'a' && c <= 'z') {
            int end = i + 1;
            while (end < length && line[end] >= 'a' && line[end] <= 'z')
                ++end;
            fill(i, end, Keyword);
            i = end;
        } else {
            if (std::strchr("{}[],:", c) && c != '\0')
                styles[i] = Punctuation;
            ++i;
        }
    }
    return styles;
}

QList<int> BodyViewer::linesStartingInString(const QByteArray &json)
{
    QList<int> lines;
    bool inString = false;
    int line = 0;
    const qsizetype size = json.size();
    const char *data = json.constData();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\n') {
            ++line;
            if (inString)
                lines.append(line);
        } else if (inString && c == '\\') {
            ++i; // an escape never hides a line end: breaks fall between characters
            if (i < size && data[i] == '\n') {
                ++line;
                lines.append(line);
            }
        } else if (c == '"') {
            inString = !inString;
        }
    }
    return lines;
}
