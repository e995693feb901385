// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "net/NetworkResponder.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimerEvent>
#include <QUrl>

// One send(): its deadline, the hops done so far and the hop in flight.
struct NetworkResponder::Job
{
    Done done;
    int timeoutMs = kDefaultTimeoutMs;
    QBasicTimer deadline; // one total deadline for every hop
    QList<Exchange> hops;
    int redirects = 0;

    // The hop in flight.
    RenderedRequest request;
    QUrl url;
    QPointer<QNetworkReply> reply;
    Exchange exchange;
    QElapsedTimer clock;
    // Milliseconds since the hop started, -1 until the event happens.
    double connectingAt = -1;
    double encryptedAt = -1;
    double sentAt = -1;
    double headersAt = -1;
    QStringList tlsErrors;
};

// One manager per thread, shared by the responders alive in it, so connections are reused.
static std::shared_ptr<QNetworkAccessManager> threadManager()
{
    thread_local std::weak_ptr<QNetworkAccessManager> shared;
    std::shared_ptr<QNetworkAccessManager> manager = shared.lock();
    if (!manager) {
        // Deleted later: the last responder may go away inside a signal of one of its replies.
        manager = std::shared_ptr<QNetworkAccessManager>(new QNetworkAccessManager,
                                                         [](QNetworkAccessManager *m) { m->deleteLater(); });
        shared = manager;
    }
    return manager;
}

static double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

static bool isToken(const QByteArray &text)
{
    static const QByteArray extra = "!#$%&'*+-.^_`|~";
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

static bool isHeader(const QByteArray &name, const char *wanted)
{
    return name.compare(wanted, Qt::CaseInsensitive) == 0;
}

static void removeHeaders(HttpHeaders &headers, std::initializer_list<const char *> names)
{
    headers.removeIf([names](const QPair<QByteArray, QByteArray> &header) {
        for (const char *name : names) {
            if (isHeader(header.first, name))
                return true;
        }
        return false;
    });
}

static bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    const int otherDefault = b.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort) == b.port(otherDefault);
}

static bool isHttpScheme(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

// HAR phases from the reply's signals. Qt signals no "TCP connected" and no DNS step, so dns
// and ssl stay -1: connect runs from socketStartedConnecting to encrypted (TLS included, as HAR
// defines connect) or, over plain HTTP, to requestSent. A reused connection has no blocked or
// connect phase; its send includes any wait in Qt's queue. A hop cut short ends in the phase it
// was in, so the phases add up to the time the hop took.
static ExchangeTimings timingsOf(double connecting, double encrypted, double sent, double headers, double end)
{
    ExchangeTimings timings;
    if (sent < 0 && headers >= 0)
        sent = headers;
    double cursor = 0;
    if (connecting >= 0) {
        timings.blocked = connecting;
        const double connected = encrypted >= 0 ? encrypted : (sent >= 0 ? sent : end);
        timings.connect = connected - connecting;
        cursor = connected;
    }
    if (sent < 0) {
        if (connecting < 0)
            timings.blocked = end;
        return timings;
    }
    timings.send = sent - cursor;
    timings.wait = (headers >= 0 ? headers : end) - sent;
    if (headers >= 0)
        timings.receive = end - headers;
    return timings;
}

NetworkResponder::NetworkResponder(QObject *parent)
    : QObject(parent)
    , m_manager(threadManager())
{}

NetworkResponder::~NetworkResponder()
{
    // A done callback may send again; those are cancelled too.
    while (!m_jobs.empty())
        cancelAll();
}

void NetworkResponder::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCaCertificates.append(certificates);
}

void NetworkResponder::send(const RenderedRequest &request, const QString &webhookName, Done done)
{
    Q_UNUSED(webhookName) // the hops carry everything recorded about the request
    const quint64 id = m_nextId++;
    auto job = std::make_unique<Job>();
    job->done = std::move(done);
    job->timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : kDefaultTimeoutMs;
    job->request = request;
    job->deadline.start(job->timeoutMs, Qt::PreciseTimer, this);
    m_jobs.emplace(id, std::move(job));
    startHop(id);
}

