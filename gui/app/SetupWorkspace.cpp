#include "gui/app/SetupWorkspace.h"

#include "gui/app/PlanExporter.h"
#include "gui/app/PlanFileActions.h"
#include "gui/connections/ConnectionsPanel.h"
#include "gui/plan/PlanForm.h"
#include "gui/steps/StepsPanel.h"
#include "gui/values/ValuesEditorWidget.h"
#include "model/engine/Procedure.h"
#include "model/plan/PlanDocument.h"
#include "services/helm/ProcessHelmRunner.h"
#include "services/vault/VaultConfig.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace meshfed {

using namespace Qt::StringLiterals;

SetupWorkspace::SetupWorkspace(CredentialStore* keychain, QNetworkAccessManager* nam, QWidget* parent)
    : QWidget(parent)
    , m_plan(new PlanDocument(this))
    , m_files(new PlanFileActions(m_plan, this))
    , m_tabs(new QTabWidget(this))
    , m_form(new PlanForm(m_plan))
    , m_connections(new ConnectionsPanel(m_plan, keychain, nam))
    , m_values(new ValuesEditorWidget)
    , m_steps(new StepsPanel)
    , m_export(new QAction(tr("&Export values, policies and setup.sh…"), this))
    , m_connect(new QAction(tr("&Connect"), this))
    , m_nam(nam)
    , m_processHelm(std::make_unique<ProcessHelmRunner>())
    , m_helm(m_processHelm.get())
{
    setObjectName(u"setupWorkspace"_s);
    m_tabs->setObjectName(u"workspaceTabs"_s);
    m_tabs->addTab(m_form, tr("&Plan"));
    m_tabs->addTab(m_connections, tr("&Connections"));
    m_tabs->addTab(m_values, tr("&Values files"));
    m_tabs->addTab(m_steps, tr("S&teps"));
    m_steps->setEngineFactory([this](QString* error) { return createEngine(error); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_export->setObjectName(u"actionExport"_s);
    connect(m_export, &QAction::triggered, this,
        [this] { PlanExporter::exportTo(this, m_plan->plan(), m_values->documents()); });
    m_connect->setObjectName(u"actionConnect"_s);
    m_connect->setToolTip(tr("Test the connections to both clusters and to Vault"));
    connect(m_connect, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_connections);
        QCoro::connect(m_connections->testAll(), this, [] {});
    });
    connect(m_plan, &PlanDocument::planChanged, this, &SetupWorkspace::regenerateValues);
    connect(m_plan, &PlanDocument::planChanged, this, [this] { m_steps->setPlan(m_plan->plan()); });
    connect(m_steps, &StepsPanel::stepFinished, this, &SetupWorkspace::takeFoundValues);
    // The values files of a run are taken when it starts: edits wait for the next run.
    connect(m_steps, &StepsPanel::runningChanged, this, &SetupWorkspace::lockWhileRunning);
    connect(m_values, &ValuesEditorWidget::documentsChanged, this, &SetupWorkspace::showBlockedSteps);
    connect(m_values, &ValuesEditorWidget::diffRequested, this, &SetupWorkspace::showDiff);
    regenerateValues();
    m_steps->setPlan(m_plan->plan());
}

SetupWorkspace::~SetupWorkspace() = default;

std::unique_ptr<SetupEngine> SetupWorkspace::createEngine(QString* error)
{
    if (m_connections->commitVaultAddress()) { // a typed address counts even without Enter
        *error = m_connections->droppedTokenNotice();
        return nullptr;
    }
    const FederationPlan plan = m_plan->plan();
    VaultSettings vault;
    vault.token = m_connections->vaultToken();
    // VAULT_CACERT and the other vault CLI variables apply, as for the Test button.
    const std::optional<EngineEnvironment> environment
        = SetupEngine::environmentFor(plan, m_connections->kubeconfig(), m_nam, m_helm, vault, error);
    if (!environment)
        return nullptr;
    m_steps->setTlsWarnings(environment->warnings);
    if (environment->vault.token.isEmpty()) {
        *error = tr("Type Vault's token under Setup → Connections first.");
        return nullptr;
    }
    auto engine = std::make_unique<SetupEngine>(plan, *environment);
    m_runPlan = plan;
    EngineOptions options;
    options.editorValues = editorValues(m_values->documents());
    options.valuesDirectory = m_helmValues.path();
    engine->setOptions(options);
    return engine;
}

QHash<QString, EditorValues> SetupWorkspace::editorValues(const QList<ValuesDocument>& documents)
{
    QHash<QString, EditorValues> values;
    for (const ValuesDocument& document : documents)
        values.insert(document.name(), {document.generated(), document.text(), document.blockReason()});
    return values;
}

void SetupWorkspace::showBlockedSteps()
{
    QStringList notices;
    for (const ValuesDocument& document : m_values->documents()) {
        const QString step = Procedure::installStepOf(m_plan->plan(), document.name());
        const QString reason = document.blockReason();
        if (step.isEmpty())
            continue;
        if (!reason.isEmpty())
            notices << tr("%1 is blocked: %2 has %3. Fix it under Values files.").arg(step, document.name(), reason);
        else if (document.isEdited() && document.hasPendingRegeneration())
            notices << tr("%1 is blocked: %2 was edited and the plan now generates it differently. Keep the edits or "
                          "regenerate under Values files.")
                           .arg(step, document.name());
    }
    m_steps->setBlockedSteps(notices);
}

void SetupWorkspace::takeFoundValues()
{
    // Vault's address, the API server URLs and the mesh gateway that a run found: the values
    // editor then shows the files that needed them, exactly as helm gets them. They are not written
    // into the plan: the next run finds them again, and they go when the plan's targets change.
    if (!m_steps->engine() || !m_plan->plan().sameTargets(m_runPlan))
        return;
    m_found = std::make_pair(m_runPlan, m_steps->engine()->runtimePlan());
    regenerateValues();
}

FederationPlan SetupWorkspace::planWithFoundValues() const
{
    FederationPlan plan = m_plan->plan();
    if (m_found && plan.sameTargets(m_found->first))
        plan.takeFoundValues(m_found->second);
    return plan;
}

void SetupWorkspace::regenerateValues()
{
    const FederationPlan plan = planWithFoundValues();
    m_values->setGeneratedFiles(ValuesGenerator::all(plan));
    m_connections->setFoundVaultAddress(m_plan->plan().vault.address.isEmpty() ? plan.vault.address : QString());
}

void SetupWorkspace::lockWhileRunning(bool running)
{
    // The run took the plan, the connections and the values files when it started.
    m_values->setReadOnly(running);
    m_form->setEnabled(!running);
    m_connections->setEnabled(!running);
    m_files->setLocked(running);
}

void SetupWorkspace::showDiff(const QString& name, const QString& diff)
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"diffDialog"_s);
    dialog->setWindowTitle(tr("Changes in %1").arg(name));
    auto* text = new QPlainTextEdit(diff.isEmpty() ? tr("No changes: the file is as the plan generates it.") : diff);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(760, 520);
    dialog->open();
}

} // namespace meshfed
