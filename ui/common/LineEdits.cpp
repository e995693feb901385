// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/LineEdits.h"

#include "common/SingleLineGuard.h"

#include <QLineEdit>

void LineEdits::setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const int cursor = edit->cursorPosition();
    if (SingleLineGuard *guard = SingleLineGuard::of(edit))
        guard->accept(text); // the model's value, not an edit: never refused
    edit->setText(text);
    edit->setCursorPosition(qMin(cursor, int(text.size())));
}
