// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Platform template files (docs/TEMPLATES.md): shipped, imported or kept in a workspace.
// A template that loads must write back to a file that loads as the same template, and
// instantiate with its defaults without crashing.

#include "FuzzSupport.h"

#include "templates/TemplateInstantiator.h"
#include "templates/WebhookTemplate.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    QList<LoadError> errors;
    const WebhookTemplate loaded = WebhookTemplate::fromData(input, &errors);
    if (!errors.isEmpty())
        return 0;
    loaded.triggers();
    TemplateInstantiator::instantiate(loaded, TemplateInstantiator::withDefaults(loaded, {}));
    if (FuzzSupport::hasInnerByteOrderMark(input))
        return 0;

    QList<LoadError> again;
    const WebhookTemplate reloaded = WebhookTemplate::fromData(loaded.toData(), &again);
    if (!again.isEmpty())
        FuzzSupport::violated("a written template does not load", again.constFirst().toString().toUtf8());
    if (!(reloaded == loaded))
        FuzzSupport::violated("a template changed in a write and re-read", loaded.toData());
    return 0;
}
