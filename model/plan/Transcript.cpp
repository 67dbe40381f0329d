#include "model/plan/Transcript.h"

#include "model/plan/TranscriptWriter.h"
#include "model/plan/ValuesGenerator.h"
#include "model/plan/VaultSetup.h"

#include <QRegularExpression>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

// Stand-ins for run-time values inside values files that the script writes itself.
const QString kVaultAddrMark = u"@@VAULT_ADDR@@"_s;
const QString kMeshGatewayMark = u"@@MESH_GATEWAY@@"_s;
QString apiUrlMark(const DatacenterPlan& dc)
{
    return u"@@"_s + Transcript::variablePrefix(dc) + u"_API_URL@@"_s;
}

QString var(const DatacenterPlan& dc, const char* suffix)
{
    return Transcript::variablePrefix(dc) + u'_' + QLatin1String(suffix);
}

QString q(const QString& word)
{
    return Transcript::shellQuote(word);
}

const char* kHelpers
    = R"SH(need() { command -v "$1" >/dev/null || { echo "setup.sh: $1 is not installed" >&2; exit 1; }; }
need helm; need kubectl; need vault; need openssl; need base64

# lb_address CONTEXT NAMESPACE SERVICE: the load balancer's ip or hostname, waiting up to 10 minutes.
lb_address() {
    local address
    for _ in $(seq 1 120); do
        address=$(kubectl --context "$1" -n "$2" get svc "$3" \
            -o jsonpath='{.status.loadBalancer.ingress[0].ip}{.status.loadBalancer.ingress[0].hostname}' 2>/dev/null || true)
        if [ -n "$address" ]; then echo "$address"; return 0; fi
        sleep 5
    done
    echo "setup.sh: service $3 in $1 has no load balancer address after 10 minutes" >&2
    return 1
}

# wait_for_vault: until sys/health answers active (at most 5 minutes).
wait_for_vault() {
    for _ in $(seq 1 150); do
        if vault status >/dev/null 2>&1; then return 0; fi
        sleep 2
    done
    echo "setup.sh: Vault at $VAULT_ADDR did not become ready" >&2
    return 1
}

mount_exists() { vault secrets list -format=json | grep -q "\"$1/\""; }
auth_exists() { vault auth list -format=json | grep -q "\"$1/\""; }

# kv_put_once PATH KEY GENERATOR: create-only write (check-and-set 0); an existing secret is kept.
# The value goes through stdin, never through the command line.
kv_put_once() {
    if vault kv get "$1" >/dev/null 2>&1; then
        echo "kept the existing secret $1"
    else
        printf '%s' "$("$3")" | vault kv put -cas=0 "$1" "$2=-" >/dev/null
    fi
}
gossip_key() { openssl rand -base64 32; }
acl_token() { if command -v uuidgen >/dev/null; then uuidgen | tr '[:upper:]' '[:lower:]'; else cat /proc/sys/kernel/random/uuid; fi; }

# wait_for_token CONTEXT NAMESPACE SECRET: until the token controller filled the secret.
wait_for_token() {
    for _ in $(seq 1 60); do
        if [ -n "$(kubectl --context "$1" -n "$2" get secret "$3" -o jsonpath='{.data.token}' 2>/dev/null)" ]; then return 0; fi
        sleep 2
    done
    echo "setup.sh: the token controller did not fill secret $3 in $1" >&2
    return 1
})SH";

/// A values file as the script will find it: the exported file, or (while a run-time value is
/// unknown to the plan) a here-document the script writes once the value is found.
void useValuesFile(TranscriptWriter& w, const FederationPlan& plan, const GeneratedFile& exported,
    const std::function<GeneratedFile(const FederationPlan&)>& generate)
{
    if (exported.isComplete())
        return;
    FederationPlan marked = plan;
    if (marked.vault.address.isEmpty())
        marked.vault.address = kVaultAddrMark;
    if (marked.primary().meshGatewayAddress.isEmpty())
        marked.primary().meshGatewayAddress = kMeshGatewayMark;
    for (DatacenterPlan& dc : marked.datacenters) {
        if (!marked.isPrimary(dc) && dc.apiServerUrl.isEmpty())
            dc.apiServerUrl = apiUrlMark(dc);
    }
    QString body = QString::fromUtf8(generate(marked).content);
    body.replace(u'\\', u"\\\\"_s).replace(u'$', u"\\$"_s).replace(u'`', u"\\`"_s);
    body.replace(kVaultAddrMark, u"${VAULT_ADDR}"_s).replace(kMeshGatewayMark, u"${MESH_GATEWAY}"_s);
    for (const DatacenterPlan& dc : plan.secondaries())
        body.replace(apiUrlMark(dc), u"${"_s + var(dc, "API_URL") + u'}');
    w.comment(exported.name + u" needs values found above: written now"_s);
    w.hereDocument(u"cat > "_s + exported.name, body, true);
}

