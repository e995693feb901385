// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "welcome/WelcomePage.h"

#include "common/StatePalette.h"
#include "net/SandboxReceiver.h"
#include "shell/RecentFiles.h"
#include "shell/Services.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The recent files listed; the File menu has all of them.
constexpr int kRecentShown = 6;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QCommandLinkButton *commandLink(const char *objectName, const QString &icon, const QString &title,
                                const QString &description, QWidget *parent)
{
    auto *button = new QCommandLinkButton(title, description, parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setIcon(QIcon(QStringLiteral(":/icons/") + icon + QStringLiteral(".svg")));
    button->setIconSize(QSize(28, 28));
    // Drawn as a button, so the keyboard focus shows (flat, Fusion draws no focus at all).
    button->setFlat(false);
    return button;
}

} // namespace

WelcomePage::WelcomePage(RecentFiles *recentFiles, Services *services, QWidget *parent)
    : QWidget(parent)
    , m_recentFiles(recentFiles)
    , m_services(services)
    , m_openSample(commandLink("welcomeOpenSample", QStringLiteral("app"), tr("Open the &sample workspace"),
                               tr("A webhook for every trigger, aimed at the local receiver: look around."), this))
    , m_newCampaign(commandLink("welcomeNewCampaign", QStringLiteral("campaign"), tr("&New campaign"),
                                tr("Name it, then add its webhooks or apply a template."), this))
    , m_openFile(commandLink("welcomeOpenFile", QStringLiteral("document-open"), tr("&Open a file..."),
                             tr("A workspace (.json) you or a colleague saved."), this))
    , m_receiver(commandLink("welcomeReceiver", QStringLiteral("receiver-off"), QString(), QString(), this))
    , m_receiverError(new QLabel(this))
    , m_recentTitle(heading(tr("Recent files"), this))
    , m_noRecent(new QLabel(tr("None yet: workspaces you open or save are listed here."), this))
    , m_recentList(new QVBoxLayout)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_receiverError->setObjectName(QStringLiteral("welcomeReceiverError"));
    m_receiverError->setWordWrap(true);
    m_receiverError->hide();
    StatePalette::setTextColor(m_receiverError, StatePalette::State::Error);
    m_noRecent->setWordWrap(true);
    m_noRecent->setForegroundRole(QPalette::PlaceholderText);

    connect(m_openSample, &QAbstractButton::clicked, this, &WelcomePage::openSampleRequested);
    connect(m_newCampaign, &QAbstractButton::clicked, this, &WelcomePage::newCampaignRequested);
    connect(m_openFile, &QAbstractButton::clicked, this, &WelcomePage::openFileRequested);
    connect(m_receiver, &QAbstractButton::clicked, this, &WelcomePage::receiverClicked);
    connect(services, &Services::receiverStateChanged, this, &WelcomePage::updateReceiver);
    connect(recentFiles, &RecentFiles::changed, this, &WelcomePage::updateRecentFiles);

    // Title: what the app is for, in one line.
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(48, 48));
    auto *title = new QLabel(tr("Welcome to Webhook Configurator"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Build the webhooks a call fires, check them against a sample call, test-fire them "
                                   "at the local receiver and read every request and response."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    auto *titleText = new QVBoxLayout;
    titleText->setSpacing(2);
    titleText->addWidget(title);
    titleText->addWidget(subtitle);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(14);
    titleRow->addWidget(icon, 0, Qt::AlignTop);
    titleRow->addLayout(titleText, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addWidget(buildStartColumn(), 3);
    columns->addWidget(buildSideColumn(), 2);

    // A readable width in the middle of a wide window; all of a narrow one.
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("welcomeContent"));
    content->setMaximumWidth(920);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(18);
    contentLayout->addLayout(titleRow);
    contentLayout->addLayout(columns);

    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(content, 100);
    centred->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addLayout(centred);
    layout->addStretch(1);

    updateReceiver();
    updateRecentFiles();
    setFocusProxy(m_openSample);
}

QWidget *WelcomePage::buildStartColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(heading(tr("Start"), column));
    layout->addWidget(m_openSample);
    layout->addWidget(m_newCampaign);
    layout->addWidget(m_openFile);
    layout->addWidget(m_receiver);
    layout->addWidget(m_receiverError);
    layout->addStretch(1);
    return column;
}

