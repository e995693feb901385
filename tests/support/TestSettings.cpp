// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/TestSettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

void TestSettings::isolate(const QString &folder)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, QDir(folder).filePath(QStringLiteral("settings")));
}
