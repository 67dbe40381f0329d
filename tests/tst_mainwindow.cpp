#include "gui/app/MainWindow.h"

#include <QApplication>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWithTitleMenusAndStatus()
    {
        meshfed::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"Meshfed"_s);
        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, (QStringList {u"&File"_s, u"&Help"_s}));
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
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
