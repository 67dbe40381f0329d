#pragma once

#include "model/plan/FederationPlan.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace meshfed {

/// A known error found in a log, an event or a Vault answer, mapped to what fixes it.
struct Diagnosis
{
    QString finding; ///< translated: what the text shows
    QString fixStep; ///< the step id whose (re-)run fixes it
    QString fix;     ///< translated: what to change

    QString toString() const;
};

/// Maps the errors the published pitfalls produce (403 at login, permission denied on a path,
/// x509, "not allowed by this role", "ACL not found", missing Vault files) to the step, policy or
/// role that fixes them.
///
/// Usage: if (auto d = Diagnoser::diagnose(plan, u"dc2"_s, agentLog)) report(d->toString());
class Diagnoser
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::Diagnoser)

public:
    static std::optional<Diagnosis> diagnose(
        const FederationPlan& plan, const QString& datacenter, const QString& text);
    /// The policy of the plan that grants a KV or PKI path, or empty.
    static QString policyFor(const FederationPlan& plan, const QString& datacenter, const QString& path);
};

} // namespace meshfed
