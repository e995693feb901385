// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Exit codes of the headless commands (SPEC 8).
enum ExitCode : int
{
    ExitSuccess = 0,
    ExitFindings = 1, // ran fine, but found problems (lint findings, failed webhooks)
    ExitBadInput = 2, // the input could not be used; a specific message went to stderr
};
