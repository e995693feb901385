// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/TagMap.h"
#include "tokens/UrlTemplate.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

namespace {

TagMap tagsFrom(const QStringList &entries)
{
    TagMap tags;
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QString key = entry.left(equals);
        tags.set(key, tags.values(key) << entry.mid(equals + 1));
    }
    return tags;
}

bool isEncodedAscii(const QString &url)
{
    return std::all_of(url.cbegin(), url.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
}

QStringList hostileValues()
{
    QString nul(1, QChar(0));
    QString big;
    while (big.size() < 100 * 1024)
        big += QStringLiteral("&=#?/%+ \"\\{}[]\r\n") + nul + QStringLiteral("é中😀");
    return {QStringLiteral("&"),
            QStringLiteral("="),
            QStringLiteral("#"),
            QStringLiteral("?"),
            QStringLiteral("/"),
            QStringLiteral("%"),
            QStringLiteral("%20"),
            QStringLiteral("+"),
            QStringLiteral(" "),
            QStringLiteral("\""),
            QStringLiteral("\\"),
            QStringLiteral("{}"),
            QStringLiteral("[]"),
            QStringLiteral("[x]"),
            QStringLiteral("a\r\nb"),
            nul,
            QStringLiteral("é ü 中文 😀"),
            QStringLiteral("a=b&c=d#e"),
            big};
}

} // namespace

class TestUrlTemplate : public QObject
{
    Q_OBJECT

private slots:
    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("expected");

