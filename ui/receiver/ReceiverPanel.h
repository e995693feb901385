// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPair>
#include <QWidget>

class QLabel;
class QLayout;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;
class Services;

// The local sandbox receiver's controls: start and stop it, pick its port, see its base URL,
// and script what its endpoints answer (method or *, path, status, delay, content type, body),
// so slow, failing and bidding servers can be rehearsed offline. Every edit goes to the
// receiver at once; the scripts are kept in QSettings and applied again at the next start.
class ReceiverPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverPanel)

public:
    // One scripted endpoint, as a row of the table shows it.
    struct Script
    {
        QString method = QStringLiteral("*");
        QString path;
        int status = 200;
        int delayMs = 0;
        QString contentType = QStringLiteral("application/json");
        QByteArray body;

        bool operator==(const Script &o) const
        {
            return method == o.method && path == o.path && status == o.status && delayMs == o.delayMs
                   && contentType == o.contentType && body == o.body;
        }
    };

    enum class Preset
    {
        Slow,
        ServerError,
        NotFound,
        Bid
    };
    enum Column
    {
        Method,
        Path,
        Status,
        Delay,
        ContentType,
        Body,
        ColumnCount
    };

    explicit ReceiverPanel(Services *services, QWidget *parent = nullptr);
    ~ReceiverPanel() override;

    QList<Script> scripts() const;
    // Replaces every row and applies them.
    void setScripts(const QList<Script> &scripts);
    // Appends a row, applies it and selects it.
    void addScript(const Script &script);
    // The rows the receiver refused, as "Row 2: ...", in row order.
    QStringList scriptErrors() const { return m_errors; }

    // "Slow (6 s)", "Server error 500", "Not found 404", "Bid 12.50 (ping)".
    static Script preset(Preset preset);
    static QString presetName(Preset preset);

    // "Listening on http://127.0.0.1:8377 — loopback only; ..." or why it is stopped.
    QString stateText() const;

private:
    // The constructor's parts: the receiver's state and controls, the reply table, the buttons
    // below it, the box of scripted replies, the wiring.
    QWidget *buildReceiverBox();
    void buildReplyTable();
    QLayout *buildReplyButtons();
    QWidget *buildScriptsBox(QLayout *buttonRow);
    void connectSignals();

    void startOrStop();
    void updateState();
    void setRow(int row, const Script &script);
    Script scriptAt(int row) const;
    void onItemChanged();
    void onCurrentRowChanged();
    void onBodyEdited();
    void removeSelected();
    // Sends every row to the receiver again, marks the rows it refused, saves the scripts.
    void apply();
    void save() const;
    void load();

    Services *m_services;
    QLabel *m_stateIcon;
    QLabel *m_state;
    QSpinBox *m_port;
    QPushButton *m_startStop;
    QToolButton *m_copyUrl;
    QLabel *m_startError;
    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_presets;
    QLabel *m_bodyLabel;
    QPlainTextEdit *m_body;
    QLabel *m_errorLabel;

    QStringList m_errors;
    QList<QPair<QString, QString>> m_applied; // (method, path) keys set on the receiver
    bool m_updating = false;
};
