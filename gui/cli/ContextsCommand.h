#pragma once

#include "gui/cli/CommandLine.h"

namespace meshfed {

/// `meshfed contexts [--kubeconfig FILE]`: the merged kubeconfig contexts, like
/// `kubectl config get-contexts` plus SERVER and AUTH columns. File problems go to stderr.
/// Exit 0 when at least one context was read, 2 when none (with the reason).
Command contextsCommand();

} // namespace meshfed
