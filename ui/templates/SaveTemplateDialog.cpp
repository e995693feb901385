// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/SaveTemplateDialog.h"

#include "common/StatePalette.h"
#include "files/WebhookJson.h"
#include "templates/TemplateLibrary.h"
#include "templates/UserTemplatesCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

using Address = WorkspaceModel::Address;
using Kind = WorkspaceModel::Kind;

const QLatin1String kDirectoryKey("TemplateGallery/lastDirectory");

QString orId(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? id : name;
}

// "Solar Leads: call started" gives "solar-leads-call-started": ids are file names too.
QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString targetLabel(const QString &target)
{
    if (target == QLatin1String("campaign"))
        return QCoreApplication::translate("SaveTemplateDialog", "Campaigns");
    if (target == QLatin1String("buyer"))
        return QCoreApplication::translate("SaveTemplateDialog", "Buyers");
    if (target == QLatin1String("company"))
        return QCoreApplication::translate("SaveTemplateDialog", "Company defaults");
    return QCoreApplication::translate("SaveTemplateDialog", "Publishers");
}

QStringList knownIds(const Workspace &workspace)
{
    TemplateLibrary library = TemplateLibrary::builtIn();
    library.loadDocuments(workspace.userTemplates);
    QStringList ids;
    for (const WebhookTemplate &webhookTemplate : library.templates())
        ids.append(webhookTemplate.id);
    return ids;
}

} // namespace

