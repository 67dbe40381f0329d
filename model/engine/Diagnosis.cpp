#include "model/engine/Diagnosis.h"

#include "model/engine/Procedure.h"

#include <QRegularExpression>

namespace meshfed {

using namespace Qt::StringLiterals;

QString Diagnosis::toString() const
{
    return Diagnoser::tr("%1 Fix: %2 (step %3)").arg(finding, fix, fixStep);
}

QString Diagnoser::policyFor(const FederationPlan& plan, const QString& datacenter, const QString& path)
{
    const VaultChoices& v = plan.vault;
    if (path == plan.kvDataPath(v.gossip))
        return v.gossipPolicy;
    if (path == plan.kvDataPath(v.bootstrapToken))
        return v.bootstrapTokenPolicy;
    if (path == plan.kvDataPath(v.replicationToken))
        return v.replicationTokenPolicy;
    if (path == plan.pkiCaPath())
        return v.caPolicy;
    const DatacenterPlan* dc = plan.find(datacenter);
    if (dc && path == plan.pkiIssuePath(*dc))
        return dc->certPolicy;
    if (dc && path.contains(withoutTrailingSlash(dc->connectIntermediatePath)))
        return dc->connectCaPolicy;
    return {};
}

std::optional<Diagnosis> Diagnoser::diagnose(const FederationPlan& plan, const QString& datacenter, const QString& text)
{
    const DatacenterPlan* dc = plan.find(datacenter);
    if (!dc)
        return std::nullopt;
    const QString roles = Procedure::stepId(StepKind::AuthRoles, datacenter);
    static const QRegularExpression deniedPath(u"(?:vault\\.read|read|write|update)\\(([^,)\\s]+)|/v1/([^ \"?]+)"_s);
    if (text.contains(u"not allowed by this role"_s)) {
        return Diagnosis {tr("The PKI role %1 refuses a name the Consul servers ask for.").arg(dc->pkiRole),
            Procedure::stepId(StepKind::PkiRole, datacenter),
            tr("let allowed_domains of %1 cover the server names of the namespace %2")
                .arg(dc->pkiRole, dc->kubeNamespace)};
    }
    if (text.contains(u"x509"_s)) {
        return Diagnosis {tr("A certificate was not trusted (x509) in %1.").arg(datacenter),
            Procedure::stepId(StepKind::AuthMethod, datacenter),
            tr("configure auth/%1 with the CA of %2's API server").arg(dc->authMount, datacenter)};
    }
    if (text.contains(u"ACL not found"_s)) {
        return Diagnosis {tr("Consul's ACL bootstrap did not find its token."),
            Procedure::stepId(StepKind::AuthRoles, plan.primary().name),
            tr("give the primary's %1 and %2 roles the %3 policy, and keep createReplicationToken in the "
               "primary's values")
                .arg(plan.vault.serverRole, plan.vault.aclInitRole, plan.vault.bootstrapTokenPolicy)};
    }
    const bool denied = text.contains(u"permission denied"_s);
    if (denied && !text.contains(u"/login"_s)) {
        const QRegularExpressionMatch m = deniedPath.match(text);
        const QString path = m.hasMatch() ? (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)) : QString();
        const QString policy = policyFor(plan, datacenter, path);
        return Diagnosis {tr("Vault denied reading %1 in %2.").arg(path.isEmpty() ? tr("a path") : path, datacenter),
            roles,
            policy.isEmpty() ? tr("add the policy granting that path to the role that reads it")
                             : tr("add the policy %1 to the role that reads %2").arg(policy, path)};
    }
    if (text.contains(u"403"_s) || (denied && text.contains(u"/login"_s))) {
        return Diagnosis {tr("Vault refused the login through auth/%1.").arg(dc->authMount),
            plan.isPrimary(*dc) ? roles : Procedure::stepId(StepKind::AuthMethod, datacenter),
            plan.isPrimary(*dc) ? tr("check the role's bound service account and namespace %1").arg(dc->kubeNamespace)
                                : tr("configure auth/%1 with %2's reviewer token and CA, bind the reviewer to "
                                     "system:auth-delegator and let Vault reach %3")
                                      .arg(dc->authMount, datacenter, dc->apiServerUrl)};
    }
    if (text.contains(u"no such file"_s)) {
        return Diagnosis {tr("A Consul pod started without its Vault agent."),
            Procedure::stepId(StepKind::Injector, datacenter),
            tr("wait for the Vault agent injector, then delete the pod so it is created again")};
    }
    return std::nullopt;
}

} // namespace meshfed
