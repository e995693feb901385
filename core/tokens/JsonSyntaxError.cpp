// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/JsonSyntaxError.h"

#include "tokens/TextPosition.h"

namespace {

// What the grammar allows next.
enum class Expect
{
    Value,        // at the start, after ':' or after ',' in an array
    ValueOrClose, // after '['
    KeyOrClose,   // after '{'
    Key,          // after ',' in an object
    Colon,        // after a key
    CommaOrClose, // after a value inside an object or array
    Nothing,      // after the top-level value
};

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('.')
           || c == QLatin1Char('_');
}

// Long excerpts are cut, so that a message stays one readable line.
QString excerpt(QString text)
{
    constexpr int kMaxLength = 40;
    text = text.simplified();
    return text.size() <= kMaxLength ? text : text.left(kMaxLength) + QStringLiteral("...");
}

// Walks json up to the error's offset, keeping what the grammar expects there and what the
// last key and value were (as spans, read from the shown text).
class Walk final
{
public:
    Walk(const QString &json, const QString &shown)
        : m_json(json)
        , m_shown(shown)
    {}

    // False if the text before the offset does not follow the grammar (the parser's offset
    // then is not where this walk thinks it is).
    bool run(qsizetype offset)
    {
        m_expect = Expect::Value;
        m_open.clear();
        m_openedAt.clear();
        m_lastKeys.clear();
        m_lastKey = {};
        m_value = {};
        m_openString = -1;
        qsizetype i = 0;
        while (i < offset) {
            const QChar c = m_json.at(i);
            if (isBlank(c)) {
                ++i;
                continue;
            }
            if (c == QLatin1Char('"')) {
                const qsizetype start = i;
                ++i;
                while (i < m_json.size() && m_json.at(i) != QLatin1Char('"'))
                    i += m_json.at(i) == QLatin1Char('\\') ? 2 : 1;
                if (i >= offset || i >= m_json.size()) {
                    m_openString = start;
                    return true;
                }
                ++i;
                if (!string(start, i))
                    return false;
                continue;
            }
            if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
                if (!valueAllowed())
                    return false;
                m_open.append(c);
                m_openedAt.append(i);
                m_lastKeys.append(m_lastKey);
                m_expect = c == QLatin1Char('{') ? Expect::KeyOrClose : Expect::ValueOrClose;
                ++i;
                continue;
            }
            if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
                const QChar opener = c == QLatin1Char('}') ? QLatin1Char('{') : QLatin1Char('[');
                if (m_open.isEmpty() || m_open.back() != opener)
                    return false;
                const bool closable = m_expect == Expect::CommaOrClose
                                      || (opener == QLatin1Char('{') && m_expect == Expect::KeyOrClose)
                                      || (opener == QLatin1Char('[') && m_expect == Expect::ValueOrClose);
                if (!closable)
                    return false;
                m_open.chop(1);
                const qsizetype start = m_openedAt.takeLast();
                m_lastKey = m_lastKeys.takeLast();
                ++i;
                completeValue(start, i);
                continue;
            }
            if (c == QLatin1Char(':')) {
                if (m_expect != Expect::Colon)
                    return false;
                m_expect = Expect::Value;
                ++i;
                continue;
            }
            if (c == QLatin1Char(',')) {
                if (m_expect != Expect::CommaOrClose)
                    return false;
                m_expect = m_open.back() == QLatin1Char('{') ? Expect::Key : Expect::Value;
                ++i;
                continue;
            }
            if (!isWordCharacter(c) || !valueAllowed())
                return false;
            const qsizetype start = i;
            while (i < offset && isWordCharacter(m_json.at(i)))
                ++i;
            completeValue(start, i);
        }
        return true;
    }

    QString message(qsizetype offset, QJsonParseError::ParseError error) const
    {
        if (m_openString >= 0)
            return JsonSyntaxError::tr("unterminated string starting at %1")
                .arg(TextPosition::describe(m_shown, m_openString));
        QString found;
        if (offset < m_json.size() && error != QJsonParseError::UnterminatedObject
            && error != QJsonParseError::UnterminatedArray && error != QJsonParseError::MissingValueSeparator) {
            qsizetype end = offset + 1;
            if (m_json.at(offset) != m_shown.at(offset)) {
                // A token's stand-in: the whole token, as shown.
                while (end < m_json.size() && m_json.at(end) != m_shown.at(end))
                    ++end;
            } else {
                while (end < m_json.size() && isWordCharacter(m_json.at(offset)) && isWordCharacter(m_json.at(end)))
                    ++end;
            }
            found = excerpt(m_shown.mid(offset, end - offset));
        }
        QString expected;
        switch (m_expect) {
        case Expect::Value:
            // The parser takes only an object or an array as the whole text.
            expected =
                m_open.isEmpty() ? JsonSyntaxError::tr("expected { or [") : JsonSyntaxError::tr("expected a value");
            break;
        case Expect::ValueOrClose:
            expected = JsonSyntaxError::tr("expected a value or ]");
            break;
        case Expect::KeyOrClose:
            expected = JsonSyntaxError::tr("expected a key in quotes or }");
            break;
        case Expect::Key:
            expected = JsonSyntaxError::tr("expected a key in quotes");
            break;
        case Expect::Colon:
            expected = JsonSyntaxError::tr("expected :");
            break;
        case Expect::CommaOrClose:
            expected = m_open.back() == QLatin1Char('{') ? JsonSyntaxError::tr("expected , or }")
                                                         : JsonSyntaxError::tr("expected , or ]");
            break;
        case Expect::Nothing:
            return JsonSyntaxError::tr("unexpected text after the end of the JSON");
        }
        const QString after = afterWhat();
        QString text = after.isEmpty() ? expected : JsonSyntaxError::tr("%1 after %2").arg(expected, after);
        if (offset >= m_json.size())
            return JsonSyntaxError::tr("%1 (the text ends there)").arg(text);
        if (!found.isEmpty())
            text = JsonSyntaxError::tr("%1 (found %2)").arg(text, found);
        return text;
    }

    bool isComplete() const { return m_openString < 0 && m_expect == Expect::Nothing; }