void NetworkResponder::startHop(quint64 id)
{
    Job &job = *m_jobs.at(id);
    job.exchange = Exchange();
    job.exchange.request = job.request;
    job.exchange.startedAt = QDateTime::currentDateTimeUtc();
    job.clock.start();
    job.connectingAt = job.encryptedAt = job.sentAt = job.headersAt = -1;
    job.tlsErrors.clear();

    const RenderedRequest &request = job.request;
    job.url = QUrl::fromEncoded(request.url.toUtf8(), QUrl::StrictMode);
    if (!job.url.isValid()) {
        // QUrl appends "; source was ..." and its parsed parts: the URL is quoted already.
        const QString reason = job.url.errorString().section(QLatin1String("; source was"), 0, 0);
        complete(id, Exchange::Outcome::NetworkError, tr("invalid URL \"%1\": %2").arg(request.url, reason));
        return;
    }
    if (!isHttpScheme(job.url.scheme())) {
        complete(id, Exchange::Outcome::NetworkError,
                 tr("invalid URL \"%1\": only http and https URLs can be fired").arg(request.url));
        return;
    }
    if (job.url.host().isEmpty()) {
        complete(id, Exchange::Outcome::NetworkError, tr("invalid URL \"%1\": no host").arg(request.url));
        return;
    }
    const QByteArray method = request.method.toLatin1();
    if (!isToken(method) || request.method != QString::fromLatin1(method)) {
        complete(id, Exchange::Outcome::NetworkError, tr("invalid HTTP method \"%1\"").arg(request.method));
        return;
    }

    QNetworkRequest networkRequest(job.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Only the rendered headers go out: no cookies or credentials remembered from other requests.
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    if (!m_extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCaCertificates);
        networkRequest.setSslConfiguration(ssl);
    }
    for (const auto &header : request.headers) {
        if (!isToken(header.first)) {
            complete(id, Exchange::Outcome::NetworkError,
                     tr("invalid header name \"%1\"").arg(QString::fromLatin1(header.first)));
            return;
        }
        if (header.second.contains('\r') || header.second.contains('\n') || header.second.contains('\0')) {
            complete(id, Exchange::Outcome::NetworkError,
                     tr("header %1: the value contains CR, LF or NUL").arg(QString::fromLatin1(header.first)));
            return;
        }
        // QNetworkRequest keeps one value per name, so repeated headers are combined as RFC 9110
        // allows (cookies with "; ").
        const QByteArray previous = networkRequest.rawHeader(header.first);
        if (previous.isEmpty())
            networkRequest.setRawHeader(header.first, header.second);
        else
            networkRequest.setRawHeader(header.first,
                                        previous + (isHeader(header.first, "Cookie") ? "; " : ", ") + header.second);
    }

    QNetworkReply *reply;
    if (request.body.isEmpty() && method == "GET")
        reply = m_manager->get(networkRequest);
    else if (request.body.isEmpty() && method == "HEAD")
        reply = m_manager->head(networkRequest); // a custom HEAD would wait for a body
    else if (request.body.isEmpty() && (method == "DELETE" || method == "OPTIONS"))
        reply = m_manager->sendCustomRequest(networkRequest, method);
    else
        reply = m_manager->sendCustomRequest(networkRequest, method, request.body);
    job.reply = reply;

    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this, id] {
        const auto it = m_jobs.find(id);
        if (it != m_jobs.end() && it->second->connectingAt < 0)
            it->second->connectingAt = elapsedMs(it->second->clock);
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, id] {
        const auto it = m_jobs.find(id);
        if (it != m_jobs.end() && it->second->encryptedAt < 0)
            it->second->encryptedAt = elapsedMs(it->second->clock);
    });
    connect(reply, &QNetworkReply::requestSent, this, [this, id] {
        const auto it = m_jobs.find(id);
        if (it != m_jobs.end() && it->second->sentAt < 0)
            it->second->sentAt = elapsedMs(it->second->clock);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] {
        const auto it = m_jobs.find(id);
        if (it != m_jobs.end() && it->second->headersAt < 0)
            it->second->headersAt = elapsedMs(it->second->clock);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        for (const QSslError &error : errors)
            it->second->tlsErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        readBody(*it->second);
        if (it->second->exchange.bodyTruncated)
            abortHop(id, Abort::Oversized);
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { hopFinished(id); });
}

