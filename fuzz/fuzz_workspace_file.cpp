// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Workspace files (SPEC 1): whatever a user opens, edited by hand, cut short or hostile.
// A file that loads must write back in a stable form: serialize, parse, serialize gives the
// same bytes (unknown fields kept at every level), and the written file loads without errors.

#include "FuzzSupport.h"

#include "files/WorkspaceFile.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    const WorkspaceLoadResult loaded = WorkspaceFile::parse(input);
    if (!loaded.ok()) {
        for (const LoadError &error : loaded.errors) {
            if (error.message.isEmpty())
                FuzzSupport::violated("a workspace error without a message", error.path.toUtf8());
        }
        return 0;
    }
    const QByteArray written = WorkspaceFile::serialize(loaded.workspace);
    const WorkspaceLoadResult reloaded = WorkspaceFile::parse(written);
    if (!reloaded.ok())
        FuzzSupport::violated("a saved workspace does not load",
                              reloaded.errors.constFirst().toString().toUtf8() + "\n" + written);
    if (WorkspaceFile::serialize(reloaded.workspace) != written && !FuzzSupport::hasInnerByteOrderMark(input))
        FuzzSupport::violated("saving a loaded workspace again changed it", written);
    return 0;
}
