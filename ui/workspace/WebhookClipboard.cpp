// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workspace/WebhookClipboard.h"

#include "common/Plural.h"
#include "files/WebhookJson.h"
#include "model/Workspace.h"
#include "tokens/TextPosition.h"

#include <QJsonDocument>
#include <QMimeData>

namespace {

QString counted(qsizetype count, const char *one, const char *many)
{
    return Plural::counted("WebhookClipboard", count, one, many);
}

// "line 2, column 5" for the character the parser stumbled on.
QString position(const QByteArray &text, const QJsonParseError &error)
{
    const TextPosition position = TextPosition::ofJsonError(text, error);
    return WebhookClipboard::tr("line %1, column %2").arg(position.line).arg(position.column);
}

} // namespace

QString WebhookClipboard::mimeType()
{
    return QStringLiteral("application/vnd.webhook-configurator.webhooks+json");
}

std::unique_ptr<QMimeData> WebhookClipboard::mimeData(const QList<Webhook> &webhooks)
{
    const QByteArray json = QJsonDocument(WebhookJson::writeList(webhooks)).toJson(QJsonDocument::Indented);
    auto data = std::make_unique<QMimeData>();
    data->setData(mimeType(), json);
    data->setText(QString::fromUtf8(json));
    return data;
}

bool WebhookClipboard::canRead(const QMimeData *data)
{
    return data && (data->hasFormat(mimeType()) || (data->hasText() && !data->text().trimmed().isEmpty()));
}

bool WebhookClipboard::read(const QMimeData *data, QList<Webhook> *webhooks, QString *error)
{
    const bool ours = data && data->hasFormat(mimeType());
    if (!ours && !canRead(data)) {
        *error = tr("the clipboard holds no webhooks");
        return false;
    }
    const QByteArray json = ours ? data->data(mimeType()) : data->text().toUtf8();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("the text is not JSON: %1: %2").arg(position(json, parseError), parseError.errorString());
        return false;
    }
    // One webhook copied out of a workspace file is an object; a copy from this app an array.
    QJsonArray array;
    if (document.isObject())
        array.append(document.object());
    else
        array = document.array();
    if (array.isEmpty()) {
        *error = tr("the text holds no webhook (expected a webhook object or an array of them)");
        return false;
    }

    // Any JSON object reads as a webhook (every key is optional): from plain text, ask for the
    // one key every webhook has, so that pasting, say, a whole workspace file is refused.
    if (!ours) {
        for (int i = 0; i < array.size(); ++i) {
            if (array.at(i).isObject() && !array.at(i).toObject().contains(QLatin1String("url"))) {
                *error = tr("webhooks[%1]: not a webhook (it has no \"url\")").arg(i);
                return false;
            }
        }
    }

    QList<LoadError> errors;
    QList<Webhook> read = WebhookJson::readList(array, QStringLiteral("webhooks"), &errors);
    if (!errors.isEmpty()) {
        *error = errors.constFirst().toString();
        if (errors.size() > 1)
            *error += counted(errors.size() - 1, QT_TRANSLATE_NOOP("WebhookClipboard", " (and %1 more problem)"),
                              QT_TRANSLATE_NOOP("WebhookClipboard", " (and %1 more problems)"));
        return false;
    }
    for (Webhook &webhook : read)
        webhook.id = newWebhookId();
    *webhooks = read;
    return true;
}