// Reads what has arrived, keeping at most kMaxBodyBytes. The body is squeezed when the hop
// ends: readAll() hands out 16 KiB buffers, which thousands of kept exchanges would hold on to.
void NetworkResponder::readBody(Job &job)
{
    Exchange &exchange = job.exchange;
    if (exchange.bodyTruncated)
        return;
    const QByteArray chunk = job.reply->readAll();
    const qint64 room = kMaxBodyBytes - exchange.responseBody.size();
    if (chunk.size() > room) {
        exchange.responseBody.append(chunk.left(room));
        exchange.bodyTruncated = true;
    } else {
        exchange.responseBody.append(chunk);
    }
}

// Copies the status line and headers of the current hop, if they arrived.
static void fillResponse(Exchange &exchange, QNetworkReply *reply)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    exchange.status = status.toInt();
    exchange.statusText =
        QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    exchange.httpVersion = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
                               ? QStringLiteral("HTTP/2")
                               : QStringLiteral("HTTP/1.1");
    exchange.responseHeaders = reply->rawHeaderPairs();
    exchange.mimeType = QString::fromLatin1(reply->rawHeader("Content-Type"));
}

void NetworkResponder::hopFinished(quint64 id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    QNetworkReply *reply = job.reply;
    readBody(job);
    fillResponse(job.exchange, reply);
    const QNetworkReply::NetworkError error = reply->error();
    // Errors 201-299 and 401-499 are Qt's names for HTTP 4xx and 5xx statuses: still a response.
    const bool httpStatusError =
        (error >= QNetworkReply::ContentAccessDenied && error < QNetworkReply::ProtocolUnknownError)
        || (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError);
    const QString hostPort =
        job.url.port() < 0 ? job.url.host() : job.url.host() + QLatin1Char(':') + QString::number(job.url.port());
    if (!job.tlsErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        const QString detail = job.tlsErrors.isEmpty() ? reply->errorString() : job.tlsErrors.join(QLatin1String("; "));
        complete(id, Exchange::Outcome::TlsError, tr("TLS error with %1: %2").arg(hostPort, detail));
    } else if (job.exchange.status > 0 && (error == QNetworkReply::NoError || httpStatusError)) {
        const int status = job.exchange.status;
        const bool redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        if (redirect && reply->hasRawHeader("Location"))
            followRedirect(id);
        else
            complete(id, Exchange::Outcome::Response, QString());
    } else if (error == QNetworkReply::ConnectionRefusedError) {
        complete(id, Exchange::Outcome::ConnectionRefused, tr("connection refused by %1").arg(hostPort));
    } else if (error == QNetworkReply::HostNotFoundError) {
        complete(id, Exchange::Outcome::HostNotFound, tr("host %1 not found").arg(job.url.host()));
    } else {
        complete(id, Exchange::Outcome::NetworkError, reply->errorString());
    }
}

void NetworkResponder::abortHop(quint64 id, Abort reason)
{
    Job &job = *m_jobs.at(id);
    if (reason == Abort::Deadline)
        readBody(job); // keep what has arrived
    if (reason == Abort::Oversized)
        complete(id, Exchange::Outcome::Response, QString());
    else
        complete(id, Exchange::Outcome::TimedOut, tr("no complete response within %1 ms").arg(job.timeoutMs));
}

