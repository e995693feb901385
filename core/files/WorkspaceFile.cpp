// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/WorkspaceFile.h"

#include "files/JsonReader.h"
#include "files/WebhookJson.h"
#include "tokens/TextPosition.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

#include <cerrno>
#include <cmath>

namespace {

// ---- Text-level checks, before the JSON parser sees the bytes ----------------------------

QString at(const TextPosition &position)
{
    return WorkspaceFile::tr("line %1, column %2").arg(position.line).arg(position.column);
}

enum class Utf8Status
{
    Valid,
    Invalid,
    CutShort
};

// Finds the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF). A sequence cut short by the end of the data is CutShort.
Utf8Status checkUtf8(const QByteArray &data, qsizetype *badOffset)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            *badOffset = i;
            return Utf8Status::Invalid;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size) {
                *badOffset = i;
                return Utf8Status::CutShort;
            }
            const unsigned char next = bytes[i + k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
                *badOffset = i;
                return Utf8Status::Invalid;
            }
        }
        i += length;
    }
    return Utf8Status::Valid;
}

// True if the text stops inside a string or with brackets still open, and every bracket that
// was closed matched: what a file cut short looks like, as opposed to a mistyped one.
bool endsUnclosed(const QByteArray &data)
{
    QByteArray open;
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            open.append(c);
        } else if (c == '}' || c == ']') {
            if (open.isEmpty() || open.back() != (c == '}' ? '{' : '['))
                return false;
            open.chop(1);
        }
    }
    return inString || !open.isEmpty();
}

bool isTruncation(const QByteArray &data, const QJsonParseError &error)
{
    qsizetype end = data.size();
    while (end > 0 && QByteArrayView(" \t\r\n").contains(data.at(end - 1)))
        --end;
    bool atEnd = error.offset >= end;
    if (!atEnd && error.error == QJsonParseError::IllegalValue && error.offset > 0) {
        // The parser reports a cut keyword ("tr", "nul") at its start, not at the end.
        const QByteArray tail = data.mid(error.offset - 1, end - error.offset + 1);
        atEnd = QByteArrayView("true").startsWith(tail) || QByteArrayView("false").startsWith(tail)
                || QByteArrayView("null").startsWith(tail);
    }
    return atEnd && endsUnclosed(data);
}

// Qt names the two commonest mistakes after its parser's state; say what is missing instead.
QString syntaxMessage(const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
        return WorkspaceFile::tr("expected \",\" or \"}\" here (is a comma missing?)");
    case QJsonParseError::MissingValueSeparator:
        return WorkspaceFile::tr("expected \",\" or \"]\" here (is a comma missing?)");
    default:
        return error.errorString();
    }
}

QString truncatedMessage(const QByteArray &data)
{
    return WorkspaceFile::tr("unexpected end of file: the file looks truncated (it ends at %1)")
        .arg(at(TextPosition::atUtf8(data, data.size())));
}

// Returns the parsed root object, or adds an error about the text and returns false.
bool parseText(QByteArray data, QJsonObject *root, QList<LoadError> *errors)
{
    const auto fail = [errors](const QString &message) {
        errors->append({QString(), message});
        return false;
    };
    if (data.size() > WorkspaceFile::kMaxFileBytes) {
        return fail(WorkspaceFile::tr("the file is too large (%1 MiB; a workspace file is at most %2 MiB)")
                        .arg(QString::number(double(data.size()) / (1024 * 1024), 'f', 1))
                        .arg(WorkspaceFile::kMaxFileBytes / (qint64(1024) * 1024)));
    }
    if (data.startsWith("\xEF\xBB\xBF")) // editors on Windows add a byte order mark
        data.remove(0, 3);
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return fail(WorkspaceFile::tr("the file is UTF-16 text; save it as UTF-8"));
    if (data.trimmed().isEmpty())
        return fail(WorkspaceFile::tr("the file is empty"));

    qsizetype badOffset = 0;
    switch (checkUtf8(data, &badOffset)) {
    case Utf8Status::Valid:
        break;
    case Utf8Status::CutShort:
        return fail(truncatedMessage(data));
    case Utf8Status::Invalid:
        return fail(WorkspaceFile::tr("the file is not UTF-8 text (invalid byte 0x%1 at %2)")
                        .arg(QString::number(static_cast<unsigned char>(data.at(badOffset)), 16).toUpper(),
                             at(TextPosition::atUtf8(data, badOffset))));
    }
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0)
        return fail(WorkspaceFile::tr("the file is not UTF-8 text (a NUL byte at %1)")
                        .arg(at(TextPosition::atUtf8(data, nul))));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        if (isTruncation(data, error))
            return fail(truncatedMessage(data));
        return fail(WorkspaceFile::tr("syntax error at %1: %2")
                        .arg(at(TextPosition::ofJsonError(data, error)), syntaxMessage(error)));
    }
    if (!document.isObject())
        return fail(WorkspaceFile::tr("the file holds an array; a workspace file is a JSON object"));
    *root = document.object();
    return true;
}

