#include "gui/topology/TopologyWidget.h"

#include "gui/common/Dialogs.h"
#include "gui/topology/TopologyExport.h"
#include "gui/topology/TopologyScene.h"
#include "gui/topology/TopologyView.h"

#include <QAction>
#include <QEvent>
#include <QMessageBox>
#include <QToolBar>
#include <QVBoxLayout>

namespace meshfed {

TopologyWidget::TopologyWidget(TopologyModel* model, QWidget* parent)
    : QWidget(parent)
    , m_scene(new TopologyScene(model, this))
    , m_view(new TopologyView(this))
{
    setObjectName(QStringLiteral("topologyWidget"));
    m_scene->setColours(palette());
    m_view->setScene(m_scene);
    auto* tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("topologyToolBar"));
    tools->addAction(tr("Zoom in"), m_view, &TopologyView::zoomIn)->setToolTip(tr("Zoom in (+, Ctrl+wheel)"));
    tools->addAction(tr("Zoom out"), m_view, &TopologyView::zoomOut)->setToolTip(tr("Zoom out (-, Ctrl+wheel)"));
    tools->addAction(tr("Fit"), m_view, &TopologyView::fitToScene)->setToolTip(tr("Show everything (F)"));
    QAction* exportAction = tools->addAction(tr("Export…"), this, &TopologyWidget::exportImage);
    exportAction->setObjectName(QStringLiteral("actionExportTopology"));
    exportAction->setToolTip(tr("Save the topology as a PNG or SVG image"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_view);
}

bool TopologyWidget::exportImage()
{
    const QString path
        = FileDialogs::saveFile(this, tr("Export the topology"), {}, tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return false;
    m_scene->relayoutNow();
    QString error;
    if (!exportScene(*m_scene, path, &error)) {
        QMessageBox::warning(this, tr("Export the topology"), error);
        return false;
    }
    return true;
}

void TopologyWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_scene->setColours(palette());
    QWidget::changeEvent(event);
}

} // namespace meshfed
