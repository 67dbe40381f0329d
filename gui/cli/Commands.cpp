#include "gui/cli/Commands.h"

#include "gui/cli/CommandLine.h"
#include "gui/cli/PlanCommands.h"

namespace meshfed {

void registerCommands(CommandLine& commandLine)
{
    PlanCommands::registerWith(commandLine);
}

} // namespace meshfed
