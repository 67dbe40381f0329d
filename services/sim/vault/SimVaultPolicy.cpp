#include "services/sim/vault/SimVaultPolicy.h"

#include <QHash>
#include <QRegularExpression>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

const QStringList kKnownCapabilities {
    u"create"_s, u"read"_s, u"update"_s, u"delete"_s, u"list"_s, u"sudo"_s, u"deny"_s, u"patch"_s};

QString stripComments(const QString& hcl)
{
    QStringList lines;
    for (QString line : hcl.split(u'\n')) {
        for (const QString& marker : {u"#"_s, u"//"_s}) {
            const qsizetype at = line.indexOf(marker);
            if (at >= 0 && line.left(at).count(u'"') % 2 == 0)
                line = line.left(at);
        }
        lines << line;
    }
    return lines.join(u'\n');
}

/// Vault's ordering of two glob rules that both match: true when `a` is less specific than `b`.
bool lessSpecific(const QString& a, const QString& b)
{
    auto firstWildcard = [](const QString& p) {
        const qsizetype plus = p.indexOf(u'+');
        const qsizetype star = p.endsWith(u'*') ? p.size() - 1 : -1;
        if (plus < 0)
            return star < 0 ? p.size() : star;
        return star < 0 ? plus : std::min(plus, star);
    };
    if (firstWildcard(a) != firstWildcard(b))
        return firstWildcard(a) < firstWildcard(b);
    if (a.endsWith(u'*') != b.endsWith(u'*'))
        return a.endsWith(u'*');
    if (a.count(u'+') != b.count(u'+'))
        return a.count(u'+') > b.count(u'+');
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

} // namespace

std::optional<QList<PolicyRule>> parseAclPolicy(const QString& hcl, QString* error)
{
    static const QRegularExpression block(
        u"path\\s+\"([^\"]*)\"\\s*\\{\\s*capabilities\\s*=\\s*\\[([^\\]]*)\\]\\s*\\}"_s);
    const QString text = stripComments(hcl);
    QList<PolicyRule> rules;
    qsizetype consumed = 0;
    auto it = block.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (!text.mid(consumed, match.capturedStart() - consumed).trimmed().isEmpty())
            break;
        PolicyRule rule {match.captured(1), {}};
        if (rule.path.startsWith(u'/'))
            rule.path.remove(0, 1);
        for (QString capability : match.captured(2).split(u',', Qt::SkipEmptyParts)) {
            capability = capability.trimmed().remove(u'"');
            if (!kKnownCapabilities.contains(capability)) {
                *error = u"failed to parse policy: invalid capability \"%1\""_s.arg(capability);
                return std::nullopt;
            }
            rule.capabilities << capability;
        }
        rules << rule;
        consumed = match.capturedEnd();
    }
    if (!text.mid(consumed).trimmed().isEmpty() || (rules.isEmpty() && !text.trimmed().isEmpty())) {
        *error = u"failed to parse policy: unexpected text near \"%1\""_s.arg(text.mid(consumed).trimmed().left(40));
        return std::nullopt;
    }
    return rules;
}

bool policyPathMatches(const QString& rulePath, const QString& path)
{
    const bool prefix = rulePath.endsWith(u'*');
    const QString pattern = prefix ? rulePath.chopped(1) : rulePath;
    if (!pattern.contains(u'+'))
        return prefix ? path.startsWith(pattern) : path == pattern;
    const QStringList ruleSegments = pattern.split(u'/');
    const QStringList segments = path.split(u'/');
    if (segments.size() < ruleSegments.size() || (!prefix && segments.size() != ruleSegments.size()))
        return false;
    for (qsizetype i = 0; i < ruleSegments.size(); ++i) {
        const bool last = i == ruleSegments.size() - 1;
        if (ruleSegments[i] == u"+"_s)
            continue;
        const bool matches
            = (last && prefix) ? segments[i].startsWith(ruleSegments[i]) : segments[i] == ruleSegments[i];
        if (!matches)
            return false;
    }
    return true;
}

AclEvaluator::AclEvaluator(const QList<PolicyRule>& rules)
{
    QHash<QString, qsizetype> index;
    for (const PolicyRule& rule : rules) {
        if (!index.contains(rule.path)) {
            index.insert(rule.path, m_rules.size());
            m_rules << PolicyRule {rule.path, {}};
        }
        QStringList& merged = m_rules[index.value(rule.path)].capabilities;
        for (const QString& capability : rule.capabilities) {
            if (!merged.contains(capability))
                merged << capability;
        }
    }
}

QStringList AclEvaluator::capabilities(const QString& path) const
{
    const PolicyRule* best = nullptr;
    for (const PolicyRule& rule : m_rules) {
        const bool glob = rule.path.endsWith(u'*') || rule.path.contains(u'+');
        if (!glob && rule.path == path)
            return rule.capabilities.contains(u"deny"_s) ? QStringList {} : rule.capabilities;
        if (glob && policyPathMatches(rule.path, path) && (!best || lessSpecific(best->path, rule.path)))
            best = &rule;
    }
    if (!best || best->capabilities.contains(u"deny"_s))
        return {};
    return best->capabilities;
}

bool AclEvaluator::allows(const QString& path, const QString& capability) const
{
    return capabilities(path).contains(capability);
}

} // namespace meshfed
