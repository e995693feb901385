#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Compiles the workspace MIME type with update-mime-database, as the shared-mime-info trigger does
# on install, and checks what file managers will see: the glob, the JSON parent type, the icon.
set -euo pipefail
source_xml=$1
type=application/x-webhook-workspace

db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
mkdir "$db/packages"
cp "$source_xml" "$db/packages/webhook-configurator.xml"

fail() { echo "FAIL: $*"; exit 1; }

# update-mime-database exits 0 on some malformed input and only complains on stderr.
errors=$(update-mime-database "$db" 2>&1 >/dev/null | grep -v -e "is not in the search path" \
    -e "XDG_DATA_HOME and XDG_DATA_DIRS" -e "environment variables, so applications" \
    -e "be able to find it until" -e "directories currently searched" -e "^- " -e "^$" || true)
[ -z "$errors" ] || fail "update-mime-database: $errors"
[ -f "$db/application/x-webhook-workspace.xml" ] || fail "$type was not compiled"

globs=$(grep -v '^#' "$db/globs2")
[ "$globs" = "50:$type:*.webhooks.json" ] || fail "globs2 should hold only *.webhooks.json, has: $globs"
grep -qx "$type application/json" "$db/subclasses" || fail "$type is not a subclass of application/json"
grep -qx "$type:webhook-configurator" "$db/icons" || fail "$type has no webhook-configurator icon"
grep -q "<comment>Webhook Configurator workspace</comment>" "$db/application/x-webhook-workspace.xml" ||
    fail "$type has no comment"
echo "PASS: $type compiles, globs *.webhooks.json, inherits application/json"
