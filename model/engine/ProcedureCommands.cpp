// The equivalent command lines of each step, as an admin would type them (dry run, steps panel).
#include "model/engine/Procedure.h"
#include "model/plan/Transcript.h"
#include "model/plan/ValuesGenerator.h"
#include "model/plan/VaultSetup.h"

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

QString q(const QString& word)
{
    return Transcript::shellQuote(word);
}

QString helmLine(const FederationPlan& plan, const DatacenterPlan& dc, bool vault)
{
    const QString file = vault ? ValuesGenerator::vaultFileName(dc) : ValuesGenerator::consulFileName(dc);
    return u"helm upgrade --install %1 %2 --repo %3 --version %4 --kube-context %5 --namespace %6 "
           "--create-namespace -f %7 --wait"_s.arg(vault ? dc.vaultRelease : dc.consulRelease,
               vault ? u"vault"_s : u"consul"_s, q(plan.helmRepository),
               vault ? plan.vault.chartVersion : plan.consul.chartVersion, q(dc.kubeContext), q(dc.kubeNamespace),
               q(file));
}

QStringList reviewerLines(const DatacenterPlan& dc)
{
    const QString k = u"kubectl --context %1 -n %2 "_s.arg(q(dc.kubeContext), q(dc.kubeNamespace));
    const QString sa = dc.reviewerServiceAccount;
    return {k + u"create serviceaccount "_s + sa,
        u"kubectl --context %1 create clusterrolebinding %2 --clusterrole=system:auth-delegator "
        "--serviceaccount=%3:%2"_s.arg(q(dc.kubeContext), sa, dc.kubeNamespace),
        k
            + u"apply -f - <<EOF  # Secret %1, type kubernetes.io/service-account-token, "
              "annotation kubernetes.io/service-account.name: %1"_s.arg(sa),
        k + u"wait --for=jsonpath='{.data.token}' secret/"_s + sa};
}

QStringList authLines(const FederationPlan& plan, const DatacenterPlan& dc)
{
    QStringList lines {u"vault auth enable -path=%1 kubernetes"_s.arg(dc.authMount)};
    if (plan.isPrimary(dc)) {
        lines << u"vault write auth/%1/config kubernetes_host=%2"_s.arg(
            dc.authMount, VaultSetup::inClusterKubernetesHost());
    } else {
        const QString url
            = dc.apiServerUrl.isEmpty() ? u"\"$%1_API_URL\""_s.arg(Transcript::variablePrefix(dc)) : q(dc.apiServerUrl);
        lines << u"vault write auth/%1/config kubernetes_host=%2 token_reviewer_jwt=\"$REVIEWER_JWT\" "
                 "kubernetes_ca_cert=\"$REVIEWER_CA\" disable_local_ca_jwt=true"_s.arg(dc.authMount, url);
    }
    return lines;
}

