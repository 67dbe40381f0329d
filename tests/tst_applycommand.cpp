// `meshfed apply` through the command line: the demo runs the default plan against the embedded
// simulator to verified Consul in both datacenters; its dry run and bad input.
#include "model/plan/PlanFile.h"
#include "services/sim/kube/SimCluster.h"
#include "services/sim/Simulator.h"
#include "tests/support/CliRun.h"

#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

using Run = test::CliRun;
using test::runMeshfed;

} // namespace

class TestApplyCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoEndsVerified()
    {
        QTemporaryDir values;
        const Run run = runMeshfed({u"apply"_s, u"--demo"_s, u"--values-dir"_s, values.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(u"[done] verify/dc2 — Verify dc2"_s));
        QVERIFY2(run.out.contains(u"Verification passed in dc1, dc2"_s), qPrintable(run.out));
        QVERIFY(QFile::exists(values.filePath(u"consul-dc2.yaml"_s)));
    }

    void demoDryRunListsChanges()
    {
        const Run run = runMeshfed({u"apply"_s, u"--demo"_s, u"--dry-run"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"[to do] kv-mount"_s));
        QVERIFY(run.out.contains(u"helm upgrade --install vault-dc1 vault"_s));
        QVERIFY(run.out.contains(u"nothing written"_s));
    }

    void planDryRunUsesHelmAndTheKubeconfig()
    {
        // The real path: a plan file, a kubeconfig, helm from PATH (here the fake that records its
        // arguments), against the simulator's API servers and Vault.
        Simulator simulator;
        QString error;
        QVERIFY2(simulator.start(&error), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(simulator.writeConnectionFiles(dir.path(), &error));
        FederationPlan plan = FederationPlan::defaults();
        plan.datacenters[0].kubeContext = Simulator::contextName(0);
        plan.datacenters[1].kubeContext = Simulator::contextName(1);
        QVERIFY(PlanFile::save(plan, dir.filePath(u"plan.yaml"_s), &error));
        QVERIFY(QFile::link(QStringLiteral(MESHFED_SOURCE_DIR "/tests/data/helm/fake-helm"), dir.filePath(u"helm"_s)));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QByteArray(dir.path().toUtf8() + ':' + path)); // Qt 6.8: no QStringBuilder to QByteArrayView
        qputenv("FAKE_HELM_LOG", dir.filePath(u"helm.log"_s).toUtf8());
        const Run run = runMeshfed({u"apply"_s, u"--plan"_s, dir.filePath(u"plan.yaml"_s), u"--kubeconfig"_s,
            dir.filePath(u"kubeconfig"_s), u"--dry-run"_s});
        qputenv("PATH", path);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(u"[to do] vault-install/dc1"_s));
        QVERIFY(run.out.contains(u"[to do] reviewer/dc2"_s)); // read from sim-dc2 through the kubeconfig
        QFile log(dir.filePath(u"helm.log"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString calls = QString::fromUtf8(log.readAll()).replace(u'\n', u' ');
        QVERIFY2(calls.contains(u"status vault-dc1 --kube-context sim-dc1 --namespace default -o json"_s),
            qPrintable(calls));
        QVERIFY(!calls.contains(u"upgrade"_s));
        QCOMPARE(simulator.cluster(1).server().counters().writes, 0);
    }

    void unknownStepAndMissingPlanAreErrors()
    {
        Run run = runMeshfed({u"apply"_s, u"--demo"_s, u"--step"_s, u"no-such-step"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"no-such-step"_s));
        run = runMeshfed({u"apply"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--plan"_s));
    }
};

QTEST_GUILESS_MAIN(TestApplyCommand)
#include "tst_applycommand.moc"
