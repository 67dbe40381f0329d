#include "gui/cli/Commands.h"

#include "gui/cli/ApplyCommand.h"
#include "gui/cli/CommandLine.h"
#include "gui/cli/ContextsCommand.h"
#include "gui/cli/PlanCommands.h"
#include "gui/cli/PodsCommand.h"
#include "gui/cli/SimCommand.h"

namespace meshfed {

void registerCommands(CommandLine& commandLine)
{
    PlanCommands::registerWith(commandLine);
    commandLine.addCommand(contextsCommand());
    commandLine.addCommand(podsCommand());
    commandLine.addCommand(simCommand());
    commandLine.addCommand(applyCommand());
}

} // namespace meshfed
