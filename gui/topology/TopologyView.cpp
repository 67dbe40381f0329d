#include "gui/topology/TopologyView.h"

#include <QKeyEvent>
#include <QWheelEvent>

namespace meshfed {

namespace {
constexpr qreal zoomStep = 1.25;
constexpr qreal minimumZoom = 0.02;
constexpr qreal maximumZoom = 8;
} // namespace

TopologyView::TopologyView(QWidget* parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("topologyView"));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
}

void TopologyView::zoomIn()
{
    zoomBy(zoomStep);
}

void TopologyView::zoomOut()
{
    zoomBy(1 / zoomStep);
}

void TopologyView::zoomBy(qreal factor)
{
    const qreal target = qBound(minimumZoom, zoom() * factor, maximumZoom);
    scale(target / zoom(), target / zoom());
}

void TopologyView::fitToScene()
{
    if (scene())
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

void TopologyView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta != 0)
        zoomBy(delta > 0 ? zoomStep : 1 / zoomStep);
    event->accept();
}

void TopologyView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_F:
    case Qt::Key_0:
        fitToScene();
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace meshfed
