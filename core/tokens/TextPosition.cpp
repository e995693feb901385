// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/TextPosition.h"

#include <QJsonParseError>

namespace {

bool isContinuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// A 4-byte sequence is a character outside the BMP: two UTF-16 units.
bool startsSurrogatePair(char byte)
{
    return static_cast<unsigned char>(byte) >= 0xF0;
}

} // namespace

TextPosition TextPosition::at(const QString &text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    TextPosition position{1, 1, offset};
    for (qsizetype i = 0; i < offset; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++position.line;
            position.column = 1;
        } else if (!c.isLowSurrogate()) {
            ++position.column;
        }
    }
    return position;
}

TextPosition TextPosition::atUtf8(const QByteArray &utf8, qsizetype byteOffset)
{
    byteOffset = qBound(qsizetype(0), byteOffset, utf8.size());
    TextPosition position{1, 1, 0};
    for (qsizetype i = 0; i < byteOffset; ++i) {
        const char byte = utf8.at(i);
        if (isContinuation(byte))
            continue;
        position.offset += startsSurrogatePair(byte) ? 2 : 1;
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else {
            ++position.column;
        }
    }
    return position;
}

TextPosition TextPosition::ofJsonError(const QByteArray &utf8, const QJsonParseError &error)
{
    // Qt's offset points just past the token it read, and past the whitespace after a bracket
    // or comma: step back to the byte it stumbled on, so every loader and editor marks the same
    // character. Three errors already stop on it: trailing garbage (never read), an invalid
    // UTF-8 byte in a string, and a number with no digit read (on its first byte).
    const qsizetype at = qMin<qsizetype>(error.offset, utf8.size());
    const bool onTheByte = at < utf8.size() && !QByteArrayView(" \t\r\n,:]}").contains(utf8.at(at));
    if (error.error == QJsonParseError::GarbageAtEnd || error.error == QJsonParseError::IllegalUTF8String
        || (error.error == QJsonParseError::IllegalNumber && onTheByte))
        return atUtf8(utf8, error.offset);
    qsizetype byte = at - 1;
    while (byte > 0 && QByteArrayView(" \t\r\n").contains(utf8.at(byte)))
        --byte;
    while (byte > 0 && isContinuation(utf8.at(byte)))
        --byte; // the start of the character, not the middle of its encoding
    return atUtf8(utf8, qMax<qsizetype>(byte, 0));
}

qsizetype TextPosition::utf16Offset(const QByteArray &utf8, qsizetype byteOffset)
{
    byteOffset = qBound(qsizetype(0), byteOffset, utf8.size());
    qsizetype offset = 0;
    for (qsizetype i = 0; i < byteOffset; ++i) {
        const char byte = utf8.at(i);
        if (!isContinuation(byte))
            offset += startsSurrogatePair(byte) ? 2 : 1;
    }
    return offset;
}

qsizetype TextPosition::offsetOf(const QString &text, int line, int column)
{
    if (line < 1 || column < 1)
        return -1;
    qsizetype i = 0;
    for (int l = 1; l < line; ++l) {
        i = text.indexOf(QLatin1Char('\n'), i);
        if (i < 0)
            return -1;
        ++i;
    }
    for (int c = 1; c < column; ++c) {
        if (i >= text.size() || text.at(i) == QLatin1Char('\n'))
            return -1;
        ++i;
        if (i < text.size() && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            ++i;
    }
    return i;
}

qsizetype TextPosition::characterLength(const QString &text, qsizetype offset)
{
    if (offset < 0 || offset >= text.size() || text.at(offset) == QLatin1Char('\n'))
        return 0;
    return text.at(offset).isHighSurrogate() && offset + 1 < text.size() && text.at(offset + 1).isLowSurrogate() ? 2
                                                                                                                 : 1;
}

QString TextPosition::describe(const QString &text, qsizetype offset)
{
    const TextPosition position = at(text, offset);
    if (!text.contains(QLatin1Char('\n')))
        return tr("column %1").arg(position.column);
    return tr("line %1, column %2").arg(position.line).arg(position.column);
}
