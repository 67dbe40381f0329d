#include "gui/topology/TopologyPalette.h"

namespace meshfed {

TopologyPalette::TopologyPalette(const QPalette& palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Window).lightness() < 128)
{ }

QColor TopologyPalette::health(Health health) const
{
    switch (health) {
    case Health::Healthy:
        return m_dark ? QColor(0x4c, 0xc3, 0x6b) : QColor(0x1e, 0x87, 0x3c);
    case Health::Progressing:
        return m_dark ? QColor(0xf0, 0xc0, 0x40) : QColor(0xb0, 0x7a, 0x00);
    case Health::Failing:
        return m_dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Health::Unknown:
        break;
    }
    return m_palette.color(QPalette::Mid);
}

QColor TopologyPalette::fill(Health health) const
{
    const QColor base = m_palette.color(QPalette::Base);
    const QColor strong = this->health(health);
    const qreal mix = m_dark ? 0.35 : 0.22;
    return QColor::fromRgbF(base.redF() * (1 - mix) + strong.redF() * mix,
        base.greenF() * (1 - mix) + strong.greenF() * mix, base.blueF() * (1 - mix) + strong.blueF() * mix);
}

QPen TopologyPalette::linkPen(LinkState state) const
{
    QPen pen;
    pen.setCosmetic(false);
    pen.setCapStyle(Qt::FlatCap);
    switch (state) {
    case LinkState::Ok:
        pen.setColor(health(Health::Healthy));
        pen.setWidthF(2.5);
        pen.setStyle(Qt::SolidLine);
        break;
    case LinkState::Failing:
        pen.setColor(health(Health::Failing));
        pen.setWidthF(3.5);
        pen.setStyle(Qt::DashLine);
        break;
    case LinkState::Unknown:
        pen.setColor(health(Health::Unknown));
        pen.setWidthF(2);
        pen.setStyle(Qt::DotLine);
        break;
    }
    return pen;
}

} // namespace meshfed
