// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QLockFile;
class QUndoStack;
class WorkspaceModel;
struct Workspace;

// Crash recovery (issue 5 item 9). While the workspace has unsaved changes it is written every
// interval, through QSaveFile and in a worker thread, to a recovery file of this session (under
// AppDataLocation/recovery/ by default) that also records which workspace file it belongs to. A clean state (saved, or
// undone back to the saved state), a new or opened document and a normal close remove it.
//
// Each session holds a lock file next to its recovery file, so a recovery file whose lock no
// running instance holds was left by a session that crashed: orphans() lists those for the next
// start to offer.
class AutosaveManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutosaveManager)

public:
    static constexpr int kDefaultIntervalMs = 30 * 1000;

    struct Recovery
    {
        QString path;         // the recovery file
        QString documentFile; // the workspace file the changes belong to; empty if untitled
        QString untitledName; // the document's name while untitled ("Untitled", "Sample workspace")
        QDateTime savedAt;
    };

    explicit AutosaveManager(QObject *parent = nullptr);
    ~AutosaveManager() override;

    static QString defaultDirectory();
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    void setInterval(int milliseconds);
    int interval() const;

    // Autosaves model's workspace while stack is not clean; both outlive this object.
    void watch(WorkspaceModel *model, QUndoStack *stack);
    // The document now being edited; its previous recovery file (if any) is removed.
    void setDocument(const QString &fileName, const QString &untitledName);

    // Writes the recovery file now, in this thread. False, with the reason in error, if it could
    // not be written.
    bool saveNow(QString *error = nullptr);
    // Removes this session's recovery file (the changes were saved or are not wanted).
    void discard();
    // This session's recovery file; it exists only while there are unsaved changes.
    QString recoveryFile() const;

    // Recovery files no running instance owns, newest first.
    QList<Recovery> orphans() const;
    // Reads a recovery file. False, with the reason in error, if it is not one or its workspace
    // does not load.
    static bool read(const QString &path, Workspace *workspace, Recovery *recovery, QString *error);
    // Deletes an orphan once it was restored or discarded.
    static void removeOrphan(const QString &path);

signals:
    void saveFailed(const QString &error);

private:
    void changed();
    void timeout();
    void written();
    // Makes the folder and takes the lock, once; false with the reason in error.
    bool prepare(QString *error);
    // The recovery file's start: everything but the workspace.
    QByteArray header() const;
    // Writes a recovery file; the reason it could not, or empty. Runs in any thread.
    static QString write(const QString &path, const QByteArray &header, const Workspace &workspace);
    QString lockFile() const;

    WorkspaceModel *m_model = nullptr;
    QUndoStack *m_stack = nullptr;
    QString m_directory;
    QString m_session; // "recovery-<id>", the base name of this session's files
    QString m_documentFile;
    QString m_untitledName;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    QFutureWatcher<QString> m_writing;
    bool m_dirty = false; // changed since the last recovery write
};
