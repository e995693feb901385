// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "help/HelpGuide.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

const QUrl &HelpGuide::pageUrl()
{
    static const QUrl url(QStringLiteral("qrc:/help/guide.html"));
    return url;
}

HelpGuide::HelpGuide(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpGuide"));
    setWindowTitle(tr("Webhook Configurator Guide"));
    setModal(false);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    // Links inside the guide move within it; any other (none today) opens in the browser.
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(pageUrl());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *home = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    home->setObjectName(QStringLiteral("helpHome"));
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    // Beside a 1024x700 window it still fits the screen.
    QSize size(720, 600);
    if (const QScreen *shown = parent ? parent->screen() : screen())
        size = size.boundedTo(shown->availableGeometry().size() - QSize(40, 60));
    resize(size);
}
