#pragma once

#include "model/values/ValuesDocument.h"
#include "services/engine/SetupEngine.h"

#include <QTemporaryDir>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QNetworkAccessManager;
class QTabWidget;

namespace meshfed {

class ConnectionsPanel;
class CredentialStore;
class PlanDocument;
class PlanFileActions;
class PlanForm;
class ValuesEditorWidget;
class StepsPanel;
class SetupEngine;
class HelmRunner;
class ProcessHelmRunner;

/// The admin's side of the window: the plan form, the connections, and the values files generated
/// from the plan (regenerated on every plan change, edits kept on request), with the File actions
/// and Export. The main window places it next to the topology.
///
/// Usage:
///     auto* workspace = new SetupWorkspace(&keychain, &nam, window);
///     fileMenu->addAction(workspace->fileActions()->openAction());
class SetupWorkspace : public QWidget
{
    Q_OBJECT

public:
    SetupWorkspace(CredentialStore* keychain, QNetworkAccessManager* nam, QWidget* parent = nullptr);
    ~SetupWorkspace() override;

    PlanDocument* planDocument() const { return m_plan; }
    PlanFileActions* fileActions() const { return m_files; }
    ConnectionsPanel* connections() const { return m_connections; }
    ValuesEditorWidget* valuesEditor() const { return m_values; }
    PlanForm* planForm() const { return m_form; }
    QAction* exportAction() const { return m_export; }
    /// Shows Setup → Connections and tests every cluster and Vault.
    QAction* connectAction() const { return m_connect; }
    QTabWidget* tabs() const { return m_tabs; }
    StepsPanel* steps() const { return m_steps; }
    /// Where the values files given to helm are written (removed when the window closes).
    QString helmValuesDirectory() const { return m_helmValues.path(); }
    /// Who runs helm for the steps (default: the helm on PATH; the demo: the simulator's).
    void setHelm(HelmRunner* helm) { m_helm = helm; }

private:
    std::unique_ptr<SetupEngine> createEngine(QString* error);
    static QHash<QString, EditorValues> editorValues(const QList<ValuesDocument>& documents);
    void takeFoundValues();
    void showBlockedSteps();
    FederationPlan planWithFoundValues() const;
    void lockWhileRunning(bool running);
    void regenerateValues();
    void showDiff(const QString& name, const QString& diff);

    PlanDocument* m_plan;
    PlanFileActions* m_files;
    QTabWidget* m_tabs;
    PlanForm* m_form;
    ConnectionsPanel* m_connections;
    ValuesEditorWidget* m_values;
    StepsPanel* m_steps;
    QAction* m_export;
    QAction* m_connect;
    QNetworkAccessManager* m_nam;
    QTemporaryDir m_helmValues;
    FederationPlan m_runPlan; ///< the plan the last run started from
    /// The plan the last run started from, and the same with what it found.
    std::optional<std::pair<FederationPlan, FederationPlan>> m_found;
    std::unique_ptr<ProcessHelmRunner> m_processHelm;
    HelmRunner* m_helm;
};

} // namespace meshfed
