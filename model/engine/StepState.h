#pragma once

#include <QCoreApplication>
#include <QString>

namespace meshfed {

/// Where a setup step stands. Derived from what the step's check reads, never from a local file.
enum class StepState {
    NotChecked, ///< not looked at yet in this session (or cancelled)
    Checking,   ///< its check is reading the current state
    Done,       ///< the check found everything as the plan wants it
    ToDo,       ///< the check found changes to make (shown in a dry run)
    Running,    ///< its changes are being applied, or it waits for something
    Failed,     ///< apply or verification failed; the message says why and what fixes it
    Conflict,   ///< something exists that the plan would have to overwrite; never overwritten
};

/// Translated names of the states, for the steps panel and the command line.
class StepStateText
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::StepStateText)

public:
    static QString name(StepState state);
};

} // namespace meshfed
