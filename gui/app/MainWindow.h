#pragma once

#include "gui/app/Workspace.h"

#include <QMainWindow>

namespace meshfed {

class PodDetailsView;
class TopologyWidget;

/// Meshfed's main window: menus, the central views and the status bar. Until a workspace is
/// shown it greets; showWorkspace() puts the topology and the pod tables in tabs and the pod
/// details in a dock.
/// Usage: MainWindow window; window.showWorkspace(demo.workspace()); window.show();
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void showWorkspace(const Workspace& workspace);
    TopologyWidget* topologyWidget() const { return m_topology; }
    PodDetailsView* podDetails() const { return m_details; }

private:
    void createMenus();
    void showAbout();
    QWidget* createPodTables();
    void showPod(const QString& datacenter, const QString& key);
    void followSelectedPod();

    Workspace m_workspace;
    TopologyWidget* m_topology = nullptr;
    PodDetailsView* m_details = nullptr;
    std::pair<QString, QString> m_selected; ///< datacenter, pod key
};

} // namespace meshfed
