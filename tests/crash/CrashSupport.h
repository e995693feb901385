// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "files/WorkspaceFile.h"
#include "model/Workspace.h"
#include "record/StoredCall.h"

#include <QJsonValue>

// What the crash helper writes and TestCrashSafety checks, built the same way in both.
namespace CrashSupport {

inline QString generationKey()
{
    return QStringLiteral("crash_test_generation");
}

inline qint64 generation(const Workspace &workspace)
{
    return workspace.unknownFields.value(generationKey()).toInteger(-1);
}

inline Workspace withGeneration(Workspace workspace, qint64 generation)
{
    workspace.unknownFields.insert(generationKey(), generation);
    return workspace;
}

// The bundled sample, its campaigns repeated until the file is about half a megabyte: a save then
// takes long enough for kills to land inside it.
inline Workspace baseWorkspace()
{
    Workspace workspace = WorkspaceFile::sample();
    const QList<Campaign> campaigns = workspace.campaigns;
    int numbers = 0;
    for (int copy = 1; copy <= 25; ++copy) {
        for (Campaign campaign : campaigns) {
            campaign.id += QStringLiteral("-copy-%1").arg(copy);
            for (Webhook &webhook : campaign.webhooks)
                webhook.id += QStringLiteral("-%1").arg(copy);
            for (int n = 0; n < campaign.numbers.size(); ++n) {
                TrackingNumber &number = campaign.numbers[n];
                number.number = QStringLiteral("+1888%1").arg(++numbers, 7, 10, QLatin1Char('0'));
                for (Webhook &webhook : number.webhooks)
                    webhook.id += QStringLiteral("-%1-%2").arg(copy).arg(n);
            }
            workspace.campaigns.append(campaign);
        }
    }
    return withGeneration(workspace, 0);
}

inline StoredCall call(const QString &id)
{
    StoredCall call;
    call.id = id;
    call.title = QStringLiteral("crash test ") + id;
    call.startedAt = QDateTime::currentDateTimeUtc();
    call.campaign = QStringLiteral("crash");
    call.tags.set(QStringLiteral("call_key"), {QStringLiteral("k-") + id});
    return call;
}

// Every pixel is different and big enough (a few KiB) for a commit to take a while.
inline FiredPixel pixel(int sequence)
{
    Exchange exchange;
    exchange.request.method = QStringLiteral("POST");
    exchange.request.url = QStringLiteral("https://example.test/hook?seq=%1").arg(sequence);
    exchange.request.body = QByteArray(2048, char('a' + sequence % 26));
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.status = 200;
    exchange.responseBody = "{\"seq\": " + QByteArray::number(sequence) + ", \"pad\": \""
                            + QByteArray(2048, char('A' + sequence % 26)) + "\"}";
    FiredPixel pixel;
    pixel.sequence = sequence;
    pixel.webhookName = QStringLiteral("webhook %1").arg(sequence);
    pixel.trigger = QStringLiteral("start");
    pixel.fired = true;
    pixel.reason = QStringLiteral("no matches");
    pixel.exchanges = {exchange};
    pixel.tagsApplied = {QStringLiteral("seq:%1").arg(sequence)};
    return pixel;
}

} // namespace CrashSupport
