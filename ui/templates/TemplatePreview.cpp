// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplatePreview.h"

#include "common/StatePalette.h"
#include "tokens/RequestRenderer.h"

#include <QJsonDocument>
#include <QScrollBar>

#include <algorithm>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// One request as HTML lines: method and URL, headers, then the body; rendered for sampleCall
// when there is one, adding the renderer's errors and warnings.
QString requestText(const RequestTemplate &request, const TagMap *sampleCall, const TemplatePreview::Mask &mask,
                    QStringList *errors, QStringList *warnings)
{
    QString method = request.method;
    QString url = request.url;
    QList<QPair<QString, QString>> headers;
    QString body = request.body;
    if (sampleCall) {
        const RequestRenderer renderer(request);
        RenderReport report;
        const RenderedRequest sent = renderer.render(*sampleCall, &report);
        *errors += report.errors;
        // A post's [ping.*] tags come from the bid at call time, as the caption says: the sample
        // call cannot have them, so their "missing" warnings would only be noise.
        QStringList pingTokens;
        for (const QString &key : renderer.tokenKeys()) {
            if (key.startsWith(QLatin1String("ping.")))
                pingTokens.append(QLatin1Char('[') + key + QLatin1Char(']')); // as warnings name a tag
        }
        for (const QString &warning : std::as_const(report.warnings)) {
            const bool aboutPing = std::any_of(pingTokens.cbegin(), pingTokens.cend(),
                                               [&warning](const QString &token) { return warning.contains(token); });
            if (!aboutPing)
                warnings->append(warning);
        }
        method = sent.method;
        url = sent.url;
        for (const auto &header : sent.headers)
            headers.append({QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
        body = QString::fromUtf8(sent.body);
        // Indented for reading; the request sends the body exactly as the template writes it.
        if (request.bodyKind == BodyKind::Json) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(sent.body, &error);
            if (error.error == QJsonParseError::NoError)
                body = QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
        }
    } else {
        for (const HeaderTemplate &header : request.headers)
            headers.append({header.name, header.value});
    }

    QString html =
        QStringLiteral("<span class=\"method\">") % esc(method) % QStringLiteral("</span> ") % esc(mask(url));
    for (const auto &header : std::as_const(headers))
        html += QStringLiteral("<br><span class=\"header\">") % esc(header.first) % QStringLiteral(":</span> ")
                % esc(mask(header.second));
    if (!body.isEmpty())
        html += QStringLiteral("<br><br>") % esc(mask(body)).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

} // namespace

TemplatePreview::TemplatePreview(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("templatePreview"));
    setOpenLinks(false);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
}

void TemplatePreview::showAsWritten(const QList<Webhook> &webhooks, const Mask &mask)
{
    present(webhooks, nullptr, mask);
}

void TemplatePreview::showRendered(const QList<Webhook> &webhooks, const TagMap &sampleCall, const Mask &mask)
{
    present(webhooks, &sampleCall, mask);
}

void TemplatePreview::present(const QList<Webhook> &webhooks, const TagMap *sampleCall, const Mask &mask)
{
    // Typing in the form re-renders the preview: keep the part the user is reading in view.
    const int scroll = verticalScrollBar()->value();
    setHtml(html(webhooks, sampleCall, mask));
    verticalScrollBar()->setValue(scroll);
}

QString TemplatePreview::html(const QList<Webhook> &webhooks, const TagMap *sampleCall, const Mask &mask) const
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const StatePalette states(pal);
    const QString css =
        QStringLiteral("body { color: %1; }"
                       ".hint { color: %2; }"
                       ".name { font-weight: 600; }"
                       "table.code { background-color: %3; border: 1px solid %4; }"
                       ".code td { font-family: monospace; white-space: pre-wrap; }"
                       ".method { color: %5; font-weight: bold; }"
                       ".header { color: %2; }"
                       ".warning { color: %6; }"
                       ".error { color: %7; }")
            .arg(text.name(), StatePalette::mix(text, base, 0.42).name(), StatePalette::mix(base, text, 0.045).name(),
                 StatePalette::mix(base, text, 0.16).name(), states.foreground(StatePalette::State::Info).name(),
                 states.foreground(StatePalette::State::Warning).name(),
                 states.foreground(StatePalette::State::Error).name());

    QString html = QStringLiteral("<html><head><style>") % css % QStringLiteral("</style></head><body>");
    if (!sampleCall)
        html += QStringLiteral("<p class=\"hint\">")
                % esc(tr("Fill in the parameters to see the request as it would be sent for the sample call. "
                         "Until then, the template as written:"))
                % QStringLiteral("</p>");

    for (qsizetype i = 0; i < webhooks.size(); ++i) {
        const Webhook &webhook = webhooks.at(i);
        QStringList facts{Triggers::label(webhook.trigger)};
        if (webhook.trigger == Trigger::Timer)
            facts.last() += tr(" at %1 s").arg(webhook.timerSeconds);
        if (!webhook.matches.isEmpty())
            facts.append(tr("only for calls with %1").arg(webhook.matches.join(QStringLiteral(", "))));
        html += QStringLiteral("<p style=\"margin-top: %1px; margin-bottom: 4px\"><span class=\"name\">")
                    .arg(i == 0 ? 2 : 14)
                % esc(webhook.name) % QStringLiteral("</span>  <span class=\"hint\">&nbsp;·&nbsp; ")
                % esc(facts.join(QStringLiteral("  ·  "))) % QStringLiteral("</span></p>");

        QStringList errors;
        QStringList warnings;
        const auto block = [&](const QString &caption, const RequestTemplate &request) {
            if (!caption.isEmpty())
                html += QStringLiteral("<p class=\"hint\" style=\"margin-top: 6px; margin-bottom: 2px\">")
                        % esc(caption) % QStringLiteral("</p>");
            html += QStringLiteral("<table class=\"code\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr><td>")
                    % requestText(request, sampleCall, mask, &errors, &warnings) % QStringLiteral("</td></tr></table>");
        };
        if (webhook.pingPost.enabled) {
            block(tr("Ping: asks for a bid"), webhook.pingPost.ping);
            block(webhook.pingPost.minimumBid > 0
                      ? tr("Post: once a bid of at least %1 is accepted ([ping.*] tags come from the bid)")
                            .arg(webhook.pingPost.minimumBid)
                      : tr("Post: once a bid is accepted ([ping.*] tags come from the bid)"),
                  webhook.request);
        } else {
            block(QString(), webhook.request);
        }
        for (const QString &error : std::as_const(errors))
            html += QStringLiteral("<p class=\"error\" style=\"margin: 2px 0\">") % esc(mask(error))
                    % QStringLiteral("</p>");
        for (const QString &warning : std::as_const(warnings))
            html += QStringLiteral("<p class=\"warning\" style=\"margin: 2px 0\">") % esc(mask(warning))
                    % QStringLiteral("</p>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}
