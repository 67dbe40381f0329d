#include "model/plan/PlanValidator.h"
#include "tests/support/PlanFixtures.h"

#include <QTest>

#include <functional>

using namespace meshfed;
using namespace Qt::StringLiterals;

using Mutation = std::function<void(FederationPlan&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

/// The documented plan with every run-time value known: no problem at all.

QString dump(const QList<PlanProblem>& problems)
{
    QStringList lines;
    for (const PlanProblem& p : problems)
        lines << PlanValidator::describe(p);
    return lines.join(u'\n');
}

} // namespace

class TestPlanValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeDefaultPlanHasNoProblem()
    {
        const auto problems = PlanValidator::validate(test::documentedPlan());
        QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    }

    void starterPlanIsIncompleteNotWrong()
    {
        const auto problems = PlanValidator::validate(FederationPlan::defaults());
        QVERIFY(!PlanValidator::hasErrors(problems));
        QStringList fields;
        for (const PlanProblem& p : problems) {
            QCOMPARE(p.severity, PlanProblem::Severity::Incomplete);
            fields << p.field;
        }
        fields.sort();
        QCOMPARE(fields,
            (QStringList {u"datacenters[0].kubeContext"_s, u"datacenters[1].apiServerUrl"_s,
                u"datacenters[1].kubeContext"_s, u"vault.address"_s}));
    }

    void goodValues_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::newRow("namespace consul")
            << Mutation([](FederationPlan& p) { p.datacenters[0].kubeNamespace = u"consul"_s; });
        QTest::newRow("https vault") << Mutation(
            [](FederationPlan& p) { p.vault.address = u"https://vault.example.com:8200"_s; });
        QTest::newRow("vault address with slash")
            << Mutation([](FederationPlan& p) { p.vault.address = u"http://10.0.0.1:8200/"_s; });
        QTest::newRow("hostname gateway")
            << Mutation([](FederationPlan& p) { p.datacenters[0].meshGatewayAddress = u"a1b2.elb.amazonaws.com"_s; });
        QTest::newRow("gateway with port")
            << Mutation([](FederationPlan& p) { p.datacenters[0].meshGatewayAddress = u"192.0.2.30:8443"_s; });
        QTest::newRow("release with dots")
            << Mutation([](FederationPlan& p) { p.datacenters[1].consulRelease = u"consul.east"_s; });
        QTest::newRow("third datacenter") << Mutation([](FederationPlan& p) {
            p.addSecondary(u"dc3"_s);
            p.datacenters[2].kubeContext = u"kind-dc3"_s;
            p.datacenters[2].apiServerUrl = u"https://198.51.100.30:6443"_s;
        });
        QTest::newRow("nested kv path") << Mutation(
            [](FederationPlan& p) { p.vault.gossip.path = u"team/consul/gossip"_s; });
        QTest::newRow("duration with minutes") << Mutation([](FederationPlan& p) { p.vault.roleTtl = u"1h30m"_s; });
        QTest::newRow("duration in seconds") << Mutation([](FederationPlan& p) { p.vault.caRoleTtl = u"3600"_s; });
    }

    void goodValues()
    {
        QFETCH(Mutation, mutate);
        FederationPlan plan = test::documentedPlan();
        mutate(plan);
        const auto problems = PlanValidator::validate(plan);
        QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    }

    void badValues_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("severity");
        const int error = int(PlanProblem::Severity::Error);
        const int warning = int(PlanProblem::Severity::Warning);
        QTest::newRow("upper-case namespace")
            << Mutation([](FederationPlan& p) { p.datacenters[1].kubeNamespace = u"Consul"_s; })
            << u"datacenters[1].namespace"_s << u"lower-case"_s << error;
        QTest::newRow("namespace too long")
            << Mutation([](FederationPlan& p) { p.datacenters[0].kubeNamespace = QString(64, u'a'); })
            << u"datacenters[0].namespace"_s << u"longer than 63"_s << error;
        QTest::newRow("release too long for helm")
            << Mutation([](FederationPlan& p) { p.datacenters[0].vaultRelease = u"vault-"_s + QString(50, u'x'); })
            << u"datacenters[0].vaultRelease"_s << u"53"_s << error;
        QTest::newRow("release with underscore")
            << Mutation([](FederationPlan& p) { p.datacenters[0].consulRelease = u"consul_dc1"_s; })
            << u"datacenters[0].consulRelease"_s << u"\"consul_dc1\""_s << error;
        QTest::newRow("datacenter with dot") << Mutation([](FederationPlan& p) { p.datacenters[1].name = u"dc.2"_s; })
                                             << u"datacenters[1].name"_s << u"server.<datacenter>.<domain>"_s << error;
        QTest::newRow("same datacenter twice")
            << Mutation([](FederationPlan& p) { p.datacenters[1].name = u"dc1"_s; }) << u"datacenters[1].name"_s
            << u"already used by datacenters[0].name"_s << error;
        QTest::newRow("same context twice")
            << Mutation([](FederationPlan& p) { p.datacenters[1].kubeContext = u"kind-dc1"_s; })
            << u"datacenters[1].kubeContext"_s << u"cluster (kube context)"_s << error;
        QTest::newRow("auth/ prefix in the mount")
            << Mutation([](FederationPlan& p) { p.datacenters[0].authMount = u"auth/kubernetes-dc1"_s; })
            << u"datacenters[0].authMount"_s << u"without the auth/ prefix"_s << error;
        QTest::newRow("same auth mount twice")
            << Mutation([](FederationPlan& p) { p.datacenters[1].authMount = u"kubernetes-dc1"_s; })
            << u"datacenters[1].authMount"_s << u"Vault auth mount"_s << error;
        QTest::newRow("same intermediate path twice")
            << Mutation([](FederationPlan& p) { p.datacenters[1].connectIntermediatePath = u"dc1/connect_inter"_s; })
            << u"datacenters[1].connectIntermediatePath"_s << u"intermediate path"_s << error;
        QTest::newRow("intermediate inside the root")
            << Mutation([](FederationPlan& p) { p.datacenters[0].connectIntermediatePath = u"connect_root/dc1"_s; })
            << u"datacenters[0].connectIntermediatePath"_s << u"outside the Connect CA root"_s << error;
        QTest::newRow("kv path with data/")
            << Mutation([](FederationPlan& p) { p.vault.gossip.path = u"data/secret/gossip"_s; })
            << u"vault.kv.gossip.path"_s << u"without data/"_s << error;
        QTest::newRow("kv path as folder")
            << Mutation([](FederationPlan& p) { p.vault.replicationToken.path = u"secret/"_s; })
            << u"vault.kv.replicationToken.path"_s << u"trailing"_s << error;
        QTest::newRow("same secret twice")
            << Mutation([](FederationPlan& p) { p.vault.bootstrapToken.path = u"secret/gossip"_s; })
            << u"vault.kv.bootstrapToken.path"_s << u"already used"_s << error;
        QTest::newRow("mount with leading slash") << Mutation([](FederationPlan& p) { p.vault.pkiMount = u"/pki"_s; })
                                                  << u"vault.pki.mount"_s << u"must not start with '/'"_s << error;
        QTest::newRow("vault address without scheme")
            << Mutation([](FederationPlan& p) { p.vault.address = u"203.0.113.10:8200"_s; }) << u"vault.address"_s
            << u"http://"_s << error;
        QTest::newRow("vault address with path")
            << Mutation([](FederationPlan& p) { p.vault.address = u"http://10.0.0.1:8200/v1"_s; }) << u"vault.address"_s
            << u"path"_s << error;
        QTest::newRow("api url over http")
            << Mutation([](FederationPlan& p) { p.datacenters[1].apiServerUrl = u"http://198.51.100.20:6443"_s; })
            << u"datacenters[1].apiServerUrl"_s << u"https://"_s << error;
        QTest::newRow("api url on loopback")
            << Mutation([](FederationPlan& p) { p.datacenters[1].apiServerUrl = u"https://127.0.0.1:35001"_s; })
            << u"datacenters[1].apiServerUrl"_s << u"this workstation"_s << warning;
        QTest::newRow("gateway with bad port")
            << Mutation([](FederationPlan& p) { p.datacenters[0].meshGatewayAddress = u"192.0.2.30:99999"_s; })
            << u"datacenters[0].meshGatewayAddress"_s << u"port"_s << error;
        QTest::newRow("bad duration") << Mutation([](FederationPlan& p) { p.vault.roleTtl = u"1 day"_s; })
                                      << u"vault.roles.ttl"_s << u"duration"_s << error;
        QTest::newRow("zero servers") << Mutation([](FederationPlan& p) { p.datacenters[0].replicas.server = 0; })
                                      << u"datacenters[0].replicas.server"_s << u"between 1 and 99"_s << error;
        QTest::newRow("policy with upper case")
            << Mutation([](FederationPlan& p) { p.vault.gossipPolicy = u"Gossip"_s; }) << u"vault.policies.gossip"_s
            << u"lower-case"_s << error;
        QTest::newRow("other consul chart major")
            << Mutation([](FederationPlan& p) { p.consul.chartVersion = u"1.9.11"_s; }) << u"consul.chartVersion"_s
            << u"2.0.x"_s << warning;
        QTest::newRow("bad chart version") << Mutation([](FederationPlan& p) { p.vault.chartVersion = u"latest"_s; })
                                           << u"vault.chartVersion"_s << u"2.0.3"_s << error;
        QTest::newRow("global name too long")
            << Mutation([](FederationPlan& p) { p.consul.globalName = QString(37, u'c'); }) << u"consul.name"_s
            << u"36"_s << error;
        QTest::newRow("api url given to the primary")
            << Mutation([](FederationPlan& p) { p.datacenters[0].apiServerUrl = u"https://10.0.0.1:6443"_s; })
            << u"datacenters[0].apiServerUrl"_s << u"ignored for the primary"_s << warning;
        QTest::newRow("only one datacenter") << Mutation([](FederationPlan& p) { p.datacenters.removeLast(); })
                                             << u"datacenters"_s << u"at least one secondary"_s << error;
        QTest::newRow("empty helm repository") << Mutation([](FederationPlan& p) { p.helmRepository.clear(); })
                                               << u"helm.repository"_s << u"URL"_s << error;
    }

    void badValues()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QFETCH(int, severity);
        FederationPlan plan = test::documentedPlan();
        mutate(plan);
        const auto problems = PlanValidator::validate(plan);
        const auto found = std::find_if(problems.begin(), problems.end(), [&](const PlanProblem& p) {
            return p.field == field && p.message.contains(message) && int(p.severity) == severity;
        });
        QVERIFY2(
            found != problems.end(), qPrintable(u"expected %1 ~ %2, got:\n"_s.arg(field, message) + dump(problems)));
        QCOMPARE(PlanValidator::hasErrors(problems), severity == int(PlanProblem::Severity::Error));
    }

    void describeNamesFieldAndSeverity()
    {
        const PlanProblem warning {PlanProblem::Severity::Warning, u"vault.address"_s, u"odd"_s};
        QCOMPARE(PlanValidator::describe(warning), u"vault.address: warning: odd"_s);
        const PlanProblem error {PlanProblem::Severity::Error, u"consul.name"_s, u"bad"_s};
        QCOMPARE(PlanValidator::describe(error), u"consul.name: bad"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlanValidator)
#include "tst_planvalidator.moc"
