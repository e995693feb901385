#include "CommandLine.h"
#include "ExitCode.h"
#include "MainWindow.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

namespace {
void configureApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WebhookConfigurator"));
    QCoreApplication::setApplicationName(QStringLiteral("webhook-configurator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WC_VERSION));
}
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
    MainWindow window;
    window.show();
    return app.exec();
}