// ---- Reading ---------------------------------------------------------------------------

// Reads one workspace, collecting every structural error (docs/ARCHITECTURE.md, "Loading"):
// wrong JSON types and what the model cannot hold. Content the model can hold loads as written
// and is WorkspaceLinter's (ids, numbers, references, ranges, header values), so that every
// workspace the app saves also opens.
class Loader final
{
public:
    explicit Loader(QList<LoadError> *errors)
        : m_errors(errors)
    {}

    Workspace workspace(JsonReader &root)
    {
        Workspace workspace;
        const QString companyKey = QStringLiteral("company");
        workspace.company = company(root.object(companyKey), root.path(companyKey));
        forEachObject(root, QStringLiteral("campaigns"), WorkspaceFile::tr("a campaign object"),
                      [&](const QJsonObject &object, const QString &path) {
                          workspace.campaigns.append(campaign(object, path));
                      });
        forEachObject(
            root, QStringLiteral("buyers"), WorkspaceFile::tr("a buyer object"),
            [&](const QJsonObject &object, const QString &path) { workspace.buyers.append(buyer(object, path)); });
        forEachObject(root, QStringLiteral("publishers"), WorkspaceFile::tr("a publisher object"),
                      [&](const QJsonObject &object, const QString &path) {
                          workspace.publishers.append(publisher(object, path));
                      });
        // Template documents belong to the template library, which checks their contents.
        forEachObject(root, QStringLiteral("templates"), WorkspaceFile::tr("a template object"),
                      [&](const QJsonObject &object, const QString &) { workspace.userTemplates.append(object); });
        workspace.sampleCall = tags(root, QStringLiteral("sample_call"));
        return workspace;
    }

private:
    template<typename Read>
    void forEachObject(JsonReader &reader, const QString &key, const QString &expected, Read read)
    {
        const QJsonArray array = reader.array(key);
        for (int i = 0; i < array.size(); ++i) {
            const QString path = JsonReader::indexPath(reader.path(key), i);
            if (array.at(i).isObject())
                read(array.at(i).toObject(), path);
            else
                m_errors->append(JsonReader::typeErrorAt(path, expected, array.at(i)));
        }
    }

    QList<Webhook> webhooks(JsonReader &reader, const QString &key)
    {
        QList<Webhook> list;
        forEachObject(reader, key, WorkspaceFile::tr("a webhook object"),
                      [&](const QJsonObject &object, const QString &path) {
                          list.append(WebhookJson::read(object, path, m_errors));
                      });
        return list;
    }