QString helmInstall(const FederationPlan& plan, const DatacenterPlan& dc, bool vault)
{
    const QString release = vault ? dc.vaultRelease : dc.consulRelease;
    const QString chart = vault ? u"vault"_s : u"consul"_s;
    const QString version = vault ? plan.vault.chartVersion : plan.consul.chartVersion;
    const QString file = vault ? ValuesGenerator::vaultFileName(dc) : ValuesGenerator::consulFileName(dc);
    return u"helm upgrade --install %1 %2 --repo \"$HELM_REPO\" --version %3 --kube-context \"$%4\" "
           u"--namespace %5 --create-namespace -f %6 --wait --timeout 15m"_s.arg(
               q(release), chart, q(version), var(dc, "CONTEXT"), q(dc.kubeNamespace), q(file));
}

void writeVariables(TranscriptWriter& w, const FederationPlan& plan)
{
    w.line(u"HELM_REPO="_s + q(plan.helmRepository));
    for (const DatacenterPlan& dc : plan.datacenters) {
        const QString name = var(dc, "CONTEXT");
        if (dc.kubeContext.isEmpty())
            w.line(name + u"=\"${"_s + name + u":?set "_s + name + u" to the kubeconfig context of "_s + dc.name
                + u"}\""_s);
        else
            w.line(name + u"=\"${"_s + name + u":-"_s + dc.kubeContext + u"}\""_s);
    }
}

void writePhaseA(TranscriptWriter& w, const FederationPlan& plan)
{
    const DatacenterPlan& dc1 = plan.primary();
    w.section(u"A. Vault server in "_s + dc1.name);
    w.line(helmInstall(plan, dc1, true));
    if (plan.vault.address.isEmpty())
        w.line(u"VAULT_ADDR=\"http://$(lb_address \"$%1\" %2 %3):8200\""_s.arg(
            var(dc1, "CONTEXT"), q(dc1.kubeNamespace), q(plan.vaultServiceName())));
    else
        w.line(u"VAULT_ADDR="_s + q(plan.vault.address));
    w.line(u"export VAULT_ADDR"_s);
    w.comment(u"The dev server's root token (the published page exports it as VAULT_ADDR by mistake)."_s);
    w.line(u"export VAULT_TOKEN=\"${VAULT_TOKEN:-root}\""_s);
    w.line(u"wait_for_vault"_s);
}

void writePhaseB(TranscriptWriter& w, const FederationPlan& plan)
{
    const QString kv = withoutTrailingSlash(plan.vault.kvMount);
    const QString pki = withoutTrailingSlash(plan.vault.pkiMount);
    w.section(u"B. Secrets engines"_s);
    w.line(u"mount_exists %1 || vault secrets enable -path=%1 kv-v2"_s.arg(q(kv)));
    w.line(u"mount_exists %1 || vault secrets enable -path=%1 pki"_s.arg(q(pki)));
    w.line(u"vault secrets tune -max-lease-ttl=%1 %2"_s.arg(q(plan.vault.pkiMaxLeaseTtl), q(pki)));
}

void writeAuthMount(TranscriptWriter& w, const DatacenterPlan& dc)
{
    w.line(u"auth_exists %1 || vault auth enable -path=%1 kubernetes"_s.arg(q(dc.authMount)));
}

void writePhaseC(TranscriptWriter& w, const FederationPlan& plan)
{
    const DatacenterPlan& dc1 = plan.primary();
    w.section(u"C. Kubernetes auth method of "_s + dc1.name);
    writeAuthMount(w, dc1);
    w.line(u"vault write auth/%1/config kubernetes_host=%2"_s.arg(
        q(dc1.authMount), VaultSetup::inClusterKubernetesHost()));
}

QString reviewerManifest(const DatacenterPlan& dc)
{
    const QString sa = dc.reviewerServiceAccount;
    const QString ns = dc.kubeNamespace;
    return u"apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: %1\n  namespace: %2\n---\n"
           u"apiVersion: v1\nkind: Secret\nmetadata:\n  name: %1\n  namespace: %2\n  annotations:\n"
           u"    kubernetes.io/service-account.name: %1\ntype: kubernetes.io/service-account-token\n---\n"
           u"apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: %1\n"
           u"roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: system:auth-delegator\n"
           u"subjects:\n- kind: ServiceAccount\n  name: %1\n  namespace: %2\n"_s.arg(sa, ns);
}

