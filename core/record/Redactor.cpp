// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/Redactor.h"

#include "model/TagMap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <cctype>

namespace {
const QByteArray kMask = QByteArrayLiteral("[REDACTED]");
// What a masked value looks like inside a URL or a form body, where brackets must be encoded.
const QByteArray kEncodedMask = QByteArrayLiteral("%5BREDACTED%5D");
// Bounds the recursion. Qt's own JSON parser refuses deeper documents, so every body that is
// JSON to the rest of the app is redacted structurally; anything deeper is masked whole.
constexpr int kMaxJsonDepth = 1024;

QString decodeFormComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QUrl::fromPercentEncoding(component);
}

QByteArray headerValue(const HttpHeaders &headers, const char *name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

// name=value pairs joined by '&' (a URL query or a form body): secret-named values masked.
QByteArray redactFields(const QByteArray &encoded, QStringList *found)
{
    QList<QByteArray> parts = encoded.split('&');
    for (QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        if (equals < 0 || !Redactor::isSecretName(decodeFormComponent(part.left(equals))))
            continue;
        found->append(decodeFormComponent(part.mid(equals + 1)));
        part = part.left(equals + 1) + kEncodedMask;
    }
    return parts.join('&');
}

// Webhook URLs that are their own credential: whoever has the path can post. The path
// segments after the prefix are the secret (Slack's T.../B.../token, Zapier's account/hook id,
// Discord's id/token, Teams' connector ids).
struct CapabilityUrl
{
    const char *host; // the host, or a suffix of it when it starts with '.'
    const char *pathPrefix;
};
constexpr CapabilityUrl kCapabilityUrls[] = {
    {"hooks.slack.com", "/services/"},      {"hooks.slack.com", "/workflows/"},  {"hooks.slack.com", "/triggers/"},
    {"hooks.zapier.com", "/hooks/catch/"},  {"discord.com", "/api/webhooks/"},   {"discordapp.com", "/api/webhooks/"},
    {".webhook.office.com", "/webhookb2/"}, {"outlook.office.com", "/webhook/"},
};

bool hostMatches(const QByteArray &host, const char *pattern)
{
    if (pattern[0] == '.')
        return host.endsWith(pattern);
    return host == pattern;
}

// Masks each non-empty segment of path after a capability URL's prefix; path runs from a '/'
// to the query, the fragment or the end.
QByteArray redactCapabilityPath(const QByteArray &host, const QByteArray &path, QStringList *found)
{
    for (const CapabilityUrl &capability : kCapabilityUrls) {
        const QByteArray prefix(capability.pathPrefix);
        if (!hostMatches(host, capability.host) || !path.startsWith(prefix))
            continue;
        QList<QByteArray> segments = path.mid(prefix.size()).split('/');
        for (QByteArray &segment : segments) {
            if (segment.isEmpty())
                continue;
            found->append(QUrl::fromPercentEncoding(segment));
            segment = kEncodedMask;
        }
        return prefix + segments.join('/');
    }
    return path;
}

// Userinfo (user:password@), the secret path of capability URLs and secret query fields of a
// URL, leaving every other byte alone.
QString redactUrlParts(const QString &url, QStringList *found)
{
    QByteArray bytes = url.toUtf8();
    const qsizetype schemeEnd = bytes.indexOf("://");
    if (schemeEnd > 0) {
        const qsizetype authorityStart = schemeEnd + 3;
        qsizetype authorityEnd = bytes.size();
        for (char c : {'/', '?', '#'}) {
            const qsizetype i = bytes.indexOf(c, authorityStart);
            if (i >= 0)
                authorityEnd = std::min(authorityEnd, i);
        }
        const qsizetype at = bytes.lastIndexOf('@', authorityEnd - 1);
        const qsizetype hostStart = at >= authorityStart ? at + 1 : authorityStart;
        QByteArray host = bytes.mid(hostStart, authorityEnd - hostStart);
        if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0 && !host.endsWith(']'))
            host.truncate(colon);
        host = host.toLower();
        if (host.endsWith('.'))
            host.chop(1);
        if (authorityEnd < bytes.size() && bytes.at(authorityEnd) == '/') {
            qsizetype pathEnd = bytes.size();
            for (char c : {'?', '#'}) {
                const qsizetype i = bytes.indexOf(c, authorityEnd);
                if (i >= 0)
                    pathEnd = std::min(pathEnd, i);
            }
            const QByteArray path = bytes.mid(authorityEnd, pathEnd - authorityEnd);
            bytes.replace(authorityEnd, path.size(), redactCapabilityPath(host, path, found));
        }
        if (at >= authorityStart) {
            for (const QByteArray &part : bytes.mid(authorityStart, at - authorityStart).split(':'))
                found->append(decodeFormComponent(part));
            bytes.replace(authorityStart, at - authorityStart, kEncodedMask);
        }
    }
    const qsizetype fragment = bytes.indexOf('#');
    const qsizetype query = bytes.indexOf('?');
    if (query >= 0 && (fragment < 0 || query < fragment)) {
        const qsizetype end = fragment < 0 ? bytes.size() : fragment;
        bytes.replace(query + 1, end - query - 1, redactFields(bytes.mid(query + 1, end - query - 1), found));
    }
    return QString::fromUtf8(bytes);
}