void NetworkResponder::followRedirect(quint64 id)
{
    Job &job = *m_jobs.at(id);
    const QByteArray location = job.reply->rawHeader("Location");
    const QUrl target = job.url.resolved(QUrl::fromEncoded(location));
    const QString targetText = target.toString(QUrl::FullyEncoded);
    if (target.isValid() && !isHttpScheme(target.scheme())) {
        complete(id, Exchange::Outcome::InsecureRedirect,
                 tr("refused redirect to %1: only http and https are followed").arg(targetText));
        return;
    }
    if (!target.isValid() || target.host().isEmpty()) {
        complete(id, Exchange::Outcome::NetworkError,
                 tr("redirect to an invalid location \"%1\"").arg(QString::fromLatin1(location)));
        return;
    }
    if (job.redirects >= kMaxRedirects) {
        complete(id, Exchange::Outcome::TooManyRedirects,
                 tr("stopped after %1 redirects; the next one was to %2").arg(kMaxRedirects).arg(targetText));
        return;
    }
    if (job.url.scheme() == QLatin1String("https") && target.scheme() == QLatin1String("http")) {
        complete(id, Exchange::Outcome::InsecureRedirect,
                 tr("refused redirect from https to http: %1").arg(targetText));
        return;
    }

    RenderedRequest next = job.request;
    next.url = targetText;
    const int status = job.exchange.status;
    const bool toGet = (status == 303 && next.method != QLatin1String("HEAD"))
                       || ((status == 301 || status == 302) && next.method == QLatin1String("POST"));
    if (toGet) {
        next.method = QStringLiteral("GET");
        next.body.clear();
        removeHeaders(next.headers, {"Content-Type", "Content-Length", "Content-Encoding"});
    }
    if (!sameOrigin(job.url, target))
        removeHeaders(next.headers, {"Authorization", "Proxy-Authorization", "Cookie"});

    detachReply(job);
    job.exchange.responseBody.squeeze();
    job.exchange.timings =
        timingsOf(job.connectingAt, job.encryptedAt, job.sentAt, job.headersAt, elapsedMs(job.clock));
    job.hops.append(job.exchange);
    ++job.redirects;
    job.request = next;
    startHop(id);
}

void NetworkResponder::detachReply(Job &job)
{
    if (!job.reply)
        return;
    QNetworkReply *reply = job.reply;
    job.reply.clear();
    disconnect(reply, nullptr, this, nullptr);
    reply->abort(); // no-op once finished
    reply->deleteLater();
}

// Records the hop in flight as the last one, with its outcome.
void NetworkResponder::finishLastHop(Job &job, Exchange::Outcome outcome, const QString &error)
{
    if (job.reply)
        fillResponse(job.exchange, job.reply); // a hop cut short keeps the status it got
    detachReply(job);
    job.deadline.stop();
    Exchange &exchange = job.exchange;
    exchange.responseBody.squeeze();
    exchange.outcome = outcome;
    exchange.error = error;
    exchange.timings = timingsOf(job.connectingAt, job.encryptedAt, job.sentAt, job.headersAt, elapsedMs(job.clock));
    // Qt does not tell which address it connected to; a literal IP in the URL is that address.
    const QHostAddress address(job.url.host());
    if (!address.isNull())
        exchange.serverAddress = address.toString();
    job.hops.append(exchange);
}

// Ends the whole send(): done gets every hop, the current one last.
void NetworkResponder::complete(quint64 id, Exchange::Outcome outcome, const QString &error)
{
    const auto it = m_jobs.find(id);
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    finishLastHop(*job, outcome, error);

    // Nothing of this responder is touched after done: it may send again or delete us.
    const Done done = std::move(job->done);
    const QList<Exchange> hops = std::move(job->hops);
    job.reset();
    done(hops);
}

void NetworkResponder::cancelAll()
{
    // Everything is settled before the first done runs: a callback may send again or delete us.
    std::map<quint64, std::unique_ptr<Job>> jobs;
    jobs.swap(m_jobs);
    const QString error = tr("cancelled before a complete response");
    for (auto &entry : jobs)
        finishLastHop(*entry.second, Exchange::Outcome::Cancelled, error);
    for (auto &entry : jobs)
        entry.second->done(entry.second->hops);
}

void NetworkResponder::timerEvent(QTimerEvent *event)
{
    for (const auto &[id, job] : m_jobs) {
        if (job->deadline.timerId() == event->timerId()) {
            abortHop(id, Abort::Deadline);
            return;
        }
    }
    QObject::timerEvent(event);
}
