#include "gui/app/MainWindow.h"

#include "model/AppInfo.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace meshfed {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(appInfo().name);
    auto* welcome = new QLabel(tr("Meshfed federates two Consul datacenters on Kubernetes with Vault as their "
                                  "secrets backend."),
        this);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    setCentralWidget(welcome);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 720);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Meshfed"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Meshfed"),
        tr("<p><b>Meshfed %1</b></p><p>Federates two Consul datacenters on two Kubernetes clusters "
           "through mesh gateways, with Vault as their secrets backend.</p>")
            .arg(appInfo().version));
}

} // namespace meshfed
