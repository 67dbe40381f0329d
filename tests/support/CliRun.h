#pragma once

#include "gui/cli/CommandLine.h"
#include "gui/cli/Commands.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace meshfed::test {

/// What one `meshfed <args>` run through the real command line printed and returned.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `meshfed <args>` in-process with every registered command; output captured.
inline CliRun runMeshfed(const QStringList& args)
{
    CommandLine commandLine;
    registerCommands(commandLine);
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Console console {out, err};
    run.exitCode = commandLine.run(QStringList {QStringLiteral("meshfed")} + args, console);
    out.flush();
    err.flush();
    return run;
}

} // namespace meshfed::test
