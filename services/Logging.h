#pragma once

#include <QLoggingCategory>

// Logging categories of the services layer. Enable with QT_LOGGING_RULES="meshfed.services.*=true".
// Messages name method, scheme://host/path and status only; never headers, queries or bodies.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcKube)
Q_DECLARE_LOGGING_CATEGORY(lcHelm)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
