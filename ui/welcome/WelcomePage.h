// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QVBoxLayout;
class RecentFiles;
class Services;

// The first thing a new user sees (issue 13 item 5), and Help > Welcome Page later: open the
// sample, add a campaign, open a file (or a recent one), start the local receiver, read the
// guide. Plain widgets, every one reachable with Tab and Enter. It starts the receiver itself
// (on the port the receiver's panel last used) and follows the recent files and the receiver's
// state; what needs the window is asked for with a signal.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    // Both outlive the page.
    WelcomePage(RecentFiles *recentFiles, Services *services, QWidget *parent = nullptr);

    // Why the receiver did not start, until it starts or the page is shown again; empty if it did.
    QString receiverError() const;

signals:
    void openSampleRequested();
    void newCampaignRequested();
    void openFileRequested();
    void openRecentRequested(const QString &fileName);
    void postbackLogRequested();
    void guideRequested();
    // "Continue to the workspace", or Escape.
    void dismissRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildStartColumn();
    QWidget *buildSideColumn();
    void receiverClicked();
    void updateReceiver();
    void updateRecentFiles();

    RecentFiles *m_recentFiles;
    Services *m_services;
    QCommandLinkButton *m_openSample;
    QCommandLinkButton *m_newCampaign;
    QCommandLinkButton *m_openFile;
    QCommandLinkButton *m_receiver;
    QLabel *m_receiverError;
    QLabel *m_recentTitle;
    QLabel *m_noRecent;
    QVBoxLayout *m_recentList;
};
