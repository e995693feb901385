// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "call/Responder.h"

#include <QObject>
#include <QSslCertificate>

#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

// Fires requests for real (SPEC 6) over the thread's shared QNetworkAccessManager, so
// connections are reused across requests and across responders of one thread.
// - The timeout is a total deadline per send(), across every redirect hop, that really aborts.
// - Redirects are followed hop by hop, each hop its own Exchange: at most kMaxRedirects, never
//   to a less safe scheme, credentials dropped when the origin changes.
// - TLS errors fail the request with every certificate problem; they are never ignored.
// - Response bodies are cut at kMaxBodyBytes.
// done is called exactly once per send(), also on cancelAll() and on destruction.
// Use a responder only from the thread that created it.
class NetworkResponder final : public QObject, public Responder
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkResponder)

public:
    static constexpr int kMaxRedirects = 5;
    static constexpr qint64 kMaxBodyBytes = qint64(10) * 1024 * 1024;
    static constexpr int kDefaultTimeoutMs = 5000; // for requests with no positive timeoutMs

    explicit NetworkResponder(QObject *parent = nullptr);
    ~NetworkResponder() override;

    void send(const RenderedRequest &request, const QString &webhookName, Done done) override;
    void cancelAll() override;

    // Requests sent whose done has not been called yet.
    int inFlight() const { return int(m_jobs.size()); }
    // Certificate authorities trusted in addition to the system's (e.g. a company's internal CA).
    void addCaCertificates(const QList<QSslCertificate> &certificates);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Job;
    enum class Abort
    {
        Deadline,
        Oversized
    };

    void startHop(quint64 id);
    void readBody(Job &job);
    void hopFinished(quint64 id);
    void abortHop(quint64 id, Abort reason);
    void followRedirect(quint64 id);
    void finishLastHop(Job &job, Exchange::Outcome outcome, const QString &error);
    void complete(quint64 id, Exchange::Outcome outcome, const QString &error);
    void detachReply(Job &job);

    std::shared_ptr<QNetworkAccessManager> m_manager;
    std::map<quint64, std::unique_ptr<Job>> m_jobs;
    quint64 m_nextId = 1;
    QList<QSslCertificate> m_extraCaCertificates;
};
