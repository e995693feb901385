// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lint/LintFinding.h"

QString LintFinding::toString() const
{
    const QString path = location.path();
    const QString text = LintSeverities::name(severity) + QLatin1String(": ") + message + QLatin1String(" [") + ruleId()
                         + QLatin1Char(']');
    return path.isEmpty() ? text : path + QLatin1String(": ") + text;
}
