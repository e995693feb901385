#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-checks the names that tie the desktop integration together: a mismatch between the desktop
# file, the metainfo, the MIME type, the icon and the binary passes each validator on its own but
# leaves a launcher without an icon, a software centre entry that cannot start the app, or a
# workspace file that does not open on a double-click.
set -uo pipefail
root=$1
version=$2
linux=$root/packaging/linux
desktop=$linux/webhook-configurator.desktop
mime=$linux/webhook-configurator-mime.xml
metainfo=$(ls "$linux"/*.metainfo.xml)

failures=0
passes=0
check() { # check DESCRIPTION ACTUAL EXPECTED
    if [ "$2" = "$3" ]; then
        passes=$((passes + 1))
    else
        echo "FAIL: $1: got '$2', expected '$3'"
        failures=$((failures + 1))
    fi
}
desktop_key() { sed -n "s/^$1=//p" "$desktop"; }
xml_values() { sed -n "s|.*<$1[^>]*>\([^<]*\)</${1%% *}>.*|\1|p" "$2"; }

binary=$(sed -n 's/^add_executable(\([^ )]*\).*/\1/p' "$root/app/CMakeLists.txt" | head -n 1)
check "binary target in app/CMakeLists.txt" "$binary" webhook-configurator

exec_line=$(desktop_key Exec)
check "desktop Exec program" "${exec_line%% *}" "$binary"
check "desktop Exec takes one file (%f)" "${exec_line#* }" "%f"
check "desktop StartupWMClass" "$(desktop_key StartupWMClass)" "$binary"
icon=$(desktop_key Icon)
check "desktop Icon" "$icon" "$binary"
check "metainfo stock icon" "$(xml_values 'icon type="stock"' "$metainfo")" "$icon"
check "MIME type icon" "$(sed -n 's|.*<icon name="\([^"]*\)"/>.*|\1|p' "$mime")" "$icon"
check "installed SVG icon name" \
    "$(grep -c "RENAME $icon.svg" "$root/packaging/linux/Linux.cmake")" 1

id=$(xml_values id "$metainfo")
check "metainfo file name" "$(basename "$metainfo")" "$id.metainfo.xml"
check "metainfo launchable" "$(xml_values 'launchable type="desktop-id"' "$metainfo")" "$(basename "$desktop")"
check "metainfo provided binary" "$(xml_values binary "$metainfo")" "$binary"

mime_types=$(sed -n 's|.*<mime-type type="\([^"]*\)">.*|\1|p' "$mime")
check "desktop MimeType" "$(desktop_key MimeType)" "$mime_types;"
check "metainfo provided media type" "$(xml_values mediatype "$metainfo")" "$mime_types"

latest_release=$(sed -n 's|.*<release version="\([^"]*\)".*|\1|p' "$metainfo" | head -n 1)
check "metainfo newest release (bump it with project(VERSION))" "$latest_release" "$version"

screenshots=$(xml_values 'image type="source"' "$metainfo")
check "metainfo has screenshots" "$([ -n "$screenshots" ] && echo yes)" yes
for url in $screenshots; do
    file=docs/screenshots/${url##*/docs/screenshots/}
    check "screenshot URL $url names a file in docs/screenshots" "${url%/"$file"}/$file" "$url"
    signature=$(head -c 8 "$root/$file" 2>/dev/null | od -An -tx1 | tr -d ' \n')
    check "$file exists and is a PNG" "$signature" 89504e470d0a1a0a
done

echo "packaging_consistency: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
