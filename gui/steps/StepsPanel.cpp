#include "gui/steps/StepsPanel.h"

#include "gui/common/Dialogs.h"
#include "gui/steps/StepChecklistModel.h"
#include "model/engine/Procedure.h"
#include "model/engine/StepModel.h"
#include "model/topology/TopologyModel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace meshfed {

namespace {

/// The topology link a preflight or verification result is about.
QString linkIdOf(const LinkCheck& link)
{
    switch (link.kind) {
    case LinkCheck::Kind::AuthMethod:
        return TopologyModel::vaultToApiServerLinkId(link.datacenter);
    case LinkCheck::Kind::Role:
    case LinkCheck::Kind::ConnectCaPolicy:
    case LinkCheck::Kind::Pods:
        break;
    }
    return TopologyModel::agentsToVaultLinkId(link.datacenter);
}

} // namespace

StepsPanel::StepsPanel(QWidget* parent)
    : QWidget(parent)
    , m_dryRunAction(createAction(tr("&Dry run"), Qt::Key_F5, u"actionDryRun"_s))
    , m_runStepAction(createAction(tr("Run &step"), Qt::Key_F6, u"actionRunStep"_s))
    , m_runAllAction(createAction(tr("Run &all"), Qt::CTRL | Qt::Key_F5, u"actionRunAll"_s))
    , m_cancelAction(createAction(tr("Ca&ncel"), Qt::SHIFT | Qt::Key_F5, u"actionCancelRun"_s))
    , m_checklist(new StepChecklistModel(this))
    , m_list(new QListView(this))
    , m_details(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_blocked(new QLabel(this))
    , m_tlsWarning(new QLabel(this))
    , m_wait(new QProgressBar(this))
{
    setObjectName(u"stepsPanel"_s);
    m_dryRunAction->setToolTip(tr("Check every step and list what would change; writes nothing (F5)"));
    m_runStepAction->setToolTip(tr("Run the selected step; the steps it depends on must be done (F6)"));
    m_runAllAction->setToolTip(tr("Run every step that is not done yet, then verify (Ctrl+F5)"));
    m_cancelAction->setToolTip(tr("Stop the run; the current step is checked again next time (Shift+F5)"));
    m_list->setObjectName(u"steps"_s);
    m_list->setModel(m_checklist);
    m_checklist->setPalette(m_list->palette());
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &StepsPanel::showStep);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &StepsPanel::updateActions);
    m_list->setAccessibleName(tr("Steps of the procedure"));
    m_details->setObjectName(u"stepDetails"_s);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("The selected step: explanation, changes, commands and log"));
    m_summary->setObjectName(u"runSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Result of the last run"));
    m_blocked->setObjectName(u"blockedNotice"_s);
    m_blocked->setWordWrap(true);
    m_blocked->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blocked->setAccessibleName(tr("Blocked steps"));
    m_blocked->setVisible(false);
    m_tlsWarning->setObjectName(u"tlsWarning"_s);
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setAccessibleName(tr("TLS warnings"));
    m_tlsWarning->setVisible(false);
    m_wait->setObjectName(u"waitProgress"_s);
    m_wait->setAccessibleName(tr("Current wait"));
    m_wait->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(createButton(m_dryRunAction, tr("&Dry run"), u"dryRun"_s));
    buttons->addWidget(createButton(m_runStepAction, tr("Run &step"), u"runStep"_s));
    buttons->addWidget(createButton(m_runAllAction, tr("Run &all"), u"runAll"_s));
    buttons->addWidget(createButton(m_cancelAction, tr("Ca&ncel"), u"cancelRun"_s));
    buttons->addStretch();
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 2);
    // Wide enough for "✔  Configure Vault's Kubernetes auth for dc2" in the font in use.
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 46);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tlsWarning);
    layout->addWidget(m_blocked);
    layout->addWidget(m_summary);
    layout->addWidget(m_wait);
    layout->addWidget(splitter, 1);

    connect(m_dryRunAction, &QAction::triggered, this, [this] { startRun(RunRequest::dry()); });
    connect(m_runAllAction, &QAction::triggered, this, [this] { startRun(RunRequest::all()); });
    connect(m_runStepAction, &QAction::triggered, this, [this] {
        if (!selectedStep().isEmpty())
            startRun(RunRequest::only(selectedStep()));
    });
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (m_engine)
            m_engine->cancel();
    });
    showModel(&m_preview);
    updateActions();
}

