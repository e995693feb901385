// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "model/TagMap.h"

class TemplateLibrary;
struct Workspace;

// A tag a token may name, as the token wizard and the editors' completions offer it (SPEC 4).
struct KnownTag
{
    enum class Source
    {
        BuiltIn,      // set by the engine or the platform on every call
        Workspace,    // seen in the workspace: sample call, buyers, publishers, matches, tokens
        Template,     // used by a platform template
        Pixel,        // seen in a fired pixel (a call's tags or a response's)
        PingResponse, // read from a ping-post's sample response: [ping.*]
    };

    QString name;
    // Built-ins: what the tag holds. Others: where it was first seen.
    QString description;
    Source source = Source::BuiltIn;
    bool secret = false;
    // Values seen for the tag (sample call, buyer and publisher tags, matches), for completing
    // match values; each once, in the order first seen.
    QStringList values;

    bool operator==(const KnownTag &o) const
    {
        return name == o.name && description == o.description && source == o.source && secret == o.secret
               && values == o.values;
    }
};

// A token filter with its explanation, for the wizard and completions.
struct KnownFilter
{
    QString name;        // "digits", "default"
    QString syntax;      // as written after '|': "digits", "default:TEXT"
    QString description; // one line
};

// The tags seen on one fired call: its own, and the "key:value" entries its responses applied.
struct FiredCallTags
{
    QString title;
    TagMap tags;
    QStringList applied;
};

// Collects the tags the wizard offers: the built-ins (WebhookLinter::builtInTags(), with a
// description each), then every tag seen in the workspace, the templates and fired pixels.
// Lists are kept apart by source so that the wizard can group them; merged() makes one list
// in which every tag appears once.
class KnownTags final
{
    Q_DECLARE_TR_FUNCTIONS(KnownTags)

public:
    static QList<KnownTag> builtIns();
    // Every tag of the workspace, in file order: sample call, buyer tags (and ids as handler_id
    // values), publisher tags, postback fields (and source ids as source_id values), conversion
    // criteria, match entries, then the keys of every token in every webhook. Built-in names
    // appear here too when the workspace gives them values. [ping.*] keys are left out: they
    // exist only in a ping-post's post.
    static QList<KnownTag> fromWorkspace(const Workspace &workspace);
    // Profile tags, match keys and token keys of the templates.
    static QList<KnownTag> fromTemplates(const TemplateLibrary &library);
    // The tags of fired calls and the tags their responses applied (record/PixelTags reads
    // them from the pixel store).
    static QList<KnownTag> fromFiredCalls(const QList<FiredCallTags> &calls);

    // One entry per name (case-insensitively, first spelling kept): the first list naming a
    // tag decides its source and description; the values of every list are joined.
    static QList<KnownTag> merged(const QList<QList<KnownTag>> &lists);

    // "Built-in", "This workspace", ...
    static QString sourceLabel(KnownTag::Source source);

    // The filters of TokenFilter::allNames(), in that order, each explained.
    static QList<KnownFilter> filters();
};
