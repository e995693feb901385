// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace DisplayFormat {

QString duration(double ms)
{
    const QLocale locale;
    if (ms < 0)
        return QCoreApplication::translate("DisplayFormat", "n/a");
    if (ms < 10)
        return QCoreApplication::translate("DisplayFormat", "%1 ms").arg(locale.toString(ms, 'f', 2));
    if (ms < 100)
        return QCoreApplication::translate("DisplayFormat", "%1 ms").arg(locale.toString(ms, 'f', 1));
    if (ms < 1000)
        return QCoreApplication::translate("DisplayFormat", "%1 ms").arg(locale.toString(ms, 'f', 0));
    return QCoreApplication::translate("DisplayFormat", "%1 s").arg(locale.toString(ms / 1000, 'f', 2));
}

QString size(qint64 bytes)
{
    if (bytes < 0)
        return QString();
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString outcome(Exchange::Outcome outcome)
{
    switch (outcome) {
    case Exchange::Outcome::Response:
        return QString();
    case Exchange::Outcome::TimedOut:
        return QCoreApplication::translate("DisplayFormat", "timed out");
    case Exchange::Outcome::ConnectionRefused:
        return QCoreApplication::translate("DisplayFormat", "connection refused");
    case Exchange::Outcome::HostNotFound:
        return QCoreApplication::translate("DisplayFormat", "host not found");
    case Exchange::Outcome::TlsError:
        return QCoreApplication::translate("DisplayFormat", "TLS error");
    case Exchange::Outcome::Cancelled:
        return QCoreApplication::translate("DisplayFormat", "cancelled");
    case Exchange::Outcome::TooManyRedirects:
        return QCoreApplication::translate("DisplayFormat", "too many redirects");
    case Exchange::Outcome::InsecureRedirect:
        return QCoreApplication::translate("DisplayFormat", "insecure redirect");
    case Exchange::Outcome::NetworkError:
        return QCoreApplication::translate("DisplayFormat", "network error");
    case Exchange::Outcome::Simulated:
        return QCoreApplication::translate("DisplayFormat", "simulated");
    }
    return QString();
}

QString status(const Exchange &exchange)
{
    if (!exchange.hasResponse() || exchange.status <= 0) {
        const QString text = outcome(exchange.outcome);
        return text.isEmpty() || exchange.outcome == Exchange::Outcome::Simulated
                   ? QCoreApplication::translate("DisplayFormat", "no response")
                   : text;
    }
    QString text = QString::number(exchange.status);
    if (!exchange.statusText.isEmpty())
        text += QLatin1Char(' ') + exchange.statusText;
    if (exchange.outcome == Exchange::Outcome::Simulated)
        return QCoreApplication::translate("DisplayFormat", "%1 (simulated)").arg(text);
    return text;
}

QString mimeKind(const QString &mimeType)
{
    const QString type = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type.isEmpty() || type == QLatin1String("x-unknown"))
        return QString();
    QString kind = type.section(QLatin1Char('/'), -1);
    // "vnd.api+json" -> "json", "x-www-form-urlencoded" -> "form"
    if (kind.contains(QLatin1Char('+')))
        kind = kind.section(QLatin1Char('+'), -1);
    if (kind == QLatin1String("x-www-form-urlencoded"))
        return QCoreApplication::translate("DisplayFormat", "form");
    if (kind.startsWith(QLatin1String("x-")))
        kind = kind.mid(2);
    return kind;
}

QString dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    return dateTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace DisplayFormat