    // {"key": ["v1", "v2"]}; a single value may be written without the array. Key problems stay
    // load errors: TagMap folds case and trims keys, so it could not hold such a map as written.
    TagMap tags(JsonReader &reader, const QString &key)
    {
        const QJsonObject object = reader.object(key);
        const qsizetype errorsBefore = m_errors->size();
        QHash<QString, QString> spellings;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = reader.path(key) + QLatin1Char('.') + it.key();
            const QString tagKey = it.key();
            if (tagKey.trimmed().isEmpty()) {
                m_errors->append({path, WorkspaceFile::tr("a tag needs a key")});
                continue;
            }
            if (tagKey.trimmed() != tagKey) {
                m_errors->append({path, WorkspaceFile::tr("tag key \"%1\" has spaces around it").arg(tagKey)});
                continue;
            }
            const QString folded = tagKey.toLower();
            if (spellings.contains(folded)) {
                m_errors->append({path, WorkspaceFile::tr("tag \"%1\" repeats \"%2\" (tag keys ignore case)")
                                            .arg(tagKey, spellings.value(folded))});
                continue;
            }
            spellings.insert(folded, tagKey);
            const QJsonValue value = it.value();
            const QString expected = WorkspaceFile::tr("a string, number or boolean");
            if (value.isArray()) {
                const QJsonArray values = value.toArray();
                for (int i = 0; i < values.size(); ++i) {
                    const QJsonValue element = values.at(i);
                    if (!element.isString() && !element.isDouble() && !element.isBool())
                        m_errors->append(JsonReader::typeErrorAt(JsonReader::indexPath(path, i), expected, element));
                }
            } else if (!value.isString() && !value.isDouble() && !value.isBool()) {
                m_errors->append(
                    JsonReader::typeErrorAt(path, WorkspaceFile::tr("a list of values or a single value"), value));
            }
        }
        return m_errors->size() == errorsBefore ? TagMap::fromJson(object) : TagMap();
    }

    Company company(const QJsonObject &object, const QString &path)
    {
        JsonReader reader(object, path, m_errors);
        Company company;
        company.name = reader.string(QStringLiteral("name"));
        company.defaultWebhooks = webhooks(reader, QStringLiteral("default_webhooks"));
        const QString domainsKey = QStringLiteral("tracking_domains");
        const QJsonObject domains = reader.object(domainsKey);
        for (auto it = domains.begin(); it != domains.end(); ++it) {
            if (it.value().isString())
                company.trackingDomains.insert(it.key(), it.value().toString());
            else
                reader.typeError(domainsKey + QLatin1Char('.') + it.key(), WorkspaceFile::tr("a domain name string"),
                                 it.value());
        }
        company.unknownFields = reader.unknownFields();
        return company;
    }

    Campaign campaign(const QJsonObject &object, const QString &path)
    {
        JsonReader reader(object, path, m_errors);
        Campaign campaign;
        campaign.id = reader.string(QStringLiteral("id"));
        campaign.name = reader.string(QStringLiteral("name"));
        campaign.webhooks = webhooks(reader, QStringLiteral("webhooks"));

        const QString conversionKey = QStringLiteral("conversion");
        JsonReader conversion(reader.object(conversionKey), reader.path(conversionKey), m_errors);
        campaign.conversion.minDurationSeconds = conversion.wholeNumber(QStringLiteral("min_duration"), 0);
        campaign.conversion.requiredTags = conversion.stringList(QStringLiteral("required_tags"));
        campaign.buyerIds = reader.stringList(QStringLiteral("buyer_ids"));

        forEachObject(reader, QStringLiteral("numbers"), WorkspaceFile::tr("a tracking number object"),
                      [&](const QJsonObject &numberObject, const QString &numberPath) {
                          campaign.numbers.append(number(numberObject, numberPath));
                      });

        campaign.unknownFields = reader.unknownFields();
        if (!conversion.unknownFields().isEmpty())
            campaign.unknownFields.insert(conversionKey, conversion.unknownFields());
        return campaign;
    }

    TrackingNumber number(const QJsonObject &object, const QString &path)
    {
        JsonReader reader(object, path, m_errors);
        TrackingNumber number;
        number.number = reader.string(QStringLiteral("number"));
        number.name = reader.string(QStringLiteral("name"));
        number.webhooksUnlocked = reader.boolean(QStringLiteral("webhooks_unlocked"), false);
        number.webhooks = webhooks(reader, QStringLiteral("webhooks"));
        number.unknownFields = reader.unknownFields();
        return number;
    }

    Buyer buyer(const QJsonObject &object, const QString &path)
    {
        JsonReader reader(object, path, m_errors);
        Buyer buyer;
        buyer.id = reader.string(QStringLiteral("id"));
        buyer.name = reader.string(QStringLiteral("name"));
        buyer.tags = tags(reader, QStringLiteral("tags"));
        buyer.webhooks = webhooks(reader, QStringLiteral("webhooks"));
        buyer.unknownFields = reader.unknownFields();
        return buyer;
    }

    Publisher publisher(const QJsonObject &object, const QString &path)
    {
        JsonReader reader(object, path, m_errors);
        Publisher publisher;
        publisher.sourceId = reader.string(QStringLiteral("source_id"));
        publisher.name = reader.string(QStringLiteral("name"));
        publisher.postbackKey = reader.string(QStringLiteral("postback_key"));
        publisher.postbackFields = reader.stringList(QStringLiteral("postback_fields"));
        publisher.tags = tags(reader, QStringLiteral("tags"));
        publisher.unknownFields = reader.unknownFields();
        return publisher;
    }

    QList<LoadError> *m_errors;
};

