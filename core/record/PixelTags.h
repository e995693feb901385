// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "lint/KnownTags.h"

class PixelStore;

// The tags of recently fired calls, for the token wizard's "seen in fired pixels" group. Kept
// out of lint/ so that the engine proper never links the SQL store.
class PixelTags final
{
public:
    // The tags of the newest maxCalls calls in the store and the tags their responses applied.
    static QList<KnownTag> fromStore(const PixelStore &store, int maxCalls = 50);
};
