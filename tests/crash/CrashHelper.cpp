// The process TestCrashSafety kills with SIGKILL. It does what the app does while the user
// works, as fast as it can and until it is killed:
// - the main thread saves the workspace and its autosave copy through WorkspaceFile::save,
//   each save a new generation (an unknown field, kept like any other);
// - a second thread records one call's fired pixels through PixelStore::addPixel.
// Every step is reported on stdout as one line, written with a single write() so that a kill
// never leaves half a line, and only once the call it reports has returned:
//   saving FILE GENERATION / saved FILE GENERATION / call ID / pixel SEQUENCE
//
// Usage: wc-crash-helper BASE.json WORKSPACE AUTOSAVE PIXELS.sqlite CALL_ID

#include "CrashSupport.h"
#include "PixelStore.h"
#include "WorkspaceFile.h"

#include <QCoreApplication>

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
        die(QStringLiteral("usage: wc-crash-helper BASE.json WORKSPACE AUTOSAVE PIXELS.sqlite CALL_ID"));

    const WorkspaceLoadResult base = WorkspaceFile::load(arguments.at(1));
    if (!base.ok())
        die(base.errors.constFirst().toString());
    const QStringList files = {arguments.at(2), arguments.at(3)};
    QList<qint64> generations;
    for (const QString &file : files) {
        const WorkspaceLoadResult current = WorkspaceFile::load(file);
        if (!current.ok())
            die(current.errors.constFirst().toString());
        generations.append(CrashSupport::generation(current.workspace));
    }

    std::thread pixels(recordPixels, arguments.at(4), arguments.at(5));
    pixels.detach(); // runs until the kill
    report("ready");
    for (;;) {
        for (qsizetype i = 0; i < files.size(); ++i) {
            const qint64 next = generations.at(i) + 1;
            const QByteArray step = QByteArray::number(i) + ' ' + QByteArray::number(next);
            report("saving " + step);
            QString error;
            if (!WorkspaceFile::save(CrashSupport::withGeneration(base.workspace, next), files.at(i), &error))
                die(error);
            generations[i] = next;
            report("saved " + step);
        }
    }
}
