// Vault-side steps that write content: secrets, the PKI root, policies, auth roles, PKI roles.
#include "model/plan/VaultSetup.h"
#include "services/engine/VaultSteps.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

namespace meshfed {

using namespace Qt::StringLiterals;

using vaultsteps::noVault;

namespace {

// --- secrets -----------------------------------------------------------------------------------

QList<KvSecretRef> secretRefs(const FederationPlan& plan)
{
    return {plan.vault.gossip, plan.vault.bootstrapToken, plan.vault.replicationToken};
}

QString generate(const KvSecretRef& ref, const FederationPlan& plan)
{
    if (ref == plan.vault.gossip) {
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 8);
        return QString::fromLatin1(bytes.toBase64());
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

} // namespace

QCoro::Task<StepCheck> vaultsteps::checkSecrets(EngineContext& c)
{
    if (!c.vault())
        co_return failedCheck(noVault());
    QStringList changes;
    QStringList pending;
    for (const KvSecretRef& ref : secretRefs(c.plan)) {
        const auto r = co_await c.vault()->readKv(c.plan.vault.kvMount, ref.path);
        c.log(VaultSteps::tr("read %1").arg(c.plan.kvDataPath(ref)));
        if (!r.ok())
            co_return failedCheck(r.error.message);
        const QString value = r.value.data.value(ref.key).toString();
        c.redactor.add(value);
        if (r.value.exists && !r.value.deleted && !value.isEmpty())
            continue;
        if (r.value.exists && !r.value.deleted)
            co_return conflict(VaultSteps::tr("%1 exists without the key \"%2\". Meshfed never overwrites a secret: "
                                              "add the key yourself or remove the secret.")
                                   .arg(c.plan.kvDataPath(ref), ref.key));
        changes << VaultSteps::tr("create %1 with a new %2 (create-only, cas %3)")
                       .arg(c.plan.kvDataPath(ref), ref.key)
                       .arg(r.value.exists ? r.value.version : 0);
        pending << ref.path + u'\t' + QString::number(r.value.exists ? r.value.version : 0);
    }
    c.pending.insert(c.currentStep, pending);
    if (changes.isEmpty())
        co_return done(VaultSteps::tr("The gossip key and the ACL tokens exist; they are kept."));
    co_return todo(changes);
}

QCoro::Task<StepApply> vaultsteps::applySecrets(EngineContext& c)
{
    const QStringList pending = c.pending.value(c.currentStep);
    for (const KvSecretRef& ref : secretRefs(c.plan)) {
        const auto it = std::find_if(pending.begin(), pending.end(),
            [&](const QString& entry) { return entry.section(u'\t', 0, 0) == ref.path; });
        if (it == pending.end())
            continue;
        const QString value = generate(ref, c.plan);
        c.redactor.add(value);
        QJsonObject data;
        data.insert(ref.key, value);
        c.log(VaultSteps::tr("write %1 (create-only)").arg(c.plan.kvDataPath(ref)));
        const std::optional<int> cas = it->section(u'\t', 1).toInt();
        const auto r = co_await c.vault()->writeKv(c.plan.vault.kvMount, ref.path, data, cas);
        if (!r.ok() && r.error.kind != VaultErrorKind::AlreadyExists)
            co_return applyFailed(r.error.message);
    }
    co_return applied();
}

// --- pki-root ----------------------------------------------------------------------------------

QCoro::Task<StepCheck> vaultsteps::checkRoot(EngineContext& c)
{
    if (!c.vault())
        co_return failedCheck(noVault());
    const auto r = co_await c.vault()->readCaCertificate(c.plan.vault.pkiMount);
    c.log(VaultSteps::tr("read %1").arg(c.plan.pkiCaPath()));
    if (!r.ok())
        co_return failedCheck(r.error.message);
    if (r.value.state == VaultCaCertificate::State::Present)
        co_return done(VaultSteps::tr("A root CA exists and is reused."));
    co_return todo({VaultSteps::tr("generate the root CA \"%1\", ttl %2 (POST %3/root/generate/internal)")
                        .arg(c.plan.vault.pkiRootCommonName, c.plan.vault.pkiMaxLeaseTtl, c.plan.vault.pkiMount)});
}

QCoro::Task<StepApply> vaultsteps::applyRoot(EngineContext& c)
{
    QJsonObject parameters;
    parameters.insert(u"common_name"_s, c.plan.vault.pkiRootCommonName);
    parameters.insert(u"ttl"_s, c.plan.vault.pkiMaxLeaseTtl);
    c.log(VaultSteps::tr("write %1/root/generate/internal").arg(c.plan.vault.pkiMount));
    const auto r = co_await c.vault()->generateRootCa(c.plan.vault.pkiMount, parameters);
    co_return r.ok() ? applied() : applyFailed(r.error.message);
}

// --- policies ----------------------------------------------------------------------------------

QCoro::Task<StepCheck> vaultsteps::checkPolicies(EngineContext& c)
{
    if (!c.vault())
        co_return failedCheck(noVault());
    QStringList changes;
    QStringList pending;
    for (const VaultPolicy& policy : VaultSetup::policies(c.plan)) {
        const auto r = co_await c.vault()->readPolicy(policy.name);
        c.log(VaultSteps::tr("read sys/policies/acl/%1").arg(policy.name));
        if (!r.ok())
            co_return failedCheck(r.error.message);
        if (!r.value)
            changes << VaultSteps::tr("create policy %1").arg(policy.name);
        else if (r.value->trimmed() != policy.hcl.trimmed())
            changes << VaultSteps::tr("update policy %1 (it differs from the plan)").arg(policy.name);
        else
            continue;
        pending << policy.name;
    }
    c.pending.insert(c.currentStep, pending);
    if (changes.isEmpty())
        co_return done(VaultSteps::tr("Every policy is as the plan says."));
    co_return todo(changes);
}

QCoro::Task<StepApply> vaultsteps::applyPolicies(EngineContext& c)
{
    const QStringList pending = c.pending.value(c.currentStep);
    for (const VaultPolicy& policy : VaultSetup::policies(c.plan)) {
        if (!pending.contains(policy.name))
            continue;
        c.log(VaultSteps::tr("write sys/policies/acl/%1").arg(policy.name));
        const auto r = co_await c.vault()->writePolicy(policy.name, policy.hcl);
        if (!r.ok())
            co_return applyFailed(r.error.message);
    }
    co_return applied();
}
namespace {

// --- auth-roles/<dc>, pki-role/<dc> ------------------------------------------------------------

QSet<QString> stringSet(const QJsonValue& value)
{
    QSet<QString> out;
    if (value.isString()) {
        for (const QString& part : value.toString().split(u',', Qt::SkipEmptyParts))
            out.insert(part.trimmed());
    }
    for (const QJsonValue& v : value.toArray())
        out.insert(v.toString());
    return out;
}

QSet<QString> setOf(const QStringList& list)
{
    return QSet<QString>(list.begin(), list.end());
}

bool sameRole(const QJsonObject& current, const KubernetesAuthRole& role)
{
    QSet<QString> policies = stringSet(current.value(u"token_policies"_s));
    if (policies.isEmpty())
        policies = stringSet(current.value(u"policies"_s));
    const QJsonValue ttl = current.contains(u"token_ttl"_s) ? current.value(u"token_ttl"_s) : current.value(u"ttl"_s);
    return stringSet(current.value(u"bound_service_account_names"_s)) == setOf(role.serviceAccounts)
        && stringSet(current.value(u"bound_service_account_namespaces"_s)) == setOf(role.namespaces)
        && policies == setOf(role.policies) && qint64(ttl.toDouble()) == durationSeconds(role.ttl);
}

QCoro::Task<QList<KubernetesAuthRole>> rolesToWrite(EngineContext& c, QString name, QString* error)
{
    QList<KubernetesAuthRole> out;
    for (const KubernetesAuthRole& role : VaultSetup::authRoles(c.plan, c.dc(name))) {
        const auto r = co_await c.vault()->readAuthRole(role.mount, role.name);
        c.log(VaultSteps::tr("read %1").arg(role.path()));
        if (!r.ok()) {
            *error = r.error.message;
            co_return out;
        }
        if (!r.value || !sameRole(*r.value, role))
            out << role;
    }
    co_return out;
}

} // namespace

QCoro::Task<StepCheck> vaultsteps::checkRoles(EngineContext& c, QString name)
{
    if (!c.vault())
        co_return failedCheck(noVault());
    QString error;
    const QList<KubernetesAuthRole> roles = co_await rolesToWrite(c, name, &error);
    if (!error.isEmpty())
        co_return failedCheck(error);
    QStringList changes;
    QStringList pending;
    for (const KubernetesAuthRole& role : roles)
        pending << role.name;
    for (const KubernetesAuthRole& role : roles)
        changes << VaultSteps::tr("write %1: service accounts %2, namespaces %3, policies %4, ttl %5")
                       .arg(role.path(), role.serviceAccounts.join(u','), role.namespaces.join(u','),
                           role.policies.join(u','), role.ttl);
    c.pending.insert(c.currentStep, pending);
    if (changes.isEmpty())
        co_return done(VaultSteps::tr("Every auth role of %1 is as the plan says.").arg(name));
    co_return todo(changes);
}

QCoro::Task<StepApply> vaultsteps::applyRoles(EngineContext& c, QString name)
{
    const QStringList pending = c.pending.value(c.currentStep);
    for (const KubernetesAuthRole& role : VaultSetup::authRoles(c.plan, c.dc(name))) {
        if (!pending.contains(role.name))
            continue;
        c.log(VaultSteps::tr("write %1").arg(role.path()));
        const auto r = co_await c.vault()->writeAuthRole(role.mount, role.name, role.body());
        if (!r.ok())
            co_return applyFailed(r.error.message);
    }
    co_return applied();
}
namespace {

bool samePkiRole(const QJsonObject& current, const PkiRole& role)
{
    const QJsonValue maxTtl = current.value(u"max_ttl"_s);
    const qint64 seconds = maxTtl.isString() ? durationSeconds(maxTtl.toString()) : qint64(maxTtl.toDouble());
    return stringSet(current.value(u"allowed_domains"_s)) == setOf(role.allowedDomains)
        && current.value(u"allow_subdomains"_s).toBool() && current.value(u"allow_bare_domains"_s).toBool()
        && current.value(u"allow_localhost"_s).toBool() && current.value(u"generate_lease"_s).toBool()
        && seconds == durationSeconds(role.maxTtl);
}

} // namespace

QCoro::Task<StepCheck> vaultsteps::checkPkiRole(EngineContext& c, QString name)
{
    if (!c.vault())
        co_return failedCheck(noVault());
    const PkiRole role = VaultSetup::pkiRole(c.plan, c.dc(name));
    const auto r = co_await c.vault()->readPkiRole(role.mount, role.name);
    c.log(VaultSteps::tr("read %1").arg(role.path()));
    if (!r.ok())
        co_return failedCheck(r.error.message);
    if (r.value && samePkiRole(*r.value, role))
        co_return done(VaultSteps::tr("%1 allows %2.").arg(role.path(), role.allowedDomains.join(u", "_s)));
    co_return todo({VaultSteps::tr("write %1: allowed_domains %2, subdomains, bare domains, localhost, max_ttl %3")
                        .arg(role.path(), role.allowedDomains.join(u','), role.maxTtl)});
}

QCoro::Task<StepApply> vaultsteps::applyPkiRole(EngineContext& c, QString name)
{
    const PkiRole role = VaultSetup::pkiRole(c.plan, c.dc(name));
    c.log(VaultSteps::tr("write %1").arg(role.path()));
    const auto r = co_await c.vault()->writePkiRole(role.mount, role.name, role.body());
    co_return r.ok() ? applied() : applyFailed(r.error.message);
}

} // namespace meshfed