StepsPanel::~StepsPanel()
{
    if (m_engine)
        m_engine->cancel();
}

QAction* StepsPanel::createAction(const QString& text, const QKeySequence& shortcut, const QString& objectName)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    return action;
}

QPushButton* StepsPanel::createButton(QAction* action, const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    return button;
}

void StepsPanel::startRun(const RunRequest& request)
{
    QCoro::connect(run(request), this, [](const RunResult&) {});
}

QString StepsPanel::selectedStep() const
{
    return m_list->currentIndex().data(StepModel::IdRole).toString();
}

void StepsPanel::selectStep(const QString& id)
{
    auto* model = qobject_cast<StepModel*>(m_checklist->sourceModel());
    const int row = model ? model->rowOf(id) : -1;
    if (row >= 0)
        m_list->setCurrentIndex(m_checklist->index(row, 0));
}

void StepsPanel::setBlockedSteps(const QStringList& notices)
{
    m_blocked->setText(notices.isEmpty() ? QString() : u"⚠ "_s + notices.join(u"\n⚠ "_s));
    m_blocked->setVisible(!notices.isEmpty());
}

void StepsPanel::setTlsWarnings(const QStringList& warnings)
{
    m_tlsWarning->setText(warnings.isEmpty() ? QString() : u"⚠ "_s + warnings.join(u"\n⚠ "_s));
    m_tlsWarning->setVisible(!warnings.isEmpty());
    for (const QString& warning : warnings)
        Q_EMIT logLine(u"⚠ "_s + warning);
}

void StepsPanel::setPlan(const FederationPlan& plan)
{
    if (isRunning() || (plan == m_previewPlan && m_checklist->sourceModel() == &m_preview))
        return;
    const QString selected = selectedStep();
    m_previewPlan = plan;
    m_preview.setSteps(Procedure::steps(plan), plan);
    showModel(&m_preview); // the last run's states were for another plan
    selectStep(selected);
}

void StepsPanel::showModel(StepModel* model)
{
    if (m_checklist->sourceModel() == model)
        return;
    m_checklist->setSourceModel(model); // the list keeps its model, the checklist, and its selection
    m_details->clear();
}

void StepsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_checklist->setPalette(m_list->palette()); // the system switched between light and dark
    QWidget::changeEvent(event);
}

