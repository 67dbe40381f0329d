#pragma once

#include <QJsonObject>
#include <QString>

namespace meshfed::test {

/// A pod shaped like a real Consul server pod: labels, owner, an init container, two containers
/// with lastState, conditions; every 17th one is in CrashLoopBackOff.
QJsonObject realisticPod(int i, const QString& suffix = {});

} // namespace meshfed::test
