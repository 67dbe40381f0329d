#include "gui/app/PlanFileActions.h"

#include "gui/common/Dialogs.h"
#include "model/plan/PlanDocument.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

const QString kRecentKey = u"recentPlans"_s;
constexpr int kRecentLimit = 8;
const char* kFilter = QT_TRANSLATE_NOOP("meshfed::PlanFileActions", "Meshfed plans (*.yaml *.yml);;All files (*)");

} // namespace

PlanFileActions::PlanFileActions(PlanDocument* document, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_new(new QAction(tr("&New plan"), this))
    , m_open(new QAction(tr("&Open plan…"), this))
    , m_save(new QAction(tr("&Save plan"), this))
    , m_saveAs(new QAction(tr("Save plan &as…"), this))
    , m_recent(new QMenu(tr("Open &recent"), window))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_new->setObjectName(u"actionNewPlan"_s);
    m_open->setObjectName(u"actionOpenPlan"_s);
    m_save->setObjectName(u"actionSavePlan"_s);
    m_saveAs->setObjectName(u"actionSavePlanAs"_s);
    m_recent->setObjectName(u"menuRecentPlans"_s);
    connect(m_new, &QAction::triggered, this, [this] {
        if (maybeSave())
            m_document->newPlan();
    });
    connect(m_open, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString path = FileDialogs::openFile(m_window, tr("Open a plan"), tr(kFilter));
        if (!path.isEmpty())
            openPath(path);
    });
    connect(m_save, &QAction::triggered, this, &PlanFileActions::save);
    connect(m_saveAs, &QAction::triggered, this, &PlanFileActions::saveAs);
    rebuildRecentMenu();
}

bool PlanFileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer
        = MessageBoxes::question(m_window, tr("Unsaved plan"), tr("The plan has unsaved changes. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool PlanFileActions::openPath(const QString& path)
{
    QList<FileProblem> problems;
    if (!m_document->open(path, &problems)) {
        QStringList lines;
        for (const FileProblem& problem : problems)
            lines << problem.toString();
        MessageBoxes::warning(m_window, tr("The plan was not opened"), lines.join(u'\n'));
        return false;
    }
    remember(path);
    return true;
}

bool PlanFileActions::save()
{
    if (m_document->path().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
        MessageBoxes::warning(m_window, tr("The plan was not saved"), error);
        return false;
    }
    return true;
}

bool PlanFileActions::saveAs()
{
    const QString suggested = m_document->path().isEmpty() ? u"federation-plan.yaml"_s : m_document->path();
    const QString path = FileDialogs::saveFile(m_window, tr("Save the plan"), suggested, tr(kFilter));
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->saveAs(path, &error)) {
        MessageBoxes::warning(m_window, tr("The plan was not saved"), error);
        return false;
    }
    remember(path);
    return true;
}

QStringList PlanFileActions::recentPlans() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void PlanFileActions::remember(const QString& path)
{
    QStringList recent = recentPlans();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(kRecentKey, recent.mid(0, kRecentLimit));
    rebuildRecentMenu();
}

void PlanFileActions::rebuildRecentMenu()
{
    m_recent->clear();
    for (const QString& path : recentPlans()) {
        QAction* action = m_recent->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openPath(path);
        });
    }
    m_recent->setEnabled(!m_locked && !m_recent->isEmpty());
}

void PlanFileActions::setLocked(bool locked)
{
    m_locked = locked;
    m_new->setEnabled(!locked);
    m_open->setEnabled(!locked);
    rebuildRecentMenu();
}

} // namespace meshfed
