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
// well in git. Unknown fields at every level are kept and written back. A file that has any
// error gives no workspace at all, never half of one. The format is in docs/WORKSPACE-FORMAT.md.
class WorkspaceFile final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)

public:
    static constexpr qint64 kMaxFileBytes = qint64(64) * 1024 * 1024;
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