void writeApiUrl(TranscriptWriter& w, const DatacenterPlan& dc)
{
    const QString url = var(dc, "API_URL");
    if (!dc.apiServerUrl.isEmpty()) {
        w.line(url + u'=' + q(dc.apiServerUrl));
        return;
    }
    w.comment(u"The API URL of the context's cluster (not of a cluster named like the context). It must be\n"
              u"reachable from Vault's pod and from the primary's Consul servers."_s);
    const QString cluster = var(dc, "CLUSTER");
    w.line(cluster + u"=$(kubectl config view -o jsonpath=\"{.contexts[?(@.name==\\\"$"_s + var(dc, "CONTEXT")
        + u"\\\")].context.cluster}\")"_s);
    w.line(url + u"=$(kubectl config view -o jsonpath=\"{.clusters[?(@.name==\\\"$"_s + cluster
        + u"\\\")].cluster.server}\")"_s);
}

void writePhaseD(TranscriptWriter& w, const FederationPlan& plan, const DatacenterPlan& dc)
{
    const QString ctx = u"\"$"_s + var(dc, "CONTEXT") + u'"';
    const QString ns = q(dc.kubeNamespace);
    const QString sa = q(dc.reviewerServiceAccount);
    w.section(u"D. Vault injector and auth method of "_s + dc.name);
    useValuesFile(w, plan, ValuesGenerator::vaultValues(plan, dc),
        [&](const FederationPlan& p) { return ValuesGenerator::vaultValues(p, *p.find(dc.name)); });
    w.line(helmInstall(plan, dc, true));
    writeAuthMount(w, dc);
    w.comment(u"The token reviewer: a service account bound to system:auth-delegator, and its token Secret\n"
              u"(created by hand: Kubernetes >= 1.24 no longer makes one)."_s);
    w.hereDocument(u"kubectl --context "_s + ctx + u" apply -f -"_s, reviewerManifest(dc));
    w.line(u"wait_for_token %1 %2 %3"_s.arg(ctx, ns, sa));
    w.line(u"%1=$(kubectl --context %2 -n %3 get secret %4 -o jsonpath='{.data.ca\\.crt}' | base64 --decode)"_s.arg(
        var(dc, "CA_CERT"), ctx, ns, sa));
    writeApiUrl(w, dc);
    w.comment(u"The reviewer's token goes through stdin, never through the command line."_s);
    w.line(u"kubectl --context %1 -n %2 get secret %3 -o jsonpath='{.data.token}' | base64 --decode |\n"
           u"    vault write auth/%4/config kubernetes_host=\"$%5\" token_reviewer_jwt=- \\\n"
           u"        kubernetes_ca_cert=\"$%6\" disable_local_ca_jwt=true"_s.arg(
               ctx, ns, sa, q(dc.authMount), var(dc, "API_URL"), var(dc, "CA_CERT")));
}

void writeSecrets(TranscriptWriter& w, const FederationPlan& plan)
{
    const VaultChoices& v = plan.vault;
    const QString kv = withoutTrailingSlash(v.kvMount);
    w.section(u"E. Secrets (created once, never replaced), PKI root, policies"_s);
    w.line(u"kv_put_once %1 %2 gossip_key"_s.arg(q(kv + u'/' + v.gossip.path), q(v.gossip.key)));
    w.line(u"kv_put_once %1 %2 acl_token"_s.arg(q(kv + u'/' + v.bootstrapToken.path), q(v.bootstrapToken.key)));
    w.line(u"kv_put_once %1 %2 acl_token"_s.arg(q(kv + u'/' + v.replicationToken.path), q(v.replicationToken.key)));
    w.comment(u"Generating a root again would add a second issuer: only when there is none."_s);
    w.line(u"if [ -z \"$(vault read -field=certificate %1 2>/dev/null || true)\" ]; then\n"
           u"    vault write %2/root/generate/internal common_name=%3 ttl=%4 >/dev/null\nfi"_s.arg(
               q(plan.pkiCaPath()), q(withoutTrailingSlash(v.pkiMount)), q(v.pkiRootCommonName), q(v.pkiMaxLeaseTtl)));
    for (const VaultPolicy& policy : VaultSetup::policies(plan))
        w.line(u"vault policy write %1 %2"_s.arg(q(policy.name), q(u"policies/"_s + policy.name + u".hcl"_s)));
}

void writeRoles(TranscriptWriter& w, const FederationPlan& plan, const DatacenterPlan& dc)
{
    w.comment(u"Roles of "_s + dc.name);
    for (const KubernetesAuthRole& role : VaultSetup::authRoles(plan, dc))
        w.line(u"vault write %1 bound_service_account_names=%2 bound_service_account_namespaces=%3 policies=%4 ttl=%5"_s
                   .arg(q(role.path()), q(role.serviceAccounts.join(u',')), q(role.namespaces.join(u',')),
                       q(role.policies.join(u',')), q(role.ttl)));
    const PkiRole pki = VaultSetup::pkiRole(plan, dc);
    w.line(u"vault write %1 allowed_domains=%2 allow_subdomains=true allow_bare_domains=true allow_localhost=true "
           u"generate_lease=true max_ttl=%3"_s.arg(q(pki.path()), q(pki.allowedDomains.join(u',')), q(pki.maxTtl)));
}

