#include "services/engine/SetupEngine.h"

#include "services/engine/KubeClientApi.h"
#include "services/helm/ProcessHelmRunner.h"

#include <QDir>
#include <QSet>

namespace meshfed {

using namespace Qt::StringLiterals;

SetupEngine::SetupEngine(FederationPlan plan, EngineEnvironment environment, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_definitions(Procedure::steps(m_plan))
    , m_steps(engineSteps(m_definitions))
{
    m_model.setSteps(m_definitions, m_plan);
    m_shared.plan = m_plan;
    m_shared.nam = environment.nam;
    m_shared.helm = environment.helm;
    m_shared.vaultConfig = environment.vault;
    m_shared.clusters = environment.clusters;
    m_shared.onLog = [this](const QString& id, const QString& line) {
        m_model.appendLog(id, line);
        Q_EMIT stepLog(id, line);
    };
    m_shared.onLink = [this](const LinkCheck& link) { Q_EMIT linkChecked(link); };
    m_shared.onWait = [this](const QString& id, const StepWait& wait) {
        m_model.setWait(id, wait);
        Q_EMIT stepWaiting(id, wait);
    };
}

SetupEngine::~SetupEngine()
{
    cancel();
}

void SetupEngine::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

QHash<QString, std::shared_ptr<KubeApi>> SetupEngine::clustersFromKubeconfig(const FederationPlan& plan,
    const Kubeconfig& kubeconfig, QNetworkAccessManager* nam, QString* error, QStringList* warnings)
{
    QHash<QString, std::shared_ptr<KubeApi>> clusters;
    for (const DatacenterPlan& dc : plan.datacenters) {
        QList<KubeconfigProblem> problems;
        const auto context = kubeconfig.resolve(dc.kubeContext, &problems);
        if (!context) {
            QStringList texts;
            for (const KubeconfigProblem& problem : problems)
                texts << problem.toString();
            *error
                = tr("The kube context %1 of %2 cannot be used: %3").arg(dc.kubeContext, dc.name, texts.join(u"; "_s));
            return {};
        }
        if (warnings && context->insecureSkipTlsVerify)
            *warnings << tr("TLS verification is switched off for %1 (context %2): the kubeconfig says "
                            "insecure-skip-tls-verify.")
                             .arg(dc.name, dc.kubeContext);
        clusters.insert(dc.name, std::make_shared<KubeClientApi>(nam, *context));
    }
    return clusters;
}

std::optional<EngineEnvironment> SetupEngine::environmentFor(const FederationPlan& plan, const Kubeconfig& kubeconfig,
    QNetworkAccessManager* nam, HelmRunner* helm, VaultSettings vault, QString* error)
{
    EngineEnvironment environment;
    environment.clusters = clustersFromKubeconfig(plan, kubeconfig, nam, error, &environment.warnings);
    if (!error->isEmpty())
        return std::nullopt;
    environment.nam = nam;
    environment.helm = helm;
    if (!vault.address && !plan.vault.address.isEmpty())
        vault.address = plan.vault.address;
    environment.vault
        = VaultConfigResolver::resolve(vault, VaultConfigResolver::processEnvironment(), QDir::homePath());
    environment.warnings << environment.vault.warnings;
    return environment;
}

void SetupEngine::begin(const RunRequest& request)
{
    delete m_cancel.data();
    m_cancel = new CancelToken(this);
    m_shared.cancel = m_cancel;
    if (auto* process = dynamic_cast<ProcessHelmRunner*>(m_shared.helm))
        process->setCancelToken(m_cancel); // cancel kills a running helm
    m_shared.plan = m_plan;                // found values are found again: nothing is trusted from before
    for (DatacenterPlan& dc : m_shared.plan.datacenters) {
        // A secondary's API URL as Vault and the primary's servers reach it: the plan's, else the
        // kubeconfig's context → cluster → server.
        const auto api = m_shared.clusters.value(dc.name);
        if (dc.apiServerUrl.isEmpty() && !m_shared.plan.isPrimary(dc) && api)
            dc.apiServerUrl = api->server().toString();
    }
    m_shared.vault.reset();
    m_shared.mounts.reset();
    m_shared.authMethods.reset();
    m_shared.reviewers.clear();
    m_shared.pending.clear();
    m_shared.dryRun = request.dryRun;
    for (const StepDefinition& step : m_definitions) {
        m_model.setState(step.id, StepState::NotChecked);
        m_model.setMessage(step.id, {});
        m_model.setChanges(step.id, {});
    }
}

QSet<QString> SetupEngine::selection(const RunRequest& request) const
{
    QSet<QString> selected;
    if (request.step.isEmpty()) {
        // Up to stopAfter: that step and every step before it in the procedure's order.
        for (const StepDefinition& step : m_definitions) {
            selected.insert(step.id);
            if (step.id == request.stopAfter)
                break;
        }
        return selected;
    }
    QStringList queue {request.step};
    while (!queue.isEmpty()) {
        const QString id = queue.takeFirst();
        if (selected.contains(id))
            continue;
        selected.insert(id);
        const int row = m_model.rowOf(id);
        if (row >= 0)
            queue += m_definitions.at(row).dependsOn;
    }
    return selected;
}

QStringList SetupEngine::unmetDependencies(const StepDefinition& step) const
{
    QStringList unmet;
    for (const QString& dependency : step.dependsOn) {
        if (m_model.state(dependency) != StepState::Done)
            unmet << dependency;
    }
    return unmet;
}

void SetupEngine::setState(const QString& id, StepState state, const QString& message)
{
    m_model.setState(id, state);
    if (!message.isNull())
        m_model.setMessage(id, m_shared.redactor.redact(message));
    Q_EMIT stepStateChanged(id, state);
}

SetupEngine::Outcome SetupEngine::stop(const QString& id, StepState state, const QString& message, RunResult& result)
{
    setState(id, state, message);
    if (result.failedStep.isEmpty()) {
        result.failedStep = id;
        result.message = m_shared.redactor.redact(message);
    }
    return Outcome::Stop;
}

SetupEngine::Lane SetupEngine::laneOf(StepKind kind)
{
    switch (kind) {
    case StepKind::VaultInstall:
    case StepKind::ConsulInstall:
    case StepKind::Reviewer:
    case StepKind::Injector:
    case StepKind::MeshGateway:
    case StepKind::Verify:
        return Lane::Cluster;
    default:
        return Lane::Vault;
    }
}

/// A step whose dependencies are not all done: a dry run (or a dependency of the one step asked
/// for) lists it as to do; a step asked for alone stops the run unless forced. true: settled.
bool SetupEngine::settleWithoutRunning(Run& run, const StepDefinition& d)
{
    const QStringList unmet = unmetDependencies(d);
    if (unmet.isEmpty())
        return false;
    const bool target = run.request.step.isEmpty() || run.request.step == d.id;
    if (run.request.dryRun || !target) {
        setState(d.id, StepState::ToDo, tr("After %1.").arg(unmet.join(u", "_s)));
        m_model.setChanges(d.id, {tr("its changes are known once %1 is done").arg(unmet.join(u", "_s))});
        run.result.toDo << d.id;
    } else if (!run.request.force) {
        stop(d.id, StepState::NotChecked,
            tr("Waits for %1, which is not done yet: run that first, or run every step (on the command line, --force "
               "runs this step anyway).")
                .arg(unmet.join(u", "_s)),
            run.result);
        run.stopping = true;
    } else {
        return false;
    }
    run.started.insert(d.id);
    run.settled.insert(d.id);
    return true;
}

void SetupEngine::launchReady(Run& run)
{
    for (int i = 0; i < m_steps.size() && !run.stopping && !isCancelled(); ++i) {
        const StepDefinition& d = m_steps.at(i).definition;
        if (!run.selected.contains(d.id) || run.started.contains(d.id))
            continue;
        const bool ready = std::all_of(d.dependsOn.begin(), d.dependsOn.end(),
            [&run](const QString& id) { return !run.selected.contains(id) || run.settled.contains(id); });
        if (!ready || settleWithoutRunning(run, d))
            continue;
        const int lane = int(laneOf(d.kind));
        if (run.busy[lane])
            continue;
        run.busy[lane] = true;
        run.started.insert(d.id);
        ++run.active;
        const bool target = run.request.step.isEmpty() || run.request.step == d.id;
        run.tasks.push_back(launch(i, run.request.dryRun || !target, &run));
    }
}

QCoro::Task<> SetupEngine::launch(int index, bool checkOnly, Run* run)
{
    const EngineStep& step = m_steps.at(index);
    const Outcome outcome = co_await runStep(step, checkOnly, run->result);
    run->finished << std::pair {step.definition.id, outcome};
    Q_EMIT stepFinished(step.definition.id, m_model.state(step.definition.id));
    // Last: the run may go on, launch more steps, or end (and destroy `run`) inside this call.
    if (std::coroutine_handle<> waiter = std::exchange(m_waiter, {}))
        waiter.resume();
}

QCoro::Task<RunResult> SetupEngine::run(RunRequest request)
{
    if (m_running || (!request.step.isEmpty() && m_model.rowOf(request.step) < 0)) {
        RunResult refused;
        refused.message = m_running ? tr("A run is already going on.") : tr("There is no step %1.").arg(request.step);
        co_return refused;
    }
    m_running = true;
    begin(request);
    Run run;
    run.request = request;
    run.selected = selection(request);
    for (;;) {
        launchReady(run);
        if (run.active == 0)
            break;
        co_await StepFinishedAwaiter {this, &run};
        while (!run.finished.isEmpty()) {
            const auto [id, outcome] = run.finished.takeFirst();
            --run.active;
            run.busy[int(laneOf(m_definitions.at(m_model.rowOf(id)).kind))] = false;
            run.settled.insert(id);
            run.stopping = run.stopping || outcome == Outcome::Stop;
        }
    }
    RunResult result = run.result;
    result.cancelled = result.cancelled || isCancelled();
    result.verified = std::all_of(m_definitions.begin(), m_definitions.end(), [this](const StepDefinition& d) {
        return d.kind != StepKind::Verify || m_model.state(d.id) == StepState::Done;
    });
    result.ok = result.failedStep.isEmpty() && !result.cancelled;
    m_running = false;
    Q_EMIT runFinished(result);
    co_return result;
}

QCoro::Task<SetupEngine::Outcome> SetupEngine::runStep(const EngineStep& step, bool checkOnly, RunResult& result)
{
    const QString id = step.definition.id;
    EngineContext context(m_shared, id);
    // The equivalent commands with the values found so far (Vault's address, the API URL...).
    m_model.setCommands(id, Procedure::commands(m_shared.plan, step.definition));
    setState(id, StepState::Checking);
    const StepCheck check = co_await step.check(context);
    if (isCancelled()) {
        setState(id, StepState::NotChecked, tr("Cancelled; checked again on the next run."));
        result.cancelled = true;
        co_return Outcome::Stop;
    }
    m_model.setChanges(id, check.changes);
    switch (check.state) {
    case StepState::Done:
        setState(id, StepState::Done, check.message);
        co_return Outcome::Continue;
    case StepState::Conflict:
    case StepState::Failed:
        co_return stop(id, check.state, check.message, result);
    default:
        break;
    }
    if (checkOnly) {
        setState(id, StepState::ToDo, check.message);
        result.toDo << id;
        co_return Outcome::Continue;
    }
    co_return co_await applyStep(context, step, result);
}

QCoro::Task<SetupEngine::Outcome> SetupEngine::applyStep(
    EngineContext& context, const EngineStep& step, RunResult& result)
{
    const QString id = step.definition.id;
    setState(id, StepState::Running);
    const StepApply apply = co_await step.apply(context);
    context.vaultWritten();
    if (isCancelled()) {
        setState(id, StepState::NotChecked, tr("Cancelled; checked again on the next run."));
        result.cancelled = true;
        co_return Outcome::Stop;
    }
    if (!apply.ok)
        co_return stop(id, apply.conflict ? StepState::Conflict : StepState::Failed, apply.message, result);
    StepCheck verify;
    if (step.verify)
        verify = co_await step.verify(context);
    else
        verify = co_await step.check(context);
    if (verify.state != StepState::Done) {
        const QString found = (QStringList {verify.message} + verify.changes).join(u' ').trimmed();
        co_return stop(
            id, StepState::Failed, tr("Read back after applying, the step is not done: %1").arg(found), result);
    }
    result.applied << id;
    setState(id, StepState::Done, apply.message.isEmpty() ? verify.message : apply.message);
    co_return Outcome::Continue;
}

} // namespace meshfed
