// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "net/ReceivedRequest.h"
#include "net/ScriptedReply.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>

#include <list>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QTcpServer;
class QTcpSocket;

// The local sandbox receiver (SPEC 7): an HTTP server on 127.0.0.1 only. Endpoints answer
// what the user scripted; everything else gets 200 "{}". Every request is logged (the postback
// log), newest last, up to maxRecorded() entries. A request body over maxBodyBytes() is answered
// 413 and not kept; one far over it (by kMaxHeadBytes) is cut off as it arrives, so that memory
// stays bounded whatever a client sends.
class SandboxReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxReceiver)

public:
    static constexpr quint16 kDefaultPort = 8377;
    static constexpr qint64 kDefaultMaxBodyBytes = qint64(10) * 1024 * 1024;
    static constexpr int kDefaultMaxRecorded = 10000;
    // Allowance for the request line and headers on top of the body limit.
    static constexpr qint64 kMaxHeadBytes = qint64(64) * 1024;

    explicit SandboxReceiver(QObject *parent = nullptr);
    ~SandboxReceiver() override;

    // Binds 127.0.0.1:port (0 picks a free port), closing any previous socket first.
    // On failure returns false and errorString() says why.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    // "http://127.0.0.1:PORT", or empty when not listening.
    QString baseUrl() const;
    QString errorString() const { return m_error; }

    // method is an HTTP method or "*" for any; path is matched exactly (no query), e.g. "/hook".
    // Returns false on a bad script and errorString() says what is wrong.
    bool setReply(const QString &method, const QString &path, const ScriptedReply &reply);
    void removeReply(const QString &method, const QString &path);
    void clearReplies();

    QList<ReceivedRequest> requests() const { return m_requests; }
    void clear() { m_requests.clear(); }
    // The log drops its oldest entries beyond this many.
    void setMaxRecorded(int count);
    int maxRecorded() const { return m_maxRecorded; }
    // Request bodies over this many bytes are answered 413 and not kept.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

signals:
    void requestReceived(const ReceivedRequest &request);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct PendingReply;

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    // Counts what a connection sends before QHttpServer buffers it; cuts a request off past the limit.
    void watch(QTcpSocket *socket);
    void cutOff(QTcpSocket *socket);
    void record(const ReceivedRequest &request);
    ScriptedReply replyFor(const QString &method, const QString &path) const;
    void startReply(QTcpSocket *socket, const ScriptedReply &reply, bool headOnly);
    void advance(PendingReply *pending);
    void finish(PendingReply *pending);

    QHttpServer *m_server;
    QTcpServer *m_tcpServer = nullptr; // owned by m_server once bound
    QString m_error;
    QHash<QPair<QString, QString>, ScriptedReply> m_replies; // by (method or "*", path)
    QList<ReceivedRequest> m_requests;
    int m_maxRecorded = kDefaultMaxRecorded;
    qint64 m_maxBodyBytes = kDefaultMaxBodyBytes;
    std::list<std::unique_ptr<PendingReply>> m_pending; // delayed or trickled replies
};
