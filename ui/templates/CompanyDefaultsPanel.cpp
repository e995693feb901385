// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/CompanyDefaultsPanel.h"

#include "common/StatePalette.h"
#include "templates/CompanyDefaults.h"
#include "templates/TemplateInstantiator.h"
#include "templates/TemplateListModel.h"
#include "workspace/WorkspaceModel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// Replaces the company (its default webhooks and tracking domains) as one undo step.
class SetCompanyCommand final : public QUndoCommand
{
public:
    SetCompanyCommand(WorkspaceModel *model, const Company &after, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(model->workspace().company)
        , m_after(after)
    {}

    void redo() override { m_model->setCompany(m_after); }
    void undo() override { m_model->setCompany(m_before); }

private:
    WorkspaceModel *m_model;
    Company m_before;
    Company m_after;
};

const WebhookTemplate *templateOf(const QString &platform)
{
    return TemplateLibrary::builtIn().find(CompanyDefaults::templateId(platform));
}

} // namespace

CompanyDefaultsPanel::CompanyDefaultsPanel(WorkspaceModel *model, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("companyDefaultsPanel"));
    setWindowTitle(tr("Company Tracking Domains"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tracking-domain.svg")));

    auto *intro =
        new QLabel(tr("Enter your tracking domain and generate the platform's server postback. It goes into the "
                      "company's default webhooks, which every new campaign copies; generating again with another "
                      "domain replaces it. The click id and payout come from each call's tags."),
                   this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(2, 1);
    const Company &company = m_model->workspace().company;
    int gridRow = 0;
    for (const QString &platform : CompanyDefaults::platforms()) {
        const WebhookTemplate *webhookTemplate = templateOf(platform);
        const TemplateParameter *parameter =
            webhookTemplate ? webhookTemplate->parameter(CompanyDefaults::domainParameter()) : nullptr;

        auto *icon = new QLabel(this);
        icon->setPixmap(TemplateListModel::platformIcon(webhookTemplate ? webhookTemplate->platform
                                                                        : CompanyDefaults::label(platform))
                            .pixmap(24, 24));
        auto *label = new QLabel(CompanyDefaults::label(platform), this);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);

        Row row;
        row.domain = new QLineEdit(company.trackingDomains.value(platform), this);
        row.domain->setObjectName(QStringLiteral("domain_") + platform);
        row.domain->setPlaceholderText(tr("tracking domain, e.g. track.example.com"));
        row.domain->setMinimumWidth(300);
        if (parameter && !parameter->help.isEmpty())
            row.domain->setToolTip(parameter->help);
        label->setBuddy(row.domain);
        row.generate = new QPushButton(tr("Generate Postback"), this);
        row.generate->setObjectName(QStringLiteral("generate_") + platform);
        row.generate->setAutoDefault(false);
        row.message = new QLabel(this);
        row.message->setObjectName(QStringLiteral("message_") + platform);
        row.message->setWordWrap(true);
        row.message->setTextFormat(Qt::PlainText);
        // Room for a two-line message, so that an error does not make the rows jump or clip.
        row.message->setMinimumHeight(2 * row.message->fontMetrics().lineSpacing());
        row.message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

        grid->addWidget(icon, gridRow, 0);
        grid->addWidget(label, gridRow, 1);
        grid->addWidget(row.domain, gridRow, 2);
        grid->addWidget(row.generate, gridRow, 3);
        grid->addWidget(row.message, gridRow + 1, 2, 1, 2);
        grid->setRowMinimumHeight(gridRow + 2, 10);
        gridRow += 3;

        connect(row.generate, &QPushButton::clicked, this, [this, platform] { generate(platform); });
        connect(row.domain, &QLineEdit::returnPressed, this, [this, platform] { generate(platform); });
        m_rows.insert(platform, row);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_model, &WorkspaceModel::workspaceChanged, this, &CompanyDefaultsPanel::refresh);
    refresh();
    resize(760, sizeHint().height());
}

bool CompanyDefaultsPanel::generate(const QString &platform)
{
    if (!m_rows.contains(platform))
        return false;
    const QString label = CompanyDefaults::label(platform);
    const QString domain = CompanyDefaults::normalizedDomain(m_rows.value(platform).domain->text());
    if (domain.isEmpty()) {
        showMessage(platform, tr("Enter your %1 tracking domain first.").arg(label), true);
        return false;
    }
    // The type check alone gives the plainest message for a bad domain.
    const WebhookTemplate *webhookTemplate = templateOf(platform);
    const TemplateParameter *parameter =
        webhookTemplate ? webhookTemplate->parameter(CompanyDefaults::domainParameter()) : nullptr;
    QString error;
    if (parameter && !TemplateInstantiator::checkValue(*parameter, domain, &error)) {
        showMessage(platform, error, true);
        return false;
    }
    const Company &current = m_model->workspace().company;
    Company company = current;
    QStringList errors;
    if (!CompanyDefaults::apply(&company, platform, domain, &errors)) {
        showMessage(platform, errors.join(QLatin1Char('\n')), true);
        return false;
    }
    // The same domain again makes the same postback under a fresh id: nothing to undo then.
    Company unchanged = company;
    for (Webhook &webhook : unchanged.defaultWebhooks) {
        for (const Webhook &old : current.defaultWebhooks) {
            if (old.name == webhook.name)
                webhook.id = old.id;
        }
    }
    if (unchanged == current) {
        refresh();
        return true;
    }
    m_undoStack->push(new SetCompanyCommand(m_model, company, tr("Generate %1 postback for %2").arg(label, domain)));
    m_rows.value(platform).domain->setText(domain);
    return true;
}

void CompanyDefaultsPanel::showMessage(const QString &platform, const QString &text, bool error)
{
    QLabel *message = m_rows.value(platform).message;
    QPalette palette = message->palette();
    palette.setColor(QPalette::WindowText, error ? StatePalette(this->palette()).foreground(StatePalette::State::Error)
                                                 : StatePalette::muted(this->palette()));
    message->setPalette(palette);
    message->setText(text);
}

void CompanyDefaultsPanel::refresh()
{
    const Company &company = m_model->workspace().company;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QString &platform = it.key();
        const WebhookTemplate *webhookTemplate = templateOf(platform);
        QStringList lines;
        if (webhookTemplate) {
            for (const Webhook &generated : webhookTemplate->parsedWebhooks()) {
                for (const Webhook &webhook : company.defaultWebhooks) {
                    if (webhook.name != generated.name)
                        continue;
                    // The query is all [tags]; the host is what this row is about.
                    QString url = webhook.request.url;
                    const qsizetype query = url.indexOf(QLatin1Char('?'));
                    if (query >= 0)
                        url = url.left(query) % QStringLiteral("?…");
                    lines.append(
                        tr("In the company defaults: %1 → %2 %3").arg(webhook.name, webhook.request.method, url));
                }
            }
        }
        showMessage(platform,
                    lines.isEmpty()
                        ? tr("No %1 postback in the company defaults yet.").arg(CompanyDefaults::label(platform))
                        : lines.join(QLatin1Char('\n')),
                    false);
    }
}
