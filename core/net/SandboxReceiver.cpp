// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "net/SandboxReceiver.h"

#include <QBasicTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimerEvent>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace {

// Bytes a connection has sent since its last request was handled.
const char kReceivedProperty[] = "wcReceivedBytes";

// Hands QHttpServer its connections, with the receiver's watch connected to each socket first:
// QHttpServer 6.4 keeps a whole request in memory before anyone sees it, however large.
class WatchedTcpServer final : public QTcpServer
{
public:
    explicit WatchedTcpServer(std::function<void(QTcpSocket *)> watch)
        : m_watch(std::move(watch))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_watch(socket);
        addPendingConnection(socket);
    }

private:
    std::function<void(QTcpSocket *)> m_watch;
};

} // namespace

// A reply still being written: waiting for its delay, or trickling its body.
struct SandboxReceiver::PendingReply
{
    QPointer<QTcpSocket> socket;
    ScriptedReply reply;
    bool headOnly = false;
    bool headSent = false;
    qsizetype bodySent = 0;
    QBasicTimer timer;
};

static QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN"); // QHttpServer 6.4 does not keep other verbs
    }
}

static QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        break;
    }
    switch (status / 100) {
    case 2:
        return "Success";
    case 3:
        return "Redirection";
    case 4:
        return "Client Error";
    default:
        return "Server Error";
    }
}

static bool bodyForbidden(int status)
{
    return status == 204 || status == 304;
}

static bool isJsonScalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool();
}

// Scalars and arrays of scalars become tags; nested objects and nulls carry no tag value.
static TagMap tagsFromJson(const QJsonObject &object)
{
    QJsonObject scalars;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isArray()) {
            QJsonArray kept;
            for (const QJsonValue element : it->toArray()) {
                if (isJsonScalar(element))
                    kept.append(element);
            }
            scalars.insert(it.key(), kept);
        } else if (isJsonScalar(*it)) {
            scalars.insert(it.key(), *it);
        }
    }
    return TagMap::fromJson(scalars);
}

// key=value pairs of a query string or form body; '+' is a space there, as browsers send it.
static TagMap tagsFromPairs(QByteArray encoded)
{
    encoded.replace('+', "%20");
    TagMap tags;
    const QUrlQuery query(QString::fromLatin1(encoded));
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!item.first.trimmed().isEmpty())
            tags.add(item.first, item.second);
    }
    return tags;
}

static TagMap tagsOf(const ReceivedRequest &request)
{
    if (request.body.isEmpty())
        return tagsFromPairs(request.query.toLatin1());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject())
        return tagsFromJson(document.object());
    if (request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        return tagsFromPairs(request.body);
    return {}; // invalid JSON or another payload: logged as received, no tags
}

static ScriptedReply oversizedReply(qint64 maxBodyBytes)
{
    const QJsonObject error{{QStringLiteral("error"), QStringLiteral("request body over %1 bytes").arg(maxBodyBytes)}};
    return ScriptedReply::json(413, QJsonDocument(error).toJson(QJsonDocument::Compact));
}

// The log entry of a request cut off before QHttpServer parsed it: its request line and headers.
static ReceivedRequest requestFromHead(const QByteArray &head)
{
    ReceivedRequest request;
    request.at = QDateTime::currentDateTimeUtc();
    const qsizetype end = head.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = head.left(end < 0 ? head.size() : end).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    request.method = QString::fromLatin1(requestLine.constFirst());
    const QUrl url = QUrl::fromEncoded(requestLine.value(1));
    request.path = url.path(QUrl::FullyEncoded);
    request.query = url.query(QUrl::FullyEncoded);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    return request;
}

static QByteArray headBlock(const ScriptedReply &reply)
{
    QByteArray head = "HTTP/1.1 " % QByteArray::number(reply.status) % ' ' % reasonPhrase(reply.status) % "\r\n";
    bool hasContentType = false;
    for (const auto &header : reply.headers) {
        hasContentType = hasContentType || header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        head += header.first % ": " % header.second % "\r\n";
    }
    if (!hasContentType && !reply.body.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(reply.body, &error);
        head += error.error == QJsonParseError::NoError ? QByteArray("Content-Type: application/json\r\n")
                                                        : QByteArray("Content-Type: text/plain; charset=utf-8\r\n");
    }
    if (!bodyForbidden(reply.status))
        head += "Content-Length: " % QByteArray::number(reply.body.size()) % "\r\n";
    head += "\r\n";
    return head;
}

