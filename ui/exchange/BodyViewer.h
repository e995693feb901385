// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSet>
#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTemporaryFile;
class QsciScintilla;

// A read-only view of one HTTP body. Whatever the body's size, the window never freezes:
// masking and pretty-printing run on a worker thread, the text goes into the editor in slices
// between events, and JSON is coloured only on the lines on screen, each line on its own.
// (QsciLexerJSON lexes from the top: a jump to the end of 17 MB of JSON stalls for seconds.)
// Bodies over kEditorLimit are not loaded at all: a panel offers Open raw and Save to file.
// A body is prepared only once the viewer is shown, so hidden tabs cost nothing.
class BodyViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyViewer)

public:
    // Runs on the worker thread before anything is shown (secret masking); must be thread-safe.
    using Transform = std::function<QByteArray(const QByteArray &)>;

    enum class State
    {
        Empty,    // no body
        Loading,  // being prepared or inserted
        Text,     // in the editor
        Binary,   // not UTF-8 text: size, type and Save to file
        TooLarge, // over kEditorLimit: Open raw and Save to file
    };
    Q_ENUM(State)

    // The editor's styles for JSON text.
    enum Style : char
    {
        Plain = 0,
        Key,
        String,
        Number,
        Keyword,
        Punctuation
    };

    static constexpr qint64 kEditorLimit = 50LL * 1024 * 1024;
    // Longer lines are broken for display: Scintilla lays out each line on screen whole, and a
    // screen of 10,000-character lines takes 300 ms to draw (1,000: under 70 ms).
    static constexpr int kLongLine = 1000;
    // Bytes inserted per event-loop turn.
    static constexpr int kInsertSlice = 512 * 1024;

    explicit BodyViewer(QWidget *parent = nullptr);
    ~BodyViewer() override;

    // JSON bodies re-indented (the default) or shown as received.
    void setPrettyPrint(bool enabled);
    bool prettyPrint() const { return m_pretty; }

    // contentType decides JSON ("application/json", "+json"); a body that parses as a JSON
    // object or array is treated as JSON whatever its type says.
    void setBody(const QByteArray &body, const QString &contentType, const Transform &transform = {});
    void clear();

    State state() const { return m_state; }
    // The editor's text (what is shown, after masking and formatting).
    QString text() const;
    // A note above the text: not valid JSON, long lines broken, ...; empty when there is none.
    QString notice() const;
    // The body as it would be saved (after the transform); empty until prepared.
    QByteArray preparedBody() const { return m_prepared; }
    QsciScintilla *editor() const { return m_editor; }
    // Whether the text is being coloured as JSON, and how many of its lines have been so far.
    bool isJsonStyled() const { return m_jsonStyling; }
    int styledLineCount() const { return m_styledCount; }

    bool saveTo(const QString &path, QString *error) const;

    // JSON re-indented with two spaces, keeping key order, numbers and escapes exactly as
    // written. False when json is not a valid JSON object or array.
    static bool prettyJson(const QByteArray &json, QByteArray *out);
    // Breaks lines longer than limit bytes (at UTF-8 character boundaries); false if none was.
    static bool breakLongLines(const QByteArray &text, int limit, QByteArray *out);
    // The styles of one line of JSON, a Style per byte. A line can start inside a string when
    // a long line was broken there.
    static QByteArray jsonLineStyles(const char *line, int length, bool startsInString);
    // The lines (from 0) of JSON text that start inside a string.
    static QList<int> linesStartingInString(const QByteArray &json);

signals:
    // The body left the Loading state.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Prepared;

    void start();
    void finishPreparing(const Prepared &prepared);
    void insertSlice();
    void styleVisibleLines();
    void setState(State state);
    void showPanel(const QString &message, bool offerOpen);
    void saveWithDialog();
    void openRaw();

    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QLabel *m_loadingLabel;
    QWidget *m_textPage;
    QLabel *m_noticeLabel;
    QsciScintilla *m_editor;
    QWidget *m_panelPage;
    QLabel *m_panelLabel;
    QPushButton *m_openButton;
    QPushButton *m_saveButton;

    bool m_pretty = true;
    bool m_pending = false;
    QByteArray m_source;
    QString m_contentType;
    Transform m_transform;
    QByteArray m_prepared;
    QByteArray m_display;
    qsizetype m_inserted = 0;
    int m_generation = 0;
    bool m_jsonStyling = false;
    QSet<int> m_linesInString;
    std::vector<bool> m_styledLines;
    int m_styledCount = 0;
    State m_state = State::Empty;
    QTemporaryFile *m_rawFile = nullptr;
};
