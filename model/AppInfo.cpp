#include "model/AppInfo.h"

namespace meshfed {

const AppInfo& appInfo()
{
    static const AppInfo info {
        QStringLiteral("Meshfed"),
        QString::fromLatin1(kVersionString),
        QString::fromLatin1(kApplicationId),
        QStringLiteral("Meshfed"),
    };
    return info;
}

} // namespace meshfed