SandboxReceiver::SandboxReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
{
    // Every request goes through our own table rather than QHttpServer routes: 6.4 cannot remove
    // a route, and scripted endpoints change while the receiver runs. The responder only hands
    // us its socket; in Qt 6.4 it writes nothing on its own, so replies can be written later
    // (delays, trickling) and with any status code (its writeStatusLine() throws on unknown ones).
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, responder.socket());
    });
}

SandboxReceiver::~SandboxReceiver() = default;

bool SandboxReceiver::listen(quint16 port)
{
    close();
    // Our own QTcpServer, so that a failure comes with its reason (QHttpServer::listen only
    // returns 0) and so that only the loopback address is ever bound.
    auto server = std::make_unique<WatchedTcpServer>([this](QTcpSocket *socket) { watch(socket); });
    if (!server->listen(QHostAddress::LocalHost, port)) {
        m_error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server->errorString());
        return false;
    }
    m_tcpServer = server.release();
    m_server->bind(m_tcpServer); // takes ownership
    m_error.clear();
    return true;
}

void SandboxReceiver::close()
{
    // Open connections are the server's children and go with it.
    delete m_tcpServer;
    m_tcpServer = nullptr;
}

bool SandboxReceiver::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

quint16 SandboxReceiver::port() const
{
    return isListening() ? m_tcpServer->serverPort() : 0;
}

QString SandboxReceiver::baseUrl() const
{
    return isListening() ? QStringLiteral("http://127.0.0.1:%1").arg(port()) : QString();
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

bool SandboxReceiver::setReply(const QString &method, const QString &path, const ScriptedReply &reply)
{
    const QString verb = method.trimmed().toUpper();
    if (verb != QLatin1String("*") && !isToken(verb.toLatin1())) {
        m_error = tr("Invalid method \"%1\": use an HTTP method such as GET, or * for any").arg(method);
        return false;
    }
    if (!path.startsWith(QLatin1Char('/'))) {
        m_error = tr("Invalid path \"%1\": it must start with /").arg(path);
        return false;
    }
    if (reply.status < 200 || reply.status > 599) {
        m_error = tr("Invalid status %1: it must be between 200 and 599").arg(reply.status);
        return false;
    }
    if (bodyForbidden(reply.status) && !reply.body.isEmpty()) {
        m_error = tr("A %1 reply cannot have a body").arg(reply.status);
        return false;
    }
    if (reply.delayMs < 0 || reply.trickleIntervalMs < 0) {
        m_error = tr("Delay and trickle interval cannot be negative");
        return false;
    }
    for (const auto &header : reply.headers) {
        if (!isToken(header.first)) {
            m_error = tr("Invalid header name \"%1\"").arg(QString::fromLatin1(header.first));
            return false;
        }
        if (header.second.contains('\r') || header.second.contains('\n') || header.second.contains('\0')) {
            m_error = tr("Header %1: the value cannot contain CR, LF or NUL").arg(QString::fromLatin1(header.first));
            return false;
        }
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) == 0
            || header.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            m_error = tr("Header %1 is set by the receiver from the body").arg(QString::fromLatin1(header.first));
            return false;
        }
    }
    m_replies.insert({verb, path}, reply);
    m_error.clear();
    return true;
}

void SandboxReceiver::removeReply(const QString &method, const QString &path)
{
    m_replies.remove({method.trimmed().toUpper(), path});
}

void SandboxReceiver::clearReplies()
{
    m_replies.clear();
}

void SandboxReceiver::setMaxRecorded(int count)
{
    m_maxRecorded = qMax(1, count);
    if (m_requests.size() > m_maxRecorded)
        m_requests.remove(0, m_requests.size() - m_maxRecorded);
}

ScriptedReply SandboxReceiver::replyFor(const QString &method, const QString &path) const
{
    auto it = m_replies.constFind({method, path});
    if (it == m_replies.constEnd())
        it = m_replies.constFind({QStringLiteral("*"), path});
    if (it != m_replies.constEnd())
        return *it;
    return ScriptedReply::json(200, QByteArrayLiteral("{}"));
}

void SandboxReceiver::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->setProperty(kReceivedProperty, 0);
    const QUrl url = request.url();
    ReceivedRequest received;
    received.at = QDateTime::currentDateTimeUtc();
    received.method = methodName(request.method());
    received.path = url.path(QUrl::FullyEncoded);
    received.query = url.query(QUrl::FullyEncoded);
    received.headers = request.headers();
    // QHttpServer 6.4 has read the whole body by now; the limit keeps it out of the log.
    const QByteArray body = request.body();
    received.bodyTooLarge = body.size() > m_maxBodyBytes;
    if (!received.bodyTooLarge)
        received.body = body;
    received.tags = tagsOf(received);
    record(received);

    const bool headOnly = received.method == QLatin1String("HEAD");
    if (received.bodyTooLarge) {
        startReply(socket, oversizedReply(m_maxBodyBytes), headOnly);
        return;
    }
    startReply(socket, replyFor(received.method, url.path()), headOnly);
}

