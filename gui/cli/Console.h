#pragma once

#include <QTextStream>

namespace meshfed {

/// Where a command writes: normal output and diagnostics. Tests pass string-backed streams.
struct Console
{
    QTextStream& out;
    QTextStream& err;
};

/// Exit codes shared by every command.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, ///< the command ran and what it checked or did failed
    ExitUsage = 2,   ///< bad command line or bad input file
};

} // namespace meshfed
