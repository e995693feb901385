// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/MatchVerdict.h"
#include "model/TagMap.h"

#include <QCoreApplication>
#include <QStringList>

// A webhook's matches (SPEC 3): "key:value" or bare "key" entries. The webhook fires only if,
// for every key named, the call has that key and, where values are listed, one of them: OR within
// one key, AND across keys. Keys and values compare case-insensitively after trimming. A bare key
// next to listed values for the same key adds nothing: the values decide. No matches: always fires.
class MatchRules final
{
    Q_DECLARE_TR_FUNCTIONS(MatchRules)

public:
    explicit MatchRules(const QStringList &entries);

    // One message per bad entry, e.g. "matches[1]: \":yes\" has no key". Matches with errors
    // never fire: a broken filter must not send a call's data where it was not meant to go.
    QStringList errors() const { return m_errors; }
    bool isEmpty() const { return m_rules.isEmpty() && m_errors.isEmpty(); }
    // The verdict names the rule that decided it: the first key that failed, or every key that held.
    MatchVerdict evaluate(const TagMap &tags) const;

private:
    struct Rule
    {
        QString key;        // as first written, trimmed
        QStringList values; // trimmed, without case-insensitive repeats; empty: any value
    };

    QList<Rule> m_rules;
    QStringList m_errors;
};
