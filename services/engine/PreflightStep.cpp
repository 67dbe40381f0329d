// preflight/<dc>: before Consul is installed, log in as each Consul role does and read what the
// Consul pods read; a failure names the broken link and its fix. Only temporary objects are written
// (a service account and Vault roles), and they are deleted again.
#include "model/engine/Diagnosis.h"
#include "model/plan/VaultSetup.h"
#include "services/engine/KubeCalls.h"

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

class PreflightStep
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::PreflightStep)
};

const QString kAccount = u"meshfed-preflight"_s;

QString tempRole(const QString& role)
{
    return kAccount + u'-' + role;
}

/// The KV secrets a role's pods read (procedure.md §4).
QList<KvSecretRef> readsOf(const FederationPlan& plan, const DatacenterPlan& dc, const QString& role)
{
    const bool primary = plan.isPrimary(dc);
    const VaultChoices& v = plan.vault;
    if (role == v.serverRole)
        return primary ? QList<KvSecretRef> {v.gossip, v.bootstrapToken}
                       : QList<KvSecretRef> {v.gossip, v.replicationToken};
    if (role == v.aclInitRole)
        return primary ? QList<KvSecretRef> {v.bootstrapToken, v.replicationToken}
                       : QList<KvSecretRef> {v.replicationToken};
    return {};
}

QCoro::Task<StepCheck> checkPreflight(EngineContext& c, QString name)
{
    const DatacenterPlan dc = c.dc(name);
    const HelmReleaseInfo info = co_await c.helm->release(dc.consulRelease, dc.kubeContext, dc.kubeNamespace);
    if (!info.error.isEmpty())
        co_return failedCheck(info.error);
    if (info.exists && info.status == u"deployed"_s)
        co_return done(PreflightStep::tr("Consul runs in %1; its pods are checked by verify/%1.").arg(name));
    QStringList changes {PreflightStep::tr("create ServiceAccount %1/%2 and a short-lived token for it (temporary)")
                             .arg(dc.kubeNamespace, kAccount)};
    for (const KubernetesAuthRole& role : VaultSetup::authRoles(c.plan, dc)) {
        if (role.name == c.plan.vault.clientRole)
            continue;
        changes << PreflightStep::tr(
            "write auth/%1/role/%2 with the policies of %3, log in, read what %3's pods read (temporary)")
                       .arg(dc.authMount, tempRole(role.name), role.name);
    }
    changes << PreflightStep::tr("issue a test certificate from %1").arg(c.plan.pkiIssuePath(dc));
    changes << PreflightStep::tr("delete the temporary roles and the service account");
    co_return todo(changes);
}

/// Why a login through a datacenter's auth method fails: the published causes, checked one by one.
QCoro::Task<QString> explainLogin(EngineContext& c, QString name, QString error)
{
    const DatacenterPlan dc = c.dc(name);
    const QString authStep = Procedure::stepId(StepKind::AuthMethod, name);
    if (c.plan.isPrimary(dc))
        co_return PreflightStep::tr("Vault refused the login through auth/%1 (%2). Fix: check the auth method's "
                                    "kubernetes_host and Vault's own binding to system:auth-delegator (step %3).")
            .arg(dc.authMount, error, authStep);
    const auto config = co_await c.vault()->readAuthConfig(dc.authMount);
    const QJsonObject current = config.value.value_or(QJsonObject());
    if (current.value(u"kubernetes_ca_cert"_s).toString().isEmpty()
        || !current.value(u"disable_local_ca_jwt"_s).toBool()
        || !current.value(u"token_reviewer_jwt_set"_s).toBool(true)) {
        co_return PreflightStep::tr("auth/%1 is configured without %2's reviewer JWT and CA, so Vault reviews %2's "
                                    "tokens with its own cluster's token and CA and every login fails with 403. Fix: "
                                    "step %3 (token_reviewer_jwt, kubernetes_ca_cert, disable_local_ca_jwt=true).")
            .arg(dc.authMount, name, authStep);
    }
    const EngineContext::Reviewer reviewer = c.reviewers.value(name);
    if (!reviewer.jwt.isEmpty()) {
        KubeApi* api = c.kube(name);
        KubeCall review;
        review.method = "POST";
        review.path = u"/apis/authentication.k8s.io/v1/tokenreviews"_s;
        review.bearer = reviewer.jwt;
        review.body = QJsonObject {{u"apiVersion"_s, u"authentication.k8s.io/v1"_s}, {u"kind"_s, u"TokenReview"_s},
            {u"spec"_s, QJsonObject {{u"token"_s, reviewer.jwt}}}};
        c.log(PreflightStep::tr("review a token as %1 in %2").arg(dc.reviewerServiceAccount, name));
        KubeReply r;
        if (api)
            r = co_await api->call(review);
        if (r.status == 403)
            co_return PreflightStep::tr("The reviewer %1 of %2 may not review tokens: it lacks system:auth-delegator. "
                                        "Fix: step %3.")
                .arg(dc.reviewerServiceAccount, name, Procedure::stepId(StepKind::Reviewer, name));
    }
    co_return PreflightStep::tr("Vault refused the login through auth/%1 (%2): Vault cannot reach %3's API server at "
                                "%4, or the CA it was given is wrong. Fix: open the network path from Vault's pod to "
                                "that address, then re-run step %5.")
        .arg(dc.authMount, error, name, current.value(u"kubernetes_host"_s).toString(), authStep);
}

