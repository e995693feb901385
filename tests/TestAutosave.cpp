// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/WorkspaceFile.h"
#include "shell/AutosaveManager.h"
#include "shell/MainWindow.h"
#include "support/ModalHandler.h"
#include "support/TestSettings.h"
#include "workspace/WorkspaceActions.h"
#include "workspace/WorkspaceModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace {

Workspace sampleWorkspace()
{
    Workspace ws;
    ws.company.name = QStringLiteral("Acme Calls");
    Campaign campaign;
    campaign.id = QStringLiteral("solar");
    campaign.name = QStringLiteral("Solar leads");
    Webhook lead;
    lead.id = QStringLiteral("wh-1");
    lead.name = QStringLiteral("Send lead");
    lead.request.url = QStringLiteral("http://127.0.0.1:8377/leads");
    campaign.webhooks = {lead};
    ws.campaigns = {campaign};
    return ws;
}

// Clicks the message box's button with the given text.
std::function<void(QMessageBox *)> click(const QString &text, QString *question = nullptr)
{
    return [text, question](QMessageBox *box) {
        if (question)
            *question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == text) {
                button->click();
                return;
            }
        }
        qFatal("no button %s", qPrintable(text));
    };
}

// An edit through the tree's actions: a new webhook in the first campaign.
void edit(MainWindow &window)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("workspaceTree"));
    tree->setCurrentIndex(window.model()->indexForPath(QStringLiteral("campaigns[0]")));
    window.workspaceActions()->newWebhookAction()->trigger();
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_recovery;
    int m_file = 0;

    QString writeWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("workspace-%1.json").arg(++m_file));
        QString error;
        if (!WorkspaceFile::save(sampleWorkspace(), path, &error))
            qFatal("cannot write %s: %s", qPrintable(path), qPrintable(error));
        return path;
    }

    // A window with its autosave in this test's folder, saving every few milliseconds.
    std::unique_ptr<MainWindow> window()
    {
        auto window = std::make_unique<MainWindow>();
        window->autosave()->setDirectory(m_recovery);
        window->autosave()->setInterval(20);
        return window;
    }

    QStringList recoveryFiles() const { return QDir(m_recovery).entryList({QStringLiteral("*.json")}, QDir::Files); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSettings::isolate(m_dir.path());
        m_recovery = m_dir.filePath(QStringLiteral("recovery"));
    }

    void init() { QDir(m_recovery).removeRecursively(); }

    void writesARecoveryFileWhileModified()
    {
        const QString path = writeWorkspace();
        auto main = window();
        QVERIFY(main->openFile(path));
        QVERIFY(recoveryFiles().isEmpty());
        edit(*main);
        QVERIFY(main->isWindowModified());
        const QString recovery = main->autosave()->recoveryFile();
        QTRY_VERIFY(QFile::exists(recovery));
        QCOMPARE(recoveryFiles().size(), 1);

        // It holds the workspace as it is now and names the file it belongs to.
        Workspace recovered;
        AutosaveManager::Recovery info;
        QString error;
        QVERIFY2(AutosaveManager::read(recovery, &recovered, &info, &error), qPrintable(error));
        QVERIFY(recovered == main->model()->workspace());
        QCOMPARE(info.documentFile, QFileInfo(path).absoluteFilePath());
        QVERIFY(info.savedAt.isValid());
        QVERIFY(qAbs(info.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // Saving makes it unnecessary.
        main->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
        QVERIFY(!main->isWindowModified());
        QVERIFY(!QFile::exists(recovery));
        QVERIFY(WorkspaceFile::load(path).workspace == main->model()->workspace());
    }

    void undoingBackToTheSavedStateRemovesIt()
    {
        auto main = window();
        QVERIFY(main->openFile(writeWorkspace()));
        edit(*main);
        QTRY_VERIFY(QFile::exists(main->autosave()->recoveryFile()));
        main->undoStack()->undo();
        QVERIFY(!QFile::exists(main->autosave()->recoveryFile()));
        QVERIFY(recoveryFiles().isEmpty());
    }

    void aNormalCloseRemovesIt()
    {
        auto main = window();
        QVERIFY(main->openFile(writeWorkspace()));
        edit(*main);
        QTRY_VERIFY(QFile::exists(main->autosave()->recoveryFile()));
        ModalHandler<QMessageBox> discard(click(QStringLiteral("Discard")));
        QVERIFY(main->close());
        QVERIFY(discard.handled());
        QVERIFY(recoveryFiles().isEmpty());
    }

    void offersToRestoreAfterACrash()
    {
        const QString path = writeWorkspace();
        Workspace edited;
        {
            auto crashed = window();
            QVERIFY(crashed->openFile(path));
            edit(*crashed);
            QTRY_VERIFY(QFile::exists(crashed->autosave()->recoveryFile()));
            edited = crashed->model()->workspace();
            // Destroyed without a close: as after a crash, the recovery file stays.
        }
        QCOMPARE(recoveryFiles().size(), 1);

        auto next = window();
        QCOMPARE(next->autosave()->orphans().size(), 1);
        QString question;
        ModalHandler<QMessageBox> restore(click(QStringLiteral("Restore"), &question));
        QVERIFY(next->offerRecovery());
        QVERIFY(restore.handled());
        QCOMPARE(question, QStringLiteral("Webhook Configurator did not close normally. Restore the unsaved "
                                          "changes to %1?")
                               .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
        QVERIFY(next->model()->workspace() == edited);
        QCOMPARE(next->fileName(), QFileInfo(path).absoluteFilePath());
        // Restored changes are not saved yet.
        QVERIFY(next->isWindowModified());
        QVERIFY(!next->undoStack()->isClean());
        // The old session's file is gone; this session keeps its own copy from now on.
        QCOMPARE(recoveryFiles(), QStringList{QFileInfo(next->autosave()->recoveryFile()).fileName()});
        QVERIFY(next->autosave()->orphans().isEmpty());

        next->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
        QVERIFY(WorkspaceFile::load(path).workspace == edited);
        QVERIFY(recoveryFiles().isEmpty());
    }

    void restoresAnUntitledWorkspace()
    {
        {
            auto crashed = window();
            crashed->openSample();
            edit(*crashed);
            QTRY_VERIFY(QFile::exists(crashed->autosave()->recoveryFile()));
        }
        auto next = window();
        ModalHandler<QMessageBox> restore(click(QStringLiteral("Restore")));
        QVERIFY(next->offerRecovery());
        QVERIFY(next->fileName().isEmpty());
        QCOMPARE(next->windowTitle(), QStringLiteral("Sample workspace[*] — Webhook Configurator"));
        QVERIFY(next->isWindowModified());
    }

    void discardingDropsTheChanges()
    {
        const QString path = writeWorkspace();
        {
            auto crashed = window();
            QVERIFY(crashed->openFile(path));
            edit(*crashed);
            QTRY_VERIFY(QFile::exists(crashed->autosave()->recoveryFile()));
        }
        auto next = window();
        ModalHandler<QMessageBox> discard(click(QStringLiteral("Discard")));
        QVERIFY(!next->offerRecovery());
        QVERIFY(discard.handled());
        QVERIFY(recoveryFiles().isEmpty());
        QVERIFY(!next->isWindowModified());
        // Nothing is offered again.
        QVERIFY(!next->offerRecovery());
    }

    void aRunningSessionsFileIsNotOffered()
    {
        auto running = window();
        QVERIFY(running->openFile(writeWorkspace()));
        edit(*running);
        QTRY_VERIFY(QFile::exists(running->autosave()->recoveryFile()));
        // Another window, as in a second instance: the first one's file is in use.
        auto other = window();
        QVERIFY(other->autosave()->orphans().isEmpty());
        QVERIFY(!other->offerRecovery());
    }

    void aCrashedProcessLeavesAStaleLock()
    {
        // A lock file whose process is gone, as a crash leaves it, does not hold the file.
        QVERIFY(QDir().mkpath(m_recovery));
        const QString base = m_recovery + QStringLiteral("/recovery-0123456789ab");
        QFile lock(base + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("999999\nwebhook-configurator\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        {
            auto model = std::make_unique<WorkspaceModel>();
            model->setWorkspace(sampleWorkspace());
            QUndoStack stack;
            AutosaveManager writer;
            writer.setDirectory(m_dir.filePath(QStringLiteral("elsewhere")));
            writer.watch(model.get(), &stack);
            QVERIFY(writer.saveNow());
            QVERIFY(QFile::copy(writer.recoveryFile(), base + QStringLiteral(".json")));
        }

        AutosaveManager reader;
        reader.setDirectory(m_recovery);
        const QList<AutosaveManager::Recovery> orphans = reader.orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.at(0).path, base + QStringLiteral(".json"));
        QDir(m_dir.filePath(QStringLiteral("elsewhere"))).removeRecursively();
    }

    void anUnreadableRecoveryFileIsReported_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{\"recovery_format\": 1, ")
                                  << "%1 is not a recovery file of this version";
        QTest::newRow("newer format") << QByteArray("{\"recovery_format\": 2, \"workspace\": {}}")
                                      << "%1 is not a recovery file of this version";
        QTest::newRow("broken workspace")
            << QByteArray("{\"recovery_format\": 1, \"workspace\": {\"format\": 1, \"campaigns\": [{\"id\": 5}]}}")
            << "the recovered workspace does not load: campaigns[0].id: expected a string, got a number (5)";
    }

    void anUnreadableRecoveryFileIsReported()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QVERIFY(QDir().mkpath(m_recovery));
        const QString path = m_recovery + QStringLiteral("/recovery-feedfeedfeed.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QString expected =
            error.contains(QStringLiteral("%1")) ? error.arg(QDir::toNativeSeparators(path)) : error;

        Workspace workspace;
        QString message;
        QVERIFY(!AutosaveManager::read(path, &workspace, nullptr, &message));
        QCOMPARE(message, expected);

        auto next = window();
        QString shown;
        ModalHandler<QMessageBox> warning([&shown](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        QVERIFY(!next->offerRecovery());
        QVERIFY(warning.handled());
        QCOMPARE(shown, QStringLiteral("A session that ended unexpectedly left unsaved changes, but they cannot be "
                                       "restored: %1.\n\nThe file is kept at %2.")
                            .arg(expected, QDir::toNativeSeparators(path)));
        QVERIFY(QFile::exists(path));
    }

    void reportsWhenItCannotWrite()
    {
        // A file where the folder should be.
        const QString blocked = m_dir.filePath(QStringLiteral("blocked"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto model = std::make_unique<WorkspaceModel>();
        QUndoStack stack;
        AutosaveManager manager;
        manager.setDirectory(blocked + QStringLiteral("/recovery"));
        manager.watch(model.get(), &stack);
        QString error;
        QVERIFY(!manager.saveNow(&error));
        QCOMPARE(error, QStringLiteral("cannot create the folder %1")
                            .arg(QDir::toNativeSeparators(blocked + QStringLiteral("/recovery"))));
        AutosaveManager unwatched;
        QVERIFY(!unwatched.saveNow(&error));
        QCOMPARE(error, QStringLiteral("there is no workspace to save"));
    }

    void reportsAFailedAutosave()
    {
        // A folder where the recovery file should be: the write in the background fails.
        auto model = std::make_unique<WorkspaceModel>();
        model->setWorkspace(sampleWorkspace());
        QUndoStack stack;
        AutosaveManager manager;
        manager.setDirectory(m_recovery);
        manager.setInterval(10);
        manager.watch(model.get(), &stack);
        QVERIFY(QDir().mkpath(manager.recoveryFile()));
        QSignalSpy failed(&manager, &AutosaveManager::saveFailed);
        stack.push(new QUndoCommand(QStringLiteral("an edit")));
        QVERIFY(failed.wait());
        QVERIFY2(failed.at(0).at(0).toString().startsWith(
                     QStringLiteral("cannot write %1: ").arg(QDir::toNativeSeparators(manager.recoveryFile()))),
                 qPrintable(failed.at(0).at(0).toString()));
        // It is tried again with the next change.
        stack.push(new QUndoCommand(QStringLiteral("another edit")));
        QVERIFY(failed.wait());
        QDir(manager.recoveryFile()).removeRecursively();
    }
};

QTEST_MAIN(TestAutosave)
#include "TestAutosave.moc"
