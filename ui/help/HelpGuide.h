// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QTextBrowser;

// Help > Guide: the short task-oriented guide for ops staff, a page bundled in the program
// (qrc:/help/guide.html), so it works offline and always matches the version. A window of its
// own, not modal, so it can stay open beside the workbench while the user follows it.
class HelpGuide final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpGuide)

public:
    static const QUrl &pageUrl();

    explicit HelpGuide(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
