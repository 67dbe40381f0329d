#include "model/plan/PlanValidator.h"

#include <QSet>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

using Severity = PlanProblem::Severity;

/// Collects problems; each check names the field as the plan file does.
class Checker
{
public:
    void rule(const QString& field, const QString& value, const QString& failure)
    {
        if (failure.isEmpty())
            return;
        const QString shown = value.isEmpty() ? failure : u'"' + value + u"\" "_s + failure;
        add(Severity::Error, field, shown);
    }
    void add(Severity severity, const QString& field, const QString& message)
    {
        m_problems << PlanProblem {severity, field, message};
    }
    /// Reports every value that appears more than once among `values` (empty ones are skipped).
    void distinct(const QList<std::pair<QString, QString>>& fieldsAndValues, const QString& what)
    {
        QHash<QString, QString> firstField;
        for (const auto& [field, value] : fieldsAndValues) {
            if (value.isEmpty())
                continue;
            if (firstField.contains(value))
                add(Severity::Error, field,
                    PlanValidator::tr("\"%1\" is already used by %2: each datacenter needs its own %3")
                        .arg(value, firstField.value(value), what));
            else
                firstField.insert(value, field);
        }
    }
    QList<PlanProblem> problems() const { return m_problems; }

private:
    QList<PlanProblem> m_problems;
};

QString dcField(int index, const char* key)
{
    return u"datacenters[%1]."_s.arg(index) + QLatin1String(key);
}

void checkConsul(const FederationPlan& plan, Checker& c)
{
    c.rule(u"consul.name"_s, plan.consul.globalName, PlanRules::dns1123Label(plan.consul.globalName, 36));
    c.rule(u"consul.domain"_s, plan.consul.domain, PlanRules::dns1123Subdomain(plan.consul.domain));
    c.rule(u"consul.chartVersion"_s, plan.consul.chartVersion, PlanRules::chartVersion(plan.consul.chartVersion));
    if (!plan.consul.chartVersion.startsWith(u"2.0."_s))
        c.add(Severity::Warning, u"consul.chartVersion"_s,
            PlanValidator::tr("Meshfed's values were checked against consul chart 2.0.x; %1 may need other keys")
                .arg(plan.consul.chartVersion));
    c.rule(u"helm.repository"_s, plan.helmRepository, PlanRules::httpUrl(plan.helmRepository, true));
}

void checkVaultNames(const VaultChoices& v, Checker& c)
{
    c.rule(u"vault.policies.gossip"_s, v.gossipPolicy, PlanRules::vaultName(v.gossipPolicy));
    c.rule(u"vault.policies.bootstrapToken"_s, v.bootstrapTokenPolicy, PlanRules::vaultName(v.bootstrapTokenPolicy));
    c.rule(
        u"vault.policies.replicationToken"_s, v.replicationTokenPolicy, PlanRules::vaultName(v.replicationTokenPolicy));
    c.rule(u"vault.policies.ca"_s, v.caPolicy, PlanRules::vaultName(v.caPolicy));
    c.rule(u"vault.roles.server"_s, v.serverRole, PlanRules::vaultName(v.serverRole));
    c.rule(u"vault.roles.client"_s, v.clientRole, PlanRules::vaultName(v.clientRole));
    c.rule(u"vault.roles.aclInit"_s, v.aclInitRole, PlanRules::vaultName(v.aclInitRole));
    c.rule(u"vault.roles.ca"_s, v.caRole, PlanRules::vaultName(v.caRole));
    c.rule(u"vault.roles.ttl"_s, v.roleTtl, PlanRules::duration(v.roleTtl));
    c.rule(u"vault.roles.caTtl"_s, v.caRoleTtl, PlanRules::duration(v.caRoleTtl));
}