SaveTemplateDialog::SaveTemplateDialog(const Workspace &workspace, const WorkspaceModel::Address &address,
                                       QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_platform(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_export(new QCheckBox(tr("Also export it to a template file"), this))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("saveTemplateDialog"));
    setWindowTitle(tr("Save as Template"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/template.svg")));

    QString sourceName;
    QStringList appliesTo;
    m_webhooks = webhooksAt(workspace, address, &sourceName, &appliesTo);

    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setText(sourceName);
    connect(m_name, &QLineEdit::textEdited, this, &SaveTemplateDialog::nameEdited);

    m_id->setObjectName(QStringLiteral("templateId"));
    m_id->setToolTip(tr("Unique among all templates: letters, digits, '_', '-' and '.'; also the file name on export"));
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    nameEdited(sourceName);

    m_platform->setObjectName(QStringLiteral("templatePlatform"));
    m_platform->setEditable(true);
    m_platform->addItems(TemplateLibrary::builtIn().platforms());
    m_platform->setCurrentText(tr("Custom"));
    m_platform->setToolTip(tr("The gallery filters by platform"));

    m_description->setObjectName(QStringLiteral("templateDescription"));
    QStringList names;
    for (const Webhook &webhook : std::as_const(m_webhooks))
        names.append(tr("%1 (%2)").arg(webhook.name, Triggers::label(webhook.trigger)));
    m_description->setPlainText(tr("Saved from %1: %2.").arg(sourceName, names.join(QStringLiteral(", "))));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);

    auto *targets = new QHBoxLayout;
    for (const QString &target : WebhookTemplate::targets()) {
        auto *box = new QCheckBox(targetLabel(target), this);
        box->setObjectName(QStringLiteral("offer_") + target);
        box->setChecked(appliesTo.contains(target));
        targets->addWidget(box);
        m_targets.append(box);
    }
    targets->addStretch(1);

    auto *summary = new QLabel(
        m_webhooks.size() == 1
            ? tr("Holds the webhook as it is now; the template has no parameters.")
            : tr("Holds the %1 webhooks as they are now; the template has no parameters.").arg(m_webhooks.size()),
        this);
    summary->setWordWrap(true);

    m_export->setObjectName(QStringLiteral("exportCheck"));
    m_errors->setObjectName(QStringLiteral("saveErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    StatePalette::setTextColor(m_errors, StatePalette::State::Error);
    m_errors->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Offer it for:"), targets);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SaveTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_export);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

QList<Webhook> SaveTemplateDialog::webhooksAt(const Workspace &workspace, const WorkspaceModel::Address &address,
                                              QString *name, QStringList *appliesTo)
{
    QString ownName;
    QStringList targets;
    QList<Webhook> webhooks;
    const auto campaignAt = [&workspace](int c) -> const Campaign * {
        return c >= 0 && c < workspace.campaigns.size() ? &workspace.campaigns.at(c) : nullptr;
    };
    switch (address.kind) {
    case Kind::Webhook:
        if (const Webhook *webhook = WorkspaceModel::webhookAt(workspace, address)) {
            webhooks = {*webhook};
            ownName = orId(webhook->name, Triggers::label(webhook->trigger));
            targets = address.campaign >= 0 ? QStringList{QStringLiteral("campaign")}
                      : address.buyer >= 0  ? QStringList{QStringLiteral("buyer")}
                                            : QStringList{QStringLiteral("company"), QStringLiteral("campaign")};
        }
        break;
    case Kind::Campaign:
        if (const Campaign *campaign = campaignAt(address.campaign)) {
            webhooks = campaign->webhooks;
            ownName = orId(campaign->name, campaign->id);
            targets = {QStringLiteral("campaign")};
        }
        break;
    case Kind::Number:
        if (const Campaign *campaign = campaignAt(address.campaign);
            campaign && address.number >= 0 && address.number < campaign->numbers.size()) {
            const TrackingNumber &number = campaign->numbers.at(address.number);
            webhooks = Workspace::effectiveWebhooks(*campaign, number);
            ownName = orId(number.name, number.number);
            targets = {QStringLiteral("campaign")};
        }
        break;
    case Kind::Buyer:
        if (address.buyer >= 0 && address.buyer < workspace.buyers.size()) {
            const Buyer &buyer = workspace.buyers.at(address.buyer);
            webhooks = buyer.webhooks;
            ownName = orId(buyer.name, buyer.id);
            targets = {QStringLiteral("buyer")};
        }
        break;
    case Kind::Company:
        webhooks = workspace.company.defaultWebhooks;
        ownName = orId(workspace.company.name, tr("Company defaults"));
        targets = {QStringLiteral("company"), QStringLiteral("campaign")};
        break;
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
    case Kind::Publisher:
        break;
    }
    if (name)
        *name = ownName;
    if (appliesTo)
        *appliesTo = targets;
    return webhooks;
}

bool SaveTemplateDialog::saveAsTemplate(WorkspaceModel *model, QUndoStack *undoStack,
                                        const WorkspaceModel::Address &address, QWidget *parent)
{
    const Workspace &workspace = model->workspace();
    QString name;
    if (webhooksAt(workspace, address, &name).isEmpty()) {
        QMessageBox::information(parent, tr("Save as Template"),
                                 name.isEmpty() ? tr("Select a webhook, or a campaign, number, buyer or the company "
                                                     "with webhooks, to save it as a template.")
                                                : tr("%1 has no webhooks to save as a template.").arg(name));
        return false;
    }
    SaveTemplateDialog dialog(workspace, address, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const WebhookTemplate webhookTemplate = dialog.webhookTemplate();
    QJsonArray after = workspace.userTemplates;
    after.append(webhookTemplate.toJson());
    undoStack->push(new UserTemplatesCommand(model, after, tr("Save template \"%1\"").arg(webhookTemplate.name)));

    if (dialog.exportRequested()) {
        QSettings settings;
        const QString directory = settings.value(kDirectoryKey, QDir::homePath()).toString();
        const QString path = QFileDialog::getSaveFileName(
            parent, tr("Export Template"), QDir(directory).filePath(webhookTemplate.id % QStringLiteral(".json")),
            tr("Template files (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            settings.setValue(kDirectoryKey, QFileInfo(path).absolutePath());
            QString error;
            if (!TemplateLibrary::writeFile(webhookTemplate, path, &error))
                QMessageBox::critical(
                    parent, tr("Export Template"),
                    tr("The template is saved in the workspace but could not be exported.\n\n%1").arg(error));
        }
    }
    return true;
}

WebhookTemplate SaveTemplateDialog::webhookTemplate() const
{
    WebhookTemplate webhookTemplate;
    webhookTemplate.id = m_id->text().trimmed();
    webhookTemplate.name = m_name->text().trimmed();
    webhookTemplate.platform = m_platform->currentText().trimmed();
    webhookTemplate.description = m_description->toPlainText().trimmed();
    for (const Webhook &webhook : m_webhooks) {
        QJsonObject object = WebhookJson::write(webhook);
        object.remove(QStringLiteral("id")); // every application makes new ids
        webhookTemplate.webhooks.append(object);
    }
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        if (m_targets.at(i)->isChecked())
            webhookTemplate.appliesTo.append(WebhookTemplate::targets().at(i));
    }
    return webhookTemplate;
}

bool SaveTemplateDialog::exportRequested() const
{
    return m_export->isChecked();
}

void SaveTemplateDialog::accept()
{
    const WebhookTemplate webhookTemplate = this->webhookTemplate();
    QStringList problems;
    if (webhookTemplate.appliesTo.isEmpty())
        problems.append(tr("Choose at least one place the gallery offers the template for."));

    // Checked exactly as the workspace will load it, among the templates it already has.
    TemplateLibrary library = TemplateLibrary::builtIn();
    library.loadDocuments(m_workspace.userTemplates);
    const qsizetype before = library.errors().size();
    if (problems.isEmpty() && !library.add(webhookTemplate, tr("this template"))) {
        const QList<TemplateLibrary::Error> errors = library.errors().mid(before);
        for (const TemplateLibrary::Error &error : errors)
            problems.append(error.error.toString());
    }
    if (!problems.isEmpty()) {
        m_errors->setText(problems.join(QLatin1Char('\n')));
        m_errors->show();
        return;
    }
    QDialog::accept();
}

void SaveTemplateDialog::nameEdited(const QString &name)
{
    if (m_idEdited)
        return;
    // A fresh id from the name, made unique among the templates already loaded.
    if (m_knownIds.isEmpty())
        m_knownIds = knownIds(m_workspace);
    const QStringList &ids = m_knownIds;
    const QString base = slug(name).isEmpty() ? QStringLiteral("my-template") : slug(name);
    QString id = base;
    for (int n = 2; ids.contains(id); ++n)
        id = base % QLatin1Char('-') % QString::number(n);
    m_id->setText(id);
}