QWidget *WelcomePage::buildSideColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_recentTitle->setObjectName(QStringLiteral("welcomeRecentTitle"));
    layout->addWidget(m_recentTitle);
    layout->addWidget(m_noRecent);
    m_recentList->setSpacing(0);
    layout->addLayout(m_recentList);

    layout->addSpacing(16);
    layout->addWidget(heading(tr("Help"), column));
    auto *helpText =
        new QLabel(tr("The guide walks through building a webhook, tokens, templates, simulating a call, test "
                      "firing and reading what was sent. It is always under Help > Guide (F1)."),
                   column);
    helpText->setWordWrap(true);
    layout->addWidget(helpText);
    auto *buttons = new QHBoxLayout;
    auto *guide = new QPushButton(tr("Read the &guide"), column);
    guide->setObjectName(QStringLiteral("welcomeGuide"));
    connect(guide, &QPushButton::clicked, this, &WelcomePage::guideRequested);
    auto *skip = new QPushButton(tr("&Continue to the workspace"), column);
    skip->setObjectName(QStringLiteral("welcomeContinue"));
    skip->setToolTip(tr("Leave this page (Esc); Help > Welcome Page brings it back"));
    connect(skip, &QPushButton::clicked, this, &WelcomePage::dismissRequested);
    buttons->addWidget(guide);
    buttons->addWidget(skip);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return column;
}

QString WelcomePage::receiverError() const
{
    return m_receiverError->isHidden() ? QString() : m_receiverError->text();
}

void WelcomePage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit dismissRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WelcomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_receiverError->hide(); // an old failure; the button says how things are now
    updateReceiver();
}

void WelcomePage::receiverClicked()
{
    if (m_services->receiver()->isListening()) {
        emit postbackLogRequested();
        return;
    }
    const quint16 port = Services::savedReceiverPort();
    QString error;
    if (m_services->startReceiver(port, &error)) {
        m_receiverError->hide();
        return;
    }
    m_receiverError->setText(tr("The receiver could not start on port %1: %2. Another program may be using the "
                                "port: choose another in the Postback log page.")
                                 .arg(port)
                                 .arg(error));
    m_receiverError->show();
}

void WelcomePage::updateReceiver()
{
    const SandboxReceiver *receiver = m_services->receiver();
    if (receiver->isListening()) {
        m_receiver->setIcon(QIcon(QStringLiteral(":/icons/receiver-on.svg")));
        m_receiver->setText(tr("Show the &postback log"));
        m_receiver->setDescription(tr("Listening on 127.0.0.1:%1: see what it received.").arg(receiver->port()));
    } else {
        m_receiver->setIcon(QIcon(QStringLiteral(":/icons/receiver-off.svg")));
        m_receiver->setText(tr("Start the local &receiver"));
        m_receiver->setDescription(
            tr("Answers test fires on 127.0.0.1:%1, offline.").arg(Services::savedReceiverPort()));
    }
}

void WelcomePage::updateRecentFiles()
{
    while (QLayoutItem *item = m_recentList->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList files = m_recentFiles->files().mid(0, kRecentShown);
    m_noRecent->setVisible(files.isEmpty());
    for (const QString &fileName : files) {
        const QFileInfo info(fileName);
        // The name to pick it by, then where it is; the whole path in the tooltip.
        const QString folder = fontMetrics().elidedText(QDir::toNativeSeparators(info.absolutePath()), Qt::ElideMiddle,
                                                        fontMetrics().averageCharWidth() * 40);
        auto *button = new QCommandLinkButton(info.fileName(), folder, this);
        button->setObjectName(QStringLiteral("welcomeRecentFile"));
        button->setIcon(QIcon(QStringLiteral(":/icons/document-open.svg")));
        button->setIconSize(QSize(16, 16));
        button->setToolTip(QDir::toNativeSeparators(fileName));
        connect(button, &QAbstractButton::clicked, this, [this, fileName] { emit openRecentRequested(fileName); });
        m_recentList->addWidget(button);
    }
}
