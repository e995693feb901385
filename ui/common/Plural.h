// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// "1 webhook" or "3 webhooks". The app ships no plural translations for tr("%n")'s forms to come
// from, so callers spell out both, each holding "%1" and marked with
// QT_TRANSLATE_NOOP(context, ...) in their own translation context.
class Plural final
{
public:
    Plural() = delete;

    // one (count is 1) or many, translated in context, with count for "%1".
    static QString counted(const char *context, qsizetype count, const char *one, const char *many);
};
