#include "services/engine/SetupEngine.h"

#include "services/engine/KubeClientApi.h"
#include "services/helm/ProcessHelmRunner.h"

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
    m_context.plan = m_plan;
    m_context.nam = environment.nam;
    m_context.helm = environment.helm;
    m_context.vaultConfig = environment.vault;
    m_context.clusters = environment.clusters;
    m_context.onLog = [this](const QString& id, const QString& line) {
        m_model.appendLog(id, line);
        Q_EMIT stepLog(id, line);
    };
    m_context.onWait = [this](const QString& id, const StepWait& wait) {
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

QHash<QString, std::shared_ptr<KubeApi>> SetupEngine::clustersFromKubeconfig(
    const FederationPlan& plan, const Kubeconfig& kubeconfig, QNetworkAccessManager* nam, QString* error)
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
        clusters.insert(dc.name, std::make_shared<KubeClientApi>(nam, *context));
    }
    return clusters;
}

void SetupEngine::begin(const RunRequest& request)
{
    delete m_cancel.data();
    m_cancel = new CancelToken(this);
    m_context.cancel = m_cancel;
    if (auto* process = dynamic_cast<ProcessHelmRunner*>(m_context.helm))
        process->setCancelToken(m_cancel); // cancel kills a running helm
    m_context.plan = m_plan;               // found values are found again: nothing is trusted from before
    for (DatacenterPlan& dc : m_context.plan.datacenters) {
        // A secondary's API URL as Vault and the primary's servers reach it: the plan's, else the
        // kubeconfig's context → cluster → server.
        const auto api = m_context.clusters.value(dc.name);
        if (dc.apiServerUrl.isEmpty() && !m_context.plan.isPrimary(dc) && api)
            dc.apiServerUrl = api->server().toString();
    }
    m_context.resetVault();
    m_context.vaultWritten();
    m_context.reviewers.clear();
    m_context.pending.clear();
    m_context.dryRun = request.dryRun;
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
        for (const StepDefinition& step : m_definitions)
            selected.insert(step.id);
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
        m_model.setMessage(id, m_context.redactor.redact(message));
    Q_EMIT stepStateChanged(id, state);
}

SetupEngine::Outcome SetupEngine::stop(const QString& id, StepState state, const QString& message, RunResult& result)
{
    setState(id, state, message);
    result.failedStep = id;
    result.message = m_context.redactor.redact(message);
    return Outcome::Stop;
}

QCoro::Task<RunResult> SetupEngine::run(RunRequest request)
{
    RunResult result;
    if (m_running) {
        result.message = tr("A run is already going on.");
        co_return result;
    }
    if (!request.step.isEmpty() && m_model.rowOf(request.step) < 0) {
        result.message = tr("There is no step %1.").arg(request.step);
        co_return result;
    }
    m_running = true;
    begin(request);
    const QSet<QString> selected = selection(request);
    for (const EngineStep& step : m_steps) {
        const StepDefinition& d = step.definition;
        if (!selected.contains(d.id))
            continue;
        if (m_context.isCancelled()) {
            result.cancelled = true;
            break;
        }
        const bool target = request.step.isEmpty() || request.step == d.id;
        const QStringList unmet = unmetDependencies(d);
        if (!unmet.isEmpty() && (request.dryRun || !target)) {
            setState(d.id, StepState::ToDo, tr("After %1.").arg(unmet.join(u", "_s)));
            m_model.setChanges(d.id, {tr("its changes are known once %1 is done").arg(unmet.join(u", "_s))});
            result.toDo << d.id;
            continue;
        }
        if (!unmet.isEmpty() && !request.force) {
            stop(d.id, StepState::NotChecked,
                tr("Waits for %1 (give --force to run it anyway).").arg(unmet.join(u", "_s)), result);
            break;
        }
        if (co_await runStep(step, request.dryRun || !target, result) == Outcome::Stop)
            break;
        if (request.stopAfter == d.id)
            break;
    }
    result.cancelled = result.cancelled || m_context.isCancelled();
    result.verified = true;
    for (const StepDefinition& d : m_definitions) {
        if (d.kind == StepKind::Verify && m_model.state(d.id) != StepState::Done)
            result.verified = false;
    }
    result.ok = result.failedStep.isEmpty() && !result.cancelled;
    m_running = false;
    Q_EMIT runFinished(result);
    co_return result;
}

QCoro::Task<SetupEngine::Outcome> SetupEngine::runStep(const EngineStep& step, bool checkOnly, RunResult& result)
{
    const QString id = step.definition.id;
    m_context.currentStep = id;
    setState(id, StepState::Checking);
    const StepCheck check = co_await step.check(m_context);
    if (m_context.isCancelled()) {
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
    co_return co_await applyStep(step, result);
}

QCoro::Task<SetupEngine::Outcome> SetupEngine::applyStep(const EngineStep& step, RunResult& result)
{
    const QString id = step.definition.id;
    setState(id, StepState::Running);
    const StepApply apply = co_await step.apply(m_context);
    m_context.vaultWritten();
    if (m_context.isCancelled()) {
        setState(id, StepState::NotChecked, tr("Cancelled; checked again on the next run."));
        result.cancelled = true;
        co_return Outcome::Stop;
    }
    if (!apply.ok)
        co_return stop(id, apply.conflict ? StepState::Conflict : StepState::Failed, apply.message, result);
    StepCheck verify;
    if (step.verify)
        verify = co_await step.verify(m_context);
    else
        verify = co_await step.check(m_context);
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
