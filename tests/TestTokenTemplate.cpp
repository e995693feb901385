// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/TagMap.h"
#include "tokens/TextPosition.h"
#include "tokens/TokenTemplate.h"

#include <QTest>
#include <QUrl>

Q_DECLARE_METATYPE(RenderContext)

namespace {

// "key=value" entries (split at the first '='; repeated keys give several values), or a bare
// "key" for a tag that is present with no values.
TagMap tagsFrom(const QStringList &entries)
{
    TagMap tags;
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals < 0) {
            tags.set(entry, {});
            continue;
        }
        const QString key = entry.left(equals);
        tags.set(key, tags.values(key) << entry.mid(equals + 1));
    }
    return tags;
}

QString render(const QString &text, const TagMap &tags, RenderContext context, RenderReport *report)
{
    const TokenTemplate compiled(text, context);
    if (!compiled.isValid())
        qWarning() << compiled.errors();
    return compiled.render(tags, report);
}

QString hostileValue()
{
    QString value = QStringLiteral("& = # ? / % + space \" \\ { } [ ] \r \n ");
    value += QChar(0);
    value += QStringLiteral(" é ü ß 中文 😀 %20 %zz ..");
    return value;
}

} // namespace

class TestTokenTemplate : public QObject
{
    Q_OBJECT

private slots:
    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("warnings");

