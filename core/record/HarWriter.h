// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/HarLog.h"
#include "record/Redactor.h"
#include "record/StoredCall.h"

#include <QCoreApplication>
#include <QJsonObject>

// Writes calls as a HAR 1.2 log (SPEC 6): one call is one page, each exchange one entry (a
// redirect chain is several), in firing order. Our extras are custom fields with a leading
// underscore: entry _webhook, _trigger, _reason, _tagsApplied, _warnings, _outcome (the
// webhook's Outcome: "fired", "failed", "not-sent", "skipped", "cancelled"), _transport (how
// the exchange itself ended: "response", "connection_refused", ...);
// response._error (where Chrome puts it); request._timeoutMs; content._truncated;
// postData._encoding; page _campaign.
//
// Secrets are redacted by default (SPEC 7, see Redactor); setRedaction(false) opts out.
//
//     HarWriter writer;
//     writer.addCall(call);
//     if (!writer.writeFile(path, &error)) ...
class HarWriter final
{
    Q_DECLARE_TR_FUNCTIONS(HarWriter)

public:
    HarWriter();

    void setRedaction(bool enabled) { m_redaction = enabled; }
    bool redaction() const { return m_redaction; }

    // Adds the call as a page and its fired pixels' exchanges as entries; skipped pixels have
    // none. Exchanges without a start time take the call's.
    void addCall(const StoredCall &call);

    // The log as it will be written: redacted unless redaction is off.
    HarLog log() const;
    QJsonObject toJson() const { return toJson(log()); }
    // Pretty-printed JSON.
    QByteArray toByteArray() const;
    // Atomically (QSaveFile): a failed write leaves an existing file as it was.
    bool writeFile(const QString &path, QString *error) const;

    static QJsonObject toJson(const HarLog &log);
    static QJsonObject pageToJson(const HarPage &page);
    // Exactly what the log holds, without redaction (the pixel store keeps exchanges this way).
    // HAR cannot say "unknown" for send, wait and receive: they are written as 0.
    static QJsonObject entryToJson(const HarEntry &entry);
    // ISO 8601 with milliseconds and the offset ("Z" for UTC), as HAR requires.
    static QString dateTimeText(const QDateTime &dateTime);

private:
    HarLog m_log;
    Redactor m_redactor;
    bool m_redaction = true;
};
