// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLine.h"
#include "ExitCode.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QTextStream>

#include <cstdio>

namespace {
void configureApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WebhookConfigurator"));
    QCoreApplication::setApplicationName(QStringLiteral("webhook-configurator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WC_VERSION));
}

// For start-up benchmarks: quits once the window's first frame has been painted. The quit is
// queued so the frame reaches the screen before the event loop ends.
class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    // Headless commands never touch the windowing system, so they work over SSH and in CI.
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (const CommandLine::Command *command = CommandLine::find(first)) {
        QCoreApplication app(argc, argv);
        configureApplication();
        return CommandLine::run(*command, app.arguments().mid(2));
    }
    if (first == QLatin1String("-h") || first == QLatin1String("--help")) {
        QTextStream(stdout) << CommandLine::helpText();
        return ExitSuccess;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        QTextStream(stdout) << "webhook-configurator " << WC_VERSION << '\n';
        return ExitSuccess;
    }

    QApplication app(argc, argv);
    configureApplication();
    // Matches the installed .desktop file, so the window and its launcher share one icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("webhook-configurator"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop workbench for call-tracking webhooks"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption sampleOption(QStringLiteral("sample"),
                                          QCoreApplication::translate("main", "Open the bundled sample workspace."));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after-show"),
        QCoreApplication::translate("main", "Quit once the main window has been painted (for start-up benchmarks)."));
    parser.addOption(sampleOption);
    parser.addOption(quitOption);
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"),
                                 QCoreApplication::translate("main", "The workspace file to open."),
                                 QStringLiteral("[WORKSPACE]"));

    QTextStream err(stderr);
    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << '\n'
            << QCoreApplication::translate("main", "Run webhook-configurator --help for usage.") << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << CommandLine::helpText();
        return ExitSuccess;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "webhook-configurator " << WC_VERSION << '\n';
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << QCoreApplication::translate("main", "Too many arguments: expected at most one workspace file, got %1.")
                   .arg(positional.size())
            << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(sampleOption) && !positional.isEmpty()) {
        err << QCoreApplication::translate("main", "--sample and a workspace file cannot be opened together.") << '\n';
        return ExitBadInput;
    }

    MainWindow window;
    QuitAfterFirstPaint quitAfterPaint;
    if (parser.isSet(quitOption))
        window.installEventFilter(&quitAfterPaint);
    window.show();
    // The sample's webhooks point at the local receiver, so it starts with the sample.
    window.startServices(parser.isSet(sampleOption));
    // After show(), so that dialogs have their window to sit on. Unsaved changes a crashed
    // session left come first; a benchmark run is never asked.
    const bool restored = !parser.isSet(quitOption) && window.offerRecovery();
    if (!restored && parser.isSet(sampleOption))
        window.openSample();
    else if (!restored && !positional.isEmpty())
        window.openFile(positional.constFirst());
    return app.exec();
}
