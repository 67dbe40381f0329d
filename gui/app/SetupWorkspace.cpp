#include "gui/app/SetupWorkspace.h"

#include "gui/app/PlanExporter.h"
#include "gui/app/PlanFileActions.h"
#include "gui/connections/ConnectionsPanel.h"
#include "gui/plan/PlanForm.h"
#include "gui/values/ValuesEditorWidget.h"
#include "model/plan/PlanDocument.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
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
    , m_export(new QAction(tr("&Export values, policies and setup.sh…"), this))
{
    setObjectName(u"setupWorkspace"_s);
    m_tabs->setObjectName(u"workspaceTabs"_s);
    m_tabs->addTab(m_form, tr("&Plan"));
    m_tabs->addTab(m_connections, tr("&Connections"));
    m_tabs->addTab(m_values, tr("&Values files"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_export->setObjectName(u"actionExport"_s);
    connect(m_export, &QAction::triggered, this,
        [this] { PlanExporter::exportTo(this, m_plan->plan(), m_values->documents()); });
    connect(m_plan, &PlanDocument::planChanged, this, &SetupWorkspace::regenerateValues);
    connect(m_values, &ValuesEditorWidget::diffRequested, this, &SetupWorkspace::showDiff);
    regenerateValues();
}

void SetupWorkspace::regenerateValues()
{
    m_values->setGeneratedFiles(ValuesGenerator::all(m_plan->plan()));
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
