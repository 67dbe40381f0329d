#pragma once

#include <QString>
#include <QStringList>

namespace meshfed {

/// The changed lines between two texts ("- old", "+ new"), in order, from a longest common
/// subsequence of lines. For values files (tens to hundreds of lines).
///
/// Usage: QStringList diff = lineDiff(deployedValues, newValues);
QStringList lineDiff(const QString& before, const QString& after);

} // namespace meshfed
