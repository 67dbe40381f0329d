#include "gui/app/MainWindow.h"

#include "gui/pods/PodDetailsView.h"
#include "gui/pods/PodTableView.h"
#include "gui/topology/TopologyScene.h"
#include "gui/topology/TopologyWidget.h"
#include "model/AppInfo.h"
#include "model/topology/TopologyModel.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace meshfed {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(appInfo().name);
    auto* welcome = new QLabel(tr("Meshfed federates two Consul datacenters on Kubernetes with Vault as their "
                                  "secrets backend."),
        this);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    setCentralWidget(welcome);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 720);
}

void MainWindow::showWorkspace(const Workspace& workspace)
{
    m_workspace = workspace;
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    m_topology = new TopologyWidget(workspace.topology, tabs);
    tabs->addTab(m_topology, tr("&Topology"));
    tabs->addTab(createPodTables(), tr("&Pods"));
    setCentralWidget(tabs);
    connect(m_topology->scene(), &TopologyScene::podSelected, this, &MainWindow::showPod);
    connect(workspace.topology, &TopologyModel::changed, this, &MainWindow::followSelectedPod);

    m_details = new PodDetailsView(workspace.details, this);
    auto* dock = new QDockWidget(tr("Pod details"), this);
    dock->setObjectName(QStringLiteral("podDetailsDock"));
    dock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {420}, Qt::Horizontal);
}

QWidget* MainWindow::createPodTables()
{
    auto* clusters = new QTabWidget(this);
    clusters->setObjectName(QStringLiteral("podTables"));
    for (const auto& [datacenter, pods] : std::as_const(m_workspace.pods)) {
        auto* table = new PodTableView(datacenter, pods, clusters);
        clusters->addTab(table, datacenter);
        connect(table, &PodTableView::podSelected, this, &MainWindow::showPod);
    }
    return clusters;
}

void MainWindow::showPod(const QString& datacenter, const QString& key)
{
    const std::optional<PodSummary> pod = m_workspace.topology->pod(datacenter, key);
    if (!pod)
        return;
    m_selected = {datacenter, key};
    m_topology->scene()->selectPod(datacenter, key);
    m_details->showPod(datacenter, *pod);
}

void MainWindow::followSelectedPod()
{
    if (m_selected.first.isEmpty())
        return;
    if (const std::optional<PodSummary> pod = m_workspace.topology->pod(m_selected.first, m_selected.second))
        m_details->updatePod(*pod);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Meshfed"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Meshfed"),
        tr("<p><b>Meshfed %1</b></p><p>Federates two Consul datacenters on two Kubernetes clusters "
           "through mesh gateways, with Vault as their secrets backend.</p>")
            .arg(appInfo().version));
}

} // namespace meshfed