void waitForInjector(TranscriptWriter& w, const DatacenterPlan& dc)
{
    w.comment(u"Pods created while the injector is down get no Vault agent: wait for it first."_s);
    w.line(u"kubectl --context \"$%1\" -n %2 rollout status deployment/%3 --timeout=5m"_s.arg(
        var(dc, "CONTEXT"), q(dc.kubeNamespace), q(vaultFullName(dc.vaultRelease) + u"-agent-injector"_s)));
}

void writeConsulInstalls(TranscriptWriter& w, const FederationPlan& plan)
{
    const DatacenterPlan& dc1 = plan.primary();
    w.section(u"E. Consul in "_s + dc1.name);
    waitForInjector(w, dc1);
    w.line(helmInstall(plan, dc1, false));
    w.section(u"F. Mesh gateway address of "_s + dc1.name);
    if (dc1.meshGatewayAddress.isEmpty())
        w.line(u"MESH_GATEWAY=$(lb_address \"$%1\" %2 %3)"_s.arg(
            var(dc1, "CONTEXT"), q(dc1.kubeNamespace), q(plan.consulResourceName(u"mesh-gateway"_s))));
    else
        w.line(u"MESH_GATEWAY="_s + q(dc1.meshGatewayAddress));
    for (const DatacenterPlan& dc : plan.secondaries()) {
        w.section(u"G. Consul in "_s + dc.name);
        useValuesFile(w, plan, ValuesGenerator::consulValues(plan, dc),
            [&](const FederationPlan& p) { return ValuesGenerator::consulValues(p, *p.find(dc.name)); });
        waitForInjector(w, dc);
        w.line(helmInstall(plan, dc, false));
    }
}

void writeVerification(TranscriptWriter& w, const FederationPlan& plan)
{
    w.section(u"H. Verify: every Consul pod Ready, the ACL bootstrap job complete"_s);
    for (const DatacenterPlan& dc : plan.datacenters) {
        const QString ctx = u"\"$"_s + var(dc, "CONTEXT") + u'"';
        w.line(u"kubectl --context %1 -n %2 wait --for=condition=complete job/%3 --timeout=10m"_s.arg(
            ctx, q(dc.kubeNamespace), q(plan.consulResourceName(u"server-acl-init"_s))));
        w.line(u"kubectl --context %1 -n %2 wait --for=condition=Ready pod -l %3 --timeout=10m"_s.arg(ctx,
            q(dc.kubeNamespace),
            q(u"release="_s + dc.consulRelease + u",component in (server,connect-injector,mesh-gateway)"_s)));
    }
    w.line(u"echo \"setup.sh: federation complete\""_s);
}

} // namespace

QString Transcript::variablePrefix(const DatacenterPlan& dc)
{
    QString prefix = dc.name.toUpper();
    prefix.replace(QRegularExpression(u"[^A-Z0-9]"_s), u"_"_s);
    return prefix;
}

QString Transcript::shellQuote(const QString& word)
{
    static const QRegularExpression safe(QRegularExpression::anchoredPattern(u"[A-Za-z0-9_./:=,@%+-]+"_s));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QByteArray Transcript::script(const FederationPlan& plan)
{
    TranscriptWriter w;
    w.line(u"#!/usr/bin/env bash"_s);
    w.comment(u"Generated by Meshfed from the federation plan: the whole procedure as helm, vault and kubectl\n"
              u"commands, in order. Every step checks before it writes, so the script can be run again.\n"
              u"Secrets (gossip key, ACL tokens) are generated when it runs and go to Vault only.\n"
              u"It expects the exported values files and policies/*.hcl beside it."_s);
    w.line(u"set -euo pipefail"_s);
    w.line(u"cd \"$(dirname \"$0\")\""_s);
    w.line();
    writeVariables(w, plan);
    w.line();
    w.line(QString::fromLatin1(kHelpers));
    writePhaseA(w, plan);
    writePhaseB(w, plan);
    writePhaseC(w, plan);
    for (const DatacenterPlan& dc : plan.secondaries())
        writePhaseD(w, plan, dc);
    writeSecrets(w, plan);
    for (const DatacenterPlan& dc : plan.datacenters)
        writeRoles(w, plan, dc);
    writeConsulInstalls(w, plan);
    writeVerification(w, plan);
    return w.text().toUtf8();
}

} // namespace meshfed
