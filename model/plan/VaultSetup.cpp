#include "model/plan/VaultSetup.h"

#include <QJsonArray>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

const QString kAllCapabilities = u"[ \"create\", \"read\", \"update\", \"delete\", \"list\" ]"_s;

QString pathBlock(const QString& path, const QString& capabilities)
{
    return u"path \""_s + path + u"\" {\n  capabilities = "_s + capabilities + u"\n}\n"_s;
}

QString readPolicy(const QString& path)
{
    return pathBlock(path, u"[\"read\"]"_s);
}

} // namespace

QString KubernetesAuthRole::path() const
{
    return u"auth/"_s + mount + u"/role/"_s + name;
}

QJsonObject KubernetesAuthRole::body() const
{
    return {{u"bound_service_account_names"_s, QJsonArray::fromStringList(serviceAccounts)},
        {u"bound_service_account_namespaces"_s, QJsonArray::fromStringList(namespaces)},
        {u"policies"_s, QJsonArray::fromStringList(policies)}, {u"ttl"_s, ttl}};
}

QString PkiRole::path() const
{
    return withoutTrailingSlash(mount) + u"/roles/"_s + name;
}

QJsonObject PkiRole::body() const
{
    return {{u"allowed_domains"_s, QJsonArray::fromStringList(allowedDomains)}, {u"allow_subdomains"_s, true},
        {u"allow_bare_domains"_s, true}, {u"allow_localhost"_s, true}, {u"generate_lease"_s, true},
        {u"max_ttl"_s, maxTtl}};
}

QList<VaultPolicy> VaultSetup::policies(const FederationPlan& plan)
{
    const VaultChoices& v = plan.vault;
    QList<VaultPolicy> result {
        {v.gossipPolicy, readPolicy(plan.kvDataPath(v.gossip))},
        {v.bootstrapTokenPolicy, readPolicy(plan.kvDataPath(v.bootstrapToken))},
        {v.replicationTokenPolicy, readPolicy(plan.kvDataPath(v.replicationToken))},
        {v.caPolicy, readPolicy(plan.pkiCaPath())},
    };
    for (const DatacenterPlan& dc : plan.datacenters)
        result << certPolicy(plan, dc) << connectCaPolicy(plan, dc);
    return result;
}

VaultPolicy VaultSetup::certPolicy(const FederationPlan& plan, const DatacenterPlan& dc)
{
    return {dc.certPolicy, pathBlock(plan.pkiIssuePath(dc), u"[\"create\",\"update\"]"_s)};
}

VaultPolicy VaultSetup::connectCaPolicy(const FederationPlan& plan, const DatacenterPlan& dc)
{
    const QString root = withoutTrailingSlash(plan.vault.connectRootPath);
    const QString inter = withoutTrailingSlash(dc.connectIntermediatePath);
    QString hcl = pathBlock(u"/sys/mounts"_s, u"[ \"read\" ]"_s);
    hcl += pathBlock(u"/sys/mounts/"_s + root, kAllCapabilities);
    hcl += pathBlock(u"/sys/mounts/"_s + inter, kAllCapabilities);
    // Consul tunes the intermediate mount's max lease TTL since consul#14516 (pitfall P9).
    hcl += pathBlock(u"/sys/mounts/"_s + inter + u"/tune"_s, u"[ \"update\" ]"_s);
    hcl += pathBlock(u"/"_s + root + u"/*"_s, kAllCapabilities);
    hcl += pathBlock(u"/"_s + inter + u"/*"_s, kAllCapabilities);
    return {dc.connectCaPolicy, hcl};
}

QList<KubernetesAuthRole> VaultSetup::authRoles(const FederationPlan& plan, const DatacenterPlan& dc)
{
    const VaultChoices& v = plan.vault;
    const QStringList ns {dc.kubeNamespace};
    return {
        {dc.authMount, v.serverRole, {plan.consulResourceName(u"server"_s)}, ns, plan.serverPolicies(dc), v.roleTtl},
        {dc.authMount, v.clientRole, {plan.consulResourceName(u"client"_s)}, ns, {v.gossipPolicy}, v.roleTtl},
        {dc.authMount, v.aclInitRole, {plan.consulResourceName(u"server-acl-init"_s)}, ns, plan.aclInitPolicies(dc),
            v.roleTtl},
        {dc.authMount, v.caRole, {u"*"_s}, ns, {v.caPolicy}, v.caRoleTtl},
    };
}

PkiRole VaultSetup::pkiRole(const FederationPlan& plan, const DatacenterPlan& dc)
{
    const QString server = plan.consulResourceName(u"server"_s);
    return {plan.vault.pkiMount, dc.pkiRole,
        {dc.name + u'.' + plan.consul.domain, server, server + u'.' + dc.kubeNamespace,
            server + u'.' + dc.kubeNamespace + u".svc"_s},
        plan.vault.serverCertMaxTtl};
}

ServerCertificateRequest VaultSetup::serverCertificate(const FederationPlan& plan, const DatacenterPlan& dc)
{
    const QString server = plan.consulResourceName(u"server"_s);
    const QString ns = dc.kubeNamespace;
    const QString dcDomain = dc.name + u'.' + plan.consul.domain;
    return {u"server."_s + dcDomain,
        {u"localhost"_s, server, u"*."_s + server, u"*."_s + server + u'.' + ns, server + u'.' + ns,
            u"*."_s + server + u'.' + ns + u".svc"_s, server + u'.' + ns + u".svc"_s, u"*.server."_s + dcDomain},
        {u"127.0.0.1"_s, u"::1"_s}};
}

AuthMethodConfig VaultSetup::authMethodConfig(const FederationPlan& plan, const DatacenterPlan& dc)
{
    if (plan.isPrimary(dc))
        return {dc.authMount, inClusterKubernetesHost(), false};
    return {dc.authMount, dc.apiServerUrl, true};
}

QString VaultSetup::inClusterKubernetesHost()
{
    return u"https://kubernetes.default.svc"_s;
}

} // namespace meshfed
