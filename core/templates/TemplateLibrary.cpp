// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

const TemplateLibrary &TemplateLibrary::builtIn()
{
    static const TemplateLibrary library = [] {
        TemplateLibrary loaded;
        loaded.loadDirectory(builtInDirectory());
        return loaded;
    }();
    return library;
}

int TemplateLibrary::loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        m_errors.append({directory, {QString(), tr("the template folder does not exist")}});
        return 0;
    }
    int loaded = 0;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files)
        loaded += loadFile(dir.filePath(file)) ? 1 : 0;
    return loaded;
}

bool TemplateLibrary::loadFile(const QString &path)
{
    const QString source = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append({source, {QString(), tr("cannot read the file: %1").arg(file.errorString())}});
        return false;
    }
    // Templates are a few KiB; one byte past the limit tells a runaway file (or a device) apart.
    constexpr qint64 kMaxTemplateBytes = qint64(16) * 1024 * 1024;
    const QByteArray data = file.read(kMaxTemplateBytes + 1);
    if (data.size() > kMaxTemplateBytes) {
        m_errors.append({source, {QString(), tr("the file is over 16 MiB; a template file is at most 16 MiB")}});
        return false;
    }
    QList<LoadError> errors;
    const WebhookTemplate webhookTemplate = WebhookTemplate::fromData(data, &errors);
    return addChecked(webhookTemplate, errors, source);
}

int TemplateLibrary::loadDocuments(const QJsonArray &documents)
{
    int loaded = 0;
    for (int i = 0; i < documents.size(); ++i) {
        const QString source = tr("workspace template %1").arg(i + 1);
        if (!documents.at(i).isObject()) {
            m_errors.append({source, {QString(), tr("a template is a JSON object")}});
            continue;
        }
        QList<LoadError> errors;
        const WebhookTemplate webhookTemplate = WebhookTemplate::fromJson(documents.at(i).toObject(), &errors);
        loaded += addChecked(webhookTemplate, errors, source) ? 1 : 0;
    }
    return loaded;
}

bool TemplateLibrary::add(const WebhookTemplate &webhookTemplate, const QString &source)
{
    QList<LoadError> errors;
    const WebhookTemplate checked = WebhookTemplate::fromJson(webhookTemplate.toJson(), &errors);
    return addChecked(checked, errors, source);
}

bool TemplateLibrary::addChecked(const WebhookTemplate &webhookTemplate, const QList<LoadError> &errors,
                                 const QString &source)
{
    for (const LoadError &error : errors)
        m_errors.append({source, error});
    if (!errors.isEmpty())
        return false;
    const QString existing = sourceOf(webhookTemplate.id);
    if (!existing.isEmpty()) {
        m_errors.append(
            {source,
             {QStringLiteral("id"),
              tr("duplicate template id \"%1\" (already loaded from %2)").arg(webhookTemplate.id, existing)}});
        return false;
    }
    m_templates.append(webhookTemplate);
    m_sources.append(source);
    return true;
}

const WebhookTemplate *TemplateLibrary::find(const QString &id) const
{
    for (const WebhookTemplate &webhookTemplate : m_templates) {
        if (webhookTemplate.id == id)
            return &webhookTemplate;
    }
    return nullptr;
}

QString TemplateLibrary::sourceOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).id == id)
            return m_sources.at(i);
    }
    return {};
}

QStringList TemplateLibrary::platforms() const
{
    QStringList platforms;
    for (const WebhookTemplate &webhookTemplate : m_templates) {
        if (!platforms.contains(webhookTemplate.platform))
            platforms.append(webhookTemplate.platform);
    }
    platforms.sort(Qt::CaseInsensitive);
    return platforms;
}

QStringList TemplateLibrary::errorStrings() const
{
    QStringList strings;
    for (const Error &error : m_errors)
        strings.append(error.toString());
    return strings;
}

bool TemplateLibrary::writeFile(const WebhookTemplate &webhookTemplate, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(webhookTemplate.toData());
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
