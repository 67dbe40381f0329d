#include "gui/cli/Commands.h"

#include "gui/cli/CommandLine.h"
#include "gui/cli/ContextsCommand.h"

namespace meshfed {

void registerCommands(CommandLine& commandLine)
{
    commandLine.addCommand(contextsCommand());
}

} // namespace meshfed
