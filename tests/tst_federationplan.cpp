#include "model/plan/FederationPlan.h"
#include "model/plan/PlanExport.h"
#include "model/plan/ValuesGenerator.h"
#include "model/plan/VaultSetup.h"

#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestFederationPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowTheDocumentedProcedure()
    {
        const FederationPlan plan = FederationPlan::defaults();
        QCOMPARE(plan.datacenters.size(), 2);
        const DatacenterPlan& dc1 = plan.primary();
        const DatacenterPlan& dc2 = plan.datacenters.at(1);
        QCOMPARE(dc1.name, u"dc1"_s);
        QCOMPARE(dc1.authMount, u"kubernetes-dc1"_s);
        QCOMPARE(dc1.connectIntermediatePath, u"dc1/connect_inter/"_s);
        QVERIFY(dc1.reviewerServiceAccount.isEmpty());
        QCOMPARE(dc2.reviewerServiceAccount, u"vault-dc2-auth-method"_s);
        QCOMPARE(dc2.vaultRelease, u"vault-dc2"_s);
        QCOMPARE(plan.consul.chartVersion, u"2.0.3"_s);
        QCOMPARE(plan.vault.chartVersion, u"0.34.1"_s);
        QCOMPARE(plan.kvDataPath(plan.vault.gossip), u"consul/data/secret/gossip"_s);
        QCOMPARE(plan.pkiIssuePath(dc2), u"pki/issue/consul-cert-dc2"_s);
        QCOMPARE(plan.inClusterVaultAddress(), u"http://vault-dc1.default:8200"_s);
    }

    void vaultFullNameFollowsTheChart_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("fullName");
        QTest::newRow("contains vault") << u"vault-dc1"_s << u"vault-dc1"_s;
        QTest::newRow("vault in the middle") << u"my-vault-x"_s << u"my-vault-x"_s;
        QTest::newRow("without vault") << u"secrets"_s << u"secrets-vault"_s;
        QTest::newRow("suffix cut, no trailing dash") << QString(62, u'a') << QString(62, u'a');
        QTest::newRow("long release truncated to 63")
            << u"vault-"_s + QString(60, u'x') << u"vault-"_s + QString(57, u'x');
    }

    void vaultFullNameFollowsTheChart()
    {
        QFETCH(QString, release);
        QFETCH(QString, fullName);
        QCOMPARE(vaultFullName(release), fullName);
    }

    void primaryServerRoleReadsTheBootstrapToken()
    {
        const FederationPlan plan = FederationPlan::defaults();
        QCOMPARE(plan.serverPolicies(plan.primary()),
            (QStringList {u"gossip"_s, u"connect-ca-dc1"_s, u"consul-cert-dc1"_s, u"bootstrap-token"_s}));
        QCOMPARE(plan.serverPolicies(plan.datacenters.at(1)),
            (QStringList {u"gossip"_s, u"connect-ca-dc2"_s, u"consul-cert-dc2"_s, u"replication-token"_s}));
        QCOMPARE(plan.aclInitPolicies(plan.primary()), (QStringList {u"bootstrap-token"_s, u"replication-token"_s}));
        QCOMPARE(plan.aclInitPolicies(plan.datacenters.at(1)), (QStringList {u"replication-token"_s}));
    }

    void aThirdDatacenterIsOneMoreEntry()
    {
        FederationPlan plan = FederationPlan::defaults();
        plan.vault.address = u"http://203.0.113.10:8200"_s;
        plan.primary().meshGatewayAddress = u"192.0.2.30"_s;
        plan.datacenters[1].apiServerUrl = u"https://198.51.100.20:6443"_s;
        DatacenterPlan& dc3 = plan.addSecondary(u"dc3"_s);
        dc3.apiServerUrl = u"https://198.51.100.30:6443"_s;

        QStringList names;
        for (const GeneratedFile& file : PlanExport::files(plan)) {
            QVERIFY2(file.isComplete(), qPrintable(file.name));
            names << file.name;
        }
        for (const QString& expected : {u"vault-dc3.yaml"_s, u"consul-dc3.yaml"_s, u"policies/consul-cert-dc3.hcl"_s,
                 u"policies/connect-ca-dc3.hcl"_s})
            QVERIFY2(names.contains(expected), qPrintable(expected));
        const QByteArray consulDc3 = ValuesGenerator::consulValues(plan, *plan.find(u"dc3"_s)).content;
        QVERIFY(consulDc3.contains("primaryDatacenter: dc1"));
        QVERIFY(consulDc3.contains("k8sAuthMethodHost: \"https://198.51.100.30:6443\""));
        QVERIFY(consulDc3.contains("intermediatePKIPath: dc3/connect_inter/"));
        QCOMPARE(VaultSetup::authRoles(plan, *plan.find(u"dc3"_s)).first().path(),
            u"auth/kubernetes-dc3/role/consul-server"_s);
    }

    void findAndSecondaries()
    {
        FederationPlan plan = FederationPlan::defaults();
        QVERIFY(plan.find(u"dc2"_s));
        QVERIFY(!plan.find(u"dc9"_s));
        QCOMPARE(plan.secondaries().size(), 1);
        QVERIFY(plan.isPrimary(plan.datacenters.at(0)));
        QVERIFY(!plan.isPrimary(plan.datacenters.at(1)));
    }

    void takesOnlyFoundValuesThePlanLeavesEmpty()
    {
        FederationPlan plan = FederationPlan::defaults();
        plan.datacenters[1].apiServerUrl = u"https://dc2.example:6443"_s;
        FederationPlan found = plan;
        found.vault.address = u"http://203.0.113.10:8200"_s;
        found.primary().meshGatewayAddress = u"198.51.100.7"_s;
        found.datacenters[1].apiServerUrl = u"https://elsewhere:6443"_s;
        found.consul.globalName = u"changed"_s; // a choice, never a found value
        QVERIFY(plan.takeFoundValues(found));
        QCOMPARE(plan.vault.address, found.vault.address);
        QCOMPARE(plan.primary().meshGatewayAddress, u"198.51.100.7"_s);
        QCOMPARE(plan.datacenters[1].apiServerUrl, u"https://dc2.example:6443"_s); // the user's stays
        QCOMPARE(plan.consul.globalName, FederationPlan::defaults().consul.globalName);
        QVERIFY(!plan.takeFoundValues(found));
    }

    void sameTargetsComparesWhatFoundValuesDependOn()
    {
        const FederationPlan plan = FederationPlan::defaults();
        FederationPlan other = plan;
        other.primary().replicas.meshGateway = 3; // a choice: the same clusters and Vault
        other.consul.globalName = u"hashi"_s;
        QVERIFY(plan.sameTargets(other));
        other.datacenters[1].kubeContext = u"elsewhere"_s;
        QVERIFY(!plan.sameTargets(other));
        other = plan;
        other.vault.address = u"http://203.0.113.10:8200"_s;
        QVERIFY(!plan.sameTargets(other));
        other = plan;
        other.addSecondary(u"dc3"_s);
        QVERIFY(!plan.sameTargets(other));
    }
};

QTEST_GUILESS_MAIN(TestFederationPlan)
#include "tst_federationplan.moc"