void checkVault(const FederationPlan& plan, Checker& c)
{
    const VaultChoices& v = plan.vault;
    c.rule(u"vault.chartVersion"_s, v.chartVersion, PlanRules::chartVersion(v.chartVersion));
    if (!v.chartVersion.startsWith(u"0.34."_s))
        c.add(Severity::Warning, u"vault.chartVersion"_s,
            PlanValidator::tr("Meshfed's values were checked against vault chart 0.34.x; %1 may need other keys")
                .arg(v.chartVersion));
    if (v.address.isEmpty())
        c.add(Severity::Incomplete, u"vault.address"_s,
            PlanValidator::tr("not known yet: found after installing Vault in %1, or type it in")
                .arg(plan.datacenters.isEmpty() ? QString() : plan.primary().name));
    else
        c.rule(u"vault.address"_s, v.address, PlanRules::httpUrl(v.address, false));
    c.rule(u"vault.kv.mount"_s, v.kvMount, PlanRules::vaultMountPath(v.kvMount));
    const std::pair<const char*, const KvSecretRef*> secrets[]
        = {{"gossip", &v.gossip}, {"bootstrapToken", &v.bootstrapToken}, {"replicationToken", &v.replicationToken}};
    for (const auto& [key, secret] : secrets) {
        const QString base = u"vault.kv."_s + QLatin1String(key);
        c.rule(base + u".path"_s, secret->path, PlanRules::kvSecretPath(secret->path));
        c.rule(base + u".key"_s, secret->key, PlanRules::secretKey(secret->key));
    }
    c.distinct({{u"vault.kv.gossip.path"_s, v.gossip.path}, {u"vault.kv.bootstrapToken.path"_s, v.bootstrapToken.path},
                   {u"vault.kv.replicationToken.path"_s, v.replicationToken.path}},
        PlanValidator::tr("secret"));
    c.rule(u"vault.pki.mount"_s, v.pkiMount, PlanRules::vaultMountPath(v.pkiMount));
    c.rule(u"vault.pki.maxLeaseTtl"_s, v.pkiMaxLeaseTtl, PlanRules::duration(v.pkiMaxLeaseTtl));
    c.rule(u"vault.pki.serverCertMaxTtl"_s, v.serverCertMaxTtl, PlanRules::duration(v.serverCertMaxTtl));
    if (v.pkiRootCommonName.trimmed().isEmpty())
        c.add(Severity::Error, u"vault.pki.rootCommonName"_s, PlanValidator::tr("must not be empty"));
    c.rule(u"vault.connectCA.rootPath"_s, v.connectRootPath, PlanRules::vaultMountPath(v.connectRootPath));
    checkVaultNames(v, c);
}

void checkPrimaryOnly(const DatacenterPlan& dc, int i, Checker& c)
{
    if (!dc.meshGatewayAddress.isEmpty())
        c.rule(dcField(i, "meshGatewayAddress"), dc.meshGatewayAddress,
            PlanRules::hostAndOptionalPort(dc.meshGatewayAddress));
    if (!dc.apiServerUrl.isEmpty() || !dc.reviewerServiceAccount.isEmpty())
        c.add(Severity::Warning, dcField(i, dc.apiServerUrl.isEmpty() ? "reviewerServiceAccount" : "apiServerUrl"),
            PlanValidator::tr("is ignored for the primary datacenter: Vault runs there and reviews tokens "
                              "in-cluster"));
}

void checkSecondaryOnly(const DatacenterPlan& dc, int i, Checker& c)
{
    c.rule(dcField(i, "reviewerServiceAccount"), dc.reviewerServiceAccount,
        PlanRules::dns1123Subdomain(dc.reviewerServiceAccount));
    if (dc.apiServerUrl.isEmpty()) {
        c.add(Severity::Incomplete, dcField(i, "apiServerUrl"),
            PlanValidator::tr("not known yet: taken from the kubeconfig of %1's context, or type in the URL "
                              "that Vault and the primary's Consul servers reach")
                .arg(dc.name));
    } else {
        c.rule(dcField(i, "apiServerUrl"), dc.apiServerUrl, PlanRules::httpUrl(dc.apiServerUrl, true));
        if (PlanRules::isLoopbackHost(dc.apiServerUrl))
            c.add(Severity::Warning, dcField(i, "apiServerUrl"),
                PlanValidator::tr("points to this workstation (%1): Vault and the primary's Consul servers "
                                  "cannot reach it from their pods unless the cluster is simulated")
                    .arg(dc.apiServerUrl));
    }
    if (!dc.meshGatewayAddress.isEmpty())
        c.add(Severity::Warning, dcField(i, "meshGatewayAddress"),
            PlanValidator::tr("is ignored for a secondary datacenter: secondaries dial the primary's mesh gateway"));
}