QStringList vaultWideLines(const FederationPlan& plan, StepKind kind)
{
    const VaultChoices& v = plan.vault;
    switch (kind) {
    case StepKind::VaultAddress:
        return {u"kubectl --context %1 -n %2 get svc %3 -o jsonpath='{.status.loadBalancer.ingress[0]}'"_s.arg(
                    q(plan.primary().kubeContext), q(plan.primary().kubeNamespace), plan.vaultServiceName()),
            u"curl -s \"$VAULT_ADDR/v1/sys/health\""_s};
    case StepKind::KvMount:
        return {u"vault secrets enable -path=%1 kv-v2"_s.arg(v.kvMount)};
    case StepKind::PkiMount:
        return {u"vault secrets enable -path=%1 pki"_s.arg(v.pkiMount)};
    case StepKind::PkiTune:
        return {u"vault secrets tune -max-lease-ttl=%1 %2"_s.arg(v.pkiMaxLeaseTtl, v.pkiMount)};
    case StepKind::Secrets:
        return {u"vault kv put -cas=0 %1/%2 %3=\"$(consul keygen)\""_s.arg(v.kvMount, v.gossip.path, v.gossip.key),
            u"vault kv put -cas=0 %1/%2 %3=\"$(uuidgen | tr A-Z a-z)\""_s.arg(
                v.kvMount, v.bootstrapToken.path, v.bootstrapToken.key),
            u"vault kv put -cas=0 %1/%2 %3=\"$(uuidgen | tr A-Z a-z)\""_s.arg(
                v.kvMount, v.replicationToken.path, v.replicationToken.key)};
    case StepKind::PkiRoot:
        return {u"vault read %1/cert/ca || vault write %1/root/generate/internal common_name=%2 ttl=%3"_s.arg(
            v.pkiMount, q(v.pkiRootCommonName), v.pkiMaxLeaseTtl)};
    case StepKind::Policies: {
        QStringList lines;
        for (const VaultPolicy& policy : VaultSetup::policies(plan))
            lines << u"vault policy write %1 policies/%1.hcl"_s.arg(policy.name);
        return lines;
    }
    case StepKind::MeshGateway:
        return {u"kubectl --context %1 -n %2 get svc %3 -o jsonpath='{.status.loadBalancer.ingress[0]}'"_s.arg(
            q(plan.primary().kubeContext), q(plan.primary().kubeNamespace),
            plan.consulResourceName(u"mesh-gateway"_s))};
    default:
        return {};
    }
}

QStringList datacenterLines(const FederationPlan& plan, const DatacenterPlan& dc, StepKind kind)
{
    const QString k = u"kubectl --context %1 -n %2 "_s.arg(q(dc.kubeContext), q(dc.kubeNamespace));
    switch (kind) {
    case StepKind::VaultInstall:
        return {helmLine(plan, dc, true)};
    case StepKind::ConsulInstall:
        return {helmLine(plan, dc, false)};
    case StepKind::Reviewer:
        return reviewerLines(dc);
    case StepKind::AuthMethod:
        return authLines(plan, dc);
    case StepKind::AuthRoles: {
        QStringList lines;
        for (const KubernetesAuthRole& role : VaultSetup::authRoles(plan, dc))
            lines << u"vault write %1 bound_service_account_names=%2 bound_service_account_namespaces=%3 "
                     "policies=%4 ttl=%5"_s.arg(role.path(), q(role.serviceAccounts.join(u',')),
                         q(role.namespaces.join(u',')), role.policies.join(u','), role.ttl);
        return lines;
    }
    case StepKind::PkiRole: {
        const PkiRole role = VaultSetup::pkiRole(plan, dc);
        return {u"vault write %1 allowed_domains=%2 allow_subdomains=true allow_bare_domains=true "
                "allow_localhost=true generate_lease=true max_ttl=%3"_s.arg(
                    role.path(), q(role.allowedDomains.join(u',')), role.maxTtl)};
    }
    case StepKind::Preflight:
        return {k + u"create serviceaccount meshfed-preflight"_s,
            k + u"create token meshfed-preflight --duration=10m"_s,
            u"vault write auth/%1/login role=<temporary role> jwt=\"$JWT\""_s.arg(dc.authMount),
            u"vault kv get %1/%2"_s.arg(plan.vault.kvMount, plan.vault.gossip.path),
            u"vault write %1 common_name=%2"_s.arg(
                plan.pkiIssuePath(dc), VaultSetup::serverCertificate(plan, dc).commonName),
            k + u"delete serviceaccount meshfed-preflight"_s};
    case StepKind::Injector:
        return {k + u"wait --for=condition=Ready pod -l app.kubernetes.io/name=vault-agent-injector"_s};
    case StepKind::Verify:
        return {k + u"get pods"_s, k + u"get job %1"_s.arg(plan.consulResourceName(u"server-acl-init"_s))};
    default:
        return {};
    }
}

} // namespace

QStringList Procedure::commands(const FederationPlan& plan, const StepDefinition& step)
{
    if (step.datacenter.isEmpty())
        return vaultWideLines(plan, step.kind);
    const DatacenterPlan* dc = plan.find(step.datacenter);
    return dc ? datacenterLines(plan, *dc, step.kind) : QStringList();
}

} // namespace meshfed
