// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The process TestCrashSafety kills with SIGKILL. It does what the app does while the user
// works, as fast as it can and until it is killed:
// - the main thread saves the workspace as the File menu does (WorkspaceFile::save) and writes
//   crash recovery as the app's autosave does (AutosaveManager::saveNow), each save a new
//   generation of the workspace (an unknown field, kept like any other);
// - a second thread records one call's fired pixels through PixelStore::addPixel.
// Every step is reported on stdout as one line, written with a single write() so that a kill
// never leaves half a line, and only once the call it reports has returned:
//   autosave PATH / saving FILE GENERATION / saved FILE GENERATION / call ID / pixel SEQUENCE
// where FILE is 0 for the workspace, 1 for the recovery file.
//
// Usage: wc-crash-helper BASE.json WORKSPACE RECOVERY_DIR PIXELS.sqlite CALL_ID

#include "CrashSupport.h"
#include "files/WorkspaceFile.h"
#include "record/PixelStore.h"
#include "shell/AutosaveManager.h"
#include "workspace/WorkspaceModel.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <thread>

#include <unistd.h>

namespace {

void report(const QByteArray &line)
{
    const QByteArray whole = line + '\n';
    if (::write(STDOUT_FILENO, whole.constData(), size_t(whole.size())) != whole.size())
        ::_exit(3);
}

[[noreturn]] void die(const QString &message)
{
    report("error " + message.toUtf8());
    ::_exit(2);
}

void recordPixels(const QString &databasePath, const QString &callId)
{
    PixelStore store;
    QString error;
    if (!store.open(databasePath, &error) || !store.beginCall(CrashSupport::call(callId), &error))
        die(error);
    report("call " + callId.toUtf8());
    for (int sequence = 1;; ++sequence) {
        if (!store.addPixel(callId, CrashSupport::pixel(sequence), &error))
            die(error);
        report("pixel " + QByteArray::number(sequence));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 6)
        die(QStringLiteral("usage: wc-crash-helper BASE.json WORKSPACE RECOVERY_DIR PIXELS.sqlite CALL_ID"));

    const WorkspaceLoadResult base = WorkspaceFile::load(arguments.at(1));
    if (!base.ok())
        die(base.errors.constFirst().toString());
    const QString workspaceFile = arguments.at(2);
    const WorkspaceLoadResult current = WorkspaceFile::load(workspaceFile);
    if (!current.ok())
        die(current.errors.constFirst().toString());

    WorkspaceModel model;
    QUndoStack stack;
    AutosaveManager autosave;
    autosave.setDirectory(arguments.at(3));
    autosave.setDocument(workspaceFile, QString());
    autosave.watch(&model, &stack);
    report("autosave " + autosave.recoveryFile().toUtf8());

    std::thread pixels(recordPixels, arguments.at(4), arguments.at(5));
    pixels.detach(); // runs until the kill
    report("ready");
    for (qint64 generation = CrashSupport::generation(current.workspace) + 1;; ++generation) {
        const Workspace workspace = CrashSupport::withGeneration(base.workspace, generation);
        const QByteArray step = ' ' + QByteArray::number(generation);
        QString error;
        report("saving 0" + step);
        if (!WorkspaceFile::save(workspace, workspaceFile, &error))
            die(error);
        report("saved 0" + step);

        model.setWorkspace(workspace);
        report("saving 1" + step);
        if (!autosave.saveNow(&error))
            die(error);
        report("saved 1" + step);
    }
}
