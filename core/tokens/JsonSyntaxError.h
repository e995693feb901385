// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QJsonParseError>
#include <QString>

// Says what a JSON text needed where the parser stopped (issue 13 part 8), in place of Qt's
// words for its own state ("unterminated object" for a missing comma):
//   expected , or } after "b": "x"        expected a value after "a": (found })
//   expected : after "key" (found 1)      expected a key in quotes after "a": 1, (found })
//   expected , or ] after 2 (the text ends there)
//   unterminated string starting at line 2, column 7
// A text that follows the grammar to its end but leaves something open was cut short, and is
// described at its end ("the text ends there") whatever Qt called it.
// It reads the text up to the error's place (TextPosition::ofJsonError's character, as a UTF-16
// offset) with JSON's grammar, to know what the parser was waiting for and what came last.
// Errors inside a token of the grammar (a bad escape, a bad number, bad UTF-8, nesting too
// deep) have fixed wording. The message has no position: callers put the place first.
class JsonSyntaxError final
{
    Q_DECLARE_TR_FUNCTIONS(JsonSyntaxError)

public:
    // json: the text that was parsed; offset: where the error is (UTF-16, TextPosition's).
    // shown: the text people see, of the same length and layout as json, for the quotes in the
    // message (a body template's tokens stand in json as "" and spaces); empty: json itself.
    static QString describe(const QString &json, qsizetype offset, QJsonParseError::ParseError error,
                            const QString &shown = {});
};
