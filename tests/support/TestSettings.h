// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Keeps the user's real settings and data out of a test: QSettings (recent files, geometry,
// receiver port) and QStandardPaths (the fired-pixels store, recovery files) point into folder,
// usually the test's QTemporaryDir. Call it once, from initTestCase().
class TestSettings final
{
public:
    static void isolate(const QString &folder);
};
