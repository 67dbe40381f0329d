#pragma once

#include "model/plan/FederationPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace meshfed {

/// A value found at run time that a generated file needs but the plan does not hold yet.
struct MissingValue
{
    QString field;      ///< plan field, e.g. "vault.address"
    QString what;       ///< translated: "Vault's external address"
    QString providedBy; ///< translated: which step finds it, or how to give it
    QString option;     ///< the CLI option that gives it, e.g. "--vault-addr"

    bool operator==(const MissingValue&) const = default;
};

/// One generated file: its content, or the run-time values that keep it from being written.
struct GeneratedFile
{
    QString name;       ///< relative path, e.g. "vault-dc1.yaml" or "policies/gossip.hcl"
    QByteArray content; ///< empty while something is missing
    QList<MissingValue> missing;

    bool isComplete() const { return missing.isEmpty(); }
};

/// Generates the Helm values files of a plan: vault-<dc>.yaml and consul-<dc>.yaml for every
/// datacenter, in their final documented form. Deterministic and byte-stable. Never writes a
/// placeholder: while a run-time value is unknown the file says which step provides it.
///
/// Usage:
///     for (const GeneratedFile& file : ValuesGenerator::all(plan)) ...
class ValuesGenerator
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::ValuesGenerator)

public:
    static GeneratedFile vaultValues(const FederationPlan& plan, const DatacenterPlan& dc);
    static GeneratedFile consulValues(const FederationPlan& plan, const DatacenterPlan& dc);
    /// vault-<dc>.yaml for every datacenter, then consul-<dc>.yaml for every datacenter.
    static QList<GeneratedFile> all(const FederationPlan& plan);

    static QString vaultFileName(const DatacenterPlan& dc);
    static QString consulFileName(const DatacenterPlan& dc);

    static MissingValue missingVaultAddress(const FederationPlan& plan);
    static MissingValue missingApiServerUrl(const FederationPlan& plan, const DatacenterPlan& dc);
    static MissingValue missingMeshGateway(const FederationPlan& plan);
};

/// "host:443" for a bare host, the address unchanged when it already names a port.
QString meshGatewayEndpoint(const QString& address);

} // namespace meshfed