QCoro::Task<RunResult> StepsPanel::run(RunRequest request)
{
    RunResult result;
    if (isRunning())
        co_return result;
    QString error;
    std::unique_ptr<SetupEngine> engine = m_factory ? m_factory(&error) : nullptr;
    if (!engine) {
        result.message = error.isEmpty() ? tr("Nothing to run against yet.") : error;
        m_summary->setText(u"✘ "_s + result.message);
        Q_EMIT runFinished(result);
        co_return result;
    }
    const QString selected = selectedStep();
    showModel(engine->model()); // before the previous engine and its model go
    m_engine = std::move(engine);
    m_engine->setConfirmation([this](const QString& id, const QString& diff) {
        Q_EMIT attention(tr("%1 waits for your answer: upgrade a release that runs with other values?").arg(id));
        return MessageBoxes::question(this, tr("Upgrade %1?").arg(id),
                   tr("The release runs with other values. Apply these changes?\n\n%1").arg(diff),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    });
    selectStep(selected);
    connect(m_engine.get(), &SetupEngine::stepWaiting, this, &StepsPanel::showWait);
    connect(m_engine.get(), &SetupEngine::linkChecked, this, &StepsPanel::showLink);
    connect(m_engine.get(), &SetupEngine::stepFinished, this, &StepsPanel::stepFinished);
    connect(m_engine.get(), &SetupEngine::stepLog, this,
        [this](const QString& id, const QString& line) { Q_EMIT logLine(id + u": "_s + line); });
    connect(m_engine.get(), &SetupEngine::stepStateChanged, this,
        [this](const QString& id, StepState state) { Q_EMIT logLine(id + u" → "_s + StepStateText::name(state)); });
    connect(m_engine->model(), &QAbstractItemModel::dataChanged, this, [this] { showStep(m_list->currentIndex()); });
    setRunning(true);
    m_summary->setText(request.dryRun ? tr("Checking every step (dry run: nothing is written)…") : tr("Running…"));
    Q_EMIT logLine(m_summary->text());
    QPointer<StepsPanel> self(this);
    SetupEngine* running = m_engine.get();
    QElapsedTimer took;
    took.start();
    result = co_await running->run(request);
    if (!self)
        co_return result;
    setRunning(false);
    showResult(request, result);
    Q_EMIT logLine(m_summary->text());
    if (took.elapsed() >= m_longWait.count())
        Q_EMIT attention(m_summary->text());
    Q_EMIT runFinished(result);
    co_return result;
}

void StepsPanel::showResult(const RunRequest& request, const RunResult& result)
{
    if (result.ok && request.dryRun)
        m_summary->setText(tr("Dry run: %n step(s) would change something.", nullptr, int(result.toDo.size())));
    else if (result.ok)
        m_summary->setText(result.verified ? tr("✔ Done: verification passed in every datacenter.") : tr("✔ Done."));
    else
        m_summary->setText(u"✘ "_s + (result.cancelled ? tr("Cancelled.") : result.message));
}

void StepsPanel::setTopology(TopologyModel* topology)
{
    m_topology = topology;
}

void StepsPanel::updateActions()
{
    m_dryRunAction->setEnabled(!m_running);
    m_runAllAction->setEnabled(!m_running);
    m_runStepAction->setEnabled(!m_running && !selectedStep().isEmpty());
    m_cancelAction->setEnabled(m_running);
}

void StepsPanel::setRunning(bool running)
{
    m_running = running;
    updateActions();
    if (!running) {
        m_wait->setVisible(false);
        m_waits.clear();
    }
    Q_EMIT runningChanged(running);
}

void StepsPanel::showStep(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    QStringList text {
        index.data(StepModel::TitleRole).toString() + u" — "_s + index.data(StepModel::StateTextRole).toString(),
        index.data(StepModel::ExplanationRole).toString()};
    const QString message = index.data(StepModel::MessageRole).toString();
    if (!message.isEmpty())
        text << message;
    const auto section = [&text, &index](const QString& title, int role) {
        const QStringList lines = index.data(role).toStringList();
        if (!lines.isEmpty())
            text << title + u"\n  "_s + lines.join(u"\n  "_s);
    };
    section(tr("Changes:"), StepModel::ChangesRole);
    section(tr("Equivalent commands:"), StepModel::CommandsRole);
    section(tr("Log:"), StepModel::LogRole);
    m_details->setPlainText(text.join(u"\n\n"_s));
}

void StepsPanel::showWait(const QString& id, const StepWait& wait)
{
    const StepWait previous = m_waits.take(id);
    if (wait.isActive())
        m_waits.insert(id, wait);
    else if (previous.isActive() && previous.elapsedMs >= m_longWait.count())
        Q_EMIT attention(tr("%1 ended after %2 s.").arg(previous.what).arg(previous.elapsedMs / 1000));
    m_wait->setVisible(wait.isActive());
    if (!wait.isActive())
        return;
    m_wait->setRange(0, int(std::max<qint64>(1, wait.boundMs / 1000)));
    m_wait->setValue(int(std::min(wait.elapsedMs, wait.boundMs) / 1000));
    m_wait->setFormat(
        tr("Waiting for %1: %2 of at most %3 s").arg(wait.what).arg(wait.elapsedMs / 1000).arg(wait.boundMs / 1000));
}

void StepsPanel::showLink(const LinkCheck& link)
{
    if (!m_topology)
        return;
    m_topology->setLinkResult(linkIdOf(link), link.ok ? LinkState::Ok : LinkState::Failing, link.detail);
}

} // namespace meshfed
