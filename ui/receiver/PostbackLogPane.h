// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class BodyViewer;
class QLabel;
class QLayout;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class ReceivedRequestModel;
class ReceiverPanel;
class Services;
class WorkspaceModel;
struct ReceivedRequest;

// The "Postback log" page: every request the local receiver got (publisher postbacks,
// data-writing calls, webhooks aimed at it), live; for the selected one its payload
// pretty-printed, its headers and the tags parsed from it. The receiver's panel (start, stop,
// port, scripted replies) sits on the right.
class PostbackLogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostbackLogPane)

public:
    PostbackLogPane(Services *services, WorkspaceModel *model, QWidget *parent = nullptr);
    ~PostbackLogPane() override;

    ReceivedRequestModel *requestModel() const { return m_requests; }
    ReceiverPanel *receiverPanel() const { return m_receiverPanel; }

    // Shows the request at row (or nothing for -1) in the detail tabs.
    void selectRow(int row);
    // Empties the log, the receiver's own included.
    void clear();
    // Puts the selected request's payload, as received, on the clipboard.
    void copyPayload();
    // Adds a scripted reply for the selected request's method and path to the receiver panel.
    void scriptReplyForSelected();

private:
    // The constructor's parts: the count and buttons, the request table, the selected request's
    // summary and tabs, the log beside the receiver panel, the wiring.
    QLayout *buildToolRow();
    void buildTable();
    QWidget *buildDetail();
    void buildLayout(QLayout *toolRow, QWidget *detail);
    void connectSignals();

    void onRequestReceived(const ReceivedRequest &request);
    void showCurrent();
    void updateCount();

    Services *m_services;
    WorkspaceModel *m_model;
    ReceivedRequestModel *m_requests;
    QLabel *m_count;
    QPushButton *m_clearButton;
    QPushButton *m_copyButton;
    QTableView *m_table;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    BodyViewer *m_payload;
    QTableWidget *m_headers;
    QTableWidget *m_tags;
    QLabel *m_noTags;
    ReceiverPanel *m_receiverPanel;
};
