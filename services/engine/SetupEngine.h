#pragma once

#include "model/engine/StepModel.h"
#include "model/kube/Kubeconfig.h"
#include "services/engine/EngineContext.h"
#include "services/vault/VaultConfig.h"

#include <QObject>
#include <QPointer>

#include <array>
#include <coroutine>
#include <optional>
#include <vector>

namespace meshfed {

/// What the engine talks to.
struct EngineEnvironment
{
    QNetworkAccessManager* nam = nullptr;
    HelmRunner* helm = nullptr;
    VaultConfig vault; ///< token and TLS; the address comes from the plan or is found by vault-address
    QHash<QString, std::shared_ptr<KubeApi>> clusters; ///< by datacenter name
    QStringList warnings; ///< translated: connections without TLS verification, for the user
};

/// One run: every step, or one step (its dependencies are checked, not applied); optionally dry.
struct RunRequest
{
    QString step;        ///< empty: every step
    bool dryRun = false; ///< checks only: writes nothing, lists the changes of every step
    bool force = false;  ///< one step: run it even when a dependency is not done
    QString stopAfter;   ///< every step: only this one and the steps before it ("run up to here")

    static RunRequest all() { return {}; }
    static RunRequest dry()
    {
        RunRequest r;
        r.dryRun = true;
        return r;
    }
    static RunRequest only(const QString& step, bool force = false)
    {
        RunRequest r;
        r.step = step;
        r.force = force;
        return r;
    }
    static RunRequest upTo(const QString& step)
    {
        RunRequest r;
        r.stopAfter = step;
        return r;
    }
};

/// How a run ended.
struct RunResult
{
    bool ok = false;       ///< no step failed, conflicted or was cancelled
    bool verified = false; ///< every verify/<dc> step is done
    bool cancelled = false;
    QString failedStep;
    QString message;     ///< the failed step's explanation and fix (redacted)
    QStringList applied; ///< steps whose changes were applied
    QStringList toDo;    ///< steps with changes left (a dry run lists them all)
};

/// Runs the federation procedure (procedure.md §9) against Vault, the clusters and helm. Every step
/// checks first (done / to do / conflict), applies only what is missing, then reads back. The state
/// is re-derived by the checks on every run, never read from a local file, so a run resumes after a
/// failure, a cancel or a restart. Secrets are generated in memory, written create-only and never
/// logged. The StepModel shows it all.
///
/// Usage:
///     SetupEngine engine(plan, {&nam, &helm, vaultConfig, SetupEngine::clustersFromKubeconfig(...)});
///     view->setModel(engine.model());
///     RunResult result = co_await engine.run(RunRequest::all());
///     co_await engine.run(RunRequest::dry());                   // what would change
///     co_await engine.run(RunRequest::only(u"auth/dc2"_s));     // one step
class SetupEngine : public QObject
{
    Q_OBJECT

public:
    SetupEngine(FederationPlan plan, EngineEnvironment environment, QObject* parent = nullptr);
    ~SetupEngine() override;

    StepModel* model() { return &m_model; }
    const QList<StepDefinition>& steps() const { return m_definitions; }
    void setOptions(const EngineOptions& options) { m_shared.options = options; }
    /// Asked before upgrading a release that runs with other values; none: never confirmed.
    void setConfirmation(Confirmation confirm) { m_shared.confirm = std::move(confirm); }
    /// The plan with the values found by the last run (Vault's address, the mesh gateway...).
    const FederationPlan& runtimePlan() const { return m_shared.plan; }
    bool isRunning() const { return m_running; }

    QCoro::Task<RunResult> run(RunRequest request);

    /// One KubeClientApi per datacenter from its kubeconfig context; empty and `error` set when one
    /// cannot be resolved.
    /// `warnings` (when given) gets the contexts whose TLS the kubeconfig does not verify.
    static QHash<QString, std::shared_ptr<KubeApi>> clustersFromKubeconfig(const FederationPlan& plan,
        const Kubeconfig& kubeconfig, QNetworkAccessManager* nam, QString* error, QStringList* warnings = nullptr);
    /// Everything a run of `plan` talks to: the clusters of its contexts, helm, and Vault configured
    /// as the vault CLI would be (VAULT_* variables, ~/.vault-token), with `vault` on top and the
    /// plan's Vault address when `vault` gives none. nullopt and `error` set when a context fails;
    /// `warnings` of the result name every connection whose TLS is not verified.
    static std::optional<EngineEnvironment> environmentFor(const FederationPlan& plan, const Kubeconfig& kubeconfig,
        QNetworkAccessManager* nam, HelmRunner* helm, VaultSettings vault, QString* error);

public Q_SLOTS:
    /// Aborts the requests in flight; the current step goes back to "not checked".
    void cancel();

Q_SIGNALS:
    void stepStateChanged(const QString& id, meshfed::StepState state);
    void stepLog(const QString& id, const QString& line);
    void stepWaiting(const QString& id, const meshfed::StepWait& wait);
    void runFinished(const meshfed::RunResult& result);
    /// The preflight or the verification proved a link (Vault ↔ a datacenter's API server, a role's
    /// reads, the Connect CA policy, the pods) or found it broken: for the topology view.
    void linkChecked(const meshfed::LinkCheck& link);
    /// A step of the current run ended (done, to do, failed, conflict, or cancelled).
    void stepFinished(const QString& id, meshfed::StepState state);

private:
    enum class Outcome { Continue, Stop };
    /// Steps in the same lane run one at a time; a Vault step may run while a cluster step waits.
    enum class Lane { Vault, Cluster };
    struct Run
    {
        RunRequest request;
        QSet<QString> selected;
        QSet<QString> started;
        QSet<QString> settled;
        QList<std::pair<QString, Outcome>> finished; ///< not yet taken up by the scheduler
        std::array<bool, 2> busy {};                 ///< by Lane
        int active = 0;
        bool stopping = false;
        RunResult result;
        std::vector<QCoro::Task<>> tasks;
    };
    static Lane laneOf(StepKind kind);
    void launchReady(Run& run);
    bool settleWithoutRunning(Run& run, const StepDefinition& step);
    QCoro::Task<> launch(int index, bool checkOnly, Run* run);
    QCoro::Task<Outcome> runStep(const EngineStep& step, bool checkOnly, RunResult& result);
    QCoro::Task<Outcome> applyStep(EngineContext& context, const EngineStep& step, RunResult& result);
    void begin(const RunRequest& request);
    QSet<QString> selection(const RunRequest& request) const;
    QStringList unmetDependencies(const StepDefinition& step) const;
    void setState(const QString& id, StepState state, const QString& message = {});
    Outcome stop(const QString& id, StepState state, const QString& message, RunResult& result);
    bool isCancelled() const { return m_cancel && m_cancel->isCancelled(); }
    /// Suspends the run until a launched step has finished (resumed by launch()).
    struct StepFinishedAwaiter
    {
        SetupEngine* engine;
        Run* run;
        bool await_ready() const { return !run->finished.isEmpty(); }
        void await_suspend(std::coroutine_handle<> waiter) { engine->m_waiter = waiter; }
        void await_resume() const { }
    };

    FederationPlan m_plan;
    QList<StepDefinition> m_definitions;
    QList<EngineStep> m_steps;
    StepModel m_model;
    EngineShared m_shared;
    QPointer<CancelToken> m_cancel;
    bool m_running = false;
    std::coroutine_handle<> m_waiter;
};

} // namespace meshfed

Q_DECLARE_METATYPE(meshfed::RunResult)
Q_DECLARE_METATYPE(meshfed::LinkCheck)
