// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "lint/KnownTags.h"
#include "model/TagMap.h"
#include "model/Workspace.h"

#include <QObject>
#include <QSet>

class PixelStore;

// The tags one editor offers and checks against (SPEC 4): the built-ins, the workspace's, the
// templates', the fired pixels' and, in a ping-post's post, the [ping.*] tags; plus the
// workspace's sample call, which live validation renders with. One catalog serves every token
// field of an editor, so that they all agree.
//
// Collecting the workspace's tags reads every webhook's tokens, too slow to repeat on each
// keystroke in a large workspace: tags() collects only when asked (completion, the wizard)
// after a change. Which names are known (isKnown()) needs no tokens: it is collected on every
// change, and tagsChanged() tells the fields to re-check their tokens when it changed.
class TagCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagCatalog)

public:
    explicit TagCatalog(QObject *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    TagMap sampleCall() const { return m_workspace.sampleCall; }

    // Tags seen in fired pixels are read from store (nullptr: none) now and on reloadPixels().
    void setPixelStore(const PixelStore *store);
    void reloadPixels();

    // The [ping.*] tags a ping-post's post may use (from the ping's sample response), and
    // whether any ping.* name is allowed at all: only in the post of an enabled ping-post.
    void setPingTags(bool allowed, const QList<KnownTag> &tags);
    bool allowsPingTags() const { return m_pingAllowed; }

    // Every tag, each once, grouped in source order: built-in, ping response, workspace,
    // templates, pixels.
    QList<KnownTag> tags() const;
    // Whether a token may name the tag without a warning, by WebhookLinter's rule: built-ins,
    // tags the workspace sets or matches, the templates' and fired pixels'; ping.* only where
    // allowed.
    bool isKnown(const QString &name) const;
    // isKnown() for another thread: the names it accepts (lower case) and allowsPingTags().
    QSet<QString> knownNames() const { return m_known; }
    static bool isKnownIn(const QSet<QString> &knownNames, bool pingAllowed, const QString &name);

signals:
    void tagsChanged();
    void sampleCallChanged();

private:
    void collectKnown();
    void announceKnown();

    Workspace m_workspace;
    const PixelStore *m_pixelStore = nullptr;
    QList<KnownTag> m_pixelTags;
    bool m_pingAllowed = false;
    QList<KnownTag> m_pingTags;
    QList<KnownTag> m_userTemplateTags;

    mutable bool m_tagsDirty = true;
    mutable QList<KnownTag> m_tags;
    QSet<QString> m_known; // lower case
};
