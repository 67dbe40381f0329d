#pragma once

#include "model/plan/FederationPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace meshfed {

/// What a step does; one kind may appear once per datacenter.
enum class StepKind {
    VaultInstall,  ///< helm upgrade --install vault-<dc>
    VaultAddress,  ///< Vault's load balancer address, then sys/health
    KvMount,       ///< KV version 2 at the plan's KV mount
    PkiMount,      ///< the PKI engine
    PkiTune,       ///< the PKI mount's max lease TTL
    Reviewer,      ///< secondary: reviewer service account, binding and token Secret
    AuthMethod,    ///< Kubernetes auth method of a datacenter and its config
    Secrets,       ///< gossip key, bootstrap and replication tokens (create-only)
    PkiRoot,       ///< the PKI root (reused when present)
    Policies,      ///< every ACL policy
    AuthRoles,     ///< the Kubernetes auth roles of a datacenter
    PkiRole,       ///< the server-certificate PKI role of a datacenter
    Preflight,     ///< logs in as each role does and reads what the Consul pods read
    Injector,      ///< waits for the Vault agent injector of a datacenter
    ConsulInstall, ///< helm upgrade --install consul-<dc>
    MeshGateway,   ///< the primary's mesh gateway address
    Verify,        ///< all pods Running and Ready, server-acl-init succeeded
};

/// One step of the procedure: identity, texts for the steps panel and dependencies.
struct StepDefinition
{
    QString id; ///< e.g. "kv-mount", "auth/dc2"
    StepKind kind = StepKind::KvMount;
    QString datacenter; ///< empty for a Vault-wide step
    QString title;
    QString explanation;
    QStringList dependsOn;
    bool changesCluster = false; ///< false: only Vault is written
};

/// The procedure as data (procedure.md §9): the ordered steps of a plan, with a datacenter's steps
/// repeated for every datacenter, so a third datacenter adds its steps without code changes. Also
/// the equivalent command lines of each step (for the dry run and the steps panel).
///
/// Usage:
///     for (const StepDefinition& step : Procedure::steps(plan)) model.add(step);
///     QStringList lines = Procedure::commands(plan, step);
class Procedure
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::Procedure)

public:
    static QList<StepDefinition> steps(const FederationPlan& plan);
    static QString stepId(StepKind kind, const QString& datacenter = {});
    /// The step that installs a values file (vault-dc2.yaml → vault-install/dc2); empty for none.
    static QString installStepOf(const FederationPlan& plan, const QString& valuesFile);
    static QString kindName(StepKind kind);
    /// vault, kubectl and helm lines doing what the step does (secrets as shell substitutions).
    static QStringList commands(const FederationPlan& plan, const StepDefinition& step);

private:
    static StepDefinition make(StepKind kind, const QString& dc, QStringList dependsOn, bool cluster);
    static void describe(StepDefinition& step);
};

} // namespace meshfed