        QTest::newRow("postback") << "https://track.example.com/postback?cid=[call_uuid]&payout=[payout]"
                                  << QStringList{"call_uuid=abc-1", "payout=12.50"}
                                  << "https://track.example.com/postback?cid=abc-1&payout=12.50";
        QTest::newRow("query value encoded")
            << "https://x.test/?q=[v]" << QStringList{"v=a b&c=d#e"} << "https://x.test/?q=a%20b%26c%3Dd%23e";
        QTest::newRow("query key encoded")
            << "https://x.test/?[k]=1" << QStringList{"k=a=b"} << "https://x.test/?a%3Db=1";
        QTest::newRow("path segment encoded")
            << "https://x.test/calls/[id]/done" << QStringList{"id=a/b?c"} << "https://x.test/calls/a%2Fb%3Fc/done";
        QTest::newRow("fragment encoded")
            << "https://x.test/p#[v]" << QStringList{"v=a#b c"} << "https://x.test/p#a%23b%20c";
        QTest::newRow("userinfo encoded") << "https://[user]:[pass]@x.test/" << QStringList{"user=a@b", "pass=p:w/d"}
                                          << "https://a%40b:p%3Aw%2Fd@x.test/";
        QTest::newRow("host token") << "https://[domain]/postback?x=1" << QStringList{"domain=Trk.Example.com"}
                                    << "https://trk.example.com/postback?x=1";
        QTest::newRow("host token part") << "https://[sub].example.com/" << QStringList{"sub=bücher"}
                                         << "https://xn--bcher-kva.example.com/";
        QTest::newRow("port token") << "http://127.0.0.1:[port]/append" << QStringList{"port=8080"}
                                    << "http://127.0.0.1:8080/append";
        QTest::newRow("scheme token") << "[scheme]://x.test/" << QStringList{"scheme=https"} << "https://x.test/";
        QTest::newRow("filters") << "https://x.test/?p=[phone|digits]&h=[phone|e164|sha256]"
                                 << QStringList{"phone=(555) 123-4567"}
                                 << "https://x.test/?p=5551234567&h="
                                    "8a59780bb8cd2ba022bfa5ba2ea3b6e07af17a7d8b30c1f9b3390e36f69019e4";
        QTest::newRow("urlencode filter double-encodes")
            << "https://x.test/?next=[u|urlencode]" << QStringList{"u=a b"} << "https://x.test/?next=a%2520b";
        QTest::newRow("literal text kept") << "https://x.test/a;b=c/d@e:f?x=1&y=!$'()*,;:@/?#frag/?" << QStringList{}
                                           << "https://x.test/a;b=c/d@e:f?x=1&y=!$'()*,;:@/?#frag/?";
        QTest::newRow("literal text encoded") << "https://x.test/a b/é?q=ü x&r=%41%zz#a#b" << QStringList{}
                                              << "https://x.test/a%20b/%C3%A9?q=%C3%BC%20x&r=%41%25zz#a%23b";
        QTest::newRow("literal emoji encoded") << "https://x.test/😀" << QStringList{} << "https://x.test/%F0%9F%98%80";
        QTest::newRow("escaped brackets") << "https://x.test/?a=[[1]]" << QStringList{} << "https://x.test/?a=%5B1%5D";
        QTest::newRow("ipv6 literal") << "http://[[::1]]:8080/p" << QStringList{} << "http://[::1]:8080/p";
        QTest::newRow("surrounding whitespace dropped") << "  https://x.test/?a=1 \n"
                                                        << QStringList{} << "https://x.test/?a=1";
        QTest::newRow("no path") << "https://x.test" << QStringList{} << "https://x.test";
        QTest::newRow("query without path")
            << "https://x.test?a=[v]" << QStringList{"v=1 2"} << "https://x.test?a=1%202";
        QTest::newRow("several values") << "https://x.test/?g=[geo]" << QStringList{"geo=us-ny", "geo=us"}
                                        << "https://x.test/?g=us-ny%2Cus";
    }

    void render()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tags);
        QFETCH(QString, expected);
        const UrlTemplate url(text);
        QCOMPARE(url.errors(), QStringList());
        RenderReport report;
        const QString rendered = url.render(tagsFrom(tags), &report);
        QCOMPARE(rendered, expected);
        QCOMPARE(report.errors, QStringList());
        QCOMPARE(report.warnings, QStringList());
        QVERIFY(isEncodedAscii(rendered));
        QVERIFY2(QUrl(rendered, QUrl::StrictMode).isValid(),
                 qPrintable(QUrl(rendered, QUrl::StrictMode).errorString()));
    }

    void hostileQueryValuesComeBackExactly()
    {
        const UrlTemplate url(QStringLiteral("https://x.test/p?first=[a]&second=[b]&[k]=[c]#[f]"));
        QVERIFY(url.isValid());
        for (const QString &value : hostileValues()) {
            const TagMap tags =
                tagsFrom({QStringLiteral("a=") + value, QStringLiteral("b=plain"), QStringLiteral("k=") + value,
                          QStringLiteral("c=") + value, QStringLiteral("f=") + value});
            RenderReport report;
            const QString rendered = url.render(tags, &report);
            QVERIFY(report.ok());
            QVERIFY(isEncodedAscii(rendered));
            const QUrl parsed(rendered, QUrl::StrictMode);
            QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString()));
            QCOMPARE(parsed.host(), QStringLiteral("x.test"));
            QCOMPARE(parsed.path(), QStringLiteral("/p"));
            const QList<QPair<QString, QString>> items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
            QCOMPARE(items.size(), 3);
            QCOMPARE(items.at(0), qMakePair(QStringLiteral("first"), value));
            QCOMPARE(items.at(1), qMakePair(QStringLiteral("second"), QStringLiteral("plain")));
            QCOMPARE(items.at(2), qMakePair(value, value));
            QCOMPARE(parsed.fragment(QUrl::FullyDecoded), value);
        }
    }

    void hostilePathValuesStayInTheirSegment()
    {
        const UrlTemplate url(QStringLiteral("https://x.test/calls/[id]/done?x=1"));
        for (const QString &value : hostileValues()) {
            RenderReport report;
            const QString rendered = url.render(tagsFrom({QStringLiteral("id=") + value}), &report);
            QVERIFY(report.ok());
            const QUrl parsed(rendered, QUrl::StrictMode);
            QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString()));
            QCOMPARE(parsed.query(QUrl::FullyDecoded), QStringLiteral("x=1"));
            QVERIFY(!parsed.hasFragment());
            const QStringList segments = parsed.path(QUrl::FullyEncoded).split(QLatin1Char('/'));
            QCOMPARE(segments.size(), 4);
            QCOMPARE(segments.at(3), QStringLiteral("done"));
            QCOMPARE(QUrl::fromPercentEncoding(segments.at(2).toLatin1()), value);
        }
    }

    void refusedValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("errors");

        QTest::newRow("host with path") << "https://[d]/p"
                                        << "evil.test/x?"
                                        << QStringList{R"(tag [d] value "evil.test/x?" is not a valid host name)"};
        QTest::newRow("host with userinfo")
            << "https://[d]/p"
            << "me@evil.test" << QStringList{R"(tag [d] value "me@evil.test" is not a valid host name)"};
        QTest::newRow("empty host") << "https://[d]/p"
                                    << "" << QStringList{"the rendered URL has no host"};
        QTest::newRow("port") << "https://x.test:[p]/"
                              << "80/evil" << QStringList{R"(tag [p] value "80/evil" is not a port number)"};
        QTest::newRow("scheme") << "[s]://x.test/"
                                << "javascript:alert(1)//"
                                << QStringList{"tag [s] value \"javascript:alert(1)//\" is not a valid URL scheme"};
        QTest::newRow("dot dot segment") << "https://x.test/a/[v]/b"
                                         << ".." << QStringList{R"(tag [v] value ".." would change the URL path)"};
    }

    void refusedValues()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(QStringList, errors);
        const UrlTemplate url(text);
        QCOMPARE(url.errors(), QStringList());
        RenderReport report;
        url.render(tagsFrom({QStringLiteral("d=") + value, QStringLiteral("p=") + value, QStringLiteral("s=") + value,
                             QStringLiteral("v=") + value}),
                   &report);
        QCOMPARE(report.errors, errors);
    }

    void compileErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("errors");

        const QString scheme = QStringLiteral(": the URL must start with a scheme and \"://\", as in https://");
        QTest::newRow("empty") << "  " << QStringList{"the URL is empty"};
        QTest::newRow("no scheme") << "example.com/path" << QStringList{"column 12" + scheme};
        QTest::newRow("relative") << "/path?a=1" << QStringList{"column 1" + scheme};
        QTest::newRow("scheme only") << "https:" << QStringList{"column 7" + scheme};
        QTest::newRow("one slash") << "https:/x.test" << QStringList{"column 8" + scheme};
        QTest::newRow("token after colon") << "https:[rest]" << QStringList{"column 7" + scheme};
        QTest::newRow("no host") << "https:///path" << QStringList{"column 9: the URL has no host"};
        QTest::newRow("userinfo but no host") << "https://me@/path" << QStringList{"column 9: the URL has no host"};
        QTest::newRow("bad host character")
            << "https://x test/" << QStringList{R"(column 10: " " is not allowed in a host name)"};
        QTest::newRow("international literal host")
            << "https://bücher.test/"
            << QStringList{
                   R"(column 10: "ü" is not allowed in a host name; write international names in their xn-- form)"};
        QTest::newRow("bad port") << "https://x.test:8o/"
                                  << QStringList{R"(column 17: the port must be a number, not "o")"};
        QTest::newRow("bad filter") << "https://x.test/?a=[v|lowr]"
                                    << QStringList{
                                           "column 22: unknown filter \"lowr\" (expected one of: first, last, "
                                           "lower, upper, trim, digits, e164, sha256, urlencode, default:TEXT)"};
    }

    void compileErrors()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, errors);
        const UrlTemplate url(text);
        QCOMPARE(url.errors(), errors);
        QVERIFY(!url.isValid());
    }

    void missingTagsAreWarnings()
    {
        const UrlTemplate url(QStringLiteral("https://x.test/?call_id=[ringba_call_id]&revenue=[payout|default:0]"));
        RenderReport report;
        QCOMPARE(url.render(TagMap(), &report), QStringLiteral("https://x.test/?call_id=&revenue=0"));
        QVERIFY(report.ok());
        QCOMPARE(report.warnings, (QStringList{"tag [ringba_call_id] is missing; rendered as empty text",
                                               "tag [payout] is missing; rendered as 0"}));
        QCOMPARE(url.keys(), (QStringList{"ringba_call_id", "payout"}));
    }
};

QTEST_GUILESS_MAIN(TestUrlTemplate)
#include "TestUrlTemplate.moc"
