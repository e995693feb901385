// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/TokenFilter.h"

#include "tokens/RenderContext.h"

#include <QCryptographicHash>

namespace {

struct NamedKind
{
    const char *name;
    TokenFilter::Kind kind;
};

const NamedKind kKinds[] = {
    {"first", TokenFilter::Kind::First},         {"last", TokenFilter::Kind::Last},
    {"lower", TokenFilter::Kind::Lower},         {"upper", TokenFilter::Kind::Upper},
    {"trim", TokenFilter::Kind::Trim},           {"digits", TokenFilter::Kind::Digits},
    {"e164", TokenFilter::Kind::E164},           {"sha256", TokenFilter::Kind::Sha256},
    {"urlencode", TokenFilter::Kind::UrlEncode}, {"default", TokenFilter::Kind::Default},
};

QString digitsOf(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
    }
    return digits;
}

QString joinRange(const QStringList &values, qsizetype begin, qsizetype end)
{
    if (end - begin == 1)
        return values.at(begin); // shared, no copy: the common single-valued tag
    QString text;
    for (qsizetype i = begin; i < end; ++i) {
        if (i > begin)
            text += QLatin1Char(',');
        text += values.at(i);
    }
    return text;
}

} // namespace

bool TokenFilter::parse(const QString &text, TokenFilter *filter, QString *error, Diagnostic::Code *code)
{
    const auto fail = [code](Diagnostic::Code failure) {
        if (code)
            *code = failure;
        return false;
    };
    if (text.isEmpty()) {
        *error = tr("empty filter after \"|\"");
        return fail(Diagnostic::Code::BadFilter);
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString name = colon < 0 ? text : text.left(colon);
    for (const NamedKind &entry : kKinds) {
        if (name != QLatin1String(entry.name))
            continue;
        if (entry.kind == Kind::Default && colon < 0) {
            *error = tr("filter \"default\" needs its text, as in default:0");
            return fail(Diagnostic::Code::BadFilter);
        }
        if (entry.kind != Kind::Default && colon >= 0) {
            *error = tr("filter \"%1\" takes no argument").arg(name);
            return fail(Diagnostic::Code::BadFilter);
        }
        filter->m_kind = entry.kind;
        filter->m_argument = colon < 0 ? QString() : text.mid(colon + 1);
        return true;
    }
    *error = tr("unknown filter \"%1\" (expected one of: %2)").arg(text, allNames());
    return fail(Diagnostic::Code::UnknownFilter);
}

QString TokenFilter::allNames()
{
    return QStringLiteral("first, last, lower, upper, trim, digits, e164, sha256, urlencode, default:TEXT");
}

QString TokenFilter::name() const
{
    for (const NamedKind &entry : kKinds) {
        if (entry.kind == m_kind)
            return QLatin1String(entry.name);
    }
    return QString();
}

QString TokenFilter::applyChain(const QList<TokenFilter> &chain, const QStringList &values, QStringList *notes)
{
    // The values stay a list, as a [begin, end) range, until a text filter needs them as text.
    qsizetype begin = 0;
    qsizetype end = values.size();
    QString text;
    bool isText = false;
    for (const TokenFilter &filter : chain) {
        if (filter.picksValues()) {
            if (!isText && begin < end) {
                if (filter.m_kind == Kind::First)
                    end = begin + 1;
                else
                    begin = end - 1;
            }
            continue;
        }
        if (!isText) {
            text = joinRange(values, begin, end);
            isText = true;
        }
        text = filter.applyToText(text, notes);
    }
    return isText ? text : joinRange(values, begin, end);
}

QString TokenFilter::applyToText(const QString &text, QStringList *notes) const
{
    switch (m_kind) {
    case Kind::First:
    case Kind::Last:
        return text;
    case Kind::Lower:
        return text.toLower();
    case Kind::Upper:
        return text.toUpper();
    case Kind::Trim:
        return text.trimmed();
    case Kind::Digits:
        return digitsOf(text);
    case Kind::E164: {
        // US numbers (10 digits, or 11 starting with 1) become +1NNNNNNNNNN. A number already
        // written with a leading '+' and a plausible E.164 length (8 to 15 digits) keeps its
        // digits behind the '+'. Anything else is left as it was, with a note, so a bad caller
        // id is visible instead of silently mangled.
        if (text.isEmpty())
            return text;
        const QString digits = digitsOf(text);
        if (text.trimmed().startsWith(QLatin1Char('+'))) {
            if (digits.size() >= 8 && digits.size() <= 15)
                return QLatin1Char('+') + digits;
        } else if (digits.size() == 10) {
            return QStringLiteral("+1") + digits;
        } else if (digits.size() == 11 && digits.startsWith(QLatin1Char('1'))) {
            return QLatin1Char('+') + digits;
        }
        if (notes)
            notes->append(tr("e164: \"%1\" is not a US or E.164 phone number; left unchanged").arg(text));
        return text;
    }
    case Kind::Sha256:
        // An empty value stays empty: the hash of nothing would look like real data to the receiver.
        if (text.isEmpty())
            return text;
        return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    case Kind::UrlEncode: {
        QString encoded;
        RenderContexts::appendPercentEncoded(text, encoded);
        return encoded;
    }
    case Kind::Default:
        return text.isEmpty() ? m_argument : text;
    }
    return text;
}
