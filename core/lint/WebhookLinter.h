// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "lint/LintFinding.h"
#include "model/Workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

// Lints one webhook in the context of its workspace (issue 5 item 8; SPEC 2-4): what the editor
// checks live while a webhook is typed, and what WorkspaceLinter runs on every webhook. Template
// checks reuse the engine's compilers (UrlTemplate, JsonBodyTemplate, TokenTemplate, MatchRules),
// so the linter and the renderer can never disagree about what is valid.
//
// Rule ids, default severities and titles are LintRules' table (lint/LintRule.h). A template's
// problems come from its compiler's Diagnostics: the rule from the diagnostic's code, the
// position from its offset, never from the message's words.
//
// Rules, by id (E error, W warning, I info):
//   missing-name (W), duplicate-name (W: another webhook in the same list has the name),
//   never-fires (I: disabled; W: buyer in no campaign's routing, a buyer or handler_id match the
//     routing cannot satisfy, handler_id matched before routing, Selected/Answered/Connect in a
//     campaign with no routing; E: a ping-post with no amount path),
//   timer-without-threshold (E), invalid-method (E), invalid-url (E at compile time, or after
//     rendering with the sample call when the URL has no tokens; W when only tag values break it),
//   invalid-header-name (E), header-injection (E for the template's own text, W for a sample call
//     value), template-error (E: a token not closed), unknown-filter (E), bad-filter (E: a known
//     filter misused), invalid-json-body (E), unknown-token (W; I when a default: filter covers
//     it; response tags appear only at run time, so it cannot be an error),
//   get-with-body (W), json-body-without-json-content-type (W),
//   form-body-without-form-content-type (W), unused-body (I: body text with body kind none),
//   invalid-match (E: MatchRules refuses an entry, so the webhook never fires),
//   unknown-publisher (W: a source_id match no publisher has),
//   unknown-buyer (E: the buyer field names no buyer),
//   selected-data-leak (W: a campaign Selected webhook that can fire for two or more buyers),
//   conversion-without-publisher-match (W: a campaign Conversion webhook with no source_id:VALUE
//     match while the workspace has publishers; buyer webhooks are exempt: they report to the
//     buyer about its own calls, whoever sent them),
//   invalid-bid-path (E: a ping-post JSON path that does not parse),
//   out-of-range (E: timer_seconds outside 1..86400 on a non-Timer webhook when negative or too
//     large, timeout_ms outside 1..120000, a negative minimum bid; the file loads any of them).
class WebhookLinter final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookLinter)

public:
    // Tags the engine or the platform sets on calls (SPEC 4), in the token wizard's order.
    static QStringList builtInTags();

    // extraTags: tags known from outside the workspace (fired pixels, templates) that tokens
    // may use without an unknown-token finding.
    explicit WebhookLinter(const Workspace &workspace, const QStringList &extraTags = {});

    // What a token may name without a finding: the built-ins, then the tags seen in the
    // workspace (sample call, buyer and publisher tags, postback fields, conversion criteria,
    // match keys), then extraTags; each once, in its first spelling.
    QStringList knownTags() const { return m_knownTags; }

    // Lints webhook as if it stood at location (its scope and indices; the field is ignored).
    // It may differ from the workspace's copy there or be new (an index past the end): the
    // editor lints what is being typed, against the other webhooks of the same list.
    QList<LintFinding> lint(const Webhook &webhook, const LintLocation &location) const;

private:
    Workspace m_workspace;
    QStringList m_knownTags;
    QSet<QString> m_known; // lower case
};
