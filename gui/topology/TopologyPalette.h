#pragma once

#include "model/topology/TopologyTypes.h"

#include <QColor>
#include <QPalette>
#include <QPen>

namespace meshfed {

/// Colours and pens of the topology, derived from the widget palette (light or dark). Health and
/// link states never rely on colour alone: chips carry the STATUS text, links a dash pattern.
///
/// Usage:
///     const TopologyPalette colours(view->palette());
///     chip->setBrush(colours.fill(pod.health));
///     line->setPen(colours.linkPen(link.state));
class TopologyPalette
{
public:
    explicit TopologyPalette(const QPalette& palette);

    bool dark() const { return m_dark; }
    QColor health(Health health) const;  ///< strong colour: borders, markers, legend
    QColor fill(Health health) const;    ///< light tint for chip backgrounds (readable text)
    QPen linkPen(LinkState state) const; ///< Ok: solid; Failing: dashed and thicker; Unknown: dotted
    QColor text() const { return m_palette.color(QPalette::Text); }
    QColor mutedText() const { return m_palette.color(QPalette::PlaceholderText); }
    QColor frame() const { return m_palette.color(QPalette::Mid); }
    QColor clusterFill() const { return m_palette.color(QPalette::AlternateBase); }
    QColor groupFill() const { return m_palette.color(QPalette::Base); }
    QColor background() const { return m_palette.color(QPalette::Window); }
    QColor highlight() const { return m_palette.color(QPalette::Highlight); }

private:
    QPalette m_palette;
    bool m_dark = false;
};

} // namespace meshfed
