#pragma once

#include "gui/app/Workspace.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QPlainTextEdit;
class QNetworkAccessManager;
class QTabWidget;

namespace meshfed {

class CredentialStore;
class Notifier;
class PodDetailsView;
class SetupWorkspace;
class TopologyWidget;

/// Meshfed's main window: the setup workspace (plan, connections, values files), and once the
/// clusters are watched the topology and the pod tables in tabs with the pod details in a dock;
/// the File menu with the plan's actions and Export, a tool bar, and the connection state of each
/// cluster and of Vault in the status bar. Geometry is kept in QSettings; closing asks before an
/// unsaved plan is lost.
/// Usage: MainWindow window; window.showWorkspace(demo.workspace()); window.show();
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows the topology, pod tables and pod details of `workspace`; again replaces what was shown.
    void showWorkspace(const Workspace& workspace);
    /// Removes the topology, pod tables and details (before the models they observe go away).
    void clearWorkspace();
    TopologyWidget* topologyWidget() const { return m_topology; }
    PodDetailsView* podDetails() const { return m_details; }
    QNetworkAccessManager* networkAccessManager() const { return m_nam; }
    SetupWorkspace* setupWorkspace() const { return m_setup; }
    Notifier* notifier() const { return m_notifier; }
    QPlainTextEdit* runLog() const { return m_log; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void showAbout();
    QWidget* createPodTables();
    void showPod(const QString& datacenter, const QString& key);
    void followSelectedPod();
    void createToolBar();
    void createLogDock();
    void updateConnectionStatus();
    void updateTitle();

    QNetworkAccessManager* m_nam;
    std::unique_ptr<CredentialStore> m_keychain;
    SetupWorkspace* m_setup;
    QTabWidget* m_tabs;
    QLabel* m_connectionStatus;
    Notifier* m_notifier;
    QPlainTextEdit* m_log = nullptr;
    Workspace m_workspace;
    TopologyWidget* m_topology = nullptr;
    PodDetailsView* m_details = nullptr;
    QWidget* m_podTables = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    std::pair<QString, QString> m_selected; ///< datacenter, pod key
};

} // namespace meshfed
