#include "model/plan/FederationPlan.h"

namespace meshfed {

using namespace Qt::StringLiterals;

DatacenterPlan DatacenterPlan::defaultsFor(const QString& name, bool primary)
{
    DatacenterPlan dc;
    dc.name = name;
    dc.vaultRelease = u"vault-"_s + name;
    dc.consulRelease = u"consul-"_s + name;
    dc.authMount = u"kubernetes-"_s + name;
    dc.pkiRole = u"consul-cert-"_s + name;
    dc.certPolicy = u"consul-cert-"_s + name;
    dc.connectCaPolicy = u"connect-ca-"_s + name;
    dc.connectIntermediatePath = name + u"/connect_inter/"_s;
    if (!primary)
        dc.reviewerServiceAccount = u"vault-"_s + name + u"-auth-method"_s;
    return dc;
}

FederationPlan FederationPlan::defaults()
{
    FederationPlan plan;
    plan.datacenters << DatacenterPlan::defaultsFor(u"dc1"_s, true);
    plan.addSecondary(u"dc2"_s);
    return plan;
}

const DatacenterPlan* FederationPlan::find(const QString& name) const
{
    for (const DatacenterPlan& dc : datacenters) {
        if (dc.name == name)
            return &dc;
    }
    return nullptr;
}

DatacenterPlan* FederationPlan::find(const QString& name)
{
    return const_cast<DatacenterPlan*>(std::as_const(*this).find(name));
}

DatacenterPlan& FederationPlan::addSecondary(const QString& name)
{
    DatacenterPlan dc = DatacenterPlan::defaultsFor(name, datacenters.isEmpty());
    if (!datacenters.isEmpty())
        dc.kubeNamespace = primary().kubeNamespace;
    datacenters << dc;
    return datacenters.last();
}

QString FederationPlan::kvDataPath(const KvSecretRef& secret) const
{
    return withoutTrailingSlash(vault.kvMount) + u"/data/"_s + secret.path;
}

QString FederationPlan::vaultServiceName() const
{
    return vaultFullName(primary().vaultRelease);
}

QString FederationPlan::inClusterVaultAddress() const
{
    return u"http://"_s + vaultServiceName() + u'.' + primary().kubeNamespace + u":8200"_s;
}

QString FederationPlan::consulResourceName(const QString& suffix) const
{
    return consul.globalName + u'-' + suffix;
}

QString FederationPlan::pkiIssuePath(const DatacenterPlan& dc) const
{
    return withoutTrailingSlash(vault.pkiMount) + u"/issue/"_s + dc.pkiRole;
}

QString FederationPlan::pkiCaPath() const
{
    return withoutTrailingSlash(vault.pkiMount) + u"/cert/ca"_s;
}

QStringList FederationPlan::serverPolicies(const DatacenterPlan& dc) const
{
    QStringList policies {vault.gossipPolicy, dc.connectCaPolicy, dc.certPolicy};
    // The primary's servers read the bootstrap token (bootstrap-token-config.hcl is rendered
    // whenever manageSystemACLs and bootstrapToken are set); secondaries read the replication token.
    policies << (isPrimary(dc) ? vault.bootstrapTokenPolicy : vault.replicationTokenPolicy);
    return policies;
}

QStringList FederationPlan::aclInitPolicies(const DatacenterPlan& dc) const
{
    if (isPrimary(dc))
        return {vault.bootstrapTokenPolicy, vault.replicationTokenPolicy};
    return {vault.replicationTokenPolicy};
}

QString vaultFullName(const QString& release)
{
    const QString name = release.contains(u"vault"_s) ? release : release + u"-vault"_s;
    QString truncated = name.left(63);
    while (truncated.endsWith(u'-'))
        truncated.chop(1);
    return truncated;
}

QString withoutTrailingSlash(const QString& path)
{
    return path.endsWith(u'/') ? path.chopped(1) : path;
}

namespace {

bool takeIfEmpty(QString& field, const QString& found)
{
    if (!field.isEmpty() || found.isEmpty())
        return false;
    field = found;
    return true;
}

} // namespace

bool FederationPlan::sameTargets(const FederationPlan& other) const
{
    const auto targets = [](const FederationPlan& plan) {
        QStringList parts {plan.vault.address};
        for (const DatacenterPlan& dc : plan.datacenters)
            parts << dc.name << dc.kubeContext << dc.kubeNamespace << dc.vaultRelease << dc.consulRelease;
        return parts;
    };
    return targets(*this) == targets(other);
}

bool FederationPlan::takeFoundValues(const FederationPlan& found)
{
    bool taken = takeIfEmpty(vault.address, found.vault.address);
    for (DatacenterPlan& dc : datacenters) {
        const DatacenterPlan* other = found.find(dc.name);
        if (!other)
            continue;
        taken |= takeIfEmpty(dc.apiServerUrl, other->apiServerUrl);
        taken |= takeIfEmpty(dc.meshGatewayAddress, other->meshGatewayAddress);
    }
    return taken;
}

} // namespace meshfed
