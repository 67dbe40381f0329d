// Setup → Steps in demo mode, by clicking: a dry run lists what would change and writes nothing,
// Run all takes the simulator from empty to verified in both datacenters, the preflight's results
// colour the topology's links, and without a token the panel says what is missing.
#include "gui/app/DemoSession.h"
#include "gui/app/MainWindow.h"
#include "gui/app/SetupWorkspace.h"
#include "gui/connections/ConnectionsPanel.h"
#include "gui/steps/StepsPanel.h"
#include "model/engine/StepModel.h"
#include "model/plan/PlanDocument.h"
#include "model/topology/TopologyModel.h"
#include "services/sim/helm/SimHelm.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"
#include "tests/support/SimScenario.h"

#include <QAbstractProxyModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestStepsPanel : public QObject
{
    Q_OBJECT

private:
    struct Demo
    {
        DemoSession session;
        MainWindow window;
    };

    static bool start(Demo& demo)
    {
        QString error;
        if (!demo.session.start(scenario::fastSimulator(), &error))
            return false;
        demo.window.showWorkspace(demo.session.workspace());
        SetupWorkspace* setup = demo.window.setupWorkspace();
        setup->planDocument()->adopt(demo.session.plan());
        setup->connections()->setKubeconfigPath(demo.session.kubeconfigPath());
        setup->connections()->setVaultToken(demo.session.simulator().vault().rootToken());
        setup->setHelm(&demo.session.simulator().helm());
        return true;
    }

    /// The StepModel under the list's checklist.
    static StepModel* shownModel(QListView* steps)
    {
        return qobject_cast<StepModel*>(qobject_cast<QAbstractProxyModel*>(steps->model())->sourceModel());
    }

    static RunResult click(StepsPanel* panel, const QString& button)
    {
        QSignalSpy finished(panel, &StepsPanel::runFinished);
        QTest::mouseClick(panel->findChild<QPushButton*>(button), Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(180000))
            return {};
        return finished.at(0).at(0).value<RunResult>();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dryRunThenRunAllByClicking()
    {
        Demo demo;
        QVERIFY(start(demo));
        demo.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&demo.window));
        StepsPanel* panel = demo.window.setupWorkspace()->steps();
        panel->setLongWaitThreshold(std::chrono::milliseconds(0));
        QSignalSpy attention(panel, &StepsPanel::attention);

        const RunResult dry = click(panel, u"dryRun"_s);
        QVERIFY2(dry.ok, qPrintable(dry.message));
        QVERIFY(!dry.toDo.isEmpty());
        QVERIFY(dry.applied.isEmpty());
        QVERIFY(panel->findChild<QLabel*>(u"runSummary"_s)->text().contains(u"Dry run"_s));
        QCOMPARE(demo.session.simulator().helm().installCount(), 0); // a dry run writes nothing

        const RunResult all = click(panel, u"runAll"_s);
        QVERIFY2(all.ok && all.verified, qPrintable(all.message));
        QVERIFY(panel->findChild<QLabel*>(u"runSummary"_s)->text().contains(u"verification passed"_s));
        auto* steps = panel->findChild<QListView*>(u"steps"_s);
        QCOMPARE(shownModel(steps), panel->engine()->model());
        QVERIFY(steps->model()->rowCount() > 10);
        for (int row = 0; row < steps->model()->rowCount(); ++row) {
            const QModelIndex step = steps->model()->index(row, 0);
            QCOMPARE(StepState(step.data(StepModel::StateRole).toInt()), StepState::Done);
            QVERIFY2(step.data().toString().startsWith(u"✔  "_s), qPrintable(step.data().toString())); // checked off
        }

        // helm --wait and the load balancers were waited for, and the run ended: announced.
        QStringList announced;
        for (const QList<QVariant>& signal : std::as_const(attention))
            announced << signal.at(0).toString();
        QVERIFY2(announced.join(u'\n').contains(u"ended after"_s), qPrintable(announced.join(u'\n')));
        QVERIFY2(announced.contains(u"✔ Done: verification passed in every datacenter."_s),
            qPrintable(announced.join(u'\n')));
        TopologyModel* topology = demo.session.workspace().topology;
        QCOMPARE(topology->link(TopologyModel::vaultToApiServerLinkId(u"dc2"_s))->state, LinkState::Ok);
        QCOMPARE(topology->link(TopologyModel::agentsToVaultLinkId(u"dc1"_s))->state, LinkState::Ok);
    }

    void listsThePlansStepsThenRunsTheSelectedOne()
    {
        Demo demo;
        QVERIFY(start(demo));
        StepsPanel* panel = demo.window.setupWorkspace()->steps();
        auto* steps = panel->findChild<QListView*>(u"steps"_s);
        QVERIFY(steps->model()->rowCount() > 10); // before any run: the plan's steps, not checked
        QCOMPARE(StepState(steps->model()->index(0, 0).data(StepModel::StateRole).toInt()), StepState::NotChecked);
        QVERIFY(!panel->findChild<QPushButton*>(u"runStep"_s)->isEnabled()); // nothing selected

        QSignalSpy attention(panel, &StepsPanel::attention); // below the 30 s threshold: nothing
        // The first step needs nothing before it: Run step applies it alone.
        StepModel* model = shownModel(steps);
        const QString first = model->definition(0).id;
        QVERIFY(model->definition(0).dependsOn.isEmpty());
        steps->setFocus();
        steps->setCurrentIndex(steps->model()->index(0, 0));
        QVERIFY(panel->findChild<QPushButton*>(u"runStep"_s)->isEnabled());
        RunResult result = click(panel, u"runStep"_s);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.applied, QStringList {first});
        QCOMPARE(panel->selectedStep(), first); // the selection survives the new engine
        QCOMPARE(panel->engine()->model()->state(first), StepState::Done);
        QVERIFY(attention.isEmpty());

        // A step whose dependency is not done says so and writes nothing.
        const int installs = demo.session.simulator().helm().installCount();
        panel->selectStep(u"consul-install/dc2"_s);
        result = click(panel, u"runStep"_s);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(u"which is not done yet"_s), qPrintable(result.message));
        QCOMPARE(demo.session.simulator().helm().installCount(), installs);

        // Another plan: the list shows its steps again, not checked.
        FederationPlan plan = demo.window.setupWorkspace()->planDocument()->plan();
        plan.addSecondary(u"dc3"_s);
        demo.window.setupWorkspace()->planDocument()->setPlan(plan);
        QVERIFY(shownModel(steps)->rowOf(u"auth/dc3"_s) >= 0);
        QCOMPARE(StepState(steps->currentIndex().data(StepModel::StateRole).toInt()), StepState::NotChecked);
    }

    void withoutATokenThePanelSaysWhatIsMissing()
    {
        Demo demo;
        QVERIFY(start(demo));
        demo.window.setupWorkspace()->connections()->setVaultToken({});
        const RunResult result = click(demo.window.setupWorkspace()->steps(), u"runAll"_s);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(u"token"_s), qPrintable(result.message));
        QVERIFY(
            demo.window.setupWorkspace()->steps()->findChild<QLabel*>(u"runSummary"_s)->text().contains(u"token"_s));
    }
};

QTEST_MAIN(TestStepsPanel)
#include "tst_stepspanel.moc"
