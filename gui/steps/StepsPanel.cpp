#include "gui/steps/StepsPanel.h"

#include "gui/common/Dialogs.h"
#include "model/engine/StepModel.h"
#include "model/topology/TopologyModel.h"

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
    , m_list(new QListView(this))
    , m_details(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_wait(new QProgressBar(this))
    , m_dryRun(new QPushButton(tr("&Dry run"), this))
    , m_runAll(new QPushButton(tr("Run &all"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel"), this))
{
    setObjectName(u"stepsPanel"_s);
    m_list->setObjectName(u"steps"_s);
    m_list->setAccessibleName(tr("Steps of the procedure"));
    m_details->setObjectName(u"stepDetails"_s);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("The selected step: explanation, changes, commands and log"));
    m_summary->setObjectName(u"runSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_wait->setVisible(false);
    m_dryRun->setObjectName(u"dryRun"_s);
    m_runAll->setObjectName(u"runAll"_s);
    m_cancel->setObjectName(u"cancelRun"_s);
    m_cancel->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_wait);
    layout->addWidget(splitter, 1);

    connect(m_dryRun, &QPushButton::clicked, this, [this] { QCoro::connect(run(RunRequest::dry()), this, [] {}); });
    connect(m_runAll, &QPushButton::clicked, this, [this] { QCoro::connect(run(RunRequest::all()), this, [] {}); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->cancel();
    });
}

StepsPanel::~StepsPanel()
{
    if (m_engine)
        m_engine->cancel();
}

QCoro::Task<RunResult> StepsPanel::run(RunRequest request)
{
    RunResult result;
    if (m_engine && m_engine->isRunning())
        co_return result;
    QString error;
    std::unique_ptr<SetupEngine> engine = m_factory ? m_factory(&error) : nullptr;
    if (!engine) {
        result.message = error.isEmpty() ? tr("Nothing to run against yet.") : error;
        m_summary->setText(u"✘ "_s + result.message);
        Q_EMIT runFinished(result);
        co_return result;
    }
    m_engine = std::move(engine); // the previous engine and its model go; the list shows the new one
    m_engine->setConfirmation([this](const QString& id, const QString& diff) {
        return MessageBoxes::question(this, tr("Upgrade %1?").arg(id),
                   tr("The release runs with other values. Apply these changes?\n\n%1").arg(diff),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    });
    m_list->setModel(m_engine->model());
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &StepsPanel::showStep);
    connect(m_engine.get(), &SetupEngine::stepWaiting, this, &StepsPanel::showWait);
    connect(m_engine.get(), &SetupEngine::linkChecked, this, &StepsPanel::showLink);
    connect(m_engine->model(), &QAbstractItemModel::dataChanged, this, [this] { showStep(m_list->currentIndex()); });
    setRunning(true);
    m_summary->setText(request.dryRun ? tr("Checking every step (dry run: nothing is written)…") : tr("Running…"));
    QPointer<StepsPanel> self(this);
    SetupEngine* running = m_engine.get();
    result = co_await running->run(request);
    if (!self)
        co_return result;
    setRunning(false);
    if (result.ok && request.dryRun)
        m_summary->setText(tr("Dry run: %n step(s) would change something.", nullptr, int(result.toDo.size())));
    else if (result.ok)
        m_summary->setText(result.verified ? tr("✔ Done: verification passed in every datacenter.") : tr("✔ Done."));
    else
        m_summary->setText(u"✘ "_s + (result.cancelled ? tr("Cancelled.") : result.message));
    Q_EMIT runFinished(result);
    co_return result;
}

void StepsPanel::setTopology(TopologyModel* topology)
{
    m_topology = topology;
}

void StepsPanel::setRunning(bool running)
{
    m_dryRun->setEnabled(!running);
    m_runAll->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (!running)
        m_wait->setVisible(false);
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
    Q_UNUSED(id)
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
