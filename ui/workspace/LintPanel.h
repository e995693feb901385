// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "lint/LintFinding.h"
#include "model/Workspace.h"

#include <QFutureWatcher>
#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class WorkspaceModel;

// The problems list (issue 5 item 8): every WorkspaceLinter finding for the workspace, the same
// findings `validate` prints, with a severity icon, the message and where it is. The workspace
// is linted in a worker thread a moment after changes stop, so typing never waits for it and the
// first lint comes after the window is up. Activating a finding (double-click, Enter) emits
// findingActivated, for the window to open the object and put the cursor on the field. The
// findings are listed errors first, then warnings, then hints; each group in tree order.
class LintPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LintPanel)

public:
    // How long after the last change the workspace is linted again.
    static constexpr int kDelayMs = 300;

    explicit LintPanel(QWidget *parent = nullptr);
    ~LintPanel() override;

    // Lints model's workspace now (in the background) and after every change; model outlives us.
    void setModel(WorkspaceModel *model);

    // In the order listed: by severity, then by place.
    QList<LintFinding> findings() const { return m_findings; }
    int count(LintSeverity severity) const;
    // "2 errors, 5 warnings, 1 hint", or "No problems".
    QString summary() const;
    // Whether a lint is waiting or running: the list may be about to change.
    bool isBusy() const;

    QTreeWidget *view() const { return m_view; }
    // Where a finding points, for people: "Solar leads › Send lead › body".
    static QString placeText(const Workspace &workspace, const LintLocation &location);

signals:
    void findingActivated(const LintFinding &finding);
    // A lint finished and the list shows its findings.
    void findingsChanged();

private:
    void schedule();
    void start();
    void finished();
    void showFindings();
    void applyFilter();
    void activate(QTreeWidgetItem *item);

    WorkspaceModel *m_model = nullptr;
    QTimer m_delay;
    QFutureWatcher<QList<LintFinding>> m_watcher;
    Workspace m_linted;     // the workspace the findings are about
    bool m_pending = false; // changed while a lint was running
    QList<LintFinding> m_findings;

    QToolButton *m_errors;
    QToolButton *m_warnings;
    QToolButton *m_infos;
    QLabel *m_state;
    QTreeWidget *m_view;
};
