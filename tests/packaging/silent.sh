#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a validator and fails on anything it says, so its hints and warnings fail the test too
# (desktop-file-validate exits 0 on those).
set -uo pipefail
output=$("$@" 2>&1)
status=$?
if [ "$status" -ne 0 ] || [ -n "$output" ]; then
    printf '%s\n' "$output"
    echo "FAIL: $* (exit $status, output above)"
    exit 1
fi
echo "PASS: $* reported nothing"
