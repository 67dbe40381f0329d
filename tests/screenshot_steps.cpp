// Retakes docs/screenshots/steps.png (README.md shows it): the demo window after Run all on the
// simulator, Setup → Steps with the preflight of dc2 selected. Not a test.
// Run under xvfb-run (or any display): screenshot_steps <out.png>.
#include "gui/app/DemoSession.h"
#include "gui/app/MainWindow.h"
#include "gui/app/SetupWorkspace.h"
#include "gui/connections/ConnectionsPanel.h"
#include "gui/steps/StepsPanel.h"
#include "model/plan/PlanDocument.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"
#include "tests/support/SimScenario.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace meshfed;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: screenshot_steps <out.png>\n");
        return 2;
    }
    DemoSession demo;
    QString error;
    if (!demo.start(scenario::fastSimulator(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow window;
    window.showWorkspace(demo.workspace());
    SetupWorkspace* setup = window.setupWorkspace();
    setup->planDocument()->adopt(demo.plan());
    setup->connections()->setKubeconfigPath(demo.kubeconfigPath());
    setup->connections()->setVaultToken(demo.simulator().vault().rootToken());
    setup->setHelm(&demo.simulator().helm());
    window.resize(1600, 1000);
    window.show();
    StepsPanel* steps = setup->steps();
    QSignalSpy finished(steps, &StepsPanel::runFinished);
    steps->runAllAction()->trigger();
    if (finished.isEmpty() && !finished.wait(180000)) {
        std::fprintf(stderr, "the run did not finish\n");
        return 1;
    }
    window.findChild<QTabWidget*>(u"mainTabs"_s)->setCurrentWidget(setup);
    setup->tabs()->setCurrentWidget(steps);
    steps->selectStep(u"preflight/dc2"_s);
    QTest::qWait(500);
    if (!window.grab().save(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "could not write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
