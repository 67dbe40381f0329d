#include "gui/app/MainWindow.h"

#include "gui/app/PlanFileActions.h"
#include "gui/app/SetupWorkspace.h"
#include "gui/common/Notifier.h"
#include "gui/pods/PodDetailsView.h"
#include "gui/pods/PodTableView.h"
#include "gui/steps/StepsPanel.h"
#include "gui/topology/TopologyScene.h"
#include "gui/topology/TopologyWidget.h"
#include "model/AppInfo.h"
#include "model/plan/PlanDocument.h"
#include "model/topology/TopologyModel.h"
#include "services/credentials/KeychainCredentialStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QToolBar>

namespace meshfed {

namespace {

QString connectionText(ClusterConnectionState state, const QString& reason)
{
    switch (state) {
    case ClusterConnectionState::Connected:
        return MainWindow::tr("connected");
    case ClusterConnectionState::Reconnecting:
        return MainWindow::tr("reconnecting (%1)").arg(reason);
    case ClusterConnectionState::Failed:
        return MainWindow::tr("failed (%1)").arg(reason);
    case ClusterConnectionState::Unknown:
        break;
    }
    return MainWindow::tr("not connected");
}

QString vaultText(VaultState state)
{
    switch (state) {
    case VaultState::Active:
        return MainWindow::tr("active");
    case VaultState::Sealed:
        return MainWindow::tr("sealed");
    case VaultState::Unreachable:
        return MainWindow::tr("unreachable");
    case VaultState::Unknown:
        break;
    }
    return MainWindow::tr("unknown");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_keychain(std::make_unique<KeychainCredentialStore>())
    , m_setup(new SetupWorkspace(m_keychain.get(), m_nam, this))
    , m_tabs(new QTabWidget(this))
    , m_connectionStatus(new QLabel(this))
    , m_notifier(new Notifier(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_setup, tr("&Setup"));
    setCentralWidget(m_tabs);
    createMenus();
    createToolBar();
    createLogDock();
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addPermanentWidget(m_connectionStatus);
    statusBar()->showMessage(tr("Ready"));
    connect(m_setup->planDocument(), &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_setup->planDocument(), &PlanDocument::pathChanged, this, &MainWindow::updateTitle);
    updateTitle();
    resize(1200, 780);
    resizeDocks({findChild<QDockWidget*>(QStringLiteral("runLogDock"))}, {120}, Qt::Vertical);
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::updateTitle()
{
    const QString path = m_setup->planDocument()->path();
    const QString name = path.isEmpty() ? tr("untitled plan") : QFileInfo(path).fileName();
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowModified(m_setup->planDocument()->isModified());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_setup->fileActions()->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    StepsPanel* steps = m_setup->steps();
    bar->addActions({m_setup->fileActions()->openAction(), m_setup->fileActions()->saveAction()});
    bar->addSeparator();
    bar->addAction(m_setup->connectAction());
    bar->addSeparator();
    bar->addActions({steps->dryRunAction(), steps->runStepAction(), steps->runAllAction(), steps->cancelAction()});
    bar->addSeparator();
    bar->addAction(m_setup->exportAction());
    connect(m_setup->connectAction(), &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_setup); });
    connect(steps, &StepsPanel::attention, this,
        [this](const QString& message) { m_notifier->notify(tr("Meshfed setup"), message); });
    connect(steps, &StepsPanel::runFinished, this, [this](const RunResult& result) {
        statusBar()->showMessage(result.ok ? tr("Run finished.") : tr("Run stopped: %1").arg(result.failedStep), 10000);
    });
}

void MainWindow::createLogDock()
{
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(20000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("Run log"));
    auto* dock = new QDockWidget(tr("Run log"), this);
    dock->setObjectName(QStringLiteral("runLogDock"));
    dock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    auto* view = new QMenu(tr("&View"), this);
    view->addAction(dock->toggleViewAction());
    menuBar()->insertMenu(menuBar()->actions().constLast(), view); // before Help
    connect(m_setup->steps(), &StepsPanel::logLine, this, [this](const QString& line) {
        m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
    });
}

void MainWindow::updateConnectionStatus()
{
    if (!m_workspace.topology)
        return;
    QStringList parts;
    for (const ClusterNode& cluster : m_workspace.topology->clusters())
        parts << tr("%1: %2").arg(cluster.datacenter, connectionText(cluster.connection, cluster.connectionReason));
    parts << tr("Vault: %1").arg(vaultText(m_workspace.topology->vault().health));
    m_connectionStatus->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::clearWorkspace()
{
    if (!m_topology)
        return;
    m_workspace.topology->disconnect(this);
    delete m_topology;
    delete m_podTables;
    delete m_detailsDock;
    m_topology = nullptr;
    m_details = nullptr;
    m_selected = {};
}

void MainWindow::showWorkspace(const Workspace& workspace)
{
    clearWorkspace(); // a plan with other clusters replaces the one shown
    m_workspace = workspace;
    m_setup->steps()->setTopology(workspace.topology); // preflight and verification colour the links
    m_topology = new TopologyWidget(workspace.topology, m_tabs);
    m_tabs->insertTab(0, m_topology, tr("&Topology"));
    m_podTables = createPodTables();
    m_tabs->insertTab(1, m_podTables, tr("&Pods"));
    m_tabs->setCurrentIndex(0);
    connect(m_topology->scene(), &TopologyScene::podSelected, this, &MainWindow::showPod);
    connect(workspace.topology, &TopologyModel::changed, this, &MainWindow::followSelectedPod);
    connect(workspace.topology, &TopologyModel::changed, this, &MainWindow::updateConnectionStatus);
    updateConnectionStatus();

    m_details = new PodDetailsView(workspace.details, this);
    m_detailsDock = new QDockWidget(tr("Pod details"), this);
    m_detailsDock->setObjectName(QStringLiteral("podDetailsDock"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    resizeDocks({m_detailsDock}, {420}, Qt::Horizontal);
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
    PlanFileActions* plans = m_setup->fileActions();
    file->addActions({plans->newAction(), plans->openAction()});
    file->addMenu(plans->recentMenu());
    file->addActions({plans->saveAction(), plans->saveAsAction()});
    file->addSeparator();
    file->addAction(m_setup->exportAction());
    file->addSeparator();
    QMenu* setup = menuBar()->addMenu(tr("S&etup"));
    StepsPanel* steps = m_setup->steps();
    setup->addAction(m_setup->connectAction());
    setup->addSeparator();
    setup->addActions({steps->dryRunAction(), steps->runStepAction(), steps->runAllAction(), steps->cancelAction()});
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
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