QCoro::Task<QString> probeRole(EngineContext& c, QString name, QString roleName, QString jwt, QStringList* created)
{
    const DatacenterPlan dc = c.dc(name);
    const auto real = co_await c.vault()->readAuthRole(dc.authMount, roleName);
    c.log(PreflightStep::tr("read auth/%1/role/%2").arg(dc.authMount, roleName));
    if (!real.ok() || !real.value)
        co_return PreflightStep::tr("The role %1 of auth/%2 is missing. Fix: step %3.")
            .arg(roleName, dc.authMount, Procedure::stepId(StepKind::AuthRoles, name));
    QJsonValue policies = real.value->value(u"token_policies"_s);
    if (policies.toArray().isEmpty())
        policies = real.value->value(u"policies"_s);
    QJsonObject body {{u"bound_service_account_names"_s, QJsonArray {kAccount}},
        {u"bound_service_account_namespaces"_s, QJsonArray {dc.kubeNamespace}}, {u"policies"_s, policies},
        {u"ttl"_s, u"5m"_s}};
    const QString temp = tempRole(roleName);
    c.log(PreflightStep::tr("write auth/%1/role/%2 (temporary)").arg(dc.authMount, temp));
    const auto written = co_await c.vault()->writeAuthRole(dc.authMount, temp, body);
    if (!written.ok())
        co_return written.error.message;
    *created << temp;
    c.log(PreflightStep::tr("log in through auth/%1 as %2").arg(dc.authMount, temp));
    const auto login = co_await c.vault()->login(dc.authMount, temp, jwt);
    if (!login.ok()) {
        const QString why = co_await explainLogin(c, name, login.error.message);
        c.reportLink({name, LinkCheck::Kind::AuthMethod, dc.authMount, false, why});
        co_return why;
    }
    c.reportLink({name, LinkCheck::Kind::AuthMethod, dc.authMount, true, {}});
    c.redactor.add(login.value.clientToken);
    VaultConfig config = c.vault()->config();
    config.token = login.value.clientToken;
    VaultClient as(c.nam, config);
    as.setCancelToken(c.cancel);
    const QStringList granted = login.value.policies;
    for (const KvSecretRef& ref : readsOf(c.plan, dc, roleName)) {
        const QString path = c.plan.kvDataPath(ref);
        c.log(PreflightStep::tr("read %1 as %2").arg(path, roleName));
        const auto r = co_await as.readKv(c.plan.vault.kvMount, ref.path);
        if (r.error.kind == VaultErrorKind::PermissionDenied) {
            const QString policy = Diagnoser::policyFor(c.plan, name, path);
            co_return PreflightStep::tr("The role %1 of %2 (policies %3) cannot read %4, which its pods read. Fix: add "
                                        "the policy %5 to the role (step %6).")
                .arg(roleName, name, granted.join(u", "_s), path, policy, Procedure::stepId(StepKind::AuthRoles, name));
        }
        if (!r.ok())
            co_return r.error.message;
        if (!r.value.exists || r.value.data.value(ref.key).toString().isEmpty())
            co_return PreflightStep::tr("%1 holds no %2. Fix: step secrets.").arg(path, ref.key);
    }
    if (roleName != c.plan.vault.serverRole)
        co_return QString();
    const ServerCertificateRequest names = VaultSetup::serverCertificate(c.plan, dc);
    const QJsonObject parameters {{u"common_name"_s, names.commonName}, {u"alt_names"_s, names.altNames.join(u',')},
        {u"ip_sans"_s, names.ipSans.join(u',')}, {u"ttl"_s, u"5m"_s}};
    c.log(PreflightStep::tr("write %1 as %2 (test certificate)").arg(c.plan.pkiIssuePath(dc), roleName));
    const auto cert = co_await as.issueCertificate(c.plan.vault.pkiMount, dc.pkiRole, parameters);
    if (cert.error.kind == VaultErrorKind::PermissionDenied)
        co_return PreflightStep::tr("The role %1 of %2 may not issue from %3. Fix: add the policy %4 (step %5).")
            .arg(roleName, name, c.plan.pkiIssuePath(dc), dc.certPolicy, Procedure::stepId(StepKind::AuthRoles, name));
    if (!cert.ok())
        co_return PreflightStep::tr("The PKI role %1 refuses the names of %2's Consul servers (%3). Fix: let its "
                                    "allowed_domains cover %4 (step %5).")
            .arg(dc.pkiRole, name, cert.error.messages.join(u"; "_s), names.altNames.join(u", "_s),
                Procedure::stepId(StepKind::PkiRole, name));
    co_return QString();
}