// Webhooks without an id (hand-written files) get one, so that the app can refer to them.
void assignMissingIds(QList<Webhook> *webhooks)
{
    for (Webhook &webhook : *webhooks) {
        if (webhook.id.isEmpty())
            webhook.id = newWebhookId();
    }
}

void assignMissingIds(Workspace *workspace)
{
    assignMissingIds(&workspace->company.defaultWebhooks);
    for (Campaign &campaign : workspace->campaigns) {
        assignMissingIds(&campaign.webhooks);
        for (TrackingNumber &number : campaign.numbers)
            assignMissingIds(&number.webhooks);
    }
    for (Buyer &buyer : workspace->buyers)
        assignMissingIds(&buyer.webhooks);
}

// Checks "format" and says whether the rest of the file can be read as this version.
bool checkFormat(JsonReader &root, QList<LoadError> *errors)
{
    const QString key = QStringLiteral("format");
    const QJsonValue format = root.value(key);
    if (format.isUndefined()) {
        root.error(key, WorkspaceFile::tr("required field is missing: this does not look like a workspace file "
                                          "(expected \"format\": %1)")
                            .arg(Workspace::kFormatVersion));
        return false;
    }
    if (!format.isDouble() || format.toDouble() != std::floor(format.toDouble())) {
        root.typeError(key, WorkspaceFile::tr("an integer"), format);
        return false;
    }
    const double version = format.toDouble();
    if (version > Workspace::kFormatVersion) {
        errors->append({QString(), WorkspaceFile::tr(
                                       "format %1 is newer than this app understands (%2); update Webhook Configurator")
                                       .arg(QString::number(version, 'g', 15))
                                       .arg(Workspace::kFormatVersion)});
        return false;
    }
    if (version < 1) {
        root.error(key, WorkspaceFile::tr("%1 is not a valid format version (expected %2)")
                            .arg(QString::number(version, 'g', 15))
                            .arg(Workspace::kFormatVersion));
        return false;
    }
    return true;
}

// ---- Writing ---------------------------------------------------------------------------

QJsonObject writeNumber(const TrackingNumber &number)
{
    const QJsonObject object{
        {QStringLiteral("number"), number.number},
        {QStringLiteral("name"), number.name},
        {QStringLiteral("webhooks_unlocked"), number.webhooksUnlocked},
        {QStringLiteral("webhooks"), WebhookJson::writeList(number.webhooks)},
    };
    return JsonReader::withUnknownFields(object, number.unknownFields);
}

QJsonObject writeCampaign(const Campaign &campaign)
{
    QJsonArray numbers;
    for (const TrackingNumber &number : campaign.numbers)
        numbers.append(writeNumber(number));
    const QJsonObject conversion{
        {QStringLiteral("min_duration"), campaign.conversion.minDurationSeconds},
        {QStringLiteral("required_tags"), QJsonArray::fromStringList(campaign.conversion.requiredTags)},
    };
    const QJsonObject object{
        {QStringLiteral("id"), campaign.id},
        {QStringLiteral("name"), campaign.name},
        {QStringLiteral("webhooks"), WebhookJson::writeList(campaign.webhooks)},
        {QStringLiteral("conversion"), conversion},
        {QStringLiteral("buyer_ids"), QJsonArray::fromStringList(campaign.buyerIds)},
        {QStringLiteral("numbers"), numbers},
    };
    return JsonReader::withUnknownFields(object, campaign.unknownFields);
}

QJsonObject writeCompany(const Company &company)
{
    QJsonObject domains;
    for (auto it = company.trackingDomains.begin(); it != company.trackingDomains.end(); ++it)
        domains.insert(it.key(), it.value());
    const QJsonObject object{
        {QStringLiteral("name"), company.name},
        {QStringLiteral("default_webhooks"), WebhookJson::writeList(company.defaultWebhooks)},
        {QStringLiteral("tracking_domains"), domains},
    };
    return JsonReader::withUnknownFields(object, company.unknownFields);
}

QJsonObject writeBuyer(const Buyer &buyer)
{
    const QJsonObject object{
        {QStringLiteral("id"), buyer.id},
        {QStringLiteral("name"), buyer.name},
        {QStringLiteral("tags"), buyer.tags.toJson()},
        {QStringLiteral("webhooks"), WebhookJson::writeList(buyer.webhooks)},
    };
    return JsonReader::withUnknownFields(object, buyer.unknownFields);
}

