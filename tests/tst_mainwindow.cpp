#include "gui/app/MainWindow.h"
#include "gui/app/SetupWorkspace.h"
#include "gui/common/Dialogs.h"
#include "gui/common/Notifier.h"
#include "gui/connections/ConnectionsPanel.h"
#include "gui/steps/StepsPanel.h"
#include "model/plan/PlanDocument.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsWithTitleMenusAndStatus()
    {
        meshfed::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"untitled plan[*]"_s); // Qt appends the display name, Meshfed
        QVERIFY(!window.isWindowModified());
        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, (QStringList {u"&File"_s, u"S&etup"_s, u"&View"_s, u"&Help"_s}));
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    }

    void toolBarHoldsTheSetupActions()
    {
        meshfed::MainWindow window;
        auto* bar = window.findChild<QToolBar*>(u"mainToolBar"_s);
        QVERIFY(bar);
        QStringList names;
        for (QAction* action : bar->actions()) {
            if (!action->isSeparator())
                names << action->objectName();
        }
        QCOMPARE(names,
            (QStringList {u"actionOpenPlan"_s, u"actionSavePlan"_s, u"actionConnect"_s, u"actionDryRun"_s,
                u"actionRunStep"_s, u"actionRunAll"_s, u"actionCancelRun"_s, u"actionExport"_s}));
        // Nothing runs yet: Cancel is off, and Run step waits for a selected step.
        QVERIFY(window.findChild<QAction*>(u"actionRunAll"_s)->isEnabled());
        QVERIFY(!window.findChild<QAction*>(u"actionCancelRun"_s)->isEnabled());
        QVERIFY(!window.findChild<QAction*>(u"actionRunStep"_s)->isEnabled());
        window.setupWorkspace()->steps()->selectStep(u"kv-mount"_s);
        QVERIFY(window.findChild<QAction*>(u"actionRunStep"_s)->isEnabled());
        // Every run action has a key of its own.
        for (const QString& name : {u"actionDryRun"_s, u"actionRunStep"_s, u"actionRunAll"_s, u"actionCancelRun"_s})
            QVERIFY2(!window.findChild<QAction*>(name)->shortcut().isEmpty(), qPrintable(name));
    }

    void connectShowsTheConnections()
    {
        meshfed::MainWindow window;
        window.findChild<QAction*>(u"actionConnect"_s)->trigger();
        QCOMPARE(window.setupWorkspace()->tabs()->currentWidget(), window.setupWorkspace()->connections());
    }

    void aLongWaitEndingInTheBackgroundNotifies()
    {
        meshfed::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // While the window is active the user sees the end of the wait: no notification.
        QTRY_VERIFY(window.isActiveWindow());
        Q_EMIT window.setupWorkspace()->steps()->attention(u"the load balancer ended after 60 s."_s);
        QVERIFY(window.notifier()->lastMessage().isEmpty());
        QWidget other; // another window comes to the front
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        other.activateWindow();
        QTRY_VERIFY(!window.isActiveWindow());
        Q_EMIT window.setupWorkspace()->steps()->attention(u"helm --wait for consul-dc1 in dc1 ended after 95 s."_s);
        QCOMPARE(window.notifier()->lastMessage(), u"helm --wait for consul-dc1 in dc1 ended after 95 s."_s);
    }

    void everyInputHasAnAccessibleName()
    {
        meshfed::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        for (QWidget* widget : window.findChildren<QWidget*>()) {
            if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QTabBar*>(widget)
                || qobject_cast<QTabWidget*>(widget) || qobject_cast<QAbstractButton*>(widget)
                || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) || widget->window() != &window)
                continue; // buttons and tabs are named by their text, a spin box's line edit by the
                          // box, a combo box's popup list by the box
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            if (accessible && accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QString::fromLatin1(widget->metaObject()->className()) + u" "_s + widget->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void closingAsksBeforeAnUnsavedPlanIsLost()
    {
        meshfed::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        meshfed::PlanDocument* plan = window.setupWorkspace()->planDocument();
        meshfed::FederationPlan changed = plan->plan();
        changed.consul.globalName = u"hashi"_s;
        plan->setPlan(changed);
        QVERIFY(window.isWindowModified());
        meshfed::MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        meshfed::MessageBoxes::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    void quitActionClosesTheWindow()
    {
        meshfed::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* quit = window.findChild<QAction*>(u"actionQuit"_s);
        QVERIFY(quit);
        quit->trigger();
        QTRY_VERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
