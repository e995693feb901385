// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/Diagnostic.h"
#include "tokens/JsonBodyTemplate.h"
#include "tokens/TextPosition.h"
#include "tokens/TokenTemplate.h"
#include "tokens/UrlTemplate.h"

#include <QSet>
#include <QTest>

namespace {

enum class Compiler
{
    Token,
    Url,
    Json
};

QList<Diagnostic> diagnosticsOf(Compiler compiler, const QString &text)
{
    switch (compiler) {
    case Compiler::Token:
        return TokenTemplate(text).diagnostics();
    case Compiler::Url:
        return UrlTemplate(text).diagnostics();
    case Compiler::Json:
        break;
    }
    return JsonBodyTemplate(text).diagnostics();
}

// "offset+length code" per diagnostic: what squiggles and lint positions are made of.
QStringList placed(const QList<Diagnostic> &diagnostics)
{
    QStringList result;
    for (const Diagnostic &diagnostic : diagnostics) {
        result.append(QString::number(diagnostic.offset) + QLatin1Char('+') + QString::number(diagnostic.length)
                      + QLatin1Char(' ') + Diagnostic::codeName(diagnostic.code));
    }
    return result;
}

} // namespace

Q_DECLARE_METATYPE(Compiler)

// The compilers' diagnostics (issue 12 item 2): exact offsets and lengths in UTF-16 units of the
// template, and stable codes, for a table of broken templates.
class TestDiagnostic final : public QObject
{
    Q_OBJECT

private slots:
    void placesAndCodes_data()
    {
        QTest::addColumn<Compiler>("compiler");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        const Compiler token = Compiler::Token;
        QTest::newRow("unknown filter") << token << "x [caller_number|sha1] y" << QStringList{"17+4 unknown-filter"};
        QTest::newRow("filter order") << token << "[caller_id|lower|first]" << QStringList{"17+5 filter-order"};
        QTest::newRow("not closed") << token << "id=[call_uuid|trim" << QStringList{"3+15 token-not-closed"};
        QTest::newRow("empty filter") << token << "[a|]" << QStringList{"3+0 bad-filter"};
        QTest::newRow("default without text") << token << "[a|default]" << QStringList{"3+7 bad-filter"};
        QTest::newRow("argument not taken") << token << "[a|lower:x]" << QStringList{"3+7 bad-filter"};
        QTest::newRow("after an emoji") << token << "\U0001F600 [a|nope]" << QStringList{"6+4 unknown-filter"};
        QTest::newRow("cut by a line break")
            << token << "[a|x\n]" << QStringList{"3+1 unknown-filter", "0+4 token-not-closed"};
        QTest::newRow("escapes are text") << token << "[[a|x]] [1, 2] [ringba call]" << QStringList();

        const Compiler url = Compiler::Url;
        QTest::newRow("url: no scheme") << url << "example.test/hook?id=[call_uuid]" << QStringList{"12+1 url-scheme"};
        QTest::newRow("url: token among the slashes") << url << "https:/[a]/x" << QStringList{"7+3 url-scheme"};
        QTest::newRow("url: empty") << url << "   " << QStringList{"-1+0 url-empty"};
        QTest::newRow("url: no host, at the end") << url << "https://" << QStringList{"8+0 url-no-host"};
        QTest::newRow("url: port") << url << "https://host:8x/" << QStringList{"14+1 url-bad-port"};
        QTest::newRow("url: space in host") << url << "https://ho st/" << QStringList{"10+1 url-bad-host"};
        QTest::newRow("url: emoji in host") << url << "https://\U0001F600.example/" << QStringList{"8+2 url-bad-host"};
        QTest::newRow("url: filter") << url << "https://x.test/[a|nope]" << QStringList{"18+4 unknown-filter"};

        const Compiler json = Compiler::Json;
        QTest::newRow("json: filter") << json << "{\"a\": [payout|nope]}" << QStringList{"14+4 unknown-filter"};
        QTest::newRow("json: filter after an emoji")
            << json << "{\"\U0001F680\": [payout|nope]}" << QStringList{"15+4 unknown-filter"};
        QTest::newRow("json: empty") << json << " \n" << QStringList{"-1+0 json-empty"};
        QTest::newRow("json: token after a backslash")
            << json << "{\"a\": \"\\[x]\"}" << QStringList{"8+3 json-token-after-backslash"};
        // At the 3 after 2, where a comma is missing: the last character of its line, not the
        // line break after it.
        QTest::newRow("json: syntax before a line end")
            << json << "{\n  \"a\": 1,\n  \"b\": 2 3\n}" << QStringList{"21+1 json-syntax"};
        // At the " of "b", where a comma is missing (the emoji takes two UTF-16 units).
        QTest::newRow("json: syntax after multi-byte text")
            << json << "{\"\u00e9\U0001F600\": \"[caller_id]\" \"b\": 2}" << QStringList{"22+1 json-syntax"};
    }

    void placesAndCodes()
    {
        QFETCH(Compiler, compiler);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);

        const QList<Diagnostic> diagnostics = diagnosticsOf(compiler, text);
        QCOMPARE(placed(diagnostics), expected);
        for (const Diagnostic &diagnostic : diagnostics) {
            QCOMPARE(diagnostic.severity, Diagnostic::Severity::Error);
            QVERIFY(!diagnostic.message.isEmpty());
            // The message people read starts with the position the numbers give.
            const QString described = diagnostic.describe(text);
            if (diagnostic.hasPosition()) {
                QCOMPARE(described,
                         TextPosition::describe(text, diagnostic.offset) + QLatin1String(": ") + diagnostic.message);
            } else {
                QCOMPARE(described, diagnostic.message);
            }
        }
    }

    void tooManyProblemsAreCounted()
    {
        const QString text = QStringLiteral("[a|x]").repeated(TokenTemplate::kMaxErrors + 3);
        const QList<Diagnostic> diagnostics = TokenTemplate(text).diagnostics();
        QCOMPARE(diagnostics.size(), TokenTemplate::kMaxErrors + 1);
        QCOMPARE(diagnostics.at(1).offset, qsizetype(8)); // the second token's filter
        const Diagnostic &more = diagnostics.constLast();
        QCOMPARE(more.code, Diagnostic::Code::TooManyProblems);
        QVERIFY(!more.hasPosition());
        QCOMPARE(more.message, QStringLiteral("and 3 more problems"));
    }

    void codeNamesAreDistinct()
    {
        QSet<QString> names;
        for (int code = 0; code <= int(Diagnostic::Code::JsonTokenAfterBackslash); ++code) {
            const QString name = Diagnostic::codeName(Diagnostic::Code(code));
            QVERIFY(!name.isEmpty());
            names.insert(name);
        }
        QCOMPARE(names.size(), int(Diagnostic::Code::JsonTokenAfterBackslash) + 1);
    }
};

QTEST_GUILESS_MAIN(TestDiagnostic)
#include "TestDiagnostic.moc"
