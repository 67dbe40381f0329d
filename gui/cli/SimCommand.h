#pragma once

#include "gui/cli/CommandLine.h"

namespace meshfed {

/// `meshfed sim --out DIR`: serves the simulator alone (a Vault dev server and two Kubernetes API
/// servers on 127.0.0.1), writes DIR/kubeconfig and DIR/vault.env, and runs until interrupted.
Command simCommand();

} // namespace meshfed
