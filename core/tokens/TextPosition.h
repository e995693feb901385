// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct QJsonParseError;

// A place in a text as people read it and as code indexes it, and the one conversion between
// them (issue 12 item 2): line and column are 1-based, a column counts characters (a surrogate
// pair, an emoji, is one), and offset is the UTF-16 index a QString and a cursor use.
//
// It also converts a UTF-8 byte offset (QJsonParseError::offset, Scintilla positions) to the
// same place, so every JSON error is reported the same way: at the parser's offset, converted.
class TextPosition final
{
    Q_DECLARE_TR_FUNCTIONS(TextPosition)

public:
    int line = 0;          // 0 for no position
    int column = 0;        // 0 for no position
    qsizetype offset = -1; // UTF-16 index; -1 for no position

    bool isValid() const { return offset >= 0; }

    // The place of a UTF-16 offset (clamped to the text).
    static TextPosition at(const QString &text, qsizetype offset);
    // The place of a UTF-8 byte offset into utf8 (clamped), offset in UTF-16 units of the
    // decoded text. Does not decode the text.
    static TextPosition atUtf8(const QByteArray &utf8, qsizetype byteOffset);
    // The character QJsonDocument::fromJson(utf8, &error) stumbled on: the one rule for where
    // every JSON error points (workspace, scenario, template, HAR and clipboard loaders, the
    // body editor and lint).
    static TextPosition ofJsonError(const QByteArray &utf8, const QJsonParseError &error);
    // The UTF-16 offset of a UTF-8 byte offset (clamped). Does not decode the text.
    static qsizetype utf16Offset(const QByteArray &utf8, qsizetype byteOffset);
    // The UTF-16 offset of a line and column, or -1 if the text has no such place (a column
    // may be one past a line's last character).
    static qsizetype offsetOf(const QString &text, int line, int column);

    // How many UTF-16 units the character at offset takes: 2 for a surrogate pair, 0 at a line
    // break or at the end, else 1. What a one-character problem there covers.
    static qsizetype characterLength(const QString &text, qsizetype offset);

    // "column 14" for a one-line text, "line 2, column 5" otherwise.
    static QString describe(const QString &text, qsizetype offset);

    bool operator==(const TextPosition &o) const { return line == o.line && column == o.column && offset == o.offset; }
    bool operator!=(const TextPosition &o) const { return !(*this == o); }
};
