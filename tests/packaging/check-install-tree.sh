#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a scratch root (DESTDIR, prefix /usr, as the packages do) and checks the
# tree a distribution would ship: layout, icon sizes, the installed desktop file and metainfo
# together (appstreamcli validate-tree), the icon a software centre picks up (appstreamcli compose,
# when installed), and that the installed binary runs.
set -uo pipefail
build=$1
version=$2

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
failures=0
passes=0
pass() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_file() { if [ -f "$root/usr/$1" ]; then pass; else fail "missing /usr/$1"; fi; }
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'; }

if ! DESTDIR=$root cmake --install "$build" --prefix /usr >"$root.log" 2>&1; then
    cat "$root.log"
    rm -f "$root.log"
    echo "FAIL: cmake --install $build"
    exit 1
fi
rm -f "$root.log"

expect_file bin/webhook-configurator
expect_file share/applications/webhook-configurator.desktop
expect_file share/metainfo/invalid.example.webhook_configurator.metainfo.xml
expect_file share/mime/packages/webhook-configurator.xml
expect_file share/icons/hicolor/scalable/apps/webhook-configurator.svg
expect_file share/webhook-configurator/examples/basic-call.json
expect_file share/webhook-configurator/examples/sample-workspace.webhooks.json
expect_file share/man/man1/webhook-configurator.1.gz
expect_file share/doc/webhook-configurator/copyright

# Software centres want 64 and 128, docks 256 and 512, menus and panels the small ones.
for size in 16 22 24 32 48 64 128 256 512; do
    expect_file "share/icons/hicolor/${size}x$size/apps/webhook-configurator.png"
done
for png in "$root"/usr/share/icons/hicolor/*/apps/*.png; do
    dir=${png%/apps/*}
    if [ "$(png_size "$png")" = "${dir##*/}" ]; then pass; else fail "$png is $(png_size "$png"), not ${dir##*/}"; fi
done

# Nothing outside the FHS places above, and nothing the packages would ship by mistake.
unexpected=$(cd "$root/usr" && find . -type f | grep -v -e '^./bin/webhook-configurator$' \
    -e '^./share/applications/' -e '^./share/metainfo/' -e '^./share/mime/packages/' \
    -e '^./share/icons/hicolor/' -e '^./share/webhook-configurator/' -e '^./share/man/man1/webhook-configurator.1.gz$' \
    -e '^./share/doc/webhook-configurator/copyright$')
if [ -z "$unexpected" ]; then pass; else fail "unexpected installed files: $unexpected"; fi
strays=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr)
if [ -z "$strays" ]; then pass; else fail "files installed outside the prefix: $strays"; fi

if output=$(desktop-file-validate "$root/usr/share/applications/webhook-configurator.desktop" 2>&1) && [ -z "$output" ]; then
    pass
else
    fail "desktop-file-validate on the installed file: $output"
fi
if output=$(appstreamcli validate-tree --no-net "$root" 2>&1); then
    pass
else
    fail "appstreamcli validate-tree: $output"
fi
if [ -x /usr/libexec/appstreamcli-compose ]; then
    if output=$(appstreamcli compose --no-net --print-report=full --result-root="$root/compose" \
                --origin=webhook-configurator "$root" 2>&1); then
        pass
    else
        fail "appstreamcli compose: $output"
    fi
    catalog=$(gzip -dc "$root/compose/usr/share/swcatalog/xml/webhook-configurator.xml.gz" 2>/dev/null)
    for size in 64 128; do
        if grep -q "<icon type=\"cached\" width=\"$size\" height=\"$size\">" <<<"$catalog"; then
            pass
        else
            fail "appstreamcli compose found no ${size}x$size icon for the software centre"
        fi
    done
else
    echo "note: appstreamcli compose not installed (Debian: appstream-compose), software-centre icon check skipped"
fi

printed=$("$root/usr/bin/webhook-configurator" --version 2>&1)
if [ "$printed" = "webhook-configurator $version" ]; then
    pass
else
    fail "installed binary --version printed '$printed', expected 'webhook-configurator $version'"
fi

echo "packaging_install_tree: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
