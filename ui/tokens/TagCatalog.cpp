// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/TagCatalog.h"

#include "lint/WebhookLinter.h"
#include "record/PixelStore.h"
#include "record/PixelTags.h"
#include "templates/TemplateLibrary.h"

namespace {

// The shipped templates never change while the app runs: collect their tags once.
const QList<KnownTag> &builtInTemplateTags()
{
    static const QList<KnownTag> tags = KnownTags::fromTemplates(TemplateLibrary::builtIn());
    return tags;
}

QList<KnownTag> userTemplateTags(const QJsonArray &documents)
{
    TemplateLibrary library;
    library.loadDocuments(documents);
    return KnownTags::fromTemplates(library);
}

} // namespace

TagCatalog::TagCatalog(QObject *parent)
    : QObject(parent)
{
    collectKnown();
}

void TagCatalog::setWorkspace(const Workspace &workspace)
{
    const bool sampleChanged = workspace.sampleCall != m_workspace.sampleCall;
    if (workspace.userTemplates != m_workspace.userTemplates)
        m_userTemplateTags = userTemplateTags(workspace.userTemplates);
    m_workspace = workspace;
    m_tagsDirty = true;
    announceKnown();
    if (sampleChanged)
        emit sampleCallChanged();
}

void TagCatalog::setPixelStore(const PixelStore *store)
{
    m_pixelStore = store;
    reloadPixels();
}

void TagCatalog::reloadPixels()
{
    m_pixelTags = m_pixelStore && m_pixelStore->isOpen() ? PixelTags::fromStore(*m_pixelStore) : QList<KnownTag>();
    m_tagsDirty = true;
    announceKnown();
}

void TagCatalog::setPingTags(bool allowed, const QList<KnownTag> &tags)
{
    const QList<KnownTag> offered = allowed ? tags : QList<KnownTag>();
    if (allowed == m_pingAllowed && offered == m_pingTags)
        return;
    const bool allowedChanged = allowed != m_pingAllowed;
    m_pingAllowed = allowed;
    m_pingTags = offered;
    m_tagsDirty = true;
    // Whether ping.* names are known changes at once for all of them.
    if (allowedChanged)
        emit tagsChanged();
}

QList<KnownTag> TagCatalog::tags() const
{
    if (m_tagsDirty) {
        m_tags = KnownTags::merged({KnownTags::builtIns(), m_pingTags, KnownTags::fromWorkspace(m_workspace),
                                    builtInTemplateTags(), m_userTemplateTags, m_pixelTags});
        m_tagsDirty = false;
    }
    return m_tags;
}

bool TagCatalog::isKnown(const QString &name) const
{
    return isKnownIn(m_known, m_pingAllowed, name);
}

bool TagCatalog::isKnownIn(const QSet<QString> &knownNames, bool pingAllowed, const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key.startsWith(QLatin1String("ping.")))
        return pingAllowed;
    return knownNames.contains(key);
}

void TagCatalog::collectKnown()
{
    // The linter's rule, so that a field and the lint panel agree. It reads no tokens, so it is
    // cheap enough for every change; the templates' and fired pixels' tags are the ones known
    // from outside the workspace.
    QStringList outside;
    for (const QList<KnownTag> &list : {builtInTemplateTags(), m_userTemplateTags, m_pixelTags}) {
        for (const KnownTag &tag : list)
            outside.append(tag.name);
    }
    m_known.clear();
    for (const QString &name : WebhookLinter(m_workspace, outside).knownTags())
        m_known.insert(name.toLower());
}

void TagCatalog::announceKnown()
{
    const QSet<QString> before = m_known;
    collectKnown();
    if (m_known != before)
        emit tagsChanged();
}
