// The procedure as data (model/engine): step lists, dependencies, the steps panel's model,
// redaction, diagnoses and value diffs.
#include "model/engine/Diagnosis.h"
#include "model/engine/LineDiff.h"
#include "model/engine/Procedure.h"
#include "model/engine/Redactor.h"
#include "model/engine/StepModel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestStepModel : public QObject
{
    Q_OBJECT

private:
    static QStringList ids(const QList<StepDefinition>& steps)
    {
        QStringList out;
        for (const StepDefinition& s : steps)
            out << s.id;
        return out;
    }

private Q_SLOTS:
    void defaultPlanFollowsTheRunBook()
    {
        const QStringList got = ids(Procedure::steps(FederationPlan::defaults()));
        const QStringList expected {u"vault-install/dc1"_s, u"vault-address"_s, u"kv-mount"_s, u"pki-mount"_s,
            u"pki-tune"_s, u"auth/dc1"_s, u"reviewer/dc2"_s, u"auth/dc2"_s, u"vault-install/dc2"_s, u"secrets"_s,
            u"pki-root"_s, u"policies"_s, u"auth-roles/dc1"_s, u"pki-role/dc1"_s, u"auth-roles/dc2"_s,
            u"pki-role/dc2"_s, u"preflight/dc1"_s, u"preflight/dc2"_s, u"injector/dc1"_s, u"injector/dc2"_s,
            u"consul-install/dc1"_s, u"mesh-gateway"_s, u"consul-install/dc2"_s, u"verify/dc1"_s, u"verify/dc2"_s};
        QCOMPARE(got, expected);
    }

    void valuesFilesMapToTheirInstallStep_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("step");
        QTest::newRow("vault primary") << u"vault-dc1.yaml"_s << u"vault-install/dc1"_s;
        QTest::newRow("consul secondary") << u"consul-dc2.yaml"_s << u"consul-install/dc2"_s;
        QTest::newRow("a third datacenter") << u"consul-dc3.yaml"_s << u"consul-install/dc3"_s;
        QTest::newRow("a policy") << u"policies/gossip.hcl"_s << QString();
        QTest::newRow("unknown datacenter") << u"vault-dc9.yaml"_s << QString();
    }

    void valuesFilesMapToTheirInstallStep()
    {
        QFETCH(QString, file);
        QFETCH(QString, step);
        FederationPlan plan = FederationPlan::defaults();
        plan.addSecondary(u"dc3"_s);
        QCOMPARE(Procedure::installStepOf(plan, file), step);
        if (!step.isEmpty()) // the step exists in the plan's procedure
            QVERIFY(ids(Procedure::steps(plan)).contains(step));
    }

    void dependenciesPointBackwardsAndPreflightsPrecedeConsul()
    {
        FederationPlan plan = FederationPlan::defaults();
        plan.addSecondary(u"dc3"_s);
        const QList<StepDefinition> steps = Procedure::steps(plan);
        QSet<QString> seen;
        for (const StepDefinition& s : steps) {
            for (const QString& d : s.dependsOn)
                QVERIFY2(seen.contains(d), qPrintable(s.id + u" depends on later "_s + d));
            QVERIFY(!seen.contains(s.id));
            seen.insert(s.id);
            QVERIFY(!s.title.isEmpty() && !s.explanation.isEmpty());
        }
        // A third datacenter adds its own steps, with no code change.
        for (const QString& id : {u"reviewer/dc3"_s, u"auth/dc3"_s, u"vault-install/dc3"_s, u"preflight/dc3"_s,
                 u"consul-install/dc3"_s, u"verify/dc3"_s})
            QVERIFY2(seen.contains(id), qPrintable(id));
        const QStringList order = ids(steps);
        const qsizetype firstConsul = order.indexOf(u"consul-install/dc1"_s);
        for (const QString& p : {u"preflight/dc1"_s, u"preflight/dc2"_s, u"preflight/dc3"_s})
            QVERIFY(order.indexOf(p) < firstConsul);
        QCOMPARE(steps.at(order.indexOf(u"consul-install/dc3"_s)).dependsOn,
            (QStringList {u"mesh-gateway"_s, u"injector/dc3"_s, u"preflight/dc3"_s}));
    }

    void equivalentCommandsNameTheRealTools()
    {
        FederationPlan plan = FederationPlan::defaults();
        plan.datacenters[0].kubeContext = u"kind-dc1"_s;
        plan.datacenters[1].kubeContext = u"kind-dc2"_s;
        for (const StepDefinition& s : Procedure::steps(plan))
            QVERIFY2(!Procedure::commands(plan, s).isEmpty(), qPrintable(s.id));
        const StepDefinition install = Procedure::steps(plan).first();
        QCOMPARE(Procedure::commands(plan, install).first(),
            u"helm upgrade --install vault-dc1 vault --repo https://helm.releases.hashicorp.com --version 0.34.1 "
            "--kube-context kind-dc1 --namespace default --create-namespace -f vault-dc1.yaml --wait"_s);
    }

    void modelPassesTheTesterAndSignalsChanges()
    {
        StepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const FederationPlan plan = FederationPlan::defaults();
        model.setSteps(Procedure::steps(plan), plan);
        QCOMPARE(model.rowCount(), 25);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setState(u"kv-mount"_s, StepState::Conflict);
        QCOMPARE(changed.size(), 1);
        const QModelIndex kv = model.index(model.rowOf(u"kv-mount"_s));
        QCOMPARE(changed.first().at(0).toModelIndex(), kv);
        QCOMPARE(kv.data(StepModel::StateRole).toInt(), int(StepState::Conflict));
        QCOMPARE(kv.data(StepModel::StateTextRole).toString(), u"conflict"_s);
        model.setState(u"kv-mount"_s, StepState::Conflict); // no change, no signal
        QCOMPARE(changed.size(), 1);
        model.appendLog(u"kv-mount"_s, u"read sys/mounts"_s);
        model.setChanges(u"kv-mount"_s, {u"enable"_s});
        model.setWait(u"kv-mount"_s, {u"sys/health"_s, 1500, 600000});
        QCOMPARE(kv.data(StepModel::LogRole).toStringList(), QStringList {u"read sys/mounts"_s});
        QCOMPARE(kv.data(StepModel::ChangesRole).toStringList(), QStringList {u"enable"_s});
        QCOMPARE(kv.data(StepModel::WaitWhatRole).toString(), u"sys/health"_s);
        QCOMPARE(kv.data(StepModel::WaitElapsedRole).toLongLong(), 1500);
        QCOMPARE(kv.data(StepModel::WaitBoundRole).toLongLong(), 600000);
        QVERIFY(kv.data(StepModel::CommandsRole).toStringList().first().startsWith(u"vault secrets enable"_s));
        QCOMPARE(model.roleNames().value(StepModel::StateRole), QByteArray("state"));
        model.setSteps(Procedure::steps(plan), plan); // a reset keeps the tester happy
        QCOMPARE(model.state(u"kv-mount"_s), StepState::NotChecked);
    }

    void redactorHidesSecrets()
    {
        Redactor redactor;
        redactor.add(u"0f8e2d8a-1111-4222-8333-944445555666"_s);
        redactor.add(u"short"_s); // too short to be a secret worth hiding
        QCOMPARE(redactor.redact(u"token 0f8e2d8a-1111-4222-8333-944445555666 and short"_s),
            u"token <redacted> and short"_s);
    }

    void diagnosesMapToTheirFix()
    {
        const FederationPlan plan = FederationPlan::defaults();
        auto d = Diagnoser::diagnose(plan, u"dc1"_s,
            u"vault.read(consul/data/secret/bootstrap, map[]) Code: 403. Errors: * permission denied"_s);
        QVERIFY(d);
        QCOMPARE(d->fixStep, u"auth-roles/dc1"_s);
        QVERIFY2(d->fix.contains(u"bootstrap-token"_s), qPrintable(d->fix));
        d = Diagnoser::diagnose(
            plan, u"dc2"_s, u"Error making API request. URL: PUT /v1/auth/kubernetes-dc2/login Code: 403"_s);
        QVERIFY(d);
        QCOMPARE(d->fixStep, u"auth/dc2"_s);
        d = Diagnoser::diagnose(plan, u"dc1"_s, u"common name consul-server.other not allowed by this role"_s);
        QCOMPARE(d->fixStep, u"pki-role/dc1"_s);
        d = Diagnoser::diagnose(plan, u"dc1"_s, u"x509: certificate signed by unknown authority"_s);
        QCOMPARE(d->fixStep, u"auth/dc1"_s);
        d = Diagnoser::diagnose(plan, u"dc1"_s, u"Unauthenticated desc = ACL not found"_s);
        QVERIFY(d->fix.contains(u"bootstrap-token"_s));
        QVERIFY(!Diagnoser::diagnose(plan, u"dc1"_s, u"all good"_s));
    }

    void lineDiffShowsOnlyChanges()
    {
        QCOMPARE(lineDiff(u"a\nb\nc"_s, u"a\nB\nc\nd"_s), (QStringList {u"- b"_s, u"+ B"_s, u"+ d"_s}));
        QVERIFY(lineDiff(u"same"_s, u"same"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStepModel)
#include "tst_stepmodel.moc"
