// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shell/AutosaveManager.h"

#include "files/WorkspaceFile.h"
#include "workspace/WorkspaceModel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace {

constexpr int kRecoveryFormat = 1;
const QLatin1String kFormatKey("recovery_format");
const QLatin1String kDocumentKey("document");
const QLatin1String kUntitledKey("untitled_name");
const QLatin1String kSavedAtKey("saved_at");
const QLatin1String kWorkspaceKey("workspace");
const QLatin1String kPrefix("recovery-");

QByteArray jsonString(const QString &text)
{
    // A one-element array is the simplest way to have Qt escape a lone string.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

AutosaveManager::AutosaveManager(QObject *parent)
    : QObject(parent)
    , m_directory(defaultDirectory())
    , m_session(kPrefix + QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveManager::timeout);
    connect(&m_writing, &QFutureWatcher<QString>::finished, this, &AutosaveManager::written);
}

// The recovery file stays: only discard() removes it. The lock goes, as it would in a crash.
AutosaveManager::~AutosaveManager() = default;

QString AutosaveManager::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

void AutosaveManager::setDirectory(const QString &directory)
{
    discard();
    m_lock.reset();
    m_directory = directory;
}

void AutosaveManager::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

int AutosaveManager::interval() const
{
    return m_timer.interval();
}

void AutosaveManager::watch(WorkspaceModel *model, QUndoStack *stack)
{
    m_model = model;
    m_stack = stack;
    connect(stack, &QUndoStack::indexChanged, this, &AutosaveManager::changed);
    // Back at the saved state (saved, or undone to it). A stack that clean because it was
    // cleared is a new document, which setDocument() handles, or one being destroyed, as in a
    // crash: that keeps its file.
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean && m_stack->count() > 0)
            discard();
    });
}

void AutosaveManager::setDocument(const QString &fileName, const QString &untitledName)
{
    discard();
    m_documentFile = fileName;
    m_untitledName = untitledName;
}

QString AutosaveManager::recoveryFile() const
{
    return m_directory % QLatin1Char('/') % m_session % QStringLiteral(".json");
}

QString AutosaveManager::lockFile() const
{
    return m_directory % QLatin1Char('/') % m_session % QStringLiteral(".lock");
}

void AutosaveManager::changed()
{
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void AutosaveManager::timeout()
{
    if (!m_model || !m_stack || m_stack->isClean() || !m_dirty)
        return;
    if (m_writing.isRunning()) {
        m_timer.start();
        return;
    }
    QString error;
    if (!prepare(&error)) {
        emit saveFailed(error);
        return;
    }
    // Serialising a large workspace takes tens of milliseconds: a worker thread does it and
    // writes the file, from a copy of the workspace as it is now.
    m_dirty = false;
    m_writing.setFuture(QtConcurrent::run([path = recoveryFile(), header = header(), workspace = m_model->workspace()] {
        return write(path, header, workspace);
    }));
}

void AutosaveManager::written()
{
    const QString error = m_writing.future().resultCount() > 0 ? m_writing.result() : QString();
    if (error.isEmpty())
        return;
    m_dirty = true;
    emit saveFailed(error);
}

bool AutosaveManager::prepare(QString *error)
{
    if (!m_model) {
        *error = tr("there is no workspace to save");
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    if (!m_lock) {
        // Held for as long as this session runs, so no other instance takes the file for an orphan.
        auto lock = std::make_unique<QLockFile>(lockFile());
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            *error = tr("cannot lock %1").arg(QDir::toNativeSeparators(lockFile()));
            return false;
        }
        m_lock = std::move(lock);
    }
    return true;
}

QByteArray AutosaveManager::header() const
{
    return "{\"" + QByteArray(kFormatKey.data()) + "\": " + QByteArray::number(kRecoveryFormat) + ",\n\""
           + kDocumentKey.data() + "\": " + jsonString(m_documentFile) + ",\n\"" + kUntitledKey.data()
           + "\": " + jsonString(m_untitledName) + ",\n\"" + kSavedAtKey.data()
           + "\": " + jsonString(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)) + ",\n\""
           + kWorkspaceKey.data() + "\": ";
}

QString AutosaveManager::write(const QString &path, const QByteArray &header, const Workspace &workspace)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        // The envelope goes around the workspace file's own bytes, so the workspace is serialised
        // once and reads back exactly as WorkspaceFile wrote it.
        file.write(header);
        file.write(WorkspaceFile::serialize(workspace));
        file.write("}\n");
        if (file.commit())
            return QString();
    }
    return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
}

bool AutosaveManager::saveNow(QString *error)
{
    m_writing.waitForFinished();
    QString message;
    if (prepare(&message))
        message = write(recoveryFile(), header(), m_model->workspace());
    if (message.isEmpty()) {
        m_dirty = false;
        return true;
    }
    if (error)
        *error = message;
    return false;
}

void AutosaveManager::discard()
{
    m_timer.stop();
    // A write under way would otherwise bring the file back.
    m_writing.waitForFinished();
    m_dirty = false;
    QFile::remove(recoveryFile());
}

QList<AutosaveManager::Recovery> AutosaveManager::orphans() const
{
    QList<Recovery> found;
    const QDir directory(m_directory);
    const QStringList files = directory.entryList({kPrefix + QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        const QString path = directory.filePath(name);
        if (path == recoveryFile())
            continue;
        // A live session holds its lock; a crashed one left it behind for tryLock to clear.
        QLockFile lock(path.chopped(int(qstrlen(".json"))) + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        Recovery recovery;
        Workspace ignored;
        QString error;
        if (!read(path, &ignored, &recovery, &error)) {
            // Still offered: the dialog says why it cannot be restored.
            recovery.path = path;
            recovery.savedAt = QFileInfo(path).lastModified();
        }
        found.append(recovery);
    }
    std::sort(found.begin(), found.end(), [](const Recovery &a, const Recovery &b) { return a.savedAt > b.savedAt; });
    return found;
}

bool AutosaveManager::read(const QString &path, Workspace *workspace, Recovery *recovery, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject envelope = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || envelope.value(kFormatKey).toInt() != kRecoveryFormat
        || !envelope.value(kWorkspaceKey).isObject()) {
        *error = tr("%1 is not a recovery file of this version").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const WorkspaceLoadResult loaded =
        WorkspaceFile::parse(QJsonDocument(envelope.value(kWorkspaceKey).toObject()).toJson());
    if (!loaded.ok()) {
        *error = tr("the recovered workspace does not load: %1").arg(loaded.errors.constFirst().toString());
        return false;
    }
    *workspace = loaded.workspace;
    if (recovery) {
        recovery->path = path;
        recovery->documentFile = envelope.value(kDocumentKey).toString();
        recovery->untitledName = envelope.value(kUntitledKey).toString();
        recovery->savedAt = QDateTime::fromString(envelope.value(kSavedAtKey).toString(), Qt::ISODateWithMs);
    }
    return true;
}

void AutosaveManager::removeOrphan(const QString &path)
{
    QFile::remove(path);
}
