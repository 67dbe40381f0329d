#pragma once

namespace meshfed {

class CommandLine;

/// Registers every subcommand of the meshfed executable (plan, values, contexts, pods, sim, apply).
void registerCommands(CommandLine& commandLine);

} // namespace meshfed
