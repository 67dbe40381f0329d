#pragma once

#include <QList>
#include <QString>

namespace meshfed {

/// One line of a line diff.
struct DiffLine
{
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;
};

/// Line diffs of two texts with libdtl (the generated values file against the edited one).
///
/// Usage:
///     QString patch = ValuesDiff::unified(generated, edited, u"generated"_s, u"edited"_s);
class ValuesDiff
{
public:
    static QList<DiffLine> lines(const QString& before, const QString& after);
    /// A unified diff with `context` lines around each change; empty when the texts are equal.
    static QString unified(const QString& before, const QString& after, const QString& beforeName,
        const QString& afterName, int context = 3);
};

} // namespace meshfed