void checkDatacenter(const FederationPlan& plan, int i, Checker& c)
{
    const DatacenterPlan& dc = plan.datacenters.at(i);
    c.rule(dcField(i, "name"), dc.name, PlanRules::datacenterName(dc.name));
    if (dc.kubeContext.isEmpty())
        c.add(Severity::Incomplete, dcField(i, "kubeContext"),
            PlanValidator::tr("choose the kubeconfig context of %1's cluster").arg(dc.name));
    c.rule(dcField(i, "namespace"), dc.kubeNamespace, PlanRules::dns1123Label(dc.kubeNamespace));
    c.rule(dcField(i, "vaultRelease"), dc.vaultRelease, PlanRules::helmReleaseName(dc.vaultRelease));
    c.rule(dcField(i, "consulRelease"), dc.consulRelease, PlanRules::helmReleaseName(dc.consulRelease));
    c.rule(dcField(i, "authMount"), dc.authMount, PlanRules::authMountPath(dc.authMount));
    c.rule(dcField(i, "pkiRole"), dc.pkiRole, PlanRules::vaultName(dc.pkiRole));
    c.rule(dcField(i, "certPolicy"), dc.certPolicy, PlanRules::vaultName(dc.certPolicy));
    c.rule(dcField(i, "connectCaPolicy"), dc.connectCaPolicy, PlanRules::vaultName(dc.connectCaPolicy));
    c.rule(dcField(i, "connectIntermediatePath"), dc.connectIntermediatePath,
        PlanRules::vaultMountPath(dc.connectIntermediatePath));
    const QString root = withoutTrailingSlash(plan.vault.connectRootPath);
    const QString inter = withoutTrailingSlash(dc.connectIntermediatePath);
    if (!root.isEmpty() && (inter == root || inter.startsWith(root + u'/')))
        c.add(Severity::Error, dcField(i, "connectIntermediatePath"),
            PlanValidator::tr("must be outside the Connect CA root path %1: Consul mounts both").arg(root));
    const std::pair<const char*, int> replicas[] = {{"replicas.server", dc.replicas.server},
        {"replicas.connectInject", dc.replicas.connectInject}, {"replicas.meshGateway", dc.replicas.meshGateway}};
    for (const auto& [key, count] : replicas) {
        if (count < 1 || count > 99)
            c.add(Severity::Error, dcField(i, key), PlanValidator::tr("must be between 1 and 99, not %1").arg(count));
    }
    if (i == 0)
        checkPrimaryOnly(dc, i, c);
    else
        checkSecondaryOnly(dc, i, c);
}

void checkAcrossDatacenters(const FederationPlan& plan, Checker& c)
{
    QList<std::pair<QString, QString>> names, contexts, mounts, pkiRoles, intermediates, certPolicies, caPolicies;
    for (int i = 0; i < plan.datacenters.size(); ++i) {
        const DatacenterPlan& dc = plan.datacenters.at(i);
        names << std::pair {dcField(i, "name"), dc.name};
        contexts << std::pair {dcField(i, "kubeContext"), dc.kubeContext};
        mounts << std::pair {dcField(i, "authMount"), dc.authMount};
        pkiRoles << std::pair {dcField(i, "pkiRole"), dc.pkiRole};
        intermediates << std::pair {
            dcField(i, "connectIntermediatePath"), withoutTrailingSlash(dc.connectIntermediatePath)};
        certPolicies << std::pair {dcField(i, "certPolicy"), dc.certPolicy};
        caPolicies << std::pair {dcField(i, "connectCaPolicy"), dc.connectCaPolicy};
    }
    c.distinct(names, PlanValidator::tr("datacenter name"));
    c.distinct(contexts, PlanValidator::tr("cluster (kube context)"));
    c.distinct(mounts, PlanValidator::tr("Vault auth mount"));
    c.distinct(pkiRoles, PlanValidator::tr("PKI role"));
    c.distinct(intermediates, PlanValidator::tr("Connect CA intermediate path"));
    c.distinct(certPolicies, PlanValidator::tr("certificate policy"));
    c.distinct(caPolicies, PlanValidator::tr("Connect CA policy"));
}

} // namespace

QList<PlanProblem> PlanValidator::validate(const FederationPlan& plan)
{
    Checker c;
    if (plan.datacenters.size() < 2) {
        c.add(Severity::Error, u"datacenters"_s,
            tr("WAN federation needs a primary datacenter and at least one secondary, found %n datacenter(s)", "",
                int(plan.datacenters.size())));
        if (plan.datacenters.isEmpty())
            return c.problems();
    }
    checkConsul(plan, c);
    checkVault(plan, c);
    for (int i = 0; i < plan.datacenters.size(); ++i)
        checkDatacenter(plan, i, c);
    checkAcrossDatacenters(plan, c);
    return c.problems();
}

bool PlanValidator::hasErrors(const QList<PlanProblem>& problems)
{
    return std::any_of(problems.begin(), problems.end(),
        [](const PlanProblem& p) { return p.severity == PlanProblem::Severity::Error; });
}

QString PlanValidator::describe(const PlanProblem& problem)
{
    switch (problem.severity) {
    case PlanProblem::Severity::Error:
        return tr("%1: %2").arg(problem.field, problem.message);
    case PlanProblem::Severity::Incomplete:
        return tr("%1: %2").arg(problem.field, problem.message);
    case PlanProblem::Severity::Warning:
        return tr("%1: warning: %2").arg(problem.field, problem.message);
    }
    return problem.message;
}

} // namespace meshfed
