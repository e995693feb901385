// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateLibrary.h"

#include "model/Trigger.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString dataDir(const QString &sub)
{
    return QStringLiteral(WC_TEST_DATA_DIR "/templates/") + sub;
}

QJsonObject validDocument(const QString &id)
{
    return QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QString(QStringLiteral("Doc ") + id)},
        {QStringLiteral("platform"), QStringLiteral("Test")},
        {QStringLiteral("parameters"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("url")},
                                                              {QStringLiteral("type"), QStringLiteral("url")}}}},
        {QStringLiteral("webhooks"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Hook")},
                                                            {QStringLiteral("trigger"), QStringLiteral("always")},
                                                            {QStringLiteral("url"), QStringLiteral("{{url}}")}}}},
    };
}

} // namespace

class TestTemplateLibrary : public QObject
{
    Q_OBJECT

private:
    // Each malformed fixture file and the errors it must give, in order.
    static QList<QPair<QString, QStringList>> malformedCases()
    {
        QList<QPair<QString, QStringList>> cases;

        const QString triggers = Triggers::allNames();
        // At the " of "name", where a comma is missing.
        cases.append({QStringLiteral("not-json.json"),
                      QStringList{QStringLiteral("not-json.json: not valid JSON: line 4, column 3: "
                                                 "unterminated object")}});
        cases.append({QStringLiteral("not-an-object.json"),
                      QStringList{QStringLiteral("not-an-object.json: a template file holds one "
                                                 "JSON object (the template), not an array")}});
        cases.append({QStringLiteral("missing-format.json"),
                      QStringList{QStringLiteral("missing-format.json: format: required field is missing")}});
        cases.append({QStringLiteral("format-2.json"),
                      QStringList{QStringLiteral("format-2.json: format: unsupported format version 2 "
                                                 "(this version reads format 1)")}});
        cases.append({QStringLiteral("missing-name.json"),
                      QStringList{QStringLiteral("missing-name.json: name: required field is missing")}});
        cases.append({QStringLiteral("missing-platform.json"),
                      QStringList{QStringLiteral("missing-platform.json: platform: required field is missing")}});
        cases.append({QStringLiteral("missing-webhooks.json"),
                      QStringList{QStringLiteral("missing-webhooks.json: webhooks: required field is missing")}});
        cases.append(
            {QStringLiteral("empty-webhooks.json"),
             QStringList{QStringLiteral("empty-webhooks.json: webhooks: a template needs at least one webhook")}});
        cases.append({QStringLiteral("unknown-trigger.json"),
                      QStringList{QStringLiteral("unknown-trigger.json: webhooks[0].trigger: unknown trigger \"strat\" "
                                                 "(expected one of: %1)")
                                      .arg(triggers)}});
        cases.append(
            {QStringLiteral("undeclared-parameter.json"),
             QStringList{QStringLiteral("undeclared-parameter.json: webhooks[0].url: parameter {{offer_id}} is used "
                                        "but not declared in parameters")}});
        cases.append(
            {QStringLiteral("unused-parameter.json"),
             QStringList{QStringLiteral("unused-parameter.json: parameters[1]: parameter {{source_id}} is declared "
                                        "but not used in any webhook")}});
        cases.append(
            {QStringLiteral("duplicate-parameter.json"),
             QStringList{QStringLiteral("duplicate-parameter.json: parameters[1].name: duplicate parameter name "
                                        "\"domain\" (already declared at parameters[0])")}});
        cases.append(
            {QStringLiteral("unknown-parameter-type.json"),
             QStringList{QStringLiteral("unknown-parameter-type.json: parameters[0].type: unknown parameter type "
                                        "\"hostname\" (expected one of: text, number, url, domain, secret)")}});
        cases.append(
            {QStringLiteral("bad-default.json"),
             QStringList{QStringLiteral("bad-default.json: parameters[0].default: \"https://track.example.com/\" is "
                                        "not a domain name: write the host only, with an optional port "
                                        "(track.example.com, 127.0.0.1:8377)")}});
        cases.append(
            {QStringLiteral("unknown-parameter-field.json"),
             QStringList{QStringLiteral("unknown-parameter-field.json: parameters[0].requried: unknown parameter field "
                                        "\"requried\" (expected one of: name, label, type, default, secret, "
                                        "required, help)")}});
        cases.append(
            {QStringLiteral("invalid-reference.json"),
             QStringList{QStringLiteral("invalid-reference.json: webhooks[0].url: \"{{offer id}}\" is not a valid "
                                        "parameter reference (write {{name}}, the name made of letters, digits "
                                        "and '_')")}});
        cases.append(
            {QStringLiteral("unknown-target.json"),
             QStringList{QStringLiteral("unknown-target.json: applies_to[0]: unknown target \"campain\" (expected "
                                        "one of: campaign, buyer, company, publisher)")}});
        cases.append(
            {QStringLiteral("bad-documentation.json"),
             QStringList{QStringLiteral("bad-documentation.json: documentation: \"docs.example.com\" is not an "
                                        "http(s) URL")}});
        cases.append({QStringLiteral("bad-id.json"),
                      QStringList{QStringLiteral("bad-id.json: id: \"has space\" is not a valid template id "
                                                 "(letters, digits, '_', '-' and '.')")}});
        cases.append(
            {QStringLiteral("bad-profile-tags.json"),
             QStringList{QStringLiteral("bad-profile-tags.json: profile_tags.integration: expected a string or an "
                                        "array of strings, got a number (5)")}});
        // Tried with sample values: what no value could fix is refused at load.
        cases.append(
            {QStringLiteral("invalid-json-body.json"),
             // at the last value, the token the closing "}" should follow
             QStringList{QStringLiteral(
                 "invalid-json-body.json: webhooks[0]: body: column 33: "
                 "invalid JSON: expected , or } after \"payout\": [payout|default:0] (the text ends there)")}});
        cases.append({QStringLiteral("unknown-filter.json"),
                      QStringList{QStringLiteral("unknown-filter.json: webhooks[0]: url: column 43: unknown filter "
                                                 "\"md5\" (expected one of: first, last, lower, upper, trim, "
                                                 "digits, e164, sha256, urlencode, default:TEXT)")}});
        return cases;
    }

private slots:
    void malformedFileIsRefusedWithItsMessage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("errors");
        for (const auto &[file, errors] : malformedCases())
            QTest::newRow(qPrintable(file)) << file << errors;
    }

    void malformedFileIsRefusedWithItsMessage()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, errors);
        TemplateLibrary library;
        QVERIFY(!library.loadFile(dataDir(QStringLiteral("malformed/")) + file));
        QCOMPARE(library.errorStrings(), errors);
        QVERIFY(library.templates().isEmpty());
    }

    void everyMalformedFixtureIsCovered()
    {
        // A fixture added without a case above would go untested; every one is refused.
        QStringList covered;
        for (const auto &malformed : malformedCases())
            covered.append(malformed.first);
        covered.sort();
        const QString folder = dataDir(QStringLiteral("malformed"));
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name), covered);
        TemplateLibrary library;
        QCOMPARE(library.loadDirectory(folder), 0);
        QVERIFY(library.templates().isEmpty());
    }

    void brokenFileNeverStopsTheOthers()
    {
        TemplateLibrary library;
        QCOMPARE(library.loadDirectory(dataDir(QStringLiteral("mixed"))), 2);
        QCOMPARE(library.templates().size(), 2);
        QCOMPARE(library.templates().at(0).id, QStringLiteral("mixed-a"));
        QCOMPARE(library.templates().at(1).id, QStringLiteral("mixed-c"));
        // The file ends after a comma and a line break: at that comma, the last character read.
        QCOMPARE(library.errorStrings(), QStringList{QStringLiteral("b-broken.json: not valid JSON: line 1, column 30: "
                                                                    "unterminated object")});
        QCOMPARE(library.sourceOf(QStringLiteral("mixed-c")), QStringLiteral("c-good.json"));
    }

    void duplicateIdAcrossFilesIsRefused()
    {
        TemplateLibrary library;
        QCOMPARE(library.loadDirectory(dataDir(QStringLiteral("duplicate-id"))), 1);
        QCOMPARE(library.find(QStringLiteral("same-id"))->name, QStringLiteral("First"));
        QCOMPARE(library.errorStrings(),
                 QStringList{QStringLiteral("second.json: id: duplicate template id \"same-id\" "
                                            "(already loaded from first.json)")});
    }

    void missingFolderIsReported()
    {
        TemplateLibrary library;
        const QString folder = dataDir(QStringLiteral("no-such-folder"));
        QCOMPARE(library.loadDirectory(folder), 0);
        QCOMPARE(library.errorStrings(), QStringList{folder + QStringLiteral(": the template folder does not exist")});
    }

    void unreadableFileIsReported()
    {
        TemplateLibrary library;
        QVERIFY(!library.loadFile(dataDir(QStringLiteral("absent.json"))));
        QCOMPARE(library.errors().size(), 1);
        QCOMPARE(library.errors().at(0).source, QStringLiteral("absent.json"));
        QVERIFY2(library.errors().at(0).error.message.startsWith(QStringLiteral("cannot read the file: ")),
                 qPrintable(library.errorStrings().join(QLatin1Char('\n'))));
    }

    void readsEveryField()
    {
        TemplateLibrary library;
        QVERIFY(library.loadFile(dataDir(QStringLiteral("mixed/a-good.json"))));
        const WebhookTemplate &loaded = library.templates().constFirst();
        QCOMPARE(loaded.name, QStringLiteral("Fixture"));
        QCOMPARE(loaded.platform, QStringLiteral("Test"));
        QCOMPARE(loaded.documentation, QStringLiteral("https://example.com/docs"));
        QCOMPARE(loaded.parameters.size(), 1);
        const TemplateParameter &domain = loaded.parameters.constFirst();
        QCOMPARE(domain.name, QStringLiteral("domain"));
        QCOMPARE(domain.label, QStringLiteral("Domain"));
        QCOMPARE(domain.type, TemplateParameter::Type::Domain);
        QVERIFY(domain.required);
        QVERIFY(!domain.secret);
        QCOMPARE(loaded.triggers(), QList<Trigger>{Trigger::Conversion});
        QCOMPARE(loaded.parsedWebhooks().constFirst().request.url,
                 QStringLiteral("https://{{domain}}/pb?id=[call_uuid]"));
        QCOMPARE(loaded.profileTags.values(QStringLiteral("integration")), QStringList{QStringLiteral("test")});
        QCOMPARE(loaded.appliesTo, QStringList{QStringLiteral("campaign")});
    }

    void defaultsOfOptionalFields()
    {
        QList<LoadError> errors;
        QJsonObject document = validDocument(QStringLiteral("minimal"));
        QJsonArray parameters = document.value(QStringLiteral("parameters")).toArray();
        QJsonObject secret{{QStringLiteral("name"), QStringLiteral("key")},
                           {QStringLiteral("type"), QStringLiteral("secret")},
                           {QStringLiteral("secret"), false}};
        parameters.append(secret);
        document.insert(QStringLiteral("parameters"), parameters);
        QJsonArray webhooks = document.value(QStringLiteral("webhooks")).toArray();
        QJsonObject hook = webhooks.at(0).toObject();
        hook.insert(QStringLiteral("headers"), QJsonObject{{QStringLiteral("X-Key"), QStringLiteral("{{key}}")}});
        webhooks.replace(0, hook);
        document.insert(QStringLiteral("webhooks"), webhooks);

        const WebhookTemplate loaded = WebhookTemplate::fromJson(document, &errors);
        const QString firstError = errors.isEmpty() ? QString() : errors.constFirst().toString();
        QVERIFY2(errors.isEmpty(), qPrintable(firstError));
        QCOMPARE(loaded.appliesTo, QStringList{QStringLiteral("campaign")});
        QCOMPARE(loaded.parameters.at(0).type, TemplateParameter::Type::Url);
        QVERIFY(!loaded.parameters.at(0).required);
        // A secret-typed value is masked whatever the file says.
        QVERIFY(loaded.parameters.at(1).secret);
        QVERIFY(loaded.profileTags.isEmpty());
    }

    void referencesAreFoundAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<bool>>("valid");

        QTest::newRow("none") << QStringLiteral("https://x/[tag]?a={b}") << QStringList() << QList<bool>();
        QTest::newRow("two") << QStringLiteral("https://{{domain}}/p?o={{ offer_id }}")
                             << QStringList{QStringLiteral("domain"), QStringLiteral("offer_id")}
                             << QList<bool>{true, true};
        QTest::newRow("triple braces") << QStringLiteral("{{{name}}}") << QStringList{QStringLiteral("name")}
                                       << QList<bool>{true};
        QTest::newRow("JSON object closing")
            << QStringLiteral("{\"a\": {\"b\": {{n}}}}") << QStringList{QStringLiteral("n")} << QList<bool>{true};
        QTest::newRow("bad name") << QStringLiteral("{{9lives}}") << QStringList{QStringLiteral("9lives")}
                                  << QList<bool>{false};
        QTest::newRow("unclosed") << QStringLiteral("a {{name") << QStringList{QString()} << QList<bool>{false};
    }

    void referencesAreFoundAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QFETCH(QList<bool>, valid);
        const QList<WebhookTemplate::Reference> references = WebhookTemplate::references(text);
        QStringList foundNames;
        QList<bool> foundValid;
        for (const WebhookTemplate::Reference &reference : references) {
            foundNames.append(reference.name);
            foundValid.append(reference.isValid());
        }
        QCOMPARE(foundNames, names);
        QCOMPARE(foundValid, valid);
    }

    void workspaceDocumentsLoadWithTheirPosition()
    {
        TemplateLibrary library;
        QJsonObject broken = validDocument(QStringLiteral("broken"));
        broken.remove(QStringLiteral("platform"));
        const QJsonArray documents{validDocument(QStringLiteral("mine")), broken, QStringLiteral("text"),
                                   validDocument(QStringLiteral("mine"))};
        QCOMPARE(library.loadDocuments(documents), 1);
        QCOMPARE(library.errorStrings(),
                 (QStringList{QStringLiteral("workspace template 2: platform: required field is missing"),
                              QStringLiteral("workspace template 3: a template is a JSON object"),
                              QStringLiteral("workspace template 4: id: duplicate template id \"mine\" (already loaded "
                                             "from workspace template 1)")}));
    }

    void addChecksLikeAFile()
    {
        TemplateLibrary library;
        QList<LoadError> errors;
        WebhookTemplate made = WebhookTemplate::fromJson(validDocument(QStringLiteral("made")), &errors);
        QVERIFY(errors.isEmpty());
        QVERIFY(library.add(made, QStringLiteral("saved webhook")));
        made.id = QStringLiteral("made-2");
        made.platform.clear();
        QVERIFY(!library.add(made, QStringLiteral("saved webhook 2")));
        QCOMPARE(library.errorStrings(), QStringList{QStringLiteral("saved webhook 2: platform: must not be empty")});
    }

    void writesWhatItReads()
    {
        TemplateLibrary source;
        QVERIFY(source.loadFile(dataDir(QStringLiteral("mixed/a-good.json"))));
        WebhookTemplate original = source.templates().constFirst();
        original.unknownFields.insert(QStringLiteral("x-vendor"), QStringLiteral("kept"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("exported.json"));
        QString error;
        QVERIFY2(TemplateLibrary::writeFile(original, path, &error), qPrintable(error));
        TemplateLibrary reloaded;
        QVERIFY2(reloaded.loadFile(path), qPrintable(reloaded.errorStrings().join(QLatin1Char('\n'))));
        QCOMPARE(reloaded.templates().constFirst(), original);
    }

    void writeFailureIsReported()
    {
        QString error;
        const QString path = dataDir(QStringLiteral("no-such-folder/out.json"));
        QVERIFY(!TemplateLibrary::writeFile(WebhookTemplate(), path, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + path + QStringLiteral(": ")), qPrintable(error));
    }

    void builtInLibraryLoadsFromTheResource()
    {
        const TemplateLibrary &library = TemplateLibrary::builtIn();
        QVERIFY2(library.errors().isEmpty(), qPrintable(library.errorStrings().join(QLatin1Char('\n'))));
        QVERIFY(library.templates().size() >= 14);
        QVERIFY(library.platforms().contains(QStringLiteral("Ringba")));
        QCOMPARE(library.platforms(), [&] {
            QStringList sorted = library.platforms();
            sorted.sort(Qt::CaseInsensitive);
            return sorted;
        }());
        QCOMPARE(library.sourceOf(QStringLiteral("voluum-postback")), QStringLiteral("voluum-postback.json"));
        QCOMPARE(&TemplateLibrary::builtIn(), &library);
    }
};

QTEST_GUILESS_MAIN(TestTemplateLibrary)
#include "TestTemplateLibrary.moc"
