// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "response/GeoTable.h"

#include <algorithm>
#include <iterator>

namespace {

struct Range
{
    int first;
    int last;
    const char *state;
};

// USPS 3-digit ZIP prefixes, sorted and disjoint; prefixes not listed are unassigned
// (000-004, 099, 213, 269, 343, 345, 348, 353, 419, 428-429, 517-519, 529, 533, 536, 552, 568,
// 578-579, 589, 621, 632, 642-643, 659, 663, 682, 694-699, 702, 709, 715, 732, 742, 771,
// 817-819, 839, 848-849, 854, 858, 861-862, 866-869, 872, 886-888, 892, 896, 899, 909, 929, 987).
// One range a line reads and diffs best.
// clang-format off
constexpr Range Prefixes[] = {
    {5, 5, "ny"}, // Holtsville IRS
    {6, 7, "pr"},
    {8, 8, "vi"},
    {9, 9, "pr"},
    {10, 27, "ma"},
    {28, 29, "ri"},
    {30, 38, "nh"},
    {39, 49, "me"},
    {50, 54, "vt"},
    {55, 55, "ma"}, // Andover IRS
    {56, 59, "vt"},
    {60, 69, "ct"},
    {70, 89, "nj"},
    {90, 98, "ae"},
    {100, 149, "ny"},
    {150, 196, "pa"},
    {197, 199, "de"},
    {200, 200, "dc"},
    {201, 201, "va"}, // Dulles
    {202, 205, "dc"},
    {206, 212, "md"},
    {214, 219, "md"},
    {220, 246, "va"},
    {247, 268, "wv"},
    {270, 289, "nc"},
    {290, 299, "sc"},
    {300, 319, "ga"},
    {320, 339, "fl"},
    {340, 340, "aa"},
    {341, 342, "fl"},
    {344, 344, "fl"},
    {346, 347, "fl"},
    {349, 349, "fl"},
    {350, 352, "al"},
    {354, 369, "al"},
    {370, 385, "tn"},
    {386, 397, "ms"},
    {398, 399, "ga"},
    {400, 418, "ky"},
    {420, 427, "ky"},
    {430, 459, "oh"},
    {460, 479, "in"},
    {480, 499, "mi"},
    {500, 516, "ia"},
    {520, 528, "ia"},
    {530, 532, "wi"},
    {534, 535, "wi"},
    {537, 549, "wi"},
    {550, 551, "mn"},
    {553, 567, "mn"},
    {569, 569, "dc"}, // parcel return service
    {570, 577, "sd"},
    {580, 588, "nd"},
    {590, 599, "mt"},
    {600, 620, "il"},
    {622, 629, "il"},
    {630, 631, "mo"},
    {633, 641, "mo"},
    {644, 658, "mo"},
    {660, 662, "ks"},
    {664, 679, "ks"},
    {680, 681, "ne"},
    {683, 693, "ne"},
    {700, 701, "la"},
    {703, 708, "la"},
    {710, 714, "la"},
    {716, 729, "ar"},
    {730, 731, "ok"},
    {733, 733, "tx"}, // Austin IRS
    {734, 741, "ok"},
    {743, 749, "ok"},
    {750, 770, "tx"},
    {772, 799, "tx"},
    {800, 816, "co"},
    {820, 831, "wy"},
    {832, 838, "id"},
    {840, 847, "ut"},
    {850, 853, "az"},
    {855, 857, "az"},
    {859, 860, "az"},
    {863, 865, "az"},
    {870, 871, "nm"},
    {873, 884, "nm"},
    {885, 885, "tx"}, // El Paso
    {889, 891, "nv"},
    {893, 895, "nv"},
    {897, 898, "nv"},
    {900, 908, "ca"},
    {910, 928, "ca"},
    {930, 961, "ca"},
    {962, 966, "ap"},
    {967, 968, "hi"},
    {969, 969, "gu"}, // shared with MP, PW, FM and MH: see Zips
    {970, 979, "or"},
    {980, 986, "wa"},
    {988, 994, "wa"},
    {995, 999, "ak"},
};

// Five-digit ZIP codes whose state differs from their prefix's: territories that share a
// prefix, and places served across a state line. Sorted and disjoint.
constexpr Range Zips[] = {
    {6390, 6390, "ny"}, // Fishers Island, in a Connecticut prefix
    {20588, 20588, "md"}, // federal agencies inside the DC prefix 205
    {20598, 20598, "va"},
    {73960, 73960, "tx"}, // Texhoma, in an Oklahoma prefix
    {83414, 83414, "wy"}, // Alta, in an Idaho prefix
    {96799, 96799, "as"}, // American Samoa, in a Hawaii prefix
    {96939, 96940, "pw"},
    {96941, 96944, "fm"},
    {96950, 96952, "mp"},
    {96960, 96960, "mh"},
    {96970, 96970, "mh"},
};
// clang-format on

template<std::size_t N> constexpr bool sortedAndDisjoint(const Range (&ranges)[N])
{
    for (std::size_t i = 0; i < N; ++i) {
        if (ranges[i].first > ranges[i].last)
            return false;
        if (i > 0 && ranges[i - 1].last >= ranges[i].first)
            return false;
    }
    return true;
}

static_assert(sortedAndDisjoint(Prefixes), "ZIP prefix ranges must be sorted and disjoint");
static_assert(sortedAndDisjoint(Zips), "ZIP exceptions must be sorted and disjoint");

template<std::size_t N> const char *lookup(const Range (&ranges)[N], int key)
{
    // The first range that ends at or after key; it holds key if it also starts at or before it.
    const Range *it = std::lower_bound(std::begin(ranges), std::end(ranges), key,
                                       [](const Range &range, int value) { return range.last < value; });
    return it != std::end(ranges) && it->first <= key ? it->state : nullptr;
}

// The five digits of "NNNNN" or "NNNNN-NNNN", or -1.
int zipNumber(const QString &zip)
{
    const qsizetype length = zip.size();
    if (length != 5 && length != 10)
        return -1;
    int number = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = zip.at(i);
        if (i == 5) {
            if (c != QLatin1Char('-'))
                return -1;
        } else if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return -1;
        } else if (i < 5) {
            number = number * 10 + (c.unicode() - '0');
        }
    }
    return number;
}

} // namespace

QString GeoTable::stateForZip(const QString &zip)
{
    const int number = zipNumber(zip.trimmed());
    if (number < 0)
        return QString();
    const char *state = lookup(Zips, number);
    if (!state)
        state = lookup(Prefixes, number / 100);
    return state ? QLatin1String(state) : QString();
}

QStringList GeoTable::expandGeo(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() != 8 || !trimmed.startsWith(QLatin1String("us-"), Qt::CaseInsensitive)
        || zipNumber(trimmed.mid(3)) < 0)
        return {value};
    const QString state = stateForZip(trimmed.mid(3));
    if (state.isEmpty())
        return {trimmed, QStringLiteral("us")};
    return {trimmed, QStringLiteral("us-") + state, QStringLiteral("us")};
}