private:
    struct Span
    {
        qsizetype start = -1;
        qsizetype end = -1;
    };

    bool valueAllowed() const { return m_expect == Expect::Value || m_expect == Expect::ValueOrClose; }

    bool string(qsizetype start, qsizetype end)
    {
        if (m_expect == Expect::Key || m_expect == Expect::KeyOrClose) {
            m_lastKey = {start, end};
            m_expect = Expect::Colon;
            return true;
        }
        if (!valueAllowed())
            return false;
        completeValue(start, end);
        return true;
    }

    void completeValue(qsizetype start, qsizetype end)
    {
        m_value = {start, end};
        m_expect = m_open.isEmpty() ? Expect::Nothing : Expect::CommaOrClose;
    }

    // A span of the shown text, stretched over the blanks after it in json: a token's
    // stand-in is "" and spaces in json, the whole token in the shown text.
    QString shownSpan(Span span) const
    {
        qsizetype end = span.end;
        while (end < m_json.size() && isBlank(m_json.at(end)) && !isBlank(m_shown.at(end)))
            ++end;
        return m_shown.mid(span.start, end - span.start).trimmed();
    }

    // What came last, as people read it: "a": "x" for a member, the value in an array, the
    // key before a colon, and so on.
    QString afterWhat() const
    {
        const bool inObject = !m_open.isEmpty() && m_open.back() == QLatin1Char('{');
        switch (m_expect) {
        case Expect::Value:
            if (m_open.isEmpty())
                return {};
            if (inObject) // after "a":
                return excerpt(shownSpan(m_lastKey)) + QLatin1Char(':');
            return excerpt(shownSpan(m_value)) + QLatin1Char(','); // after 1,
        case Expect::Key:
            return member() + QLatin1Char(',');
        case Expect::Colon:
            return excerpt(shownSpan(m_lastKey));
        case Expect::CommaOrClose:
            return inObject ? member() : excerpt(shownSpan(m_value));
        case Expect::ValueOrClose:
        case Expect::KeyOrClose:
            return m_open.back();
        case Expect::Nothing:
            break;
        }
        return {};
    }

    QString member() const { return excerpt(shownSpan(m_lastKey) + QStringLiteral(": ") + shownSpan(m_value)); }

    const QString &m_json;
    const QString &m_shown;
    Expect m_expect = Expect::Value;
    QString m_open; // the '{' and '[' not yet closed
    QList<qsizetype> m_openedAt;
    QList<Span> m_lastKeys; // the key being read when each open container opened
    Span m_lastKey;
    Span m_value;
    qsizetype m_openString = -1; // where a string the text ends in starts
};

} // namespace

QString JsonSyntaxError::describe(const QString &json, qsizetype offset, QJsonParseError::ParseError error,
                                  const QString &shown)
{
    const QString &people = shown.size() == json.size() ? shown : json;
    offset = qBound(qsizetype(0), offset, json.size());
    switch (error) {
    case QJsonParseError::NoError:
        return {};
    case QJsonParseError::IllegalEscapeSequence:
        return tr("invalid escape in a string (expected \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and 4 hex "
                  "digits)");
    case QJsonParseError::IllegalUTF8String:
        return tr("invalid UTF-8 in a string");
    case QJsonParseError::IllegalNumber: {
        // Qt also says so of any value it cannot start ('x' in single quotes): that is the
        // grammar's to describe.
        if (offset >= json.size()
            || !(json.at(offset).isDigit() || json.at(offset) == QLatin1Char('-')
                 || json.at(offset) == QLatin1Char('.')))
            break;
        qsizetype end = offset;
        while (end < json.size() && isWordCharacter(json.at(end)))
            ++end;
        const QString number = excerpt(people.mid(offset, end - offset));
        return number.isEmpty() ? tr("invalid number") : tr("invalid number %1").arg(number);
    }
    case QJsonParseError::DeepNesting:
        return tr("too deeply nested (more than 1024 levels of objects and arrays)");
    case QJsonParseError::DocumentTooLarge:
        return tr("the JSON is too large");
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::IllegalValue:
    case QJsonParseError::TerminationByNumber:
    case QJsonParseError::UnterminatedString:
    case QJsonParseError::GarbageAtEnd:
    case QJsonParseError::MissingObject:
        break;
    }
    Walk walk(json, people);
    // A text that follows the grammar to its end but leaves something open was cut short: Qt
    // then points at the last character, but what is missing comes after it.
    if (walk.run(json.size()) && !walk.isComplete())
        return walk.message(json.size(), error);
    if (!walk.run(offset)) {
        QJsonParseError qt;
        qt.error = error;
        return qt.errorString();
    }
    return walk.message(offset, error);
}
