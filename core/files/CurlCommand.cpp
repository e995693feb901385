// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/CurlCommand.h"

namespace {

// Bytes that survive a trip through QString: UTF-8 text.
bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

bool hasNul(const QByteArray &bytes)
{
    return bytes.contains('\0');
}

// A printf format that writes bytes exactly: '\' and '%' doubled, control characters other
// than tab and line feed, DEL and every non-ASCII byte as a three-digit octal escape (three
// digits, so that a digit after it cannot extend it).
QString printfFormat(const QByteArray &bytes)
{
    QString format;
    format.reserve(bytes.size() * 2);
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '\\' || byte == '%') {
            format += QLatin1Char(c);
            format += QLatin1Char(c);
        } else if ((byte >= 0x20 && byte < 0x7f) || byte == '\t' || byte == '\n') {
            format += QLatin1Char(c);
        } else {
            format += QLatin1Char('\\');
            format += QString::number(byte, 8).rightJustified(3, QLatin1Char('0'));
        }
    }
    return format;
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 10); // 5000 -> "5", 2500 -> "2.5"
}

} // namespace

CurlCommand::CurlCommand(const RenderedRequest &request)
{
    if (request.url.isEmpty()) {
        m_error = tr("the request has no URL");
        return;
    }
    if (request.url.contains(QChar(0))) {
        m_error = tr("the URL holds a NUL character, which a shell argument cannot carry");
        return;
    }
    for (const auto &[name, value] : request.headers) {
        const QString shown = QString::fromUtf8(name);
        if (name.isEmpty() || name.contains(':') || !isUtf8(name) || hasNul(name)) {
            m_error = tr("header \"%1\": not a header name curl can send").arg(shown);
            return;
        }
        if (hasNul(value)) {
            m_error = tr("header %1: the value holds a NUL byte, which a shell argument cannot carry").arg(shown);
            return;
        }
        if (!isUtf8(value)) {
            m_error = tr("header %1: the value is not UTF-8 text, which the command line cannot show").arg(shown);
            return;
        }
    }

    const QString method = request.method.isEmpty() ? QStringLiteral("GET") : request.method;
    const bool alwaysBody =
        method == QLatin1String("POST") || method == QLatin1String("PUT") || method == QLatin1String("PATCH");
    const bool sendsBody = !request.body.isEmpty() || alwaysBody;
    if (method == QLatin1String("HEAD") && !sendsBody)
        addOption("--head");
    else if (method != (sendsBody ? QLatin1String("POST") : QLatin1String("GET")))
        addOption("-X", method.toUtf8());

    for (const auto &[name, value] : request.headers)
        addOption("-H", value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value));

    if (sendsBody) {
        const QByteArray &body = request.body;
        if (hasNul(body) || !isUtf8(body) || body.size() > kMaxArgumentBytes)
            pipeBody(body);
        else
            addOption(body.startsWith('@') ? "--data-raw" : "--data-binary", body);
    }
    if (request.timeoutMs > 0)
        addOption("--max-time", seconds(request.timeoutMs).toLatin1());

    const QByteArray url = request.url.toUtf8();
    const bool globs = url.contains('[') || url.contains(']') || url.contains('{') || url.contains('}');
    if (globs)
        addOption("--globoff");
    if (url.startsWith('-'))
        addOption("--url", url);
    else
        addWord(url);
}

void CurlCommand::pipeBody(const QByteArray &body)
{
    if (hasNul(body) || !isUtf8(body))
        m_pipe = QStringLiteral("printf ") + quote(printfFormat(body));
    else
        m_pipe = QStringLiteral("printf '%s' ") + quote(QString::fromUtf8(body));
    m_standardInput = body;
    addOption("--data-binary", QByteArrayLiteral("@-"));
}

void CurlCommand::addOption(const char *option)
{
    m_arguments.append(QByteArray(option));
    m_lines.append(QLatin1String(option));
}

void CurlCommand::addOption(const char *option, const QByteArray &value)
{
    m_arguments.append(QByteArray(option));
    m_arguments.append(value);
    m_lines.append(QLatin1String(option) + QLatin1Char(' ') + quote(QString::fromUtf8(value)));
}

void CurlCommand::addWord(const QByteArray &value)
{
    m_arguments.append(value);
    m_lines.append(quote(QString::fromUtf8(value)));
}

QString CurlCommand::toString() const
{
    if (!isValid())
        return QString();
    QString command = m_pipe.isEmpty() ? QStringLiteral("curl") : m_pipe + QLatin1String(" | curl");
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        command += i == 0 ? QStringLiteral(" ") : QStringLiteral(" \\\n  ");
        command += m_lines.at(i);
    }
    return command;
}

QString CurlCommand::quote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
