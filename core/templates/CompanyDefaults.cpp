// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/CompanyDefaults.h"

#include "templates/TemplateInstantiator.h"

#include <QUrl>

namespace {

struct Button
{
    const char *platform;
    const char *label;
    const char *templateId;
};

constexpr Button kButtons[] = {
    {"cake", "CAKE", "cake-server-postback"},
    {"hasoffers", "HasOffers / TUNE", "hasoffers-tune-postback"},
    {"voluum", "Voluum", "voluum-postback"},
};

const Button *buttonFor(const QString &platform)
{
    for (const Button &button : kButtons) {
        if (platform == QLatin1String(button.platform))
            return &button;
    }
    return nullptr;
}

} // namespace

QStringList CompanyDefaults::platforms()
{
    QStringList result;
    for (const Button &button : kButtons)
        result.append(QLatin1String(button.platform));
    return result;
}

QString CompanyDefaults::label(const QString &platform)
{
    const Button *button = buttonFor(platform);
    return button ? QString::fromLatin1(button->label) : QString();
}

QString CompanyDefaults::templateId(const QString &platform)
{
    const Button *button = buttonFor(platform);
    return button ? QString::fromLatin1(button->templateId) : QString();
}

QString CompanyDefaults::normalizedDomain(const QString &domain)
{
    QString text = domain.trimmed();
    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text);
        if (url.isValid() && !url.host().isEmpty())
            return url.port() < 0 ? url.host() : url.host() + QLatin1Char(':') + QString::number(url.port());
    }
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

QList<Webhook> CompanyDefaults::trackingDomainWebhooks(const QString &platform, const QString &domain,
                                                       QStringList *errors)
{
    QStringList ignored;
    return trackingDomainWebhooks(TemplateLibrary::builtIn(), platform, domain, errors ? errors : &ignored);
}

QList<Webhook> CompanyDefaults::trackingDomainWebhooks(const TemplateLibrary &library, const QString &platform,
                                                       const QString &domain, QStringList *errors)
{
    const Button *button = buttonFor(platform);
    if (!button) {
        errors->append(
            tr("unknown platform \"%1\" (expected one of: %2)").arg(platform, platforms().join(QStringLiteral(", "))));
        return {};
    }
    const WebhookTemplate *webhookTemplate = library.find(QLatin1String(button->templateId));
    if (!webhookTemplate) {
        errors->append(tr("the %1 template \"%2\" is not in the template library")
                           .arg(QLatin1String(button->label), QLatin1String(button->templateId)));
        return {};
    }
    const TemplateInstantiator::Result result =
        TemplateInstantiator::instantiate(*webhookTemplate, {{domainParameter(), normalizedDomain(domain)}});
    *errors += result.errors;
    return result.webhooks;
}

bool CompanyDefaults::apply(Company *company, const QString &platform, const QString &domain, QStringList *errors)
{
    QStringList found;
    const QList<Webhook> generated = trackingDomainWebhooks(platform, domain, &found);
    if (!found.isEmpty()) {
        *errors += found;
        return false;
    }
    for (const Webhook &webhook : generated) {
        const auto sameName = [&webhook](const Webhook &existing) {
            return existing.name == webhook.name;
        };
        company->defaultWebhooks.removeIf(sameName);
        company->defaultWebhooks.append(webhook);
    }
    company->trackingDomains.insert(platform, normalizedDomain(domain));
    return true;
}
