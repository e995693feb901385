// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// US ZIP codes to states and territories (SPEC 5), from the USPS 3-digit prefix assignments:
// all 50 states, DC, PR, VI, GU, AS, MP, the freely associated states (PW, FM, MH) and the
// military APO/FPO regions (AA, AE, AP). Codes are lower-case, as geo tags use them.
class GeoTable final
{
public:
    // "10101" or "10101-1234" -> "ny"; "" for an unassigned prefix or anything not a ZIP code.
    static QString stateForZip(const QString &zip);
    // "us-10101" -> {"us-10101", "us-ny", "us"}; a us- ZIP with an unassigned prefix gives
    // {"us-00000", "us"}; anything else -> {value}.
    static QStringList expandGeo(const QString &value);
};
