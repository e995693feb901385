// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

// When a webhook fires in a call's life (SPEC 2). The enumerator order is the order in which
// the phases run, which the planner relies on.
enum class Trigger
{
    DataAppending,
    Start,
    PassThrough,
    Selected,
    Answered,
    Timer,
    Postback,
    Connect,
    Conversion,
    NonConversion,
    Always,
};

namespace Triggers {
QList<Trigger> all();
// The file-format name: "data_appending", "start", ...
QString name(Trigger trigger);
// Parses a file-format name; returns false if unknown.
bool fromName(const QString &name, Trigger *trigger);
// "data_appending, start, ..." for error messages.
QString allNames();
// Human label: "Data-appending ping", "Start", ...
QString label(Trigger trigger);
// One line: when the trigger fires.
QString description(Trigger trigger);
} // namespace Triggers
