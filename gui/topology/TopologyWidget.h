#pragma once

#include <QWidget>

namespace meshfed {

class TopologyModel;
class TopologyScene;
class TopologyView;

/// The topology tab: a tool bar (zoom, fit, export as PNG or SVG) over the TopologyView.
///
/// Usage:
///     auto* topology = new TopologyWidget(&topologyModel, parent);
///     connect(topology->scene(), &TopologyScene::podSelected, ...);
class TopologyWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TopologyWidget(TopologyModel* model, QWidget* parent = nullptr);

    TopologyScene* scene() const { return m_scene; }
    TopologyView* view() const { return m_view; }
    /// Asks for a file name (FileDialog) and writes PNG or SVG; false when cancelled or failed.
    bool exportImage();

protected:
    void changeEvent(QEvent* event) override;

private:
    TopologyScene* m_scene;
    TopologyView* m_view;
};

} // namespace meshfed
