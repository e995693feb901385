// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/CallResult.h"
#include "call/ScenarioBuilder.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class CallSession;
class ExchangeDetailView;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QToolButton;
class Responder;
class Services;
class StepListModel;
class WorkspaceModel;

// The "Test fire" page: the vendor's Test Fire wizard, but for a whole call. The form on the
// left sets up the call (campaign, number, routing attempts, affiliate, tags, talk time,
// conversion, postbacks); Fire runs its whole lifecycle against the network, Simulate the same
// with canned 200 responses and nothing on the wire. Each webhook's row streams into the table
// as the call runs; Cancel stops what is in flight. Every run is recorded in the shared
// fired-pixels store.
class TestFirePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestFirePane)

public:
    TestFirePane(WorkspaceModel *model, Services *services, QWidget *parent = nullptr);
    ~TestFirePane() override;

    // The call the form describes; problems with the form (bad tag lines, ...) go to errors.
    TestCallSetup setup(QStringList *errors) const;
    // Fills the form. An unknown campaign leaves the campaign as it is.
    void setSetup(const TestCallSetup &setup);
    // Fills the form with the current campaign's call from the workspace's sample call
    // (ScenarioBuilder::setupFromSampleCall, which the command line uses too). The form starts
    // so, and follows the sample call until the user edits it.
    void startFromSampleCall();
    // What the warning under the routing says before the call runs (ScenarioBuilder::
    // courseWarnings): a call no buyer answers cannot convert. Empty when none.
    QStringList courseWarnings() const { return m_courseWarnings; }

    void fire();
    void simulate();
    void cancel();
    bool isRunning() const { return m_running; }

    StepListModel *stepModel() const { return m_steps; }
    // The id of the call being run or last run in the fired-pixels store; empty before any run.
    QString callId() const { return m_callId; }
    // What the message box above the table shows: errors that stopped a run, or the call's
    // warnings (data leaks, ...).
    QStringList messages() const { return m_messages; }
    // "Finished in 1.2 s: ...", "Cancelled after ...", "Firing: 3 of 14 webhooks ..."
    QString statusText() const;

signals:
    void runFinished(const CallResult &result);

private:
    enum class Mode
    {
        Fire,
        Simulate
    };
    enum class MessageKind
    {
        Warning,
        Error
    };

    QWidget *createSetupPanel();
    QWidget *createResultsPanel();
    void reloadWorkspace();
    void reloadNumbers();
    void resetRouting();
    void updateConvertedHint();
    void updateCourseWarning();
    void markEdited();
    void fillForm(const TestCallSetup &setup);
    void addRoutingRow(const QString &buyerId, bool answered);
    void addPostbackRow(int atSecond, const QString &tags);
    void removeSelectedRow(QTableWidget *table);

    void run(Mode mode);
    void onStepStarted(int index);
    void onStepFinished(int index);
    void onFinished(const CallResult &result);
    void fillRowsBefore(int index);
    void setRunning(bool running);
    void updateProgress();
    void showMessages(const QStringList &messages, MessageKind kind);
    void showCurrentStep();

    WorkspaceModel *m_model;
    Services *m_services;

    QComboBox *m_campaign;
    QComboBox *m_number;
    QComboBox *m_publisher;
    QLineEdit *m_caller;
    QTableWidget *m_routing;
    QToolButton *m_addAttempt;
    QToolButton *m_removeAttempt;
    QSpinBox *m_duration;
    QCheckBox *m_converted;
    QLabel *m_convertedHint;
    QLabel *m_courseWarning;
    QPushButton *m_sampleCallButton;
    QTableWidget *m_postbacks;
    QToolButton *m_addPostback;
    QToolButton *m_removePostback;
    QPlainTextEdit *m_tags;
    QPushButton *m_fireButton;
    QPushButton *m_simulateButton;
    QPushButton *m_cancelButton;

    QLabel *m_title;
    QLabel *m_notes;
    QProgressBar *m_progress;
    QLabel *m_status;
    QFrame *m_messageFrame;
    QLabel *m_messageLabel;
    QTableView *m_table;
    ExchangeDetailView *m_detail;
    StepListModel *m_steps;

    // Destroyed in reverse order: the session before the responder it uses.
    std::unique_ptr<Responder> m_responder;
    std::unique_ptr<CallSession> m_session;
    Mode m_mode = Mode::Fire;
    bool m_running = false;
    QString m_callId;
    QStringList m_messages;
    QStringList m_courseWarnings;
    // The form is the sample call's, untouched: it follows edits of the sample call.
    bool m_followsSampleCall = true;
    bool m_filling = false; // the form is being filled by code, not edited
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    CallResult m_lastResult;
};