        const QStringList none;
        QTest::newRow("token") << "hello [name]!" << QStringList{"name=Jo"} << "hello Jo!" << none;
        QTest::newRow("json arrays stay")
            << R"({"ids": [1, 2], "x": ["a"]})" << none << R"({"ids": [1, 2], "x": ["a"]})" << none;
        QTest::newRow("other bracket text stays")
            << "[ringba call] [a, b] [1abc] [name!] [name" << QStringList{"name=Jo"}
            << "[ringba call] [a, b] [1abc] [name!] [name" << none;
        QTest::newRow("doubled brackets") << "[[name]] and a]]b" << QStringList{"name=Jo"} << "[name] and a]b" << none;
        QTest::newRow("lone closing bracket") << "a]b" << none << "a]b" << none;
        QTest::newRow("key characters") << "[ping.bid_id] [geo:us-ny] [_a-b]"
                                        << QStringList{"ping.bid_id=7", "geo:us-ny=yes", "_a-b=x"} << "7 yes x" << none;
        QTest::newRow("keys ignore case") << "[Caller_Number]" << QStringList{"caller_number=+1555"} << "+1555" << none;
        QTest::newRow("values joined with commas")
            << "[geo]" << QStringList{"geo=us-10101", "geo=us-ny", "geo=us"} << "us-10101,us-ny,us" << none;
        QTest::newRow("missing tag") << "id=[call_id]" << none
                                     << "id=" << QStringList{"tag [call_id] is missing; rendered as empty text"};
        QTest::newRow("missing tag with default")
            << "[payout|default:0]" << none << "0" << QStringList{"tag [payout] is missing; rendered as 0"};
        QTest::newRow("missing twice, warned once")
            << "[a]-[a]" << none << "-" << QStringList{"tag [a] is missing; rendered as empty text"};
        QTest::newRow("present without values") << "<[sale]>" << QStringList{"sale"} << "<>" << none;
        QTest::newRow("e164 note") << "[n|e164]" << QStringList{"n=12345"} << "12345"
                                   << QStringList{"tag [n]: e164: \"12345\" is not a US or E.164 phone number; "
                                                  "left unchanged"};
    }

    void render()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tags);
        QFETCH(QString, expected);
        QFETCH(QStringList, warnings);
        RenderReport report;
        QCOMPARE(::render(text, tagsFrom(tags), RenderContext::Plain, &report), expected);
        QCOMPARE(report.warnings, warnings);
        QCOMPARE(report.errors, QStringList());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("chain");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("expected");

        const QString hashedE164 = QStringLiteral("8a59780bb8cd2ba022bfa5ba2ea3b6e07af17a7d8b30c1f9b3390e36f69019e4");
        QTest::newRow("first") << "first" << QStringList{"a", "b", "c"} << "a";
        QTest::newRow("last") << "last" << QStringList{"a", "b", "c"} << "c";
        QTest::newRow("first of nothing") << "first" << QStringList{} << "";
        QTest::newRow("lower") << "lower" << QStringList{"MiXeD ÜNÏ"} << "mixed ünï";
        QTest::newRow("upper") << "upper" << QStringList{"MiXeD ünï"} << "MIXED ÜNÏ";
        QTest::newRow("trim") << "trim" << QStringList{"  a b \t"} << "a b";
        QTest::newRow("digits") << "digits" << QStringList{"+1 (555) 123-4567"} << "15551234567";
        QTest::newRow("digits of joined values") << "digits" << QStringList{"555-1", "555-2"} << "55515552";
        QTest::newRow("e164 10 digits") << "e164" << QStringList{"(555) 123-4567"} << "+15551234567";
        QTest::newRow("e164 11 digits") << "e164" << QStringList{"1-555-123-4567"} << "+15551234567";
        QTest::newRow("e164 already US") << "e164" << QStringList{"+1 555 123 4567"} << "+15551234567";
        QTest::newRow("e164 already international") << "e164" << QStringList{"+44 20 7946 0958"} << "+442079460958";
        QTest::newRow("e164 too short") << "e164" << QStringList{"12345"} << "12345";
        QTest::newRow("e164 plus, too short") << "e164" << QStringList{"+12"} << "+12";
        QTest::newRow("e164 11 digits not 1") << "e164" << QStringList{"25551234567"} << "25551234567";
        QTest::newRow("e164 empty") << "e164" << QStringList{} << "";
        QTest::newRow("sha256") << "sha256" << QStringList{"+15551234567"} << hashedE164;
        QTest::newRow("sha256 of nothing stays empty") << "sha256" << QStringList{} << "";
        QTest::newRow("digits then sha256") << "digits|sha256" << QStringList{"(555) 123-4567"}
                                            << "3c95277da5fd0da6a1a44ee3fdf56d20af6c6d242695a40e18e6e90dc3c5872c";
        QTest::newRow("e164 then sha256") << "e164|sha256" << QStringList{"555.123.4567"} << hashedE164;
        QTest::newRow("urlencode") << "urlencode" << QStringList{"a b&c/é~"} << "a%20b%26c%2F%C3%A9~";
        QTest::newRow("default when missing") << "default:0" << QStringList{} << "0";
        QTest::newRow("default when empty") << "default:0" << QStringList{""} << "0";
        QTest::newRow("default not needed") << "default:0" << QStringList{"5"} << "5";
        QTest::newRow("default text with colon") << "default:n/a:x" << QStringList{} << "n/a:x";
        QTest::newRow("empty default") << "default:" << QStringList{} << "";
        QTest::newRow("trim then default") << "trim|default:none" << QStringList{"  "} << "none";
        QTest::newRow("first then upper") << "first|upper" << QStringList{"a", "b"} << "A";
        QTest::newRow("last then digits") << "last|digits" << QStringList{"x1", "y2"} << "2";
        QTest::newRow("first then last") << "first|last" << QStringList{"a", "b"} << "a";
    }

    void filters()
    {
        QFETCH(QString, chain);
        QFETCH(QStringList, values);
        QFETCH(QString, expected);
        TagMap tags;
        tags.set(QStringLiteral("v"), values);
        QCOMPARE(::render(QStringLiteral("[v|") + chain + QLatin1Char(']'), tags, RenderContext::Plain, nullptr),
                 expected);
    }

    void contexts_data()
    {
        QTest::addColumn<RenderContext>("context");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << RenderContext::Plain << "a&b \"c\""
                               << "a&b \"c\"";
        QTest::newRow("query reserved") << RenderContext::UrlQuery << "a b&c=d/?#%+"
                                        << "a%20b%26c%3Dd%2F%3F%23%25%2B";
        QTest::newRow("query unreserved") << RenderContext::UrlQuery << "AZaz09-._~"
                                          << "AZaz09-._~";
        QTest::newRow("query utf-8") << RenderContext::UrlQuery << "é😀"
                                     << "%C3%A9%F0%9F%98%80";
        QTest::newRow("query controls") << RenderContext::UrlQuery << QStringLiteral("CR\r\nLF") + QChar(0)
                                        << "CR%0D%0ALF%00";
        QTest::newRow("path") << RenderContext::UrlPath << "a/b c?"
                              << "a%2Fb%20c%3F";
        QTest::newRow("path dots inside") << RenderContext::UrlPath << "..."
                                          << "...";
        QTest::newRow("host lower-cased") << RenderContext::UrlHost << "Track.Example.com"
                                          << "track.example.com";
        QTest::newRow("host international") << RenderContext::UrlHost << "bücher.example"
                                            << "xn--bcher-kva.example";
        QTest::newRow("host underscore") << RenderContext::UrlHost << "a_b"
                                         << "a_b";
        QTest::newRow("port") << RenderContext::UrlPort << "8080"
                              << "8080";
        QTest::newRow("scheme") << RenderContext::UrlScheme << "https"
                                << "https";
        QTest::newRow("header") << RenderContext::Header << "Bearer abc\tdéf"
                                << "Bearer abc\tdéf";
        QTest::newRow("json string") << RenderContext::JsonString
                                     << QStringLiteral("say \"hi\"\\ \n\t\r\b\f") + QChar(1) + QChar(0)
                                     << "say \\\"hi\\\"\\\\ \\n\\t\\r\\b\\f\\u0001\\u0000";
        QTest::newRow("json number") << RenderContext::JsonValue << "12.5"
                                     << "12.5";
        QTest::newRow("json negative") << RenderContext::JsonValue << "-3"
                                       << "-3";
        QTest::newRow("json exponent") << RenderContext::JsonValue << "1E+5"
                                       << "1E+5";
        QTest::newRow("json zero") << RenderContext::JsonValue << "0"
                                   << "0";
        QTest::newRow("json leading zero is text") << RenderContext::JsonValue << "007"
                                                   << "\"007\"";
        QTest::newRow("json plus is text") << RenderContext::JsonValue << "+1"
                                           << "\"+1\"";
        QTest::newRow("json trailing dot is text") << RenderContext::JsonValue << "1."
                                                   << "\"1.\"";
        QTest::newRow("json leading dot is text") << RenderContext::JsonValue << ".5"
                                                  << "\".5\"";
        QTest::newRow("json overflow is text") << RenderContext::JsonValue << "1e400"
                                               << "\"1e400\"";
        QTest::newRow("json spaces are text") << RenderContext::JsonValue << " 5"
                                              << "\" 5\"";
        QTest::newRow("json true") << RenderContext::JsonValue << "true"
                                   << "true";
        QTest::newRow("json false") << RenderContext::JsonValue << "false"
                                    << "false";
        QTest::newRow("json True is text") << RenderContext::JsonValue << "True"
                                           << "\"True\"";
        QTest::newRow("json null is text") << RenderContext::JsonValue << "null"
                                           << "\"null\"";
        QTest::newRow("json empty is null") << RenderContext::JsonValue << ""
                                            << "null";
        QTest::newRow("json quoted string") << RenderContext::JsonValue << "a\"b}"
                                            << "\"a\\\"b}\"";
        QTest::newRow("form") << RenderContext::Form << "a b+c&d=é*~"
                              << "a+b%2Bc%26d%3D%C3%A9*%7E";
    }

    void contexts()
    {
        QFETCH(RenderContext, context);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        RenderReport report;
        QCOMPARE(::render(QStringLiteral("<[v]>"), tagsFrom({QStringLiteral("v=") + value}), context, &report),
                 QLatin1Char('<') + expected + QLatin1Char('>'));
        QCOMPARE(report.errors, QStringList());
        QCOMPARE(report.warnings, QStringList());
    }

    void refusals_data()
    {
        QTest::addColumn<RenderContext>("context");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");

        QTest::newRow("path dot") << RenderContext::UrlPath << "."
                                  << R"(tag [v] value "." would change the URL path)";
        QTest::newRow("path dot dot") << RenderContext::UrlPath << ".."
                                      << R"(tag [v] value ".." would change the URL path)";
        QTest::newRow("host with path") << RenderContext::UrlHost << "evil.com/x?y"
                                        << R"(tag [v] value "evil.com/x?y" is not a valid host name)";
        QTest::newRow("host with space") << RenderContext::UrlHost << "a b"
                                         << R"(tag [v] value "a b" is not a valid host name)";
        QTest::newRow("host with port") << RenderContext::UrlHost << "x.com:80"
                                        << R"(tag [v] value "x.com:80" is not a valid host name)";
        QTest::newRow("host with userinfo") << RenderContext::UrlHost << "me@x.com"
                                            << R"(tag [v] value "me@x.com" is not a valid host name)";
        QTest::newRow("port letters") << RenderContext::UrlPort << "80a"
                                      << R"(tag [v] value "80a" is not a port number)";
        QTest::newRow("port too big") << RenderContext::UrlPort << "99999"
                                      << R"(tag [v] value "99999" is not a port number)";
        QTest::newRow("scheme colon") << RenderContext::UrlScheme << "http:"
                                      << R"(tag [v] value "http:" is not a valid URL scheme)";
        QTest::newRow("header CRLF") << RenderContext::Header << "a\r\nX-Evil: 1"
                                     << "tag [v] value contains a line break";
        QTest::newRow("header LF") << RenderContext::Header << "a\nb"
                                   << "tag [v] value contains a line break";
        QTest::newRow("header CR") << RenderContext::Header << "a\rb"
                                   << "tag [v] value contains a line break";
        QTest::newRow("header NUL") << RenderContext::Header << QStringLiteral("a") + QChar(0) + QStringLiteral("b")
                                    << "tag [v] value contains a NUL character";
        QTest::newRow("header control") << RenderContext::Header << QStringLiteral("a\x01")
                                        << "tag [v] value contains the control character U+0001";
        QTest::newRow("header delete") << RenderContext::Header << QStringLiteral("\x7f")
                                       << "tag [v] value contains the control character U+007F";
    }

    void refusals()
    {
        QFETCH(RenderContext, context);
        QFETCH(QString, value);
        QFETCH(QString, error);
        RenderReport report;
        // A refused value renders as nothing; the error says the request must not go out.
        QCOMPARE(::render(QStringLiteral("<[v]>"), tagsFrom({QStringLiteral("v=") + value}), context, &report),
                 QStringLiteral("<>"));
        QCOMPARE(report.errors, QStringList{error});
        QVERIFY(!report.ok());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("errors");

        const QString expected = QStringLiteral(
            " (expected one of: first, last, lower, upper, trim, digits, e164, sha256, urlencode, default:TEXT)");
        QTest::newRow("unknown filter") << "https://x.test/?a=[name|lowr]"
                                        << QStringList{"column 25: unknown filter \"lowr\"" + expected};
        QTest::newRow("filter names are lower case")
            << "[x|LOWER]" << QStringList{"column 4: unknown filter \"LOWER\"" + expected};
        QTest::newRow("no spaces in chains")
            << "[x| lower]" << QStringList{"column 4: unknown filter \" lower\"" + expected};
        QTest::newRow("empty filter") << "[x|]" << QStringList{"column 4: empty filter after \"|\""};
        QTest::newRow("empty filter between") << "[x||lower]" << QStringList{"column 4: empty filter after \"|\""};
        QTest::newRow("unclosed") << "a [x|lower"
                                  << QStringList{"column 3: token \"[x|lower\" is not closed with \"]\""};
        QTest::newRow("unclosed at line end")
            << "[x|lower\n]" << QStringList{"line 1, column 1: token \"[x|lower\" is not closed with \"]\""};
        QTest::newRow("bracket inside") << "[x|default:[y]]"
                                        << QStringList{"column 1: token \"[x|default:\" is not closed with \"]\""};
        QTest::newRow("pick after text filter")
            << "[x|digits|first]"
            << QStringList{
                   "column 11: filter \"first\" picks from the tag's values, so it must come before \"digits\""};
        QTest::newRow("default without text")
            << "[x|default]" << QStringList{"column 4: filter \"default\" needs its text, as in default:0"};
        QTest::newRow("argument not taken")
            << "[x|lower:3]" << QStringList{"column 4: filter \"lower\" takes no argument"};
        QTest::newRow("multi-line") << "{\n  \"a\": [x|nope]\n}"
                                    << QStringList{"line 2, column 11: unknown filter \"nope\"" + expected};
        QTest::newRow("columns count characters")
            << "é😀[x|bad]" << QStringList{"column 6: unknown filter \"bad\"" + expected};
        QTest::newRow("every error reported")
            << "[a|x] [b|y]"
            << QStringList{"column 4: unknown filter \"x\"" + expected, "column 10: unknown filter \"y\"" + expected};
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, errors);
        const TokenTemplate compiled(text);
        QCOMPARE(compiled.errors(), errors);
        QVERIFY(!compiled.isValid());
    }

    // A pasted wall of broken tokens: 25,000 of them took 12 s to compile when each got a
    // message (each message scans the text for its position). Now the first kMaxErrors are
    // reported and the rest counted.
    void manyErrorsAreCappedAndCounted()
    {
        const QString text = QStringLiteral("[a|x").repeated(25000);
        const TokenTemplate compiled(text);
        const QStringList errors = compiled.errors();
        QCOMPARE(errors.size(), TokenTemplate::kMaxErrors + 1);
        QVERIFY2(errors.constFirst().startsWith(QLatin1String("column 4: unknown filter \"x\"")),
                 qPrintable(errors.constFirst()));
        QCOMPARE(errors.constLast(), QStringLiteral("and 49980 more problems"));
        QCOMPARE(compiled.render(TagMap()), text);

        const QString justOverTheCap = QStringLiteral("[a|x]").repeated(TokenTemplate::kMaxErrors + 1);
        QCOMPARE(TokenTemplate(justOverTheCap).errors().constLast(), QStringLiteral("and 1 more problem"));
        QCOMPARE(TokenTemplate(QStringLiteral("[a|x]").repeated(TokenTemplate::kMaxErrors)).errors().size(),
                 TokenTemplate::kMaxErrors);
    }

    void hugeTokenNameIsOneToken()
    {
        const QString key = QString(100 * 1024, QLatin1Char('k'));
        const TokenTemplate compiled(QLatin1Char('[') + key + QStringLiteral("|default:none]"));
        QVERIFY(compiled.isValid());
        QCOMPARE(compiled.keys(), QStringList{key});
        QCOMPARE(compiled.render(TagMap()), QStringLiteral("none"));
    }

    void invalidTemplateStillRendersWhatItCan()
    {
        const TokenTemplate compiled(QStringLiteral("[a|nope]-[b]"));
        QVERIFY(!compiled.isValid());
        QCOMPARE(compiled.render(tagsFrom({QStringLiteral("a=1"), QStringLiteral("b=2")})), QStringLiteral("1-2"));
    }

    void keysInOrderWithoutDuplicates()
    {
        const TokenTemplate compiled(QStringLiteral("[b] [a|lower] [B] [c|default:x] [[d]] [1e]"));
        QCOMPARE(compiled.keys(), (QStringList{"b", "a", "c"}));
    }

    void partsMapToSource()
    {
        const TokenTemplate compiled(QStringLiteral("x[[y]]z[k|lower]"));
        QList<QPair<qsizetype, qsizetype>> spans;
        QStringList texts;
        for (const TokenTemplate::Part &part : compiled.parts()) {
            spans.append({part.offset, part.sourceLength});
            texts.append(part.token < 0 ? part.text : QStringLiteral("#") + compiled.tokens().at(part.token).key);
        }
        QCOMPARE(texts, (QStringList{"x", "[", "y", "]", "z", "#k"}));
        const QList<QPair<qsizetype, qsizetype>> expected{{0, 1}, {1, 2}, {3, 1}, {4, 2}, {6, 1}, {7, 9}};
        QCOMPARE(spans, expected);
        QCOMPARE(compiled.tokens().constFirst().filters.size(), 1);
    }

    void builtTemplatesMixContexts()
    {
        TokenTemplate built;
        TokenTemplate::Token token;
        token.key = QStringLiteral("v");
        built.appendText(QStringLiteral("a="));
        token.context = RenderContext::UrlQuery;
        built.appendToken(token);
        built.appendText(QStringLiteral("&"));
        built.appendText(QStringLiteral("j="));
        token.context = RenderContext::JsonValue;
        built.appendToken(token);
        QCOMPARE(built.parts().size(), 4); // adjacent text merged
        QCOMPARE(built.render(tagsFrom({QStringLiteral("v=x y")})), QStringLiteral("a=x%20y&j=\"x y\""));
    }

    void positions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("start") << "abc" << 0 << "column 1";
        QTest::newRow("end") << "abc" << 3 << "column 4";
        QTest::newRow("second line") << "a\nbc" << 3 << "line 2, column 2";
        QTest::newRow("first line of several") << "ab\nc" << 1 << "line 1, column 2";
        QTest::newRow("surrogate pair is one column") << "😀x" << 2 << "column 2";
    }

    void positions()
    {
        QFETCH(QString, text);
        QFETCH(int, offset);
        QFETCH(QString, expected);
        QCOMPARE(TextPosition::describe(text, offset), expected);
    }

    void hostileValuesRoundTrip()
    {
        QString big = hostileValue();
        while (big.size() < 100 * 1024)
            big += big;
        for (const QString &value : {hostileValue(), big}) {
            const TagMap tags = tagsFrom({QStringLiteral("v=") + value});
            const QString query = ::render(QStringLiteral("[v]"), tags, RenderContext::UrlQuery, nullptr);
            QVERIFY(std::all_of(query.cbegin(), query.cend(),
                                [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; }));
            QCOMPARE(QUrl::fromPercentEncoding(query.toLatin1()), value);

            QString form = ::render(QStringLiteral("[v]"), tags, RenderContext::Form, nullptr);
            QVERIFY(!form.contains(QLatin1Char(' ')));
            QCOMPARE(QUrl::fromPercentEncoding(form.replace(QLatin1Char('+'), QLatin1Char(' ')).toLatin1()), value);
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenTemplate)
#include "TestTokenTemplate.moc"
