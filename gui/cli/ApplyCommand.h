#pragma once

#include "gui/cli/CommandLine.h"

namespace meshfed {

/// `meshfed apply --plan PLAN [--dry-run] [--step ID] [--yes] [--force] [--kubeconfig FILE]` and
/// `meshfed apply --demo`: runs the setup engine headless with one progress line per step state.
/// A full run exits 0 only when verification passed in every datacenter; a dry run or one step
/// exits 0 when no step failed or conflicted; otherwise 1 with the diagnosis; 2 for bad input.
Command applyCommand();

} // namespace meshfed
