// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/Plural.h"

#include <QCoreApplication>

QString Plural::counted(const char *context, qsizetype count, const char *one, const char *many)
{
    return QCoreApplication::translate(context, count == 1 ? one : many).arg(count);
}
