#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace meshfed {

class PlanDocument;

/// New, Open, Save, Save As and the recent plans, for the window's File menu: asks before unsaved
/// changes are lost, shows a plan file's problems with their line and column, and keeps the recent
/// plans in QSettings (paths only: a plan file never holds a secret).
///
/// Usage:
///     PlanFileActions files(&planDocument, window);
///     menu->addActions({files.newAction(), files.openAction(), files.saveAction(), files.saveAsAction()});
///     if (!files.maybeSave()) event->ignore();   // in closeEvent
class PlanFileActions : public QObject
{
    Q_OBJECT

public:
    PlanFileActions(PlanDocument* document, QWidget* window);

    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QMenu* recentMenu() const { return m_recent; }
    /// While a run goes on: New, Open and the recent plans are off (the run took the plan).
    void setLocked(bool locked);

    bool maybeSave();
    bool openPath(const QString& path);
    bool save();
    bool saveAs();
    QStringList recentPlans() const;

private:
    void remember(const QString& path);
    void rebuildRecentMenu();

    PlanDocument* m_document;
    QWidget* m_window;
    QAction* m_new;
    QAction* m_open;
    QAction* m_save;
    QAction* m_saveAs;
    QMenu* m_recent;
    bool m_locked = false;
};

} // namespace meshfed
