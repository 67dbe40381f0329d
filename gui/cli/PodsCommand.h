#pragma once

#include "gui/cli/CommandLine.h"

namespace meshfed {

/// `meshfed pods --context C [-n NS | -A] [-l SELECTOR] [--kubeconfig FILE] [-w]`: the pods of a
/// kubeconfig context exactly as `kubectl get pods` prints them (NAME, READY, STATUS, RESTARTS,
/// AGE; NAMESPACE first with -A). With -w it goes on printing changed rows like
/// `kubectl get pods -w` until interrupted (or until the watch fails for good: exit 1).
/// Exec plugin prompts use the terminal. Errors name the context and the call; exit 1, 2 for usage.
Command podsCommand();

} // namespace meshfed
