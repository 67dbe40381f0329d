#include "gui/app/DemoSession.h"
#include "gui/app/FirstPaintProbe.h"
#include "gui/app/LiveSession.h"
#include "gui/app/MainWindow.h"
#include "gui/app/PlanFileActions.h"
#include "gui/app/SetupWorkspace.h"
#include "gui/cli/CommandLine.h"
#include "gui/cli/Commands.h"
#include "gui/connections/ConnectionsPanel.h"
#include "model/AppInfo.h"
#include "model/kube/Kubeconfig.h"
#include "model/plan/PlanDocument.h"
#include "services/sim/helm/SimHelm.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QStatusBar>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("meshfed"));
    QCoreApplication::setOrganizationName(meshfed::appInfo().organization);
    QCoreApplication::setApplicationVersion(meshfed::appInfo().version);
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runHeadless(int argc, char** argv, const meshfed::CommandLine& commandLine)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    meshfed::installTranslations(app, QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);
    meshfed::Console console {out, err};
    return commandLine.run(app.arguments(), console);
}

int runWindow(int argc, char** argv, const meshfed::CommandLine& commandLine, QElapsedTimer started)
{
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(meshfed::appInfo().name);
    QGuiApplication::setDesktopFileName(meshfed::appInfo().applicationId);
    QApplication::setWindowIcon(QIcon(u":/icons/"_s + meshfed::appInfo().applicationId + u".svg"_s));
    meshfed::installTranslations(app, QLocale::system());

    QString error;
    const auto options = commandLine.parseGuiOptions(app.arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "meshfed: %s\n", qPrintable(error));
        return meshfed::ExitUsage;
    }
    meshfed::DemoSession demo;                  // outlives the window, which observes its models
    std::unique_ptr<meshfed::LiveSession> live; // real clusters, once the plan names their contexts
    meshfed::MainWindow window;
    // A newcomer without any cluster meets the simulator rather than an empty window.
    const bool noCluster = options->planFile.isEmpty()
        && meshfed::Kubeconfig::load(meshfed::KubeconfigSources::fromSystem(options->kubeconfig)).contexts().isEmpty();
    if (options->demo || noCluster) {
        if (!demo.start(&error)) {
            std::fprintf(stderr, "meshfed: %s\n", qPrintable(error));
            return EXIT_FAILURE;
        }
        window.showWorkspace(demo.workspace());
        meshfed::SetupWorkspace* setup = window.setupWorkspace();
        setup->planDocument()->adopt(demo.plan());
        setup->connections()->setKubeconfigPath(demo.kubeconfigPath());
        setup->connections()->setVaultToken(demo.simulator().vault().rootToken());
        setup->setHelm(&demo.simulator().helm()); // Setup → Steps runs against the simulated clusters
        if (!options->demo)
            window.statusBar()->showMessage(QCoreApplication::translate(
                "meshfed::MainWindow", "No kubeconfig with a context was found: showing the simulator (demo mode)."));
    } else {
        if (!options->kubeconfig.isEmpty())
            window.setupWorkspace()->connections()->setKubeconfigPath(options->kubeconfig);
        if (!options->planFile.isEmpty())
            window.setupWorkspace()->fileActions()->openPath(options->planFile);
        live = std::make_unique<meshfed::LiveSession>(&window, window.networkAccessManager());
        live->refreshNow();
    }
    meshfed::FirstPaintProbe::installIfRequested(&window, started);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer started;
    started.start();
    meshfed::CommandLine commandLine;
    meshfed::registerCommands(commandLine);
    if (commandLine.isHeadless(argumentsOf(argc, argv)))
        return runHeadless(argc, argv, commandLine);
    return runWindow(argc, argv, commandLine, started);
}
