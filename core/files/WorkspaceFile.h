// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "files/LoadError.h"
#include "model/Workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

struct WorkspaceLoadResult
{
    Workspace workspace;
    QList<LoadError> errors; // empty on success; on any error the workspace must not be used
    bool ok() const { return errors.isEmpty(); }
};

// The workspace file (SPEC 1): versioned, pretty-printed JSON with sorted keys, so that it diffs
// well in git. Unknown fields at every level are kept and written back. The format is in
// docs/WORKSPACE-FORMAT.md.
//
// Loading is strict about structure and lenient about content (docs/ARCHITECTURE.md): text that
// is not JSON, wrong JSON types, a newer format and values the model cannot hold (an unknown
// trigger, a tag map whose keys collide) are load errors, and a file that has any gives no
// workspace at all, never half of one. Everything else loads as written, however wrong (an empty
// or repeated id, a header value with a line break, timer_seconds 0, a number that is not
// E.164, a reference to a missing buyer), so that whatever the app saved reopens and saves back
// the same; WorkspaceLinter reports such content at its field.
class WorkspaceFile final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)

public:
    static constexpr qint64 kMaxFileBytes = qint64(64) * 1024 * 1024;
    // min_duration's range (WorkspaceLinter's out-of-range finding).
    static constexpr int kMaxMinDurationSeconds = 24 * 60 * 60;

    static WorkspaceLoadResult load(const QString &fileName);
    static WorkspaceLoadResult parse(const QByteArray &json);
    static QByteArray serialize(const Workspace &workspace);
    // Writes through QSaveFile: on any failure the previous file is left as it was.
    static bool save(const Workspace &workspace, const QString &fileName, QString *errorMessage);
    // The bundled sample (":/samples/sample-workspace.json").
    static Workspace sample();
    static QString sampleResourcePath();
};
