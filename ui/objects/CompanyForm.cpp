// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "objects/CompanyForm.h"

#include "objects/KeyValueTable.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>

CompanyForm::CompanyForm(WorkspaceModel *model, QUndoStack *stack, QWidget *parent)
    : ObjectForm(model, stack, parent)
    , m_domains(new KeyValueTable(tr("Platform"), tr("Tracking domain"), this))
{
    setObjectName(QStringLiteral("companyForm"));
    auto *box = new QGroupBox(tr("Company"), this);
    auto *form = new QFormLayout(box);
    bindLine(
        form, tr("&Name:"), QStringLiteral("name"), [](const Object &o) { return o.company.name; },
        [](Object &o, const QString &text) { o.company.name = text; });
    m_domains->setObjectName(QStringLiteral("trackingDomains"));
    m_domains->setToolTip(tr("Platforms (cake, hasoffers, voluum) and the tracking domain their postbacks go to"));
    form->addRow(tr("Tracking domains:"), m_domains);
    connect(m_domains, &KeyValueTable::edited, this, [this] {
        QMap<QString, QString> domains;
        for (const auto &pair : m_domains->pairs())
            domains.insert(pair.first, pair.second);
        apply(QStringLiteral("tracking_domains"), [&](Object &o) { o.company.trackingDomains = domains; });
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
}

void CompanyForm::load(const Object &object, const Object *previous)
{
    Q_UNUSED(previous)
    KeyValueTable::Pairs pairs;
    for (auto it = object.company.trackingDomains.cbegin(); it != object.company.trackingDomains.cend(); ++it)
        pairs.append({it.key(), it.value()});
    m_domains->setPairs(pairs);
}

QString CompanyForm::displayName(const Object &object) const
{
    return object.company.name.trimmed().isEmpty() ? tr("Company") : object.company.name;
}
