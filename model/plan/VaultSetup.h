#pragma once

#include "model/plan/FederationPlan.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace meshfed {

/// A Vault ACL policy: its name and HCL text (written to sys/policies/acl/<name>).
struct VaultPolicy
{
    QString name;
    QString hcl;
};

/// A role of a Kubernetes auth method (auth/<mount>/role/<name>).
struct KubernetesAuthRole
{
    QString mount;
    QString name;
    QStringList serviceAccounts;
    QStringList namespaces;
    QStringList policies;
    QString ttl;

    QString path() const;     ///< "auth/kubernetes-dc1/role/consul-server"
    QJsonObject body() const; ///< the write body, in the documented field names
};

/// A PKI role issuing the Consul servers' certificates (<pki>/roles/<name>).
struct PkiRole
{
    QString mount;
    QString name;
    QStringList allowedDomains;
    QString maxTtl;

    QString path() const;
    QJsonObject body() const;
};

/// What a datacenter's Consul server asks pki/issue for (the chart's serverTLS template).
struct ServerCertificateRequest
{
    QString commonName;
    QStringList altNames;
    QStringList ipSans;
};

/// The non-secret part of a Kubernetes auth method's config. The reviewer JWT and the CA of a
/// secondary are read from its cluster at run time and never stored in the plan.
struct AuthMethodConfig
{
    QString mount;
    QString kubernetesHost;
    bool needsReviewerCredentials = false; ///< secondaries: token_reviewer_jwt + kubernetes_ca_cert
};

/// Vault's side of the plan: policies (HCL), Kubernetes auth roles and PKI roles, derived from
/// the plan's names so that another namespace or global.name changes them consistently.
///
/// Usage:
///     for (const VaultPolicy& p : VaultSetup::policies(plan)) vault.writePolicy(p.name, p.hcl);
class VaultSetup
{
public:
    /// gossip, bootstrap-token, replication-token, ca-policy, then per datacenter the
    /// certificate policy and the Connect CA policy (with the intermediate mount's /tune path).
    static QList<VaultPolicy> policies(const FederationPlan& plan);
    static VaultPolicy certPolicy(const FederationPlan& plan, const DatacenterPlan& dc);
    static VaultPolicy connectCaPolicy(const FederationPlan& plan, const DatacenterPlan& dc);
    static QList<KubernetesAuthRole> authRoles(const FederationPlan& plan, const DatacenterPlan& dc);
    static PkiRole pkiRole(const FederationPlan& plan, const DatacenterPlan& dc);
    static ServerCertificateRequest serverCertificate(const FederationPlan& plan, const DatacenterPlan& dc);
    static AuthMethodConfig authMethodConfig(const FederationPlan& plan, const DatacenterPlan& dc);
    /// The in-cluster API address Vault uses for the datacenter it runs in.
    static QString inClusterKubernetesHost();
};

} // namespace meshfed
