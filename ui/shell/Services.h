// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

#include <memory>

class PixelStore;
class SandboxReceiver;

// The long-lived engine objects the panes share: one local sandbox receiver and one
// fired-pixels store. Owned by the main window; panes get a pointer and never own it.
class Services final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Services)

public:
    explicit Services(QObject *parent = nullptr);
    ~Services() override;

    SandboxReceiver *receiver() const { return m_receiver; }
    // Null until openPixelStore() succeeded.
    PixelStore *pixelStore() const;

    // Listens on 127.0.0.1:port (0: any free port). On failure the receiver stays stopped and
    // error says why (typically: the port is taken by another program).
    bool startReceiver(quint16 port, QString *error);
    // Stops listening (requests in flight get their connection closed); the log is kept.
    void stopReceiver();
    // The port the receiver was last started on from its panel, kept in the settings; the
    // default port (the one the sample workspace aims at) until then.
    static quint16 savedReceiverPort();
    static void saveReceiverPort(quint16 port);
    bool openPixelStore(const QString &path, QString *error);

    // Tells the panes that a call was recorded or deleted in the store.
    void notifyPixelStoreChanged() { emit pixelStoreChanged(); }

signals:
    void receiverStateChanged();
    void pixelStoreChanged();

private:
    SandboxReceiver *m_receiver;
    std::unique_ptr<PixelStore> m_pixelStore;
};
