// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/HarLog.h"

#include <QCoreApplication>
#include <QJsonObject>

// Reads HAR 1.1/1.2 files from Chrome, Firefox, Playwright and this app. Only what the app
// cannot do without is required (log, log.entries, each entry's request method and url and
// response status); every other field may be missing, and unknown fields are ignored. A field
// that is present with the wrong type is an error naming it: "log.entries[3].request.url: missing",
// "log.entries[0].response.status: not a number".
class HarReader final
{
    Q_DECLARE_TR_FUNCTIONS(HarReader)

public:
    // readFile() refuses larger files: the parsed document takes several times the file's size
    // (the HAR viewer reads any size through HarIndexReader).
    static constexpr qint64 kMaxFileBytes = qint64(256) * 1024 * 1024;

    static bool readFile(const QString &path, HarLog *log, QString *error);
    static bool read(const QByteArray &data, HarLog *log, QString *error);
    static bool fromJson(const QJsonObject &root, HarLog *log, QString *error);
    // One entry object; path names it in errors ("log.entries[3]").
    static bool entryFromJson(const QJsonObject &object, const QString &path, HarEntry *entry, QString *error);
    static bool pageFromJson(const QJsonObject &object, const QString &path, HarPage *page, QString *error);
};
