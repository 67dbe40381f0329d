#pragma once

#include <QGraphicsView>

namespace meshfed {

/// A QGraphicsView for the topology: Ctrl+wheel or +/- zoom, dragging pans, F (or fitToScene())
/// shows everything.
///
/// Usage:
///     auto* view = new TopologyView(parent);
///     view->setScene(scene);
///     view->fitToScene();
class TopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TopologyView(QWidget* parent = nullptr);

    void zoomIn();
    void zoomOut();
    void fitToScene();
    qreal zoom() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void zoomBy(qreal factor);
};

} // namespace meshfed
