#include "gui/app/MainWindow.h"
#include "gui/app/SetupWorkspace.h"
#include "gui/common/Dialogs.h"
#include "model/plan/PlanDocument.h"

#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

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
        QCOMPARE(menus, (QStringList {u"&File"_s, u"&Help"_s}));
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
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
