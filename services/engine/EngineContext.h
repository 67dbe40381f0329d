#pragma once

#include "model/engine/Redactor.h"
#include "model/engine/StepModel.h"
#include "model/plan/FederationPlan.h"
#include "services/engine/KubeApi.h"
#include "services/helm/HelmRunner.h"
#include "services/vault/VaultClient.h"

#include <QCoro/QCoroTask>
#include <QHash>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace meshfed {

/// One values file as the values editor holds it. helm is given `text`, exactly what the editor
/// shows, as long as the editor's base is what this run generates; otherwise the step is blocked.
struct EditorValues
{
    QByteArray generatedBase; ///< what the plan generated when the editor last took it
    QByteArray text;          ///< what the editor shows (maybe edited)
    QString blockedReason;    ///< translated, e.g. invalid YAML at a line; empty: installable
};

/// Bounds and intervals of the engine's waits, where helm's values files are exported, and the
/// values editor's files.
struct EngineOptions
{
    std::chrono::milliseconds pollInterval {500};
    std::chrono::seconds addressBound {600};   ///< load balancer addresses, sys/health
    std::chrono::seconds tokenBound {120};     ///< the token controller filling the reviewer Secret
    std::chrono::seconds injectorBound {600};  ///< the Vault agent injector becoming Ready
    std::chrono::seconds podsBound {900};      ///< verification: every pod Ready
    std::chrono::seconds helmTimeout {900};    ///< helm --timeout
    QString valuesDirectory;                   ///< empty: a folder under the temporary location
    QHash<QString, EditorValues> editorValues; ///< by file name (consul-dc1.yaml); none: as generated
};

/// Asked before a release that exists with other values is upgraded; gets the diff. true: go on.
using Confirmation = std::function<bool(const QString& stepId, const QString& diff)>;

/// What a check found.
struct StepCheck
{
    StepState state = StepState::ToDo;
    QString message;     ///< translated
    QStringList changes; ///< the exact changes apply would make (dry run)
};

/// What an apply did.
struct StepApply
{
    bool ok = false;
    QString message;
    bool conflict = false; ///< not applied because it would overwrite something unconfirmed
};

/// One link the preflight or the verification proved or found broken, for the topology view.
struct LinkCheck
{
    enum class Kind {
        AuthMethod,      ///< Vault logs in a service account of the datacenter (TokenReview against its API server)
        Role,            ///< a Consul role logs in and reads what its pods read (detail: the role)
        ConnectCaPolicy, ///< the Connect CA policy allows what Consul's Vault CA provider does
        Pods,            ///< every pod of the datacenter Running and Ready
    };
    QString datacenter;
    Kind kind = Kind::AuthMethod;
    QString subject; ///< the role, the auth mount or the policy
    bool ok = false;
    QString detail; ///< translated: why it is broken and the fix; empty when ok
};

/// The state every step of a run shares: the plan with the values found so far (Vault's
/// address, the mesh gateway...), the clients, the secrets in memory (never logged: the redactor
/// knows them), the log and wait reporting, and cancellation.
struct EngineShared
{
    struct Reviewer
    {
        QString jwt;
        QString caPem;
    };

    FederationPlan plan;
    EngineOptions options;
    QNetworkAccessManager* nam = nullptr;
    HelmRunner* helm = nullptr;
    VaultConfig vaultConfig; ///< token, TLS; the address comes from the plan or the vault-address step
    QHash<QString, std::shared_ptr<KubeApi>> clusters; ///< by datacenter name
    Confirmation confirm;
    bool dryRun = false;
    Redactor redactor;
    QPointer<CancelToken> cancel;
    QHash<QString, Reviewer> reviewers; ///< by secondary datacenter, read from its token Secret
    std::function<void(const QString& stepId, const QString& line)> onLog;
    std::function<void(const QString& stepId, const StepWait& wait)> onWait;
    std::function<void(const LinkCheck& link)> onLink;
    /// What the last check of a step found to write (names, paths), so apply does not read again.
    QHash<QString, QStringList> pending;
    /// sys/mounts and sys/auth read once per run and dropped after any Vault write.
    std::optional<VaultMounts> mounts;
    std::optional<VaultMounts> authMethods;
    std::unique_ptr<VaultClient> vault;
};

/// One step's view of the shared state: the same fields (as references) plus the step's id, so
/// that steps running side by side log and wait under their own names.
class EngineContext
{
public:
    using Reviewer = EngineShared::Reviewer;

    EngineContext(EngineShared& shared, QString step);

    EngineShared& shared;
    FederationPlan& plan;
    EngineOptions& options;
    QNetworkAccessManager*& nam;
    HelmRunner*& helm;
    VaultConfig& vaultConfig;
    QHash<QString, std::shared_ptr<KubeApi>>& clusters;
    Confirmation& confirm;
    bool& dryRun;
    Redactor& redactor;
    QPointer<CancelToken>& cancel;
    QHash<QString, Reviewer>& reviewers;
    QHash<QString, QStringList>& pending;
    std::optional<VaultMounts>& mounts;
    std::optional<VaultMounts>& authMethods;
    const QString currentStep;

    void log(const QString& line) const;
    void reportWait(const StepWait& wait) const;
    void reportLink(const LinkCheck& link) const;
    bool isCancelled() const;
    /// false when cancelled during the sleep.
    QCoro::Task<bool> sleep(std::chrono::milliseconds wait) const;

    /// The Vault client for the plan's address (created on first use; null while it is unknown).
    VaultClient* vault();
    void resetVault() { shared.vault.reset(); }
    KubeApi* kube(const QString& datacenter) const;
    const DatacenterPlan& dc(const QString& name) const { return *plan.find(name); }
    void vaultWritten()
    {
        mounts.reset();
        authMethods.reset();
    }
};

/// A step as the engine runs it: check (reads only), apply (writes), and verify (the check
/// again, which must find it done).
struct EngineStep
{
    StepDefinition definition;
    std::function<QCoro::Task<StepCheck>(EngineContext&)> check;
    std::function<QCoro::Task<StepApply>(EngineContext&)> apply;
    /// Reads back after apply; empty: the check again, which must find the step done.
    std::function<QCoro::Task<StepCheck>(EngineContext&)> verify = {};
};

/// Builds the engine's steps for the definitions of a plan (one file per group of steps).
QList<EngineStep> engineSteps(const QList<StepDefinition>& definitions);

// Groups of steps (VaultSteps.cpp, HelmSteps.cpp, ReviewerStep.cpp, PreflightStep.cpp, VerifyStep.cpp).
EngineStep vaultStep(const StepDefinition& definition);
EngineStep helmStep(const StepDefinition& definition);
EngineStep reviewerStep(const StepDefinition& definition);
EngineStep preflightStep(const StepDefinition& definition);
EngineStep verifyStep(const StepDefinition& definition);

// Helpers shared by the steps.
StepCheck done(const QString& message = {});
StepCheck todo(const QStringList& changes, const QString& message = {});
StepCheck conflict(const QString& message);
StepCheck failedCheck(const QString& message);
StepApply applied(const QString& message = {});
StepApply applyFailed(const QString& message);
/// Gathers what explains failing pods of a datacenter (VerifyStep.cpp): the failing containers'
/// last log lines (vault-agent-init first), recent events, and the known errors mapped to their fix.
QCoro::Task<QString> diagnoseDatacenter(EngineContext& c, QString datacenter);
/// "87600h", "30m", "45s", "7d" or plain seconds → seconds; -1 when unreadable.
qint64 durationSeconds(const QString& text);

} // namespace meshfed
