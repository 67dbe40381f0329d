#pragma once

#include "gui/topology/TopologyPalette.h"

#include <QLabel>

namespace meshfed {

/// Shows a Test result beside a connection: ✔ or ✘ (never colour alone) and the text, in the
/// topology's green or red for the light or dark palette in use.
inline void showConnectionResult(QLabel* label, bool ok, const QString& text)
{
    using namespace Qt::StringLiterals;
    label->setText((ok ? u"✔ "_s : u"✘ "_s) + text);
    const QColor colour = TopologyPalette(label->palette()).health(ok ? Health::Healthy : Health::Failing);
    label->setStyleSheet(u"color: %1;"_s.arg(colour.name()));
}

} // namespace meshfed
