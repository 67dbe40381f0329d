#include "services/sim/SimLogging.h"

Q_LOGGING_CATEGORY(lcSim, "meshfed.sim", QtInfoMsg)
