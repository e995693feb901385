// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/RequestTemplate.h"

#include <QStringList>

namespace {
const char *const kBodyKindNames[] = {"none", "form", "json", "raw"};
}

namespace BodyKinds {

QString name(BodyKind kind)
{
    return QString::fromLatin1(kBodyKindNames[static_cast<int>(kind)]);
}

bool fromName(const QString &name, BodyKind *kind)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(kBodyKindNames[i])) {
            *kind = static_cast<BodyKind>(i);
            return true;
        }
    }
    return false;
}

QString allNames()
{
    return QStringLiteral("none, form, json, raw");
}

} // namespace BodyKinds
