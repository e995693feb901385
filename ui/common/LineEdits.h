// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QLineEdit;
class QString;

// What the editors do alike to their line edits.
class LineEdits final
{
public:
    LineEdits() = delete;

    // Sets text when it differs, keeping the cursor where it was (within the new text): an editor
    // refreshed by undo, redo or its own edit must not throw the cursor to the end. A field's
    // SingleLineGuard takes the text as the model's, so a loaded line break is shown, not refused.
    static void setTextKeepingCursor(QLineEdit *edit, const QString &text);
};
