#include "services/Logging.h"

Q_LOGGING_CATEGORY(lcHttp, "meshfed.services.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "meshfed.services.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKube, "meshfed.services.kube", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHelm, "meshfed.services.helm", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "meshfed.services.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "meshfed.services.engine", QtInfoMsg)
