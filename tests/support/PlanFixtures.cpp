#include "tests/support/PlanFixtures.h"

namespace meshfed::test {

using namespace Qt::StringLiterals;

FederationPlan documentedPlan()
{
    FederationPlan plan = FederationPlan::defaults();
    plan.datacenters[0].kubeContext = u"kind-dc1"_s;
    plan.datacenters[1].kubeContext = u"kind-dc2"_s;
    plan.vault.address = u"http://203.0.113.10:8200"_s;
    plan.datacenters[1].apiServerUrl = u"https://198.51.100.20:6443"_s;
    plan.datacenters[0].meshGatewayAddress = u"192.0.2.30"_s;
    return plan;
}

} // namespace meshfed::test
