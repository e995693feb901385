// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Response bodies (SPEC 5 and 6): what any endpoint may answer, read for tags by
// ResponseTagParser and for a bid by BidReader through JSON paths. Besides crashes, it checks
// the parser's own scanner against Qt's JSON parser: a string member of the root object gives
// exactly that string as its tag.

#include "FuzzSupport.h"

#include "response/BidReader.h"
#include "response/JsonPath.h"
#include "response/ResponseTagParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

PingPost bidConfig()
{
    PingPost config;
    config.enabled = true;
    config.amountPath = QStringLiteral("bids[0].price");
    config.acceptedPath = QStringLiteral("$.accepted");
    config.bidIdPath = QStringLiteral("[\"bid.id\"]");
    config.minimumBid = 1.5;
    return config;
}

void checkStringTags(const QByteArray &body, const ResponseTags &tags)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    QSet<QString> seen;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key().trimmed().toLower();
        if (seen.contains(key)) // keys that differ only in case or blanks share one tag
            return;
        seen.insert(key);
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key().trimmed();
        if (!it.value().isString() || key.isEmpty() || key.compare(QLatin1String("geo"), Qt::CaseInsensitive) == 0)
            continue;
        if (tags.tags.values(key) != QStringList{it.value().toString()})
            FuzzSupport::violated("a string member did not become its tag", key.toUtf8());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PingPost config = bidConfig();
    const QByteArray body = FuzzSupport::bytes(data, size);

    const ResponseTags tags = ResponseTagParser::parse(200, body);
    if (tags.applied)
        checkStringTags(body, tags);
    ResponseTagParser::parse(404, body);
    BidReader::read(config, 200, body);

    QString error;
    const QJsonValue root = JsonPath::parseDocument(body, &error);
    ResponseTagParser::scalarText(root);
    // The body's first line as a path, as a user types one into the ping-post form.
    const qsizetype newline = body.indexOf('\n');
    const JsonPath path = JsonPath::parse(QString::fromUtf8(newline < 0 ? body : body.left(newline)), &error);
    path.evaluate(root);
    return 0;
}