void SandboxReceiver::watch(QTcpSocket *socket)
{
    // Connected before QHttpServer's own slot, so it sees every chunk before QHttpServer keeps it.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        const qint64 received = socket->property(kReceivedProperty).toLongLong() + socket->bytesAvailable();
        socket->setProperty(kReceivedProperty, received);
        if (received > m_maxBodyBytes + kMaxHeadBytes)
            cutOff(socket);
    });
}

void SandboxReceiver::cutOff(QTcpSocket *socket)
{
    // QHttpServer reads no more of this connection; what it kept goes.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (socket->isTransactionStarted())
        socket->rollbackTransaction(); // back to the request's first byte, for the log
    const QByteArray head = socket->peek(kMaxHeadBytes);
    const qint64 arrived = socket->skip(socket->bytesAvailable());
    ReceivedRequest received = requestFromHead(head);
    received.bodyTooLarge = true;
    received.tags = tagsOf(received);
    record(received);

    // The rest is read and dropped, so that the client can finish sending and then read the
    // answer; a request without a declared length is answered at once.
    const qsizetype headEnd = head.indexOf("\r\n\r\n");
    bool declared = false;
    const qint64 length = received.header("Content-Length").toLongLong(&declared);
    auto left = std::make_shared<qint64>(declared && headEnd >= 0 ? headEnd + 4 + length - arrived : 0);
    const QByteArray answer = headBlock(oversizedReply(m_maxBodyBytes)) + oversizedReply(m_maxBodyBytes).body;
    const auto drain = [socket, left, answer] {
        if (*left > 0)
            *left -= socket->skip(socket->bytesAvailable());
        else
            socket->skip(socket->bytesAvailable());
        if (*left <= 0 && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(answer);
            socket->disconnectFromHost();
        }
    };
    connect(socket, &QTcpSocket::readyRead, socket, drain);
    drain();
}

void SandboxReceiver::record(const ReceivedRequest &request)
{
    m_requests.append(request);
    if (m_requests.size() > m_maxRecorded)
        m_requests.removeFirst();
    emit requestReceived(request);
}

void SandboxReceiver::startReply(QTcpSocket *socket, const ScriptedReply &reply, bool headOnly)
{
    if (reply.delayMs == 0 && (reply.trickleIntervalMs == 0 || headOnly)) {
        socket->write(headBlock(reply));
        if (!headOnly)
            socket->write(reply.body);
        return;
    }
    auto pending = std::make_unique<PendingReply>();
    pending->socket = socket;
    pending->reply = reply;
    pending->headOnly = headOnly;
    PendingReply *raw = pending.get();
    m_pending.push_back(std::move(pending));
    if (reply.delayMs > 0)
        raw->timer.start(reply.delayMs, Qt::PreciseTimer, this);
    else
        advance(raw);
}

// Writes the next part of a pending reply: the head (with the whole body unless trickling),
// or the next trickled byte; finishes it when everything is out or the client has gone.
void SandboxReceiver::advance(PendingReply *pending)
{
    QTcpSocket *socket = pending->socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        finish(pending);
        return;
    }
    const ScriptedReply &reply = pending->reply;
    if (!pending->headSent) {
        socket->write(headBlock(reply));
        pending->headSent = true;
        if (pending->headOnly || reply.body.isEmpty()) {
            finish(pending);
            return;
        }
        if (reply.trickleIntervalMs == 0) {
            socket->write(reply.body);
            finish(pending);
            return;
        }
    }
    socket->write(reply.body.mid(pending->bodySent, 1));
    ++pending->bodySent;
    if (pending->bodySent >= reply.body.size())
        finish(pending);
    else
        pending->timer.start(reply.trickleIntervalMs, Qt::PreciseTimer, this);
}

void SandboxReceiver::finish(PendingReply *pending)
{
    m_pending.remove_if([pending](const std::unique_ptr<PendingReply> &p) { return p.get() == pending; });
}

void SandboxReceiver::timerEvent(QTimerEvent *event)
{
    for (const auto &pending : m_pending) {
        if (pending->timer.timerId() == event->timerId()) {
            pending->timer.stop();
            advance(pending.get());
            return;
        }
    }
    QObject::timerEvent(event);
}
