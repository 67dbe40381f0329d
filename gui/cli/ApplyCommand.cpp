#include "gui/cli/ApplyCommand.h"

#include "model/plan/PlanFile.h"
#include "services/engine/SetupEngine.h"
#include "services/helm/ProcessHelmRunner.h"
#include "services/sim/helm/SimHelm.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

class ApplyCommand
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::ApplyCommand)

public:
    static int run(const QStringList& arguments, Console& console);

private:
    struct Setup
    {
        FederationPlan plan;
        EngineEnvironment environment;
    };
    static std::optional<Setup> realSetup(
        const CommandParser& parser, QNetworkAccessManager* nam, HelmRunner* helm, Console& console);
    static Setup demoSetup(Simulator& simulator, QNetworkAccessManager* nam, Console& console);
    static void showProgress(SetupEngine& engine, bool dryRun, Console& console);
    static int finish(
        const RunResult& result, const RunRequest& request, const SetupEngine& engine, qint64 ms, Console& console);
};

std::optional<ApplyCommand::Setup> ApplyCommand::realSetup(
    const CommandParser& parser, QNetworkAccessManager* nam, HelmRunner* helm, Console& console)
{
    const auto planPath = parser.required(u"plan"_s, console);
    if (!planPath)
        return std::nullopt;
    QList<FileProblem> problems;
    const auto plan = PlanFile::load(*planPath, &problems);
    for (const FileProblem& problem : problems)
        console.err << problem.toString() << Qt::endl;
    if (!plan)
        return std::nullopt;
    const Kubeconfig kubeconfig = Kubeconfig::load(KubeconfigSources::fromSystem(parser.value(u"kubeconfig"_s)));
    QString error;
    const auto environment = SetupEngine::environmentFor(*plan, kubeconfig, nam, helm, {}, &error);
    if (!environment) {
        console.err << u"meshfed apply: "_s << error << Qt::endl;
        return std::nullopt;
    }
    for (const QString& warning : environment->warnings)
        console.err << tr("meshfed apply: warning: %1").arg(warning) << Qt::endl;
    Setup setup {*plan, *environment};
    if (setup.environment.vault.token.isEmpty())
        setup.environment.vault.token = u"root"_s; // the vault chart's dev root token
    return setup;
}

ApplyCommand::Setup ApplyCommand::demoSetup(Simulator& simulator, QNetworkAccessManager* nam, Console& console)
{
    Setup setup {FederationPlan::defaults(), {}};
    for (int i = 0; i < setup.plan.datacenters.size(); ++i)
        setup.plan.datacenters[i].kubeContext = Simulator::contextName(i);
    Kubeconfig kubeconfig;
    kubeconfig.merge(simulator.kubeconfig(), u"(simulator)"_s);
    QString error;
    setup.environment.clusters = SetupEngine::clustersFromKubeconfig(setup.plan, kubeconfig, nam, &error);
    setup.environment.nam = nam;
    setup.environment.helm = &simulator.helm();
    setup.environment.vault.token = simulator.vault().rootToken();
    console.out << tr("Demo: the default plan against the embedded simulator (contexts sim-dc1, sim-dc2).") << Qt::endl;
    return setup;
}

void ApplyCommand::showProgress(SetupEngine& engine, bool dryRun, Console& console)
{
    QObject::connect(&engine, &SetupEngine::stepStateChanged, &engine,
        [&engine, dryRun, &console](const QString& id, StepState state) {
            if (state == StepState::Checking || state == StepState::NotChecked)
                return;
            StepModel* model = engine.model();
            const int row = model->rowOf(id);
            console.out << u"[%1] %2 — %3"_s.arg(StepStateText::name(state), id, model->definition(row).title)
                        << Qt::endl;
            if (state == StepState::ToDo && dryRun) {
                for (const QString& change : model->changes(id))
                    console.out << u"      "_s << change << Qt::endl;
            }
        });
    QObject::connect(&engine, &SetupEngine::stepWaiting, &engine, [&console](const QString&, const StepWait& wait) {
        if (wait.isActive() && wait.elapsedMs == 0)
            console.out << tr("      waiting for %1 (at most %2 s)").arg(wait.what).arg(wait.boundMs / 1000)
                        << Qt::endl;
    });
}

