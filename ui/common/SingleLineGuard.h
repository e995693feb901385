// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPalette>
#include <QPointer>
#include <QValidator>

class QLineEdit;

// Keeps a line break out of a one-line field (issue 13): a paste or drop that would add a line
// break (CR, LF, NUL, vertical tab, form feed, NEL, U+2028, U+2029) is refused as a whole, and
// the field says so where the user looks: its background takes StatePalette's error tint, its
// tooltip (shown at once, under the field) reads "A header value cannot contain a line break;
// the pasted text was not inserted". The mark goes with the field's next accepted change.
// Refusing rather than cleaning: a value pasted with a line break is often two values, and
// joining them silently would send the wrong one.
//
// It is the field's QValidator, so the refusal happens inside QLineEdit before textEdited, and
// no editor ever sees (or saves) the refused text. It judges an edit against the text the field
// had before: a value that already holds a line break (loaded from a file, where lint reports
// it) stays editable, only a new one is refused. Text set by the program is not an edit:
// LineEdits::setTextKeepingCursor tells the guard first (accept()).
class SingleLineGuard final : public QValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleLineGuard)

public:
    // Installs a guard as edit's validator; subject starts the message: "A header value".
    static SingleLineGuard *install(QLineEdit *edit, const QString &subject);
    // The guard installed on edit, or null.
    static SingleLineGuard *of(const QLineEdit *edit);
    static bool isLineBreak(QChar c);

    void setSubject(const QString &subject) { m_subject = subject; }
    // The text the program is about to set: not an edit, so never refused.
    void accept(const QString &text);

    // Whether the field is marked for a refused edit, and the message it shows.
    bool isMarked() const { return m_marked; }
    QString message() const;

    State validate(QString &input, int &position) const override;

signals:
    // An edit was refused; message is what the field shows.
    void refused(const QString &message);

private:
    SingleLineGuard(QLineEdit *edit, const QString &subject);
    void mark();
    void unmark();

    QPointer<QLineEdit> m_edit;
    QString m_subject;
    QString m_accepted; // the field's text before the edit being judged
    bool m_marked = false;
    bool m_hadPalette = false;
    QPalette m_palette;
    QString m_toolTip;
};
