#include "model/plan/PlanFile.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader = "apiVersion: meshfed.org/v1\nkind: FederationPlan\n";

FederationPlan planWithEveryFieldSet()
{
    FederationPlan plan = FederationPlan::defaults();
    plan.consul.globalName = u"hashi"_s;
    plan.consul.domain = u"mesh.local"_s;
    plan.vault.address = u"http://203.0.113.10:8200"_s;
    plan.vault.kvMount = u"kv-consul"_s;
    plan.vault.gossip = {u"team/gossip"_s, u"value"_s};
    plan.datacenters[0].kubeContext = u"prod-east"_s;
    plan.datacenters[0].kubeNamespace = u"mesh"_s;
    plan.datacenters[0].meshGatewayAddress = u"gw.example.com"_s;
    plan.datacenters[0].replicas = {3, 2, 2};
    plan.datacenters[1].kubeContext = u"prod-west"_s;
    plan.datacenters[1].apiServerUrl = u"https://198.51.100.20:6443"_s;
    plan.addSecondary(u"dc3"_s).kubeContext = u"prod-north"_s;
    return plan;
}

} // namespace

class TestPlanFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        const FederationPlan plan = planWithEveryFieldSet();
        QList<FileProblem> problems;
        const auto loaded = PlanFile::parse(PlanFile::serialize(plan), u"plan.yaml"_s, &problems);
        QVERIFY2(loaded, qPrintable(problems.value(0).toString()));
        QVERIFY(problems.isEmpty());
        QCOMPARE(*loaded, plan);
    }

    void serializationIsByteStable()
    {
        const FederationPlan plan = planWithEveryFieldSet();
        QCOMPARE(PlanFile::serialize(plan), PlanFile::serialize(plan));
        QList<FileProblem> problems;
        const auto loaded = PlanFile::parse(PlanFile::serialize(plan), u"plan.yaml"_s, &problems);
        QVERIFY(loaded);
        QCOMPARE(PlanFile::serialize(*loaded), PlanFile::serialize(plan));
    }

    void starterPlanExplainsItself()
    {
        const QByteArray text = PlanFile::serialize(FederationPlan::defaults());
        QVERIFY(text.startsWith("# Meshfed federation plan"));
        QVERIFY(text.contains("# The first datacenter is the primary"));
        QVERIFY(text.contains("authMount: kubernetes-dc1  # Vault Kubernetes auth mount, without auth/"));
    }

    void missingKeysKeepTheDefaults()
    {
        QList<FileProblem> problems;
        const auto plan = PlanFile::parse(kHeader + "consul:\n  name: hashi\n", u"p.yaml"_s, &problems);
        QVERIFY(plan);
        QCOMPARE(plan->consul.globalName, u"hashi"_s);
        QCOMPARE(plan->datacenters.size(), 2);
        QCOMPARE(plan->datacenters.at(1).authMount, u"kubernetes-dc2"_s);
    }

    void datacenterDefaultsFollowTheirName()
    {
        QList<FileProblem> problems;
        const auto plan = PlanFile::parse(
            kHeader + "datacenters:\n  - name: east\n    namespace: mesh\n  - name: west\n", u"p.yaml"_s, &problems);
        QVERIFY(plan);
        QCOMPARE(plan->datacenters.size(), 2);
        QCOMPARE(plan->datacenters.at(1).authMount, u"kubernetes-west"_s);
        QCOMPARE(plan->datacenters.at(1).reviewerServiceAccount, u"vault-west-auth-method"_s);
        QCOMPARE(plan->datacenters.at(1).kubeNamespace, u"mesh"_s); // follows the primary
        QVERIFY(plan->datacenters.at(0).reviewerServiceAccount.isEmpty());
    }

    void errorsAreLocated_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown top-level key") << kHeader + "consol:\n  name: x\n"
                                               << 3 << 1 << u"unknown key \"consol\" in the plan"_s;
        QTest::newRow("unknown nested key") << kHeader + "vault:\n  kv:\n    mont: consul\n"
                                            << 5 << 5 << u"unknown key \"mont\" in vault.kv"_s;
        QTest::newRow("typo in a datacenter")
            << kHeader + "datacenters:\n  - name: dc1\n    namspace: x\n  - name: dc2\n"
            << 5 << 5 << u"unknown key \"namspace\" in datacenters[0]"_s;
        QTest::newRow("number expected") << kHeader
                + "datacenters:\n  - name: dc1\n    replicas:\n      server: three\n"
                                         << 6 << 15 << u"datacenters[0].replicas.server must be a whole number"_s;
        QTest::newRow("map instead of text") << kHeader + "consul:\n  name:\n    x: y\n"
                                             << 5 << 5 << u"consul.name must be a text value, found a map"_s;
        QTest::newRow("list instead of map") << kHeader + "vault: [a, b]\n"
                                             << 3 << 8 << u"vault must be a map, found a list"_s;
        QTest::newRow("map instead of list") << kHeader + "datacenters:\n  name: dc1\n"
                                             << 4 << 3 << u"datacenters must be a list"_s;
        QTest::newRow("wrong apiVersion") << QByteArray("apiVersion: v2\nkind: FederationPlan\n") << 1 << 13
                                          << u"apiVersion must be meshfed.org/v1"_s;
        QTest::newRow("missing kind") << QByteArray("apiVersion: meshfed.org/v1\n") << 1 << 1
                                      << u"kind must be FederationPlan"_s;
        QTest::newRow("duplicate key") << kHeader + "consul:\n  name: a\n  name: b\n"
                                       << 5 << 3 << u"duplicate key \"consul.name\""_s;
        QTest::newRow("broken YAML") << kHeader + "consul:\n  name: [unclosed\n" << 5 << 1 << u"not valid YAML"_s;
        QTest::newRow("a token has no place") << kHeader + "vault:\n  token: hvs.secret\n"
                                              << 4 << 3 << u"unknown key \"token\" in vault"_s;
    }

    void errorsAreLocated()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QList<FileProblem> problems;
        QVERIFY(!PlanFile::parse(text, u"plan.yaml"_s, &problems));
        QVERIFY(!problems.isEmpty());
        const FileProblem& first = problems.first();
        QVERIFY2(first.message.contains(message), qPrintable(first.toString()));
        QCOMPARE(first.line, line);
        QCOMPARE(first.column, column);
        QVERIFY(first.toString().startsWith(u"plan.yaml:%1:%2: "_s.arg(line).arg(column)));
    }

    void everyProblemIsReported()
    {
        QList<FileProblem> problems;
        QVERIFY(!PlanFile::parse(kHeader + "consol: 1\nvalt: 2\n", u"p.yaml"_s, &problems));
        QCOMPARE(problems.size(), 2);
    }

    void aPlanFileNeverHoldsASecret()
    {
        // Every value a plan can hold, filled in; then look for anything shaped like a secret.
        const QString text = QString::fromUtf8(PlanFile::serialize(planWithEveryFieldSet()));
        const QRegularExpression secretShapes(
            u"hvs\\.|s\\.[A-Za-z0-9]{24}|eyJ[A-Za-z0-9_-]{10,}|BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)|"
            u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9+/]{43}="_s);
        QVERIFY2(!secretShapes.match(text).hasMatch(), qPrintable(secretShapes.match(text).captured()));
        // And no key of the schema is meant to carry one.
        const QRegularExpression secretKeys(
            u"^\\s*(-\\s*)?(token|jwt|password|secret|privateKey|caCert|reviewerJwt):"_s,
            QRegularExpression::MultilineOption);
        QVERIFY2(!secretKeys.match(text).hasMatch(), qPrintable(secretKeys.match(text).captured()));
    }

    void saveAndLoadFromDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.yaml"_s);
        QString error;
        QVERIFY(PlanFile::save(planWithEveryFieldSet(), path, &error));
        QList<FileProblem> problems;
        const auto loaded = PlanFile::load(path, &problems);
        QVERIFY(loaded);
        QCOMPARE(*loaded, planWithEveryFieldSet());
    }

    void failedSaveKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing-folder/plan.yaml"_s);
        QString error;
        QVERIFY(!PlanFile::save(FederationPlan::defaults(), path, &error));
        QVERIFY(error.contains(path));
    }

    void unreadableFileNamesIt()
    {
        QList<FileProblem> problems;
        QVERIFY(!PlanFile::load(u"/nonexistent/plan.yaml"_s, &problems));
        QVERIFY(problems.first().toString().startsWith(u"/nonexistent/plan.yaml: cannot read the plan"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
