#pragma once

#include "model/plan/FederationPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace meshfed {

/// One thing wrong with (or missing from) a plan. `field` is the key path as written in the
/// plan file ("datacenters[1].namespace", "vault.kv.mount"), so the CLI, the form and the file
/// all name the same place.
struct PlanProblem
{
    enum class Severity {
        Error,      ///< the plan cannot be used as it is
        Incomplete, ///< a value a later step needs is not known yet (a context, Vault's address)
        Warning,    ///< allowed, but likely to fail on real clusters
    };

    Severity severity = Severity::Error;
    QString field;
    QString message; ///< translated, says what is wrong and what is expected

    bool operator==(const PlanProblem&) const = default;
};

/// Checks every field of a plan and the rules that tie fields together (distinct datacenters,
/// contexts, auth mounts and intermediate PKI paths; auth/ prefixes only where the chart wants
/// them; Vault paths without the KV data/ infix...).
///
/// Usage:
///     const QList<PlanProblem> problems = PlanValidator::validate(plan);
///     if (PlanValidator::hasErrors(problems)) ...
class PlanValidator
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::PlanValidator)

public:
    static QList<PlanProblem> validate(const FederationPlan& plan);
    static bool hasErrors(const QList<PlanProblem>& problems);
    /// "datacenters[1].namespace: not a valid Kubernetes name: ..." — one line for the CLI.
    static QString describe(const PlanProblem& problem);
};

/// Field checks, reusable by the form's per-field validation. Each returns an empty string when
/// the value is fine, else a translated explanation.
namespace PlanRules {
QString dns1123Label(const QString& value, int maxLength = 63);
QString dns1123Subdomain(const QString& value);
QString helmReleaseName(const QString& value);
QString datacenterName(const QString& value);
QString vaultMountPath(const QString& value);
QString authMountPath(const QString& value);
QString kvSecretPath(const QString& value);
QString secretKey(const QString& value);
QString vaultName(const QString& value);
QString duration(const QString& value);
QString httpUrl(const QString& value, bool requireHttps);
QString hostAndOptionalPort(const QString& value);
QString chartVersion(const QString& value);
bool isLoopbackHost(const QString& urlOrHost);
} // namespace PlanRules

} // namespace meshfed
