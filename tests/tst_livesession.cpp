// The window on real clusters (here the simulator's, over its kubeconfig and real sockets): the
// topology appears once the plan names contexts, follows a context change, and other plan
// edits leave the watches alone.
#include "gui/app/LiveSession.h"
#include "gui/app/MainWindow.h"
#include "gui/app/SetupWorkspace.h"
#include "gui/connections/ConnectionsPanel.h"
#include "gui/pods/PodTableView.h"
#include "gui/topology/TopologyScene.h"
#include "gui/topology/TopologyWidget.h"
#include "model/plan/PlanDocument.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"
#include "tests/support/SimScenario.h"

#include <QGraphicsItem>
#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestLiveSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    QTemporaryDir m_files;

    FederationPlan planWithContexts(const QString& dc1, const QString& dc2) const
    {
        FederationPlan plan = FederationPlan::defaults();
        plan.datacenters[0].kubeContext = dc1;
        plan.datacenters[1].kubeContext = dc2;
        return plan;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sim = std::make_unique<Simulator>(scenario::fastSimulator());
        QString error;
        QVERIFY2(m_sim->start(&error) && m_sim->writeConnectionFiles(m_files.path(), &error), qPrintable(error));
    }

    void nothingIsShownUntilThePlanNamesAContext()
    {
        MainWindow window;
        window.setupWorkspace()->connections()->setKubeconfigPath(m_files.filePath(u"kubeconfig"_s));
        LiveSession live(&window, window.networkAccessManager());
        live.refreshNow();
        QVERIFY(!window.topologyWidget());

        window.setupWorkspace()->planDocument()->adopt(planWithContexts(u"sim-dc1"_s, u"sim-dc2"_s));
        live.refreshNow();
        QVERIFY(window.topologyWidget());
        TopologyScene* scene = window.topologyWidget()->scene();
        QTRY_VERIFY(scene->itemFor(u"cluster:dc1"_s) && scene->itemFor(u"cluster:dc2"_s));
        QTRY_VERIFY(scene->itemFor(u"cluster:dc1"_s)->toolTip().contains(u"sim-dc1 · connected"_s));
        QTRY_VERIFY(scene->itemFor(u"cluster:dc2"_s)->toolTip().contains(u"sim-dc2 · connected"_s));
        QVERIFY(window.findChild<PodTableView*>(u"podTable-dc2"_s));
    }

    void testingVaultShowsItsHealthInTheStatusBar()
    {
        MainWindow window;
        SetupWorkspace* setup = window.setupWorkspace();
        setup->connections()->setKubeconfigPath(m_files.filePath(u"kubeconfig"_s));
        LiveSession live(&window, window.networkAccessManager());
        FederationPlan plan = planWithContexts(u"sim-dc1"_s, u"sim-dc2"_s);
        plan.vault.address = m_sim->vault().address().toString();
        setup->planDocument()->adopt(plan);
        live.refreshNow();
        auto* status = window.findChild<QLabel*>(u"connectionStatus"_s);
        QTRY_VERIFY(status->text().contains(u"Vault: unknown"_s)); // nothing read yet
        setup->connections()->setVaultToken(m_sim->vault().rootToken());
        QCoro::waitFor(setup->connections()->testVault());
        QTRY_VERIFY2(status->text().contains(u"Vault: active"_s), qPrintable(status->text()));
    }

    void aContextChangeRestartsTheWatchesOtherEditsDoNot()
    {
        MainWindow window;
        window.setupWorkspace()->connections()->setKubeconfigPath(m_files.filePath(u"kubeconfig"_s));
        window.setupWorkspace()->planDocument()->adopt(planWithContexts(u"sim-dc1"_s, u"sim-dc2"_s));
        LiveSession live(&window, window.networkAccessManager());
        live.refreshNow();
        TopologyWidget* shown = window.topologyWidget();
        QVERIFY(shown);

        FederationPlan edited = window.setupWorkspace()->planDocument()->plan();
        edited.vault.address = u"https://vault.example:8200"_s;
        window.setupWorkspace()->planDocument()->setPlan(edited);
        live.refreshNow();
        QCOMPARE(window.topologyWidget(), shown); // not rebuilt

        edited.datacenters[1].kubeContext = u"no-such-context"_s;
        window.setupWorkspace()->planDocument()->setPlan(edited);
        live.refreshNow();
        QVERIFY(window.findChild<PodTableView*>(u"podTable-dc1"_s));
        QVERIFY(!window.findChild<PodTableView*>(u"podTable-dc2"_s));
        QVERIFY2(window.statusBar()->currentMessage().contains(u"no-such-context"_s),
            qPrintable(window.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestLiveSession)
#include "tst_livesession.moc"
