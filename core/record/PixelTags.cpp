// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/PixelTags.h"

#include "record/PixelStore.h"

QList<KnownTag> PixelTags::fromStore(const PixelStore &store, int maxCalls)
{
    QList<FiredCallTags> seen;
    const QList<PixelStore::CallSummary> calls = store.calls();
    for (qsizetype i = 0; i < calls.size() && i < maxCalls; ++i) {
        const std::optional<StoredCall> call = store.call(calls.at(i).id);
        if (!call)
            continue;
        FiredCallTags tags{call->title, call->tags, {}};
        for (const FiredPixel &pixel : call->pixels)
            tags.applied += pixel.tagsApplied;
        seen.append(tags);
    }
    return KnownTags::fromFiredCalls(seen);
}
