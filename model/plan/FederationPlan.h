#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace meshfed {

/// A secret in Vault KV v2: where it lives and under which key its value is stored.
struct KvSecretRef
{
    QString path; ///< below the KV mount, e.g. "secret/gossip"
    QString key;  ///< e.g. "key" or "token"

    bool operator==(const KvSecretRef&) const = default;
};

/// Consul-wide choices (the consul chart's global section).
struct ConsulChoices
{
    QString globalName = QStringLiteral("consul"); ///< global.name: prefix of every Consul resource
    QString domain = QStringLiteral("consul");     ///< global.domain
    QString chartVersion = QStringLiteral("2.0.3");

    bool operator==(const ConsulChoices&) const = default;
};

/// Vault-wide choices: mounts, secret paths, policy and role names, the vault chart version.
struct VaultChoices
{
    QString chartVersion = QStringLiteral("0.34.1");
    /// Vault's external URL (http://<load balancer>:8200). Found after installing Vault, or typed in.
    QString address;

    QString kvMount = QStringLiteral("consul");
    KvSecretRef gossip {QStringLiteral("secret/gossip"), QStringLiteral("key")};
    KvSecretRef bootstrapToken {QStringLiteral("secret/bootstrap"), QStringLiteral("token")};
    KvSecretRef replicationToken {QStringLiteral("secret/replication"), QStringLiteral("token")};

    QString pkiMount = QStringLiteral("pki");
    QString pkiMaxLeaseTtl = QStringLiteral("87600h");
    QString pkiRootCommonName = QStringLiteral("Consul CA");
    QString serverCertMaxTtl = QStringLiteral("720h");
    QString connectRootPath = QStringLiteral("connect_root/"); ///< the same in every datacenter

    QString gossipPolicy = QStringLiteral("gossip");
    QString bootstrapTokenPolicy = QStringLiteral("bootstrap-token");
    QString replicationTokenPolicy = QStringLiteral("replication-token");
    QString caPolicy = QStringLiteral("ca-policy");

    QString serverRole = QStringLiteral("consul-server");
    QString clientRole = QStringLiteral("consul-client");
    QString aclInitRole = QStringLiteral("server-acl-init");
    QString caRole = QStringLiteral("consul-ca");
    QString roleTtl = QStringLiteral("24h");
    QString caRoleTtl = QStringLiteral("1h");

    bool operator==(const VaultChoices&) const = default;
};

/// How many pods of each Consul component a datacenter runs.
struct Replicas
{
    int server = 1;
    int connectInject = 1;
    int meshGateway = 1;

    bool operator==(const Replicas&) const = default;
};

/// One Consul datacenter on one Kubernetes cluster. The first entry of a plan is the primary
/// (it also runs the Vault server); every further entry is a secondary federated to it.
struct DatacenterPlan
{
    QString name;        ///< Consul datacenter name, e.g. "dc1"
    QString kubeContext; ///< kubeconfig context of its cluster
    QString kubeNamespace = QStringLiteral("default");
    QString vaultRelease;
    QString consulRelease;
    QString authMount;               ///< Vault Kubernetes auth mount, without "auth/"
    QString pkiRole;                 ///< PKI role issuing the server certificates
    QString certPolicy;              ///< policy allowing pki/issue/<pkiRole>
    QString connectCaPolicy;         ///< policy of the Connect CA provider
    QString connectIntermediatePath; ///< unique per datacenter, e.g. "dc1/connect_inter/"
    Replicas replicas;

    /// Secondary only: the service account whose token Vault uses to review logins.
    QString reviewerServiceAccount;
    /// Secondary only: this cluster's API server URL as reachable from Vault and from the
    /// primary's Consul servers. Taken from the kubeconfig, or typed in.
    QString apiServerUrl;
    /// Primary only: the external address (host or host:port) of its mesh gateway. Found after
    /// installing Consul there, or typed in.
    QString meshGatewayAddress;

    bool operator==(const DatacenterPlan&) const = default;

    /// The documented defaults for a datacenter named `name`.
    static DatacenterPlan defaultsFor(const QString& name, bool primary);
};

/// Everything the admin chooses; everything else (values files, policies, roles, the
/// procedure's calls) is derived from it. Holds no secret, ever.
///
/// Usage:
///     FederationPlan plan = FederationPlan::defaults();   // dc1 primary, dc2 secondary
///     plan.addSecondary(QStringLiteral("dc3"));          // a third datacenter is one more entry
///     plan.vault.address = QStringLiteral("http://203.0.113.10:8200");
class FederationPlan
{
public:
    ConsulChoices consul;
    VaultChoices vault;
    QString helmRepository = QStringLiteral("https://helm.releases.hashicorp.com");
    QList<DatacenterPlan> datacenters;

    bool operator==(const FederationPlan&) const = default;

    /// The documented procedure: dc1 (primary) and dc2 (secondary).
    static FederationPlan defaults();

    const DatacenterPlan& primary() const { return datacenters.first(); }
    DatacenterPlan& primary() { return datacenters.first(); }
    QList<DatacenterPlan> secondaries() const { return datacenters.mid(1); }
    bool isPrimary(const DatacenterPlan& dc) const { return !datacenters.isEmpty() && dc.name == primary().name; }
    const DatacenterPlan* find(const QString& name) const;
    DatacenterPlan* find(const QString& name);
    DatacenterPlan& addSecondary(const QString& name);
    /// Takes the run-time values a setup run found (Vault's address, API server URLs, the mesh
    /// gateway) where this plan leaves them empty; true when something was taken.
    bool takeFoundValues(const FederationPlan& found);
    /// The same clusters, namespaces, releases and Vault address: what a run finds for one plan
    /// holds for the other.
    bool sameTargets(const FederationPlan& other) const;

    // Names derived from the choices, in one place.
    QString kvDataPath(const KvSecretRef& secret) const;     ///< "consul/data/secret/gossip"
    QString vaultServiceName() const;                        ///< Service of the Vault server
    QString inClusterVaultAddress() const;                   ///< http://vault-dc1.default:8200
    QString consulResourceName(const QString& suffix) const; ///< "consul-server", "consul-mesh-gateway"
    QString pkiIssuePath(const DatacenterPlan& dc) const;    ///< "pki/issue/consul-cert-dc1"
    QString pkiCaPath() const;                               ///< "pki/cert/ca"
    QStringList serverPolicies(const DatacenterPlan& dc) const;
    QStringList aclInitPolicies(const DatacenterPlan& dc) const;
};

/// Helm's rule for the vault chart's resource prefix: the release name when it contains
/// "vault", else "<release>-vault" (63 characters at most).
QString vaultFullName(const QString& release);

/// Trims one trailing slash: Vault policies name mounts without it ("connect_root").
QString withoutTrailingSlash(const QString& path);

} // namespace meshfed
