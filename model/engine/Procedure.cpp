#include "model/engine/Procedure.h"

#include "model/plan/ValuesGenerator.h"

namespace meshfed {

using namespace Qt::StringLiterals;

QString Procedure::kindName(StepKind kind)
{
    switch (kind) {
    case StepKind::VaultInstall:
        return u"vault-install"_s;
    case StepKind::VaultAddress:
        return u"vault-address"_s;
    case StepKind::KvMount:
        return u"kv-mount"_s;
    case StepKind::PkiMount:
        return u"pki-mount"_s;
    case StepKind::PkiTune:
        return u"pki-tune"_s;
    case StepKind::Reviewer:
        return u"reviewer"_s;
    case StepKind::AuthMethod:
        return u"auth"_s;
    case StepKind::Secrets:
        return u"secrets"_s;
    case StepKind::PkiRoot:
        return u"pki-root"_s;
    case StepKind::Policies:
        return u"policies"_s;
    case StepKind::AuthRoles:
        return u"auth-roles"_s;
    case StepKind::PkiRole:
        return u"pki-role"_s;
    case StepKind::Preflight:
        return u"preflight"_s;
    case StepKind::Injector:
        return u"injector"_s;
    case StepKind::ConsulInstall:
        return u"consul-install"_s;
    case StepKind::MeshGateway:
        return u"mesh-gateway"_s;
    case StepKind::Verify:
        return u"verify"_s;
    }
    return {};
}

QString Procedure::stepId(StepKind kind, const QString& datacenter)
{
    return datacenter.isEmpty() ? kindName(kind) : kindName(kind) + u'/' + datacenter;
}

QString Procedure::installStepOf(const FederationPlan& plan, const QString& valuesFile)
{
    for (const DatacenterPlan& dc : plan.datacenters) {
        if (valuesFile == ValuesGenerator::vaultFileName(dc))
            return stepId(StepKind::VaultInstall, dc.name);
        if (valuesFile == ValuesGenerator::consulFileName(dc))
            return stepId(StepKind::ConsulInstall, dc.name);
    }
    return {};
}

StepDefinition Procedure::make(StepKind kind, const QString& dc, QStringList dependsOn, bool cluster)
{
    StepDefinition step;
    step.id = stepId(kind, dc);
    step.kind = kind;
    step.datacenter = dc;
    step.dependsOn = std::move(dependsOn);
    step.changesCluster = cluster;
    describe(step);
    return step;
}

QList<StepDefinition> Procedure::steps(const FederationPlan& plan)
{
    QList<StepDefinition> out;
    if (plan.datacenters.isEmpty())
        return out;
    const QString p = plan.primary().name;
    const QString address = stepId(StepKind::VaultAddress);
    QStringList names;
    for (const DatacenterPlan& dc : plan.datacenters)
        names << dc.name;
    const QStringList secondaries = names.mid(1);

    out << make(StepKind::VaultInstall, p, {}, true);
    out << make(StepKind::VaultAddress, {}, {stepId(StepKind::VaultInstall, p)}, false);
    out << make(StepKind::KvMount, {}, {address}, false);
    out << make(StepKind::PkiMount, {}, {address}, false);
    out << make(StepKind::PkiTune, {}, {stepId(StepKind::PkiMount)}, false);
    out << make(StepKind::AuthMethod, p, {address}, false);
    for (const QString& s : secondaries) {
        out << make(StepKind::Reviewer, s, {}, true);
        out << make(StepKind::AuthMethod, s, {address, stepId(StepKind::Reviewer, s)}, false);
    }
    for (const QString& s : secondaries)
        out << make(StepKind::VaultInstall, s, {address}, true);
    out << make(StepKind::Secrets, {}, {stepId(StepKind::KvMount)}, false);
    out << make(StepKind::PkiRoot, {}, {stepId(StepKind::PkiTune)}, false);
    out << make(StepKind::Policies, {}, {address}, false);
    for (const QString& dc : names) {
        out << make(StepKind::AuthRoles, dc, {stepId(StepKind::AuthMethod, dc), stepId(StepKind::Policies)}, false);
        out << make(StepKind::PkiRole, dc, {stepId(StepKind::PkiMount)}, false);
    }
    QStringList preflights;
    for (const QString& dc : names) {
        out << make(StepKind::Preflight, dc,
            {stepId(StepKind::AuthRoles, dc), stepId(StepKind::PkiRole, dc), stepId(StepKind::Secrets),
                stepId(StepKind::PkiRoot)},
            true);
        preflights << stepId(StepKind::Preflight, dc);
    }
    for (const QString& dc : names)
        out << make(StepKind::Injector, dc, {stepId(StepKind::VaultInstall, dc)}, false);
    out << make(StepKind::ConsulInstall, p, QStringList(preflights) << stepId(StepKind::Injector, p), true);
    out << make(StepKind::MeshGateway, {}, {stepId(StepKind::ConsulInstall, p)}, false);
    for (const QString& s : secondaries)
        out << make(StepKind::ConsulInstall, s,
            {stepId(StepKind::MeshGateway), stepId(StepKind::Injector, s), stepId(StepKind::Preflight, s)}, true);
    for (const QString& dc : names)
        out << make(StepKind::Verify, dc, {stepId(StepKind::ConsulInstall, dc)}, false);
    return out;
}

void Procedure::describe(StepDefinition& step)
{
    const QString dc = step.datacenter;
    switch (step.kind) {
    case StepKind::VaultInstall:
        step.title = tr("Install Vault in %1").arg(dc);
        step.explanation = tr("Installs or upgrades the vault chart in %1 with its final values: the dev server and "
                              "the agent injector in the primary, only the injector pointing at the primary's "
                              "Vault in a secondary.")
                               .arg(dc);
        break;
    case StepKind::VaultAddress:
        step.title = tr("Find Vault's address");
        step.explanation = tr("Reads the load balancer address and port of Vault's Service and waits until "
                              "sys/health answers that Vault is active.");
        break;
    case StepKind::KvMount:
        step.title = tr("Enable the KV version 2 engine");
        step.explanation = tr("The gossip key and the ACL tokens live in KV version 2 (Consul reads them as "
                              ".Data.data.<key>). A version 1 mount at the same path is a conflict: it is "
                              "explained, never overwritten.");
        break;
    case StepKind::PkiMount:
        step.title = tr("Enable the PKI engine");
        step.explanation = tr("The PKI engine issues the Consul servers' TLS certificates.");
        break;
    case StepKind::PkiTune:
        step.title = tr("Tune the PKI engine's maximum lease");
        step.explanation = tr("Raises the PKI mount's maximum lease TTL before the root is generated, so the "
                              "root can live as long as the plan says.");
        break;
    case StepKind::Reviewer:
        step.title = tr("Create the token reviewer in %1").arg(dc);
        step.explanation = tr("Vault runs in the primary's cluster and must ask %1's API server to review "
                              "logins: a service account bound to system:auth-delegator and its long-lived "
                              "token Secret (Kubernetes 1.24 and later create none by themselves).")
                               .arg(dc);
        break;
    case StepKind::AuthMethod:
        step.title = tr("Configure Vault's Kubernetes auth for %1").arg(dc);
        step.explanation = tr("Enables the Kubernetes auth method of %1 and configures its API server. A "
                              "secondary also needs the reviewer's token and its cluster's CA: without them Vault "
                              "would use its own cluster's and every login from %1 would fail.")
                               .arg(dc);
        break;
    case StepKind::Secrets:
        step.title = tr("Create the gossip key and ACL tokens");
        step.explanation = tr("Generated in memory and written create-only: an existing secret is kept, never "
                              "regenerated, because Consul already uses it. Values are never shown or logged.");
        break;
    case StepKind::PkiRoot:
        step.title = tr("Generate the PKI root");
        step.explanation = tr("Generates the root CA unless pki/cert/ca already holds one, which is reused: "
                              "generating again would add a second issuer.");
        break;
    case StepKind::Policies:
        step.title = tr("Write the Vault policies");
        step.explanation = tr("Writes the policies that let each Consul component read exactly its secrets, "
                              "including the Connect CA's /tune path.");
        break;
    case StepKind::AuthRoles:
        step.title = tr("Write the auth roles of %1").arg(dc);
        step.explanation = tr("Binds the Consul service accounts of %1 to their policies.").arg(dc);
        break;
    case StepKind::PkiRole:
        step.title = tr("Write the PKI role of %1").arg(dc);
        step.explanation = tr("Allows exactly the names the Consul servers of %1 put in their certificates.").arg(dc);
        break;
    case StepKind::Preflight:
        step.title = tr("Preflight check of %1").arg(dc);
        step.explanation = tr("Before Consul is installed: logs in through %1's auth method with a temporary "
                              "service account and temporary roles carrying the real roles' policies, reads every "
                              "secret the Consul pods read and issues a test server certificate, then deletes "
                              "the temporary objects. A failure names the broken link and its fix.")
                               .arg(dc);
        break;
    case StepKind::Injector:
        step.title = tr("Wait for the Vault agent injector in %1").arg(dc);
        step.explanation = tr("Pods created while the injector is down start without their Vault agent (the "
                              "webhook ignores failures), so Consul is installed only once it is ready.");
        break;
    case StepKind::ConsulInstall:
        step.title = tr("Install Consul in %1").arg(dc);
        step.explanation = tr("Installs or upgrades the consul chart in %1 with the values found so far.").arg(dc);
        break;
    case StepKind::MeshGateway:
        step.title = tr("Find the primary's mesh gateway address");
        step.explanation = tr("The secondaries federate through the primary's mesh gateway; its load balancer "
                              "address goes into their values.");
        break;
    case StepKind::Verify:
        step.title = tr("Verify %1").arg(dc);
        step.explanation = tr("All pods Running and Ready and the server-acl-init job succeeded. On failure the "
                              "failing container's last log lines and recent events are read and known errors are "
                              "mapped to the step that fixes them.");
        break;
    }
}

} // namespace meshfed
