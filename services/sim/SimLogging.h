#pragma once

#include <QLoggingCategory>

// Logging category of the simulator: why it answered what it answered (e.g. a failed token review).
Q_DECLARE_LOGGING_CATEGORY(lcSim)
