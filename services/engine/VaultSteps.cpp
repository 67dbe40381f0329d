// Vault-side steps that set Vault up: mounts, tune, auth methods (the others: VaultContentSteps.cpp).
#include "services/engine/VaultSteps.h"

#include "model/plan/VaultSetup.h"

namespace meshfed {

using namespace Qt::StringLiterals;

QString vaultsteps::noVault()
{
    return VaultSteps::tr("Vault's address is not known yet (step vault-address).");
}

namespace {

using vaultsteps::noVault;

QCoro::Task<std::optional<VaultMounts>> mountsOf(EngineContext& c, bool auth)
{
    // Copies, never `co_return cache;`: GCC 12 moves out of a reference named in co_return.
    if (const std::optional<VaultMounts> cached = auth ? c.authMethods : c.mounts)
        co_return cached;
    VaultResult<VaultMounts> r;
    if (auth)
        r = co_await c.vault()->listAuthMethods();
    else
        r = co_await c.vault()->listMounts();
    c.log(VaultSteps::tr("read %1").arg(auth ? u"sys/auth"_s : u"sys/mounts"_s));
    if (!r.ok())
        co_return std::nullopt;
    (auth ? c.authMethods : c.mounts) = r.value;
    co_return r.value;
}

// --- kv-mount, pki-mount --------------------------------------------------------------------------

QCoro::Task<StepCheck> checkMount(EngineContext& c, QString path, bool kv)
{
    if (!c.vault())
        co_return failedCheck(noVault());
    const auto mounts = co_await mountsOf(c, false);
    if (!mounts)
        co_return failedCheck(VaultSteps::tr("Could not read sys/mounts."));
    const QString key = path + u'/';
    if (!mounts->contains(key)) {
        co_return todo({kv ? VaultSteps::tr("enable KV version 2 at %1/ (POST sys/mounts/%1 "
                                            "{\"type\":\"kv\",\"options\":{\"version\":\"2\"}})")
                                 .arg(path)
                           : VaultSteps::tr("enable PKI at %1/ (POST sys/mounts/%1 {\"type\":\"pki\"})").arg(path)});
    }
    const VaultMount& m = mounts->value(key);
    if (kv && m.isKvVersion2())
        co_return done(VaultSteps::tr("KV version 2 is mounted at %1/.").arg(path));
    if (!kv && m.type == u"pki"_s)
        co_return done(VaultSteps::tr("PKI is mounted at %1/.").arg(path));
    if (kv && m.type == u"kv"_s) {
        co_return conflict(VaultSteps::tr("A KV version 1 engine is mounted at %1/. Consul reads its secrets as KV "
                                          "version 2, and upgrading the mount in place changes how its data is "
                                          "stored. Meshfed does not touch it: upgrade it yourself (vault kv "
                                          "enable-versioning %1) or choose another KV mount in the plan.")
                               .arg(path));
    }
    co_return conflict(VaultSteps::tr("Another engine (%1) is mounted at %2/; choose another mount path in the plan.")
                           .arg(m.type, path));
}

QCoro::Task<StepApply> applyMount(EngineContext& c, QString path, bool kv)
{
    c.log(VaultSteps::tr("write sys/mounts/%1").arg(path));
    VaultResult<QJsonObject> r;
    if (kv)
        r = co_await c.vault()->enableKvV2(path);
    else
        r = co_await c.vault()->enableSecretsEngine(path, u"pki"_s);
    c.vaultWritten();
    if (!r.ok() && r.error.kind != VaultErrorKind::AlreadyExists)
        co_return applyFailed(r.error.message);
    co_return applied();
}

// --- pki-tune ----------------------------------------------------------------------------------

QCoro::Task<StepCheck> checkTune(EngineContext& c)
{
    if (!c.vault())
        co_return failedCheck(noVault());
    const QString mount = c.plan.vault.pkiMount;
    const auto r = co_await c.vault()->readMountTune(mount);
    c.log(VaultSteps::tr("read sys/mounts/%1/tune").arg(mount));
    if (!r.ok())
        co_return failedCheck(r.error.message);
    const qint64 wanted = durationSeconds(c.plan.vault.pkiMaxLeaseTtl);
    if (r.value.maxLeaseTtl == wanted)
        co_return done(VaultSteps::tr("max_lease_ttl is %1.").arg(c.plan.vault.pkiMaxLeaseTtl));
    co_return todo({VaultSteps::tr("set max_lease_ttl of %1/ from %2 s to %3 (POST sys/mounts/%1/tune)")
                        .arg(mount)
                        .arg(r.value.maxLeaseTtl)
                        .arg(c.plan.vault.pkiMaxLeaseTtl)});
}

QCoro::Task<StepApply> applyTune(EngineContext& c)
{
    QJsonObject settings;
    settings.insert(u"max_lease_ttl"_s, c.plan.vault.pkiMaxLeaseTtl);
    c.log(VaultSteps::tr("write sys/mounts/%1/tune").arg(c.plan.vault.pkiMount));
    const auto r = co_await c.vault()->tuneMount(c.plan.vault.pkiMount, settings);
    c.vaultWritten();
    co_return r.ok() ? applied() : applyFailed(r.error.message);
}

// --- auth/<dc> ---------------------------------------------------------------------------------

QString apiUrlOf(EngineContext& c, const DatacenterPlan& dc)
{
    if (!dc.apiServerUrl.isEmpty())
        return dc.apiServerUrl;
    const KubeApi* api = c.kube(dc.name);
    return api ? api->server().toString() : QString();
}

QJsonObject wantedAuthConfig(EngineContext& c, const DatacenterPlan& dc)
{
    if (c.plan.isPrimary(dc))
        return {{u"kubernetes_host"_s, VaultSetup::inClusterKubernetesHost()}};
    const EngineContext::Reviewer reviewer = c.reviewers.value(dc.name);
    return {{u"kubernetes_host"_s, apiUrlOf(c, dc)}, {u"token_reviewer_jwt"_s, reviewer.jwt},
        {u"kubernetes_ca_cert"_s, reviewer.caPem}, {u"disable_local_ca_jwt"_s, true}};
}

/// P2: a kubeconfig URL on the loopback (kind, port-forwards) is not reachable from Vault's pod.
QString loopbackNote(const QString& host, const QString& datacenter)
{
    const QString h = QUrl(host).host();
    if (h != u"127.0.0.1"_s && h != u"localhost"_s && h != u"::1"_s)
        return {};
    return u" "_s
        + VaultSteps::tr("Note: %1 is a loopback address; Vault's pod reaches it only when Vault runs on this "
                         "machine (as in the simulator). Otherwise set %2's apiServerUrl in the plan to an address "
                         "Vault can reach.")
              .arg(host, datacenter);
}

QCoro::Task<StepCheck> checkAuth(EngineContext& c, QString name)
{
    if (!c.vault())
        co_return failedCheck(noVault());
    const DatacenterPlan dc = c.dc(name);
    const bool primary = c.plan.isPrimary(dc);
    if (!primary && c.reviewers.value(name).jwt.isEmpty())
        co_return failedCheck(VaultSteps::tr("The reviewer token of %1 is not known (step reviewer/%1).").arg(name));
    const auto methods = co_await mountsOf(c, true);
    if (!methods)
        co_return failedCheck(VaultSteps::tr("Could not read sys/auth."));
    const QString key = dc.authMount + u'/';
    const QJsonObject wanted = wantedAuthConfig(c, dc);
    const QString host = wanted.value(u"kubernetes_host"_s).toString();
    const QString configChange = primary
        ? VaultSteps::tr("write auth/%1/config kubernetes_host=%2").arg(dc.authMount, host)
        : VaultSteps::tr("write auth/%1/config kubernetes_host=%2 with the reviewer token of %3, its cluster's CA "
                         "and disable_local_ca_jwt=true")
              .arg(dc.authMount, host, name);
    if (!methods->contains(key))
        co_return todo(
            {VaultSteps::tr("enable the kubernetes auth method at auth/%1/").arg(dc.authMount), configChange});
    if (methods->value(key).type != u"kubernetes"_s)
        co_return conflict(VaultSteps::tr("An auth method of type %1 is enabled at auth/%2/; choose another auth mount "
                                          "for %3 in the plan.")
                               .arg(methods->value(key).type, dc.authMount, name));
    const auto config = co_await c.vault()->readAuthConfig(dc.authMount);
    c.log(VaultSteps::tr("read auth/%1/config").arg(dc.authMount));
    if (!config.ok())
        co_return failedCheck(config.error.message);
    const QJsonObject current = config.value.value_or(QJsonObject());
    const bool same = current.value(u"kubernetes_host"_s).toString() == host
        && (primary
            || (current.value(u"kubernetes_ca_cert"_s).toString().trimmed()
                    == wanted.value(u"kubernetes_ca_cert"_s).toString().trimmed()
                && current.value(u"disable_local_ca_jwt"_s).toBool()
                && current.value(u"token_reviewer_jwt_set"_s).toBool(true)));
    const QString note = loopbackNote(host, name);
    if (same)
        co_return done(
            QString(VaultSteps::tr("auth/%1 reviews logins at %2.").arg(dc.authMount, host) + note).trimmed());
    co_return todo({configChange}, note.trimmed());
}

QCoro::Task<StepApply> applyAuth(EngineContext& c, QString name)
{
    const DatacenterPlan dc = c.dc(name);
    const auto methods = co_await mountsOf(c, true);
    if (methods && !methods->contains(dc.authMount + u'/')) {
        c.log(VaultSteps::tr("write sys/auth/%1").arg(dc.authMount));
        const auto r = co_await c.vault()->enableAuthMethod(dc.authMount, u"kubernetes"_s);
        c.vaultWritten();
        if (!r.ok() && r.error.kind != VaultErrorKind::AlreadyExists)
            co_return applyFailed(r.error.message);
    }
    const QJsonObject config = wantedAuthConfig(c, dc);
    c.log(VaultSteps::tr("write auth/%1/config").arg(dc.authMount));
    const auto r = co_await c.vault()->writeAuthConfig(dc.authMount, config);
    co_return r.ok() ? applied() : applyFailed(r.error.message);
}

} // namespace

EngineStep vaultStep(const StepDefinition& d)
{
    using namespace vaultsteps;
    EngineStep step {d, {}, {}};
    const QString dc = d.datacenter;
    switch (d.kind) {
    case StepKind::KvMount:
        step.check = [](EngineContext& c) { return checkMount(c, c.plan.vault.kvMount, true); };
        step.apply = [](EngineContext& c) { return applyMount(c, c.plan.vault.kvMount, true); };
        break;
    case StepKind::PkiMount:
        step.check = [](EngineContext& c) { return checkMount(c, c.plan.vault.pkiMount, false); };
        step.apply = [](EngineContext& c) { return applyMount(c, c.plan.vault.pkiMount, false); };
        break;
    case StepKind::PkiTune:
        step.check = [](EngineContext& c) { return checkTune(c); };
        step.apply = [](EngineContext& c) { return applyTune(c); };
        break;
    case StepKind::AuthMethod:
        step.check = [dc](EngineContext& c) { return checkAuth(c, dc); };
        step.apply = [dc](EngineContext& c) { return applyAuth(c, dc); };
        break;
    case StepKind::Secrets:
        step.check = [](EngineContext& c) { return checkSecrets(c); };
        step.apply = [](EngineContext& c) { return applySecrets(c); };
        break;
    case StepKind::PkiRoot:
        step.check = [](EngineContext& c) { return checkRoot(c); };
        step.apply = [](EngineContext& c) { return applyRoot(c); };
        break;
    case StepKind::Policies:
        step.check = [](EngineContext& c) { return checkPolicies(c); };
        step.apply = [](EngineContext& c) { return applyPolicies(c); };
        break;
    case StepKind::AuthRoles:
        step.check = [dc](EngineContext& c) { return checkRoles(c, dc); };
        step.apply = [dc](EngineContext& c) { return applyRoles(c, dc); };
        break;
    case StepKind::PkiRole:
        step.check = [dc](EngineContext& c) { return checkPkiRole(c, dc); };
        step.apply = [dc](EngineContext& c) { return applyPkiRole(c, dc); };
        break;
    default:
        break;
    }
    return step;
}

} // namespace meshfed
