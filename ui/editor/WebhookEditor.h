// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Webhook.h"
#include "workspace/WorkspaceModel.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class MatchRulesEditor;
class PingPostEditor;
class PixelStore;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QUndoStack;
class RequestTemplateEditor;
class TagCatalog;

// The form for one webhook (issue 5 item 2): name; trigger, with when it fires; the timer
// threshold (Timer only); the request (method, URL, headers, body); timeout; enabled; matches
// with their live verdict; ping-post; notes. Company default, campaign, number and buyer
// webhooks all use it.
//
// Every edit becomes an EditWebhookCommand on the undo stack (typing in one field is one step),
// and Undo / Redo in any of its fields act on that stack, not on the field's own history. When
// the model changes under it (undo, redo, edits elsewhere) the form shows the new values,
// touching only the fields that changed, so a cursor stays where it was.
class WebhookEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookEditor)

public:
    explicit WebhookEditor(QWidget *parent = nullptr);
    ~WebhookEditor() override;

    // The model to edit and the stack every edit is pushed on; both outlive the editor.
    void setModel(WorkspaceModel *model, QUndoStack *undoStack);
    // Fired pixels offer their tags too (nullptr: none); reloadPixels() after the store changed.
    void setPixelStore(const PixelStore *store);
    void reloadPixels();

    // Shows the webhook at address; the one shown already stays as it is, cursor and all.
    void setAddress(const WorkspaceModel::Address &address);
    WorkspaceModel::Address address() const { return m_address; }
    bool hasWebhook() const { return m_hasWebhook; }
    // The webhook as the model has it, which the form shows.
    Webhook webhook() const { return m_shown; }

    // Scrolls to, focuses and selects a field, named as the workspace file and the linter name
    // them: "name", "trigger", "timer" / "timer_seconds", "method", "url", "headers",
    // "headers[N].name", "headers[N].value", "body_kind", "body" (at a 1-based line and column,
    // when given), "matches", "matches[N]", "timeout" / "timeout_ms", "enabled", "notes",
    // "ping_post" / "ping_post.enabled", "ping_post.ping.url" (also "ping_post.url") and the
    // ping's other request fields, "ping_post.amount_path", "ping_post.accepted_path",
    // "ping_post.bid_id_path", "ping_post.minimum_bid". False if there is no such field.
    bool focusField(const QString &field, int line = 0, int column = 0);

    TagCatalog *catalog() const { return m_catalog; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *triggerCombo() const { return m_trigger; }
    QLabel *triggerDescription() const { return m_triggerDescription; }
    QSpinBox *timerSpin() const { return m_timer; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QComboBox *timeoutUnitCombo() const { return m_timeoutUnit; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    RequestTemplateEditor *requestEditor() const { return m_request; }
    MatchRulesEditor *matchesEditor() const { return m_matches; }
    PingPostEditor *pingPostEditor() const { return m_pingPost; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The constructor's parts: the title row, "When" (name, trigger, timeout), the request,
    // matches, ping-post and notes editors, the scrolled page that holds them all, the wiring.
    QLayout *buildHeader();
    void buildWhenForm();
    void buildOtherForms();
    void buildLayout(QLayout *header);
    void connectSignals();

    void modelChanged();
    void load(const Webhook &webhook);
    void clear();
    void updateHeader();
    void updateTriggerRows();
    void alignLabels();
    // Pushes the edit of field (the form's value of that field onto the webhook shown).
    void commit(const QString &field);
    Webhook applied(const QString &field) const;
    int timeoutMs() const;
    void setTimeout(int milliseconds);
    void showTimeout(int unit, int value);
    void focusChanged(QWidget *now);

    QPointer<WorkspaceModel> m_model;
    QPointer<QUndoStack> m_undoStack;
    TagCatalog *m_catalog;     // the webhook's fields: with [ping.*] when it pings first
    TagCatalog *m_pingCatalog; // the ping's fields

    QScrollArea *m_scroll;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFormLayout *m_generalForm;
    QLineEdit *m_name;
    QComboBox *m_trigger;
    QLabel *m_triggerDescription;
    QLabel *m_timerLabel;
    QSpinBox *m_timer;
    QSpinBox *m_timeout;
    QComboBox *m_timeoutUnit;
    QCheckBox *m_enabled;
    RequestTemplateEditor *m_request;
    QFormLayout *m_matchesForm;
    MatchRulesEditor *m_matches;
    PingPostEditor *m_pingPost;
    QFormLayout *m_notesForm;
    QPlainTextEdit *m_notes;

    WorkspaceModel::Address m_address;
    Webhook m_shown;
    bool m_hasWebhook = false;
    bool m_loading = false;
    int m_editSession = 0;                     // edits of one field merge while the focus stays in it
    QHash<QString, QString> m_sampleResponses; // ping sample responses, by webhook id
};
