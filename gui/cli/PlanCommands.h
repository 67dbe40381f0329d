#pragma once

#include "gui/cli/Console.h"

#include <QCoreApplication>
#include <QStringList>

namespace meshfed {

class CommandLine;

/// `meshfed plan init` and `meshfed values`: write a starter plan, and the files a plan generates.
class PlanCommands
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::PlanCommands)

public:
    static void registerWith(CommandLine& commandLine);
    static int planInit(const QStringList& arguments, Console& console);
    static int values(const QStringList& arguments, Console& console);
};

} // namespace meshfed
