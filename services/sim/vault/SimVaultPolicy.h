#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace meshfed {

/// One `path "..." { capabilities = [...] }` block of an ACL policy.
struct PolicyRule
{
    QString path;             ///< without a leading '/'; may hold '+' segments and end in '*'
    QStringList capabilities; ///< create, read, update, delete, list, sudo, deny
};

/// Parses the HCL of an ACL policy (path blocks with capabilities; comments allowed).
/// Returns nullopt and an error text like Vault's "failed to parse policy" otherwise.
std::optional<QList<PolicyRule>> parseAclPolicy(const QString& hcl, QString* error);

/// Decides what a set of policies grants, the way Vault does: rules of the same path merge, an
/// exact path wins over globs, and among globs the most specific one ('+' and '*' later, fewer
/// '+', longer) wins; "deny" beats everything.
///
/// Usage: AclEvaluator acl(rulesOfAllPoliciesOfTheToken); acl.allows(u"consul/data/secret/gossip"_s, u"read"_s);
class AclEvaluator
{
public:
    explicit AclEvaluator(const QList<PolicyRule>& rules);
    bool allows(const QString& path, const QString& capability) const;
    /// The capabilities granted on `path` (empty when no rule matches).
    QStringList capabilities(const QString& path) const;

private:
    QList<PolicyRule> m_rules; ///< merged: one rule per distinct path
};

/// True when the rule path (with '+' and a trailing '*') matches `path`.
bool policyPathMatches(const QString& rulePath, const QString& path);

} // namespace meshfed