QByteArray redactHeaderValue(const QByteArray &name, const QByteArray &value, QStringList *found)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        found->append(QString::fromUtf8(value));
        const qsizetype space = value.indexOf(' ');
        if (space >= 0) // "Bearer <token>": the credential alone may appear elsewhere
            found->append(QString::fromUtf8(value.mid(space + 1).trimmed()));
        return kMask;
    }
    if (lower == "cookie" || lower == "set-cookie") {
        // Cookie: every "name=value; ..." pair; Set-Cookie: the first, the rest are attributes.
        QList<QByteArray> pairs = value.split(';');
        if (lower == "set-cookie")
            pairs = pairs.mid(0, 1);
        for (const QByteArray &pair : pairs) {
            const qsizetype equals = pair.indexOf('=');
            found->append(QString::fromUtf8(pair.mid(equals + 1).trimmed()));
        }
        return kMask;
    }
    if (Redactor::isSecretName(QString::fromLatin1(name))) {
        found->append(QString::fromUtf8(value));
        return kMask;
    }
    if (lower == "location" || lower == "content-location" || lower == "referer")
        return redactUrlParts(QString::fromUtf8(value), found).toUtf8();
    return value;
}

// Finds the values of secret-named keys in JSON text, at any depth, by their byte spans, so
// they can be replaced without reformatting the document or reordering its keys.
class JsonFieldRedactor
{
public:
    explicit JsonFieldRedactor(const QByteArray &text)
        : m_text(text)
    {}

    // Text that stops being JSON keeps the spans found up to there. Where it stops may hide a
    // secret: inside a secret's value (a body cut at 10 MiB or by a server that hung up) or
    // past the nesting limit; then everything from there to the end is masked too.
    void scan()
    {
        if (value(0))
            return;
        const int unread = m_secretDepth > 0 ? m_secretStart : m_tooDeepAt;
        if (unread >= 0)
            m_spans.append({unread, int(m_text.size())});
    }

    QStringList found() const { return m_found; }

    QByteArray redacted() const
    {
        QByteArray out;
        out.reserve(m_text.size());
        int copied = 0;
        for (const auto &span : m_spans) {
            out += m_text.mid(copied, span.first - copied);
            out += '"' + kMask + '"';
            copied = span.second;
        }
        out += m_text.mid(copied);
        return out;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char current() const { return m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && (current() == ' ' || current() == '\t' || current() == '\n' || current() == '\r'))
            ++m_pos;
    }