int ApplyCommand::finish(
    const RunResult& result, const RunRequest& request, const SetupEngine& engine, qint64 ms, Console& console)
{
    if (!result.ok) {
        console.err << (result.cancelled ? tr("Cancelled.") : tr("Stopped at %1:").arg(result.failedStep)) << Qt::endl;
        if (!result.message.isEmpty())
            console.err << result.message << Qt::endl;
        return ExitFailure;
    }
    if (request.dryRun) {
        console.out << tr("Dry run: %n step(s) with changes, nothing written.", nullptr, int(result.toDo.size()))
                    << Qt::endl;
        return ExitOk;
    }
    if (!request.step.isEmpty()) {
        console.out << tr("Step %1 is done.").arg(request.step) << Qt::endl;
        return ExitOk;
    }
    QStringList names;
    for (const DatacenterPlan& dc : engine.runtimePlan().datacenters)
        names << dc.name;
    if (!result.verified) {
        console.err << tr("Verification did not pass.") << Qt::endl;
        return ExitFailure;
    }
    console.out << tr("Verification passed in %1 (%2 steps applied, %3 ms).")
                       .arg(names.join(u", "_s))
                       .arg(result.applied.size())
                       .arg(ms)
                << Qt::endl;
    return ExitOk;
}

int ApplyCommand::run(const QStringList& arguments, Console& console)
{
    CommandParser parser(tr("Runs the federation procedure: checks every step, applies what is missing, reads "
                            "it back and verifies both datacenters. Safe to re-run: nothing existing is "
                            "overwritten; secrets are created once and never shown."));
    parser.addOption({u"plan"_s, tr("The plan file."), tr("PLAN")});
    parser.addOption({u"demo"_s, tr("Run the default plan against the embedded simulator.")});
    parser.addOption({u"dry-run"_s, tr("Check only and list the changes; write nothing.")});
    parser.addOption({u"step"_s, tr("Run only this step (its dependencies are checked)."), tr("ID")});
    parser.addOption({u"force"_s, tr("With --step: run it even when a dependency is not done.")});
    parser.addOption({u"yes"_s, tr("Upgrade releases that run with other values without asking (the diff is shown).")});
    parser.addOption({u"kubeconfig"_s, tr("Read this kubeconfig file only (default: KUBECONFIG, else ~/.kube/config)."),
        tr("FILE")});
    parser.addOption({u"values-dir"_s, tr("Where the values files given to helm are written."), tr("DIR")});
    if (const auto exit = parser.parse(arguments, console))
        return *exit;

    QNetworkAccessManager nam;
    ProcessHelmRunner helm;
    SimulatorOptions simOptions;
    simOptions.timing = {300, 500, 3000, 50};
    simOptions.loadBalancerDelayMs = 300;
    simOptions.tokenControllerDelayMs = 100;
    Simulator simulator(simOptions);
    std::optional<Setup> setup;
    if (parser.isSet(u"demo"_s)) {
        QString error;
        if (!simulator.start(&error)) {
            console.err << u"meshfed apply: "_s << error << Qt::endl;
            return ExitFailure;
        }
        setup = demoSetup(simulator, &nam, console);
    } else {
        setup = realSetup(parser, &nam, &helm, console);
    }
    if (!setup)
        return ExitUsage;

    SetupEngine engine(setup->plan, setup->environment);
    EngineOptions options;
    options.valuesDirectory = parser.value(u"values-dir"_s);
    engine.setOptions(options);
    const bool yes = parser.isSet(u"yes"_s);
    engine.setConfirmation([yes, &console](const QString& id, const QString& diff) {
        console.out << tr("%1: the release runs with other values:").arg(id) << Qt::endl << diff << Qt::endl;
        if (!yes)
            console.out << tr("Not applied: give --yes to apply these changes.") << Qt::endl;
        return yes;
    });
    RunRequest request;
    request.step = parser.value(u"step"_s);
    request.dryRun = parser.isSet(u"dry-run"_s);
    request.force = parser.isSet(u"force"_s);
    showProgress(engine, request.dryRun, console);
    QElapsedTimer timer;
    timer.start();
    const RunResult result = QCoro::waitFor(engine.run(request));
    return finish(result, request, engine, timer.elapsed(), console);
}

} // namespace

Command applyCommand()
{
    return {{u"apply"_s}, ApplyCommand::tr("Set up the plan's Vault and Consul datacenters, step by step (or --demo)"),
        &ApplyCommand::run};
}

} // namespace meshfed
