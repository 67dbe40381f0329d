#include "services/sim/http/FaultInjector.h"

namespace meshfed {

std::optional<FaultRule> FaultInjector::pick(const QByteArray& method, const QString& path)
{
    for (FaultRule& rule : m_rules) {
        if (rule.remaining == 0 || (!rule.method.isEmpty() && rule.method != method))
            continue;
        if (!rule.path.match(path).hasMatch())
            continue;
        if (rule.probability < 1.0 && m_random.generateDouble() >= rule.probability)
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        return rule;
    }
    return std::nullopt;
}

} // namespace meshfed