QCoro::Task<QString> checkTunePath(EngineContext& c, QString name)
{
    const DatacenterPlan dc = c.dc(name);
    const auto policy = co_await c.vault()->readPolicy(dc.connectCaPolicy);
    c.log(PreflightStep::tr("read sys/policies/acl/%1").arg(dc.connectCaPolicy));
    const QString tune = u"sys/mounts/%1/tune"_s.arg(withoutTrailingSlash(dc.connectIntermediatePath));
    if (!policy.ok() || !policy.value || !policy.value->contains(tune))
        co_return PreflightStep::tr(
            "The Connect CA policy %1 does not allow %2: Consul's Vault CA provider tunes its "
            "intermediate mount and fails with 403 (hashicorp/consul#14898). Fix: step policies.")
            .arg(dc.connectCaPolicy, tune);
    co_return QString();
}

QCoro::Task<QString> probeAll(EngineContext& c, QString name, QString jwt, QStringList* created)
{
    const QString tune = co_await checkTunePath(c, name);
    c.reportLink({name, LinkCheck::Kind::ConnectCaPolicy, c.dc(name).connectCaPolicy, tune.isEmpty(), tune});
    if (!tune.isEmpty())
        co_return tune;
    for (const KubernetesAuthRole& role : VaultSetup::authRoles(c.plan, c.dc(name))) {
        if (role.name == c.plan.vault.clientRole)
            continue; // client agents are off since consul-k8s 1.0
        const QString failure = co_await probeRole(c, name, role.name, jwt, created);
        c.reportLink({name, LinkCheck::Kind::Role, role.name, failure.isEmpty(), failure});
        if (!failure.isEmpty())
            co_return failure;
    }
    co_return QString();
}

QCoro::Task<QString> cleanUp(EngineContext& c, QString name, QStringList created)
{
    const DatacenterPlan dc = c.dc(name);
    QStringList problems;
    for (const QString& role : created) {
        HttpRequest request("DELETE", QUrl(c.plan.vault.address + u"/v1/auth/%1/role/%2"_s.arg(dc.authMount, role)));
        request.setHeader("X-Vault-Token", c.vaultConfig.token.toUtf8()).setCancelToken(c.cancel);
        c.log(PreflightStep::tr("delete auth/%1/role/%2").arg(dc.authMount, role));
        const HttpResponse r = co_await c.vault()->http().send(request);
        if (!r.isSuccess())
            problems << r.error.message;
    }
    const KubeReply sa = co_await kube::remove(c, name, kube::nsPath(dc.kubeNamespace, u"serviceaccounts"_s, kAccount));
    if (!sa.ok() && !sa.notFound())
        problems << kube::describe(sa);
    co_return problems.join(u"; "_s);
}

QCoro::Task<StepApply> applyPreflight(EngineContext& c, QString name)
{
    const DatacenterPlan dc = c.dc(name);
    const QJsonObject account {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"ServiceAccount"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, kAccount}, {u"namespace"_s, dc.kubeNamespace}}}};
    const KubeReply sa = co_await kube::create(c, name, kube::nsPath(dc.kubeNamespace, u"serviceaccounts"_s), account);
    if (!sa.ok() && !sa.alreadyExists())
        co_return applyFailed(kube::describe(sa));
    const QJsonObject tokenRequest {{u"apiVersion"_s, u"authentication.k8s.io/v1"_s}, {u"kind"_s, u"TokenRequest"_s},
        {u"spec"_s, QJsonObject {{u"expirationSeconds"_s, 600}}}};
    const KubeReply token = co_await kube::create(
        c, name, kube::nsPath(dc.kubeNamespace, u"serviceaccounts"_s, kAccount) + u"/token"_s, tokenRequest);
    const QString jwt = token.json.value(u"status"_s).toObject().value(u"token"_s).toString();
    c.redactor.add(jwt);
    QStringList created;
    QString failure = kube::describe(token);
    if (!jwt.isEmpty())
        failure = co_await probeAll(c, name, jwt, &created);
    const QString cleanup = co_await cleanUp(c, name, created);
    if (!failure.isEmpty())
        co_return applyFailed(failure);
    if (!cleanup.isEmpty())
        co_return applyFailed(PreflightStep::tr("The preflight passed, but its temporary objects could not all be "
                                                "deleted: %1")
                                  .arg(cleanup));
    co_return applied(
        PreflightStep::tr("Every role of %1 logs in and reads its secrets; the test certificate was issued.")
            .arg(name));
}

QCoro::Task<StepCheck> passed()
{
    co_return done(PreflightStep::tr("Preflight passed."));
}

} // namespace

EngineStep preflightStep(const StepDefinition& d)
{
    const QString dc = d.datacenter;
    return {d, [dc](EngineContext& c) { return checkPreflight(c, dc); },
        [dc](EngineContext& c) { return applyPreflight(c, dc); }, [](EngineContext&) { return passed(); }};
}

} // namespace meshfed
