// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/RenderContext.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

constexpr bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

constexpr bool isUnreserved(char16_t c)
{
    return isAsciiAlnum(c) || c == u'-' || c == u'.' || c == u'_' || c == u'~';
}

// WHATWG's application/x-www-form-urlencoded byte serializer keeps exactly these.
constexpr bool isFormSafe(char16_t c)
{
    return isAsciiAlnum(c) || c == u'*' || c == u'-' || c == u'.' || c == u'_';
}

// The ASCII characters a percent-encoding keeps, as a table: this runs for every character of
// every URL value, so no call per character.
struct KeptAscii
{
    bool kept[128] = {};

    explicit constexpr KeptAscii(bool (*keep)(char16_t))
    {
        for (char16_t c = 0; c < 128; ++c)
            kept[c] = keep(c);
    }
    constexpr bool operator()(char16_t c) const { return c < 128 && kept[c]; }
};

constexpr KeptAscii kUnreserved(isUnreserved);
constexpr KeptAscii kFormSafe(isFormSafe);

int utf8Length(char32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// The code point at src, advancing src; a lone surrogate has no UTF-8 form and becomes U+FFFD,
// as QString::toUtf8 does.
char32_t nextCodePoint(const QChar *&src, const QChar *end)
{
    const char16_t c = src->unicode();
    if (QChar::isHighSurrogate(c) && src + 1 < end && src[1].isLowSurrogate()) {
        const char32_t cp = QChar::surrogateToUcs4(c, src[1].unicode());
        src += 2;
        return cp;
    }
    ++src;
    return QChar::isSurrogate(c) ? 0xFFFD : c;
}

// Percent-encodes value as UTF-8, keeping what keep accepts and writing a space as '+' when
// spaceAsPlus. A first pass measures the result, so the second writes straight into the string
// with no reallocation or capacity check per character.
void appendPercent(QStringView value, QString &out, const KeptAscii &keep, bool spaceAsPlus)
{
    const QChar *const end = value.data() + value.size();
    qsizetype length = 0;
    for (const QChar *src = value.data(); src < end;) {
        const char16_t c = src->unicode();
        if (keep(c) || (c == u' ' && spaceAsPlus)) {
            ++length;
            ++src;
        } else {
            length += qsizetype(3) * utf8Length(nextCodePoint(src, end));
        }
    }

    const qsizetype start = out.size();
    if (out.capacity() < start + length)
        out.reserve(qMax(start + length, 2 * out.capacity()));
    out.resize(start + length);
    QChar *dst = out.data() + start;
    const auto put = [&dst](uint byte) {
        *dst++ = QLatin1Char('%');
        *dst++ = QLatin1Char(kHex[byte >> 4]);
        *dst++ = QLatin1Char(kHex[byte & 0xF]);
    };
    for (const QChar *src = value.data(); src < end;) {
        const char16_t c = src->unicode();
        if (keep(c)) {
            *dst++ = *src++;
            continue;
        }
        if (c == u' ' && spaceAsPlus) {
            *dst++ = QLatin1Char('+');
            ++src;
            continue;
        }
        const char32_t cp = nextCodePoint(src, end);
        if (cp < 0x80) {
            put(cp);
        } else if (cp < 0x800) {
            put(0xC0 | (cp >> 6));
            put(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            put(0xE0 | (cp >> 12));
            put(0x80 | ((cp >> 6) & 0x3F));
            put(0x80 | (cp & 0x3F));
        } else {
            put(0xF0 | (cp >> 18));
            put(0x80 | ((cp >> 12) & 0x3F));
            put(0x80 | ((cp >> 6) & 0x3F));
            put(0x80 | (cp & 0x3F));
        }
    }
}

void appendJsonEscaped(QStringView value, QString &out)
{
    out.reserve(out.size() + value.size() + 2);
    for (const QChar ch : value) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c < 0x20) {
                out += QLatin1String("\\u00");
                out += QLatin1Char(kHex[c >> 4]);
                out += QLatin1Char(kHex[c & 0xF]);
            } else {
                out += ch;
            }
        }
    }
}

QString quoted(QStringView value)
{
    // Long values would drown the message; the start is enough to find the culprit.
    constexpr qsizetype kShown = 60;
    if (value.size() <= kShown)
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    return QLatin1Char('"') + value.left(kShown).toString() + QStringLiteral("...\"");
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool appendHost(QStringView value, QString &out, QString *error)
{
    if (value.isEmpty())
        return true;
    // toAce validates every label (no spaces, '/', ':', '@', empty labels...) and turns
    // international names into their xn-- form.
    const QByteArray ace = QUrl::toAce(value.toString());
    bool valid = !ace.isEmpty();
    for (const char c : ace)
        valid = valid && (isAsciiAlnum(uchar(c)) || c == '-' || c == '.' || c == '_');
    if (!valid)
        return fail(
            error,
            QCoreApplication::translate("RenderContext", "value %1 is not a valid host name").arg(quoted(value)));
    out += QLatin1String(ace);
    return true;
}

bool appendPort(QStringView value, QString &out, QString *error)
{
    bool digitsOnly = value.size() <= 5;
    for (const QChar c : value)
        digitsOnly = digitsOnly && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digitsOnly || (!value.isEmpty() && value.toInt() > 65535))
        return fail(error,
                    QCoreApplication::translate("RenderContext", "value %1 is not a port number").arg(quoted(value)));
    out += value;
    return true;
}

