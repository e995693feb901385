#include "TagCatalog.h"

#include "PixelStore.h"
#include "TemplateLibrary.h"
#include "WebhookLinter.h"

namespace {

constexpr int kRefreshDelayMs = 400;

// The shipped templates never change while the app runs: collect their tags once.
const QList<KnownTag> &builtInTemplateTags()
{
    static const QList<KnownTag> tags = KnownTags::fromTemplates(TemplateLibrary::builtIn());
    return tags;
}

} // namespace

TagCatalog::TagCatalog(QObject *parent)
    : QObject(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TagCatalog::refresh);
    collectKnown();
    m_announced = m_known;
}

void TagCatalog::setWorkspace(const Workspace &workspace)
{
    const bool sampleChanged = workspace.sampleCall != m_workspace.sampleCall;
    m_workspace = workspace;
    m_tagsDirty = true;
    m_refreshTimer.start();
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
    m_pixelTags = m_pixelStore && m_pixelStore->isOpen() ? KnownTags::fromPixels(*m_pixelStore) : QList<KnownTag>();
    m_tagsDirty = true;
    refresh();
}

void TagCatalog::setPingTags(bool allowed, const QList<KnownTag> &tags)
{
    const QList<KnownTag> offered = allowed ? tags : QList<KnownTag>();
    if (allowed == m_pingAllowed && offered == m_pingTags)
        return;
    m_pingAllowed = allowed;
    m_pingTags = offered;
    m_tagsDirty = true;
    // Whether ping.* names are known changes at once for all of them: tell the fields now.
    collectKnown();
    m_announced = m_known;
    emit tagsChanged();
}

QList<KnownTag> TagCatalog::tags() const
{
    if (m_tagsDirty) {
        TemplateLibrary userTemplates;
        userTemplates.loadDocuments(m_workspace.userTemplates);
        m_tags = KnownTags::merged({KnownTags::builtIns(), m_pingTags, KnownTags::fromWorkspace(m_workspace),
                                    builtInTemplateTags(), KnownTags::fromTemplates(userTemplates), m_pixelTags});
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
    // The linter's rule, so that a field and the lint panel agree: no token keys (reading every
    // token of a large workspace is what makes tags() slow), the templates' and fired pixels'
    // tags as the ones known from outside.
    TemplateLibrary userTemplates;
    userTemplates.loadDocuments(m_workspace.userTemplates);
    QStringList outside;
    for (const QList<KnownTag> &list : {builtInTemplateTags(), KnownTags::fromTemplates(userTemplates), m_pixelTags}) {
        for (const KnownTag &tag : list)
            outside.append(tag.name);
    }
    m_known.clear();
    for (const QString &name : WebhookLinter(m_workspace, outside).knownTags())
        m_known.insert(name.toLower());
}

void TagCatalog::refresh()
{
    m_refreshTimer.stop();
    collectKnown();
    if (m_known == m_announced)
        return;
    m_announced = m_known;
    emit tagsChanged();
}
