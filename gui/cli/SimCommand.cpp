#include "gui/cli/SimCommand.h"

#include "services/sim/kube/SimCluster.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

int g_interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_interruptPipe[1], &byte, 1);
}

/// Quits the event loop on SIGINT or SIGTERM (through a pipe: nothing else is safe in a handler).
void quitOnInterrupt()
{
    if (::pipe(g_interruptPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_interruptPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), &QCoreApplication::quit);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

class SimCommand
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::SimCommand)

public:
    static int run(const QStringList& arguments, Console& console);
};

int SimCommand::run(const QStringList& arguments, Console& console)
{
    CommandParser parser(
        tr("Serves the simulator alone: a Vault dev server and two Kubernetes API servers on 127.0.0.1 "
           "(contexts sim-dc1 and sim-dc2), until interrupted. kubectl and vault can talk to it; helm "
           "installs are simulated only inside Meshfed (meshfed --demo, meshfed apply --demo)."));
    parser.addOption({u"out"_s, tr("Folder for kubeconfig and vault.env (created when missing)."), tr("DIR")});
    parser.addOption({u"pod-start-ms"_s, tr("How long a simulated pod takes to start (default 1500)."), tr("MS")});
    if (auto exit = parser.parse(arguments, console))
        return *exit;
    const auto out = parser.required(u"out"_s, console);
    if (!out)
        return ExitUsage;
    SimulatorOptions options;
    if (parser.isSet(u"pod-start-ms"_s))
        options.timing.podStartMs = parser.value(u"pod-start-ms"_s).toInt();
    Simulator simulator(options);
    QString error;
    if (!simulator.start(&error) || !simulator.writeConnectionFiles(*out, &error)) {
        console.err << u"meshfed sim: "_s << error << Qt::endl;
        return ExitFailure;
    }
    const QString kubeconfig = QDir(*out).absoluteFilePath(u"kubeconfig"_s);
    console.out << tr("Simulated Vault:      %1 (token in %2)")
                       .arg(simulator.vault().address().toString(), QDir(*out).absoluteFilePath(u"vault.env"_s))
                << Qt::endl;
    for (int i = 0; i < 2; ++i)
        console.out << tr("Simulated cluster:    %1 at %2")
                           .arg(Simulator::contextName(i), simulator.cluster(i).url().toString())
                    << Qt::endl;
    console.out << tr("kubeconfig:           %1 (export KUBECONFIG=%1)").arg(kubeconfig) << Qt::endl;
    console.out << tr("Serving until interrupted (Ctrl+C).") << Qt::endl;
    quitOnInterrupt();
    QCoreApplication::exec();
    console.out << tr("Simulator stopped.") << Qt::endl;
    return ExitOk;
}

} // namespace

Command simCommand()
{
    return {{u"sim"_s}, SimCommand::tr("Serve the simulated Vault and Kubernetes API servers until interrupted"),
        &SimCommand::run};
}

} // namespace meshfed