bool appendScheme(QStringView value, QString &out, QString *error)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (!(u < 0x80 && (isAsciiAlnum(u) || u == u'+' || u == u'-' || u == u'.')))
            return fail(
                error,
                QCoreApplication::translate("RenderContext", "value %1 is not a valid URL scheme").arg(quoted(value)));
    }
    out += value;
    return true;
}

bool appendHeaderValue(QStringView value, QString &out, QString *error)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'\r' || u == u'\n')
            return fail(error, QCoreApplication::translate("RenderContext", "value contains a line break"));
        if (u == 0)
            return fail(error, QCoreApplication::translate("RenderContext", "value contains a NUL character"));
        if ((u < 0x20 && u != u'\t') || u == 0x7F) {
            return fail(error, QCoreApplication::translate("RenderContext", "value contains the control character U+%1")
                                   .arg(QString::number(u, 16).toUpper().rightJustified(4, QLatin1Char('0'))));
        }
    }
    out += value;
    return true;
}

// A JSON number (RFC 8259 grammar) that Qt's JSON parser accepts, i.e. finite as a double.
bool isJsonNumber(QStringView text)
{
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto digit = [&text](qsizetype at) {
        return text[at] >= QLatin1Char('0') && text[at] <= QLatin1Char('9');
    };
    const auto digits = [&](qsizetype from) {
        qsizetype at = from;
        while (at < n && digit(at))
            ++at;
        return at - from;
    };
    if (i < n && text[i] == QLatin1Char('-'))
        ++i;
    if (i >= n || !digit(i))
        return false;
    if (text[i] == QLatin1Char('0'))
        ++i;
    else
        i += digits(i);
    if (i < n && text[i] == QLatin1Char('.')) {
        const qsizetype fraction = digits(i + 1);
        if (fraction == 0)
            return false;
        i += 1 + fraction;
    }
    if (i < n && (text[i] == QLatin1Char('e') || text[i] == QLatin1Char('E'))) {
        ++i;
        if (i < n && (text[i] == QLatin1Char('+') || text[i] == QLatin1Char('-')))
            ++i;
        const qsizetype exponent = digits(i);
        if (exponent == 0)
            return false;
        i += exponent;
    }
    if (i != n)
        return false;
    // Qt's JSON parser refuses numbers that overflow or underflow a double ("1e400", "1e-400").
    bool ok = false;
    const double number = text.toDouble(&ok);
    return ok && qIsFinite(number);
}

} // namespace

namespace RenderContexts {

void appendPercentEncoded(QStringView value, QString &out)
{
    appendPercent(value, out, kUnreserved, false);
}

bool appendEncoded(QStringView value, RenderContext context, QString &out, QString *error)
{
    switch (context) {
    case RenderContext::Plain:
        out += value;
        return true;
    case RenderContext::UrlQuery:
        appendPercentEncoded(value, out);
        return true;
    case RenderContext::UrlPath:
        // Percent-encoding does not protect these: URL parsers decode %2E and resolve dot segments.
        if (value == QLatin1String(".") || value == QLatin1String(".."))
            return fail(
                error,
                QCoreApplication::translate("RenderContext", "value %1 would change the URL path").arg(quoted(value)));
        appendPercentEncoded(value, out);
        return true;
    case RenderContext::UrlHost:
        return appendHost(value, out, error);
    case RenderContext::UrlPort:
        return appendPort(value, out, error);
    case RenderContext::UrlScheme:
        return appendScheme(value, out, error);
    case RenderContext::Header:
        return appendHeaderValue(value, out, error);
    case RenderContext::JsonString:
        appendJsonEscaped(value, out);
        return true;
    case RenderContext::JsonValue:
        if (value.isEmpty()) {
            out += QLatin1String("null");
        } else if (value == QLatin1String("true") || value == QLatin1String("false") || isJsonNumber(value)) {
            out += value;
        } else {
            out += QLatin1Char('"');
            appendJsonEscaped(value, out);
            out += QLatin1Char('"');
        }
        return true;
    case RenderContext::Form:
        appendPercent(value, out, kFormSafe, true);
        return true;
    }
    return fail(error, QCoreApplication::translate("RenderContext", "unknown render context"));
}

} // namespace RenderContexts
