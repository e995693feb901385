// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Webhook.h"
#include "tokens/RenderReport.h"
#include "tokens/RenderedRequest.h"
#include "workspace/WorkspaceModel.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QUndoStack;
class SampleCallEditor;

// The preview (issue 5 item 7): the workspace's sample call as an editable tag list, and the
// exact request the selected webhook would send with those tags (method, URL, headers, body),
// with what went wrong while rendering it, and "Copy as cURL" for a POSIX shell.
//
// Edits of the sample call are undo commands and saved with the workspace. Rendering waits a
// moment after changes stop, happens only while the pane is visible, and runs in a worker
// thread: compiling a 5 MB JSON body takes a tenth of a second, which typing must not wait for.
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    // Longer bodies are shown cut (Copy as cURL still copies all of it).
    static constexpr qsizetype kShownBodyBytes = 64 * 1024;
    static constexpr int kDelayMs = 120;

    explicit PreviewPane(QWidget *parent = nullptr);

    // model and stack outlive the pane.
    void setModel(WorkspaceModel *model, QUndoStack *stack);
    // The object selected in the tree; only a webhook has a request to show.
    void setAddress(const WorkspaceModel::Address &address);

    bool hasRequest() const { return m_hasRequest; }
    // Whether a render is waiting or running: what is shown is about to change.
    bool isRendering() const;
    RenderedRequest request() const { return m_request; }
    RenderReport report() const { return m_report; }
    // The request as shown: request line, headers, a blank line, the body.
    QString requestText() const;
    // Puts the curl command on the clipboard, of the request as it is now (waiting for a render
    // under way); false (and a status message) if it cannot be sent or written as a command.
    bool copyAsCurl();

    // Side by side (docked above or below the pages) or one above the other (docked at a side).
    void setOrientation(Qt::Orientation orientation);

    SampleCallEditor *sampleCallEditor() const { return m_sampleCall; }
    QPushButton *copyCurlButton() const { return m_copyCurl; }
    QLabel *problemsLabel() const { return m_problems; }

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Rendered
    {
        int generation = 0;
        RenderedRequest request;
        RenderReport report;
    };

    void modelChanged();
    void sampleCallEdited(const TagMap &tags);
    void render();
    void rendered();
    void showRequest();

    WorkspaceModel *m_model = nullptr;
    QUndoStack *m_stack = nullptr;
    WorkspaceModel::Address m_address;
    QTimer m_delay;
    bool m_stale = true;
    QFutureWatcher<Rendered> m_watcher;
    int m_generation = 0;     // of the render whose result is wanted
    bool m_rendering = false; // that render has not come back yet

    // What the shown (or coming) request is rendered from, to skip renders that change nothing.
    Webhook m_webhook;
    TagMap m_tags;
    bool m_hasRequest = false;
    RenderedRequest m_request;
    RenderReport m_report;

    SampleCallEditor *m_sampleCall;
    QSplitter *m_splitter;
    QLabel *m_title;
    QLabel *m_problems;
    QPlainTextEdit *m_view;
    QPushButton *m_copyCurl;
};
