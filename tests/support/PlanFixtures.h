#pragma once

#include "model/plan/FederationPlan.h"

namespace meshfed::test {

/// The documented plan with every value known: contexts kind-dc1 and kind-dc2, and the
/// documentation addresses the chart reference renderings were made with (Vault at
/// http://203.0.113.10:8200, dc2's API at https://198.51.100.20:6443, dc1's mesh gateway 192.0.2.30).
FederationPlan documentedPlan();

} // namespace meshfed::test