    bool value(int depth)
    {
        skipSpace();
        if (atEnd())
            return false;
        if (depth > kMaxJsonDepth) {
            m_tooDeepAt = m_pos;
            return false;
        }
        switch (current()) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"': {
            QString text;
            if (!string(&text))
                return false;
            if (m_secretDepth > 0)
                m_found.append(text);
            return true;
        }
        default:
            return scalar();
        }
    }

    bool object(int depth)
    {
        ++m_pos; // '{'
        skipSpace();
        if (!atEnd() && current() == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            QString key;
            if (atEnd() || current() != '"' || !string(&key))
                return false;
            skipSpace();
            if (atEnd() || current() != ':')
                return false;
            ++m_pos;
            skipSpace();
            const int start = m_pos;
            const bool secret = Redactor::isSecretName(key);
            if (secret && m_secretDepth == 0)
                m_secretStart = start;
            m_secretDepth += secret ? 1 : 0;
            if (!value(depth))
                return false;
            m_secretDepth -= secret ? 1 : 0;
            if (secret && m_secretDepth == 0) // an outer secret key's span covers nested ones
                m_spans.append({start, m_pos});
            skipSpace();
            if (atEnd())
                return false;
            if (current() == ',') {
                ++m_pos;
                continue;
            }
            if (current() != '}')
                return false;
            ++m_pos;
            return true;
        }
    }

    bool array(int depth)
    {
        ++m_pos; // '['
        skipSpace();
        if (!atEnd() && current() == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            if (!value(depth))
                return false;
            skipSpace();
            if (atEnd())
                return false;
            if (current() == ',') {
                ++m_pos;
                continue;
            }
            if (current() != ']')
                return false;
            ++m_pos;
            return true;
        }
    }

    bool scalar()
    {
        const int start = m_pos;
        while (!atEnd()
               && (std::isalnum(static_cast<unsigned char>(current())) || current() == '-' || current() == '+'
                   || current() == '.'))
            ++m_pos;
        const QByteArray token = m_text.mid(start, m_pos - start);
        if (token.isEmpty())
            return false;
        // Literals are not worth scrubbing elsewhere: "true" would be replaced in every body.
        if (token == "null" || token == "true" || token == "false")
            return true;
        bool isNumber = false;
        token.toDouble(&isNumber);
        if (isNumber && m_secretDepth > 0)
            m_found.append(QString::fromLatin1(token));
        return isNumber;
    }

    static void appendCodePoint(QByteArray *out, uint codePoint)
    {
        const char32_t c = codePoint;
        *out += QString::fromUcs4(&c, 1).toUtf8();
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(uint *value)
    {
        if (m_pos + 4 > m_text.size())
            return false;
        *value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_text.at(m_pos + i));
            if (digit < 0)
                return false;
            *value = *value * 16 + uint(digit);
        }
        m_pos += 4;
        return true;
    }

    bool string(QString *decoded)
    {
        ++m_pos; // opening quote
        QByteArray utf8;
        while (!atEnd()) {
            const char c = current();
            ++m_pos;
            if (c == '"') {
                *decoded = QString::fromUtf8(utf8);
                return true;
            }
            // Raw control characters (even NUL) are taken as they come, as Qt's parser takes
            // them: a body the rest of the app reads as JSON is redacted as JSON.
            if (c != '\\') {
                utf8 += c;
                continue;
            }
            if (atEnd())
                return false;
            const char escape = current();
            ++m_pos;
            switch (escape) {
            case '"':
                utf8 += '"';
                break;
            case '\\':
                utf8 += '\\';
                break;
            case '/':
                utf8 += '/';
                break;
            case 'b':
                utf8 += '\b';
                break;
            case 'f':
                utf8 += '\f';
                break;
            case 'n':
                utf8 += '\n';
                break;
            case 'r':
                utf8 += '\r';
                break;
            case 't':
                utf8 += '\t';
                break;
            case 'u': {
                uint unit = 0;
                if (!hex4(&unit))
                    return false;
                uint low = 0;
                if (unit >= 0xD800 && unit < 0xDC00 && m_text.mid(m_pos, 2) == "\\u") {
                    m_pos += 2;
                    if (!hex4(&low))
                        return false;
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                }
                appendCodePoint(&utf8, unit);
                break;
            }
            default: // Qt's parser takes an unknown escape ("\x") as the character itself
                utf8 += escape;
                break;
            }
        }
        return false;
    }

    const QByteArray &m_text;
    int m_pos = 0;
    int m_secretDepth = 0;  // > 0 inside the value of a secret key
    int m_secretStart = -1; // where the value of the outermost secret key being read starts
    int m_tooDeepAt = -1;   // where the value past kMaxJsonDepth starts, if there is one
    QList<QPair<int, int>> m_spans;
    QStringList m_found;
};

QByteArray redactBodyParts(const QByteArray &body, const QByteArray &contentType, QStringList *found)
{
    if (body.isEmpty())
        return body;
    if (contentType.toLower().contains("application/x-www-form-urlencoded"))
        return redactFields(body, found);
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return body;
    JsonFieldRedactor json(body);
    json.scan();
    found->append(json.found());
    return json.redacted();
}

QByteArray responseContentType(const Exchange &exchange)
{
    const QByteArray header = headerValue(exchange.responseHeaders, "content-type");
    return header.isEmpty() ? exchange.mimeType.toUtf8() : header;
}
} // namespace

QString Redactor::mask()
{
    return QString::fromLatin1(kMask);
}

