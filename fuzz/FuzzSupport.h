// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by the libFuzzer targets: a QCoreApplication (the call runner spins an event loop,
// translations go through it), silence for Qt's warnings (millions of inputs would flood the
// log and slow the run), and a way to report a broken invariant as a crash libFuzzer records.
namespace FuzzSupport {

inline void initialize()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

// The input as the app gets it from a file or a socket: a copy, NUL-terminated like
// QFile::readAll() gives it (ASan still sees any read past the size).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Qt 6.4 keeps a JSON key that starts with U+FEFF (a byte order mark) in its place in the
// sorted object but hands it out without the U+FEFF: the first save writes the shortened key
// out of order, the next save sorts it. Inputs with a U+FEFF past a leading byte order mark,
// raw or escaped, skip the write-and-reload checks (docs/RELIABILITY.md, known limitations).
inline bool hasInnerByteOrderMark(const QByteArray &input)
{
    return input.indexOf("\xEF\xBB\xBF", 1) >= 0 || input.toLower().contains("\\ufeff");
}

// A property the code promises did not hold: abort, so libFuzzer saves the input.
[[noreturn]] inline void violated(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "invariant violated: %s\n%s\n", what, detail.constData());
    std::abort();
}

} // namespace FuzzSupport
