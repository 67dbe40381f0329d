#pragma once

#include "model/engine/StepModel.h"
#include "services/engine/SetupEngine.h"

#include <QCoro/QCoroTask>
#include <QPointer>
#include <QWidget>

#include <chrono>
#include <functional>
#include <memory>

class QAbstractItemModel;
class QAction;
class QKeySequence;
class QLabel;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace meshfed {

class StepChecklistModel;
class TopologyModel;

/// The procedure as a checklist: the plan's steps (not checked until a run), Dry run, Run step,
/// Run all and Cancel (as actions for the tool bar and as buttons), the selected step's
/// explanation, changes, commands and log, and the current wait against its bound. Preflight and
/// verification results colour the topology's links. A wait that took long is announced, so the
/// window can notify the user when it is in the background.
///
/// Usage:
///     StepsPanel steps;
///     steps.setEngineFactory([&](QString* error) { return buildEngine(..., error); });
///     steps.setPlan(plan);                      // again on every plan change
///     toolBar->addAction(steps.runAllAction());
class StepsPanel : public QWidget
{
    Q_OBJECT

public:
    /// Builds an engine for the plan and connections as they are now; null and `error` set when
    /// something is missing (a context, helm, Vault's token).
    using EngineFactory = std::function<std::unique_ptr<SetupEngine>(QString* error)>;

    explicit StepsPanel(QWidget* parent = nullptr);
    ~StepsPanel() override;

    void setEngineFactory(EngineFactory factory) { m_factory = std::move(factory); }
    void setTopology(TopologyModel* topology);
    /// Lists the plan's steps, not checked, unless a run is going on.
    void setPlan(const FederationPlan& plan);
    /// Steps that cannot run and why (a values file with invalid YAML); shown above the list.
    void setBlockedSteps(const QStringList& notices);
    /// Connections whose TLS is not verified (kubeconfig insecure-skip-tls-verify, VAULT_SKIP_VERIFY):
    /// repeated here, where the admin runs the steps over them.
    void setTlsWarnings(const QStringList& warnings);
    /// A wait or a run at least this long is announced by attention() when it ends (default 30 s).
    void setLongWaitThreshold(std::chrono::milliseconds threshold) { m_longWait = threshold; }
    SetupEngine* engine() const { return m_engine.get(); }
    bool isRunning() const { return m_running; }
    /// The selected step's id; empty when none is selected.
    QString selectedStep() const;
    void selectStep(const QString& id);
    QCoro::Task<RunResult> run(RunRequest request);

    QAction* dryRunAction() const { return m_dryRunAction; }
    QAction* runStepAction() const { return m_runStepAction; }
    QAction* runAllAction() const { return m_runAllAction; }
    QAction* cancelAction() const { return m_cancelAction; }

protected:
    void changeEvent(QEvent* event) override;

Q_SIGNALS:
    void runFinished(const meshfed::RunResult& result);
    void runningChanged(bool running);
    void stepFinished(const QString& id, meshfed::StepState state);
    /// Something the user may be waiting for, translated: a long wait (helm --wait, a load
    /// balancer, pods becoming Ready) or a long run ended, or a question waits for an answer.
    void attention(const QString& message);
    /// One line for the run log: a step's state change or log line (secrets already redacted).
    void logLine(const QString& line);

private:
    QAction* createAction(const QString& text, const QKeySequence& shortcut, const QString& objectName);
    QPushButton* createButton(QAction* action, const QString& text, const QString& objectName);
    void startRun(const RunRequest& request);
    void showModel(StepModel* model);
    void showStep(const QModelIndex& index);
    void showWait(const QString& id, const StepWait& wait);
    void showLink(const LinkCheck& link);
    void showResult(const RunRequest& request, const RunResult& result);
    void setRunning(bool running);
    void updateActions();

    EngineFactory m_factory;
    QPointer<TopologyModel> m_topology;
    std::unique_ptr<SetupEngine> m_engine;
    StepModel m_preview; ///< the plan's steps before a run, and after the plan changed
    FederationPlan m_previewPlan;
    std::chrono::milliseconds m_longWait {30000};
    bool m_running = false;
    QHash<QString, StepWait> m_waits; ///< by step: the last report of each wait going on
    QAction* m_dryRunAction;
    QAction* m_runStepAction;
    QAction* m_runAllAction;
    QAction* m_cancelAction;
    StepChecklistModel* m_checklist;
    QListView* m_list;
    QPlainTextEdit* m_details;
    QLabel* m_summary;
    QLabel* m_blocked;
    QLabel* m_tlsWarning;
    QProgressBar* m_wait;
};

} // namespace meshfed
