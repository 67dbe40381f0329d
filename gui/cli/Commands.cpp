#include "gui/cli/Commands.h"

#include "gui/cli/CommandLine.h"

namespace meshfed {

void registerCommands(CommandLine& commandLine)
{
    Q_UNUSED(commandLine)
}

} // namespace meshfed