QJsonObject writePublisher(const Publisher &publisher)
{
    const QJsonObject object{
        {QStringLiteral("source_id"), publisher.sourceId},
        {QStringLiteral("name"), publisher.name},
        {QStringLiteral("postback_key"), publisher.postbackKey},
        {QStringLiteral("postback_fields"), QJsonArray::fromStringList(publisher.postbackFields)},
        {QStringLiteral("tags"), publisher.tags.toJson()},
    };
    return JsonReader::withUnknownFields(object, publisher.unknownFields);
}

template<typename T, typename Write> QJsonArray writeAll(const QList<T> &items, Write write)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(write(item));
    return array;
}
} // namespace

WorkspaceLoadResult WorkspaceFile::load(const QString &fileName)
{
    WorkspaceLoadResult result;
    const auto fail = [&result](const QString &message) {
        result.errors.append({QString(), message});
        return result;
    };
    const QFileInfo info(fileName);
    if (info.isDir())
        return fail(tr("this is a folder, not a workspace file"));
    if (info.size() > kMaxFileBytes) {
        return fail(tr("the file is too large (%1 MiB; a workspace file is at most %2 MiB)")
                        .arg(QString::number(double(info.size()) / (1024 * 1024), 'f', 1))
                        .arg(kMaxFileBytes / (qint64(1024) * 1024)));
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open the file: %1").arg(file.errorString()));
    // Read one byte past the limit, so that a device or a growing file cannot make us read forever.
    const QByteArray data = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("cannot read the file: %1").arg(file.errorString()));
    return parse(data);
}

WorkspaceLoadResult WorkspaceFile::parse(const QByteArray &json)
{
    WorkspaceLoadResult result;
    QJsonObject object;
    if (!parseText(json, &object, &result.errors))
        return result;

    JsonReader root(object, QString(), &result.errors);
    if (!checkFormat(root, &result.errors))
        return result;
    Loader loader(&result.errors);
    Workspace workspace = loader.workspace(root);
    workspace.unknownFields = root.unknownFields();
    if (!result.ok())
        return result;
    assignMissingIds(&workspace);
    result.workspace = workspace;
    return result;
}

QByteArray WorkspaceFile::serialize(const Workspace &workspace)
{
    const QJsonObject root{
        {QStringLiteral("format"), Workspace::kFormatVersion},
        {QStringLiteral("company"), writeCompany(workspace.company)},
        {QStringLiteral("campaigns"), writeAll(workspace.campaigns, writeCampaign)},
        {QStringLiteral("buyers"), writeAll(workspace.buyers, writeBuyer)},
        {QStringLiteral("publishers"), writeAll(workspace.publishers, writePublisher)},
        {QStringLiteral("templates"), workspace.userTemplates},
        {QStringLiteral("sample_call"), workspace.sampleCall.toJson()},
    };
    // QJsonObject keeps keys sorted, which is the stable order the file promises.
    return QJsonDocument(JsonReader::withUnknownFields(root, workspace.unknownFields)).toJson(QJsonDocument::Indented);
}

bool WorkspaceFile::save(const Workspace &workspace, const QString &fileName, QString *errorMessage)
{
    const auto fail = [&](const QString &reason) {
        if (errorMessage) {
            *errorMessage = tr("cannot save \"%1\": %2; the previous file was left unchanged")
                                .arg(QDir::toNativeSeparators(fileName), reason);
        }
        return false;
    };
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray data = serialize(workspace);
    // Qt 6.4's commit() reports success even when flushing its write buffer failed (disk full,
    // file size limit), leaving a cut file in place of the old one: flush and check first. On
    // failure the QSaveFile destructor discards the temporary file.
    errno = 0;
    if (file.write(data) != data.size() || !file.flush()) {
        // After a short write Qt has no reason of its own ("Unknown error"); the system has one.
        return fail(errno != 0 ? qt_error_string(errno) : file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

QString WorkspaceFile::sampleResourcePath()
{
    return QStringLiteral(":/samples/sample-workspace.json");
}

Workspace WorkspaceFile::sample()
{
    const WorkspaceLoadResult result = load(sampleResourcePath());
    for (const LoadError &error : result.errors)
        qWarning("bundled sample workspace: %s", qUtf8Printable(error.toString()));
    return result.workspace;
}
