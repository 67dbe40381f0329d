#pragma once

#include "services/engine/SetupEngine.h"

#include <QCoro/QCoroTask>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace meshfed {

class TopologyModel;

/// The procedure as a checklist: the setup engine's steps with their states, Dry run, Run all
/// and Cancel, the selected step's explanation, changes, commands and log, and the current wait
/// against its bound. Preflight and verification results colour the topology's links.
///
/// Usage:
///     StepsPanel steps;
///     steps.setEngineFactory([&](QString* error) { return buildEngine(..., error); });
///     steps.setTopology(workspace.topology);
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
    SetupEngine* engine() const { return m_engine.get(); }
    QCoro::Task<RunResult> run(RunRequest request);

Q_SIGNALS:
    void runFinished(const meshfed::RunResult& result);

private:
    void showStep(const QModelIndex& index);
    void showWait(const QString& id, const StepWait& wait);
    void showLink(const LinkCheck& link);
    void setRunning(bool running);

    EngineFactory m_factory;
    QPointer<TopologyModel> m_topology;
    std::unique_ptr<SetupEngine> m_engine;
    QListView* m_list;
    QPlainTextEdit* m_details;
    QLabel* m_summary;
    QProgressBar* m_wait;
    QPushButton* m_dryRun;
    QPushButton* m_runAll;
    QPushButton* m_cancel;
};

} // namespace meshfed
