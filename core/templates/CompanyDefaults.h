// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Company.h"
#include "model/Webhook.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>

// The company settings' "enter your tracking domain" buttons for CAKE, HasOffers (TUNE) and
// Voluum. Each generates the platform's server postback from the shipped template of that
// platform, with only the tracking domain filled in (the click id and payout come from the
// call's tags at call time). The result goes into the company's default webhooks, which
// Workspace::newCampaign copies into every campaign created afterwards; existing campaigns
// keep the webhooks they have.
class CompanyDefaults final
{
    Q_DECLARE_TR_FUNCTIONS(CompanyDefaults)

public:
    // "cake", "hasoffers", "voluum": the keys of Company::trackingDomains.
    static QStringList platforms();
    // "CAKE", "HasOffers / TUNE", "Voluum"; empty for an unknown platform.
    static QString label(const QString &platform);
    // The shipped template a platform's button uses: "cake-server-postback", ...
    static QString templateId(const QString &platform);
    // The template parameter the domain goes into.
    static QString domainParameter() { return QStringLiteral("tracking_domain"); }
    // "https://track.example.com/" and " track.example.com " both give "track.example.com":
    // people paste whole URLs into a domain field.
    static QString normalizedDomain(const QString &domain);

    // The postback webhooks for a tracking domain, from the built-in templates. On a bad platform
    // or domain returns nothing and says why in errors (which may be null).
    static QList<Webhook> trackingDomainWebhooks(const QString &platform, const QString &domain,
                                                 QStringList *errors = nullptr);
    static QList<Webhook> trackingDomainWebhooks(const TemplateLibrary &library, const QString &platform,
                                                 const QString &domain, QStringList *errors);

    // What the button does: records the domain in company->trackingDomains and puts the
    // generated webhooks into company->defaultWebhooks, in place of those of the same name (an
    // earlier press of the same button), so changing the domain does not duplicate them.
    // On failure the company is left as it was.
    static bool apply(Company *company, const QString &platform, const QString &domain, QStringList *errors);
};
