#include "BodyViewer.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>

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

struct BodyViewer::Prepared
{
    int generation = 0;
    QByteArray body;    // after the transform
    QByteArray display; // what goes into the editor
    State state = State::Empty;
    bool json = false;
    QStringList notices;
};

namespace {
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
    , m_jsonLexer(new QsciLexerJSON(m_editor))
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
    m_editor->setFrameShape(QFrame::NoFrame);
    // Nothing to undo in a viewer; the undo history would otherwise hold a copy of the body.
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETUNDOCOLLECTION, 0UL);
    // Lexing stays on demand, for what is painted: never the whole document at once.
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETIDLESTYLING, QsciScintillaBase::SC_IDLESTYLING_NONE);

    m_jsonLexer->setDefaultFont(fixed);
    m_jsonLexer->setFont(fixed);
    m_jsonLexer->setHighlightComments(false);
    m_jsonLexer->setHighlightEscapeSequences(true);
    m_jsonLexer->setColor(QColor(0x1a, 0x5f, 0xb4), QsciLexerJSON::Property);
    m_jsonLexer->setColor(QColor(0x26, 0x7f, 0x3a), QsciLexerJSON::String);
    m_jsonLexer->setColor(QColor(0xb3, 0x5c, 0x00), QsciLexerJSON::Number);
    m_jsonLexer->setColor(QColor(0x80, 0x3d, 0xb0), QsciLexerJSON::Keyword);
    m_jsonLexer->setColor(QColor(0x6b, 0x6b, 0x6b), QsciLexerJSON::Operator);

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
    m_editor->setReadOnly(false);
    m_editor->SendScintilla(QsciScintillaBase::SCI_CLEARALL);
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
            out.notices.append(tr("Lines longer than %L1 characters are broken for display; Save keeps the body as it is.")
                                   .arg(kLongLine));
        }
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
    // The lexer is set while the document is empty, so setting it styles nothing.
    m_editor->setLexer(prepared.json ? m_jsonLexer : nullptr);
    if (!prepared.json)
        m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
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
        Q_EMIT loaded();
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
        QMessageBox::warning(this, tr("Open Raw"), tr("No application is set up to open %1.")
                                                       .arg(QDir::toNativeSeparators(m_rawFile->fileName())));
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