bool Redactor::isSecretName(const QString &name)
{
    static const QLatin1String kWords[] = {QLatin1String("key"), QLatin1String("token"), QLatin1String("secret"),
                                           QLatin1String("password"), QLatin1String("signature")};
    for (const QLatin1String &word : kWords) {
        if (name.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool Redactor::isSecretHeader(const QString &name)
{
    static const QLatin1String kHeaders[] = {QLatin1String("authorization"), QLatin1String("proxy-authorization"),
                                             QLatin1String("cookie"), QLatin1String("set-cookie")};
    for (const QLatin1String &header : kHeaders) {
        if (name.compare(header, Qt::CaseInsensitive) == 0)
            return true;
    }
    return isSecretName(name);
}

void Redactor::addSecret(const QString &value)
{
    // Too short to scrub safely, or already masked.
    if (value.size() < kMinScrubLength || mask().contains(value) || m_secrets.contains(value))
        return;
    m_secrets.append(value);
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::learn(const Exchange &exchange)
{
    QStringList found;
    redactUrlParts(exchange.request.url, &found);
    for (const auto &header : exchange.request.headers)
        redactHeaderValue(header.first, header.second, &found);
    for (const auto &header : exchange.responseHeaders)
        redactHeaderValue(header.first, header.second, &found);
    redactBodyParts(exchange.request.body, headerValue(exchange.request.headers, "content-type"), &found);
    redactBodyParts(exchange.responseBody, responseContentType(exchange), &found);
    for (const QString &value : std::as_const(found))
        addSecret(value);
}

void Redactor::learn(const TagMap &tags)
{
    for (const QString &key : tags.keys()) {
        if (isSecretName(key)) {
            for (const QString &value : tags.values(key))
                addSecret(value);
        }
    }
}

void Redactor::learnPairs(const QStringList &pairs)
{
    for (const QString &pair : pairs) {
        QString key;
        QString value;
        if (TagMap::parsePair(pair, &key, &value) && isSecretName(key))
            addSecret(value);
    }
}

Exchange Redactor::redact(const Exchange &exchange) const
{
    Exchange out = exchange;
    QStringList ignored; // everything was learned before
    out.request.url = redactUrl(exchange.request.url);
    out.request.headers = redactHeaders(exchange.request.headers);
    out.request.body = scrubBytes(
        redactBodyParts(exchange.request.body, headerValue(exchange.request.headers, "content-type"), &ignored), kMask);
    out.responseHeaders = redactHeaders(exchange.responseHeaders);
    out.responseBody =
        scrubBytes(redactBodyParts(exchange.responseBody, responseContentType(exchange), &ignored), kMask);
    out.statusText = scrub(exchange.statusText);
    out.error = scrub(exchange.error);
    return out;
}

QString Redactor::redactUrl(const QString &url) const
{
    QStringList ignored;
    return QString::fromUtf8(scrubBytes(redactUrlParts(url, &ignored).toUtf8(), kEncodedMask));
}

HttpHeaders Redactor::redactHeaders(const HttpHeaders &headers) const
{
    HttpHeaders out;
    out.reserve(headers.size());
    QStringList ignored;
    for (const auto &header : headers)
        out.append({header.first, scrubBytes(redactHeaderValue(header.first, header.second, &ignored), kMask)});
    return out;
}

QByteArray Redactor::redactBody(const QByteArray &body, const QByteArray &contentType) const
{
    QStringList ignored;
    return scrubBytes(redactBodyParts(body, contentType, &ignored), kMask);
}

QStringList Redactor::redactPairs(const QStringList &pairs) const
{
    QStringList out;
    out.reserve(pairs.size());
    for (const QString &pair : pairs) {
        QString key;
        QString value;
        if (TagMap::parsePair(pair, &key, &value) && isSecretName(key) && !value.isEmpty())
            out.append(pair.left(pair.indexOf(QLatin1Char(':')) + 1) + mask());
        else
            out.append(scrub(pair));
    }
    return out;
}

QString Redactor::scrub(const QString &text) const
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;
    return QString::fromUtf8(scrubBytes(text.toUtf8(), kMask));
}

QByteArray Redactor::scrubBytes(const QByteArray &bytes, const QByteArray &replacement) const
{
    QByteArray out = bytes;
    for (const QString &secret : m_secrets) {
        const QByteArray raw = secret.toUtf8();
        QByteArray percent = QUrl::toPercentEncoding(secret);
        QByteArray form = QUrl::toPercentEncoding(secret, " ");
        form.replace(' ', '+');
        QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
        json = json.mid(2, json.size() - 4); // strip ["..."]
        for (const QByteArray &variant : {raw, percent, form, json})
            out.replace(variant, replacement);
    }
    return out;
}
