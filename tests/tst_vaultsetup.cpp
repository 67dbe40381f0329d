#include "model/plan/VaultSetup.h"

#include <QJsonArray>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

FederationPlan otherNames()
{
    FederationPlan plan = FederationPlan::defaults();
    plan.consul.globalName = u"hashi"_s;
    plan.consul.domain = u"mesh"_s;
    for (DatacenterPlan& dc : plan.datacenters)
        dc.kubeNamespace = u"infra"_s;
    return plan;
}

QStringList names(const QList<VaultPolicy>& policies)
{
    QStringList result;
    for (const VaultPolicy& p : policies)
        result << p.name;
    return result;
}

} // namespace

class TestVaultSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policiesOfTheDocumentedPlan()
    {
        const QList<VaultPolicy> policies = VaultSetup::policies(FederationPlan::defaults());
        QCOMPARE(names(policies),
            (QStringList {u"gossip"_s, u"bootstrap-token"_s, u"replication-token"_s, u"ca-policy"_s,
                u"consul-cert-dc1"_s, u"connect-ca-dc1"_s, u"consul-cert-dc2"_s, u"connect-ca-dc2"_s}));
        QCOMPARE(policies.at(0).hcl, u"path \"consul/data/secret/gossip\" {\n  capabilities = [\"read\"]\n}\n"_s);
        QCOMPARE(policies.at(3).hcl, u"path \"pki/cert/ca\" {\n  capabilities = [\"read\"]\n}\n"_s);
        QCOMPARE(policies.at(4).hcl,
            u"path \"pki/issue/consul-cert-dc1\" {\n  capabilities = [\"create\",\"update\"]\n}\n"_s);
    }

    void connectCaPolicyAllowsTheTunePath()
    {
        const FederationPlan plan = FederationPlan::defaults();
        const QString hcl = VaultSetup::connectCaPolicy(plan, plan.datacenters.at(1)).hcl;
        QVERIFY(hcl.contains(u"path \"/sys/mounts/dc2/connect_inter/tune\" {\n  capabilities = [ \"update\" ]\n}"_s));
        QVERIFY(hcl.contains(u"path \"/sys/mounts/connect_root\" {"_s));
        QVERIFY(hcl.contains(u"path \"/dc2/connect_inter/*\" {"_s));
        QVERIFY(!hcl.contains(u"dc1"_s));
        QVERIFY(!hcl.contains(u"connect_root/\""_s)); // policies name mounts without the slash
    }

    void rolesBindTheChartsServiceAccounts()
    {
        const FederationPlan plan = otherNames();
        const auto roles = VaultSetup::authRoles(plan, plan.primary());
        QCOMPARE(roles.size(), 4);
        QCOMPARE(roles.at(0).serviceAccounts, QStringList {u"hashi-server"_s});
        QCOMPARE(roles.at(1).serviceAccounts, QStringList {u"hashi-client"_s});
        QCOMPARE(roles.at(2).serviceAccounts, QStringList {u"hashi-server-acl-init"_s});
        QCOMPARE(roles.at(3).serviceAccounts, QStringList {u"*"_s});
        for (const KubernetesAuthRole& role : roles)
            QCOMPARE(role.namespaces, QStringList {u"infra"_s});
        QCOMPARE(roles.at(3).ttl, u"1h"_s);
    }

    void roleBodyUsesTheDocumentedFields()
    {
        const FederationPlan plan = FederationPlan::defaults();
        const KubernetesAuthRole server = VaultSetup::authRoles(plan, plan.primary()).first();
        QCOMPARE(server.path(), u"auth/kubernetes-dc1/role/consul-server"_s);
        const QJsonObject body = server.body();
        QCOMPARE(body.value(u"bound_service_account_names"_s).toArray(), QJsonArray {u"consul-server"_s});
        QCOMPARE(body.value(u"bound_service_account_namespaces"_s).toArray(), QJsonArray {u"default"_s});
        QCOMPARE(body.value(u"policies"_s).toArray(),
            (QJsonArray {u"gossip"_s, u"connect-ca-dc1"_s, u"consul-cert-dc1"_s, u"bootstrap-token"_s}));
        QCOMPARE(body.value(u"ttl"_s).toString(), u"24h"_s);
    }

    void pkiRoleFollowsNameNamespaceDatacenterAndDomain_data()
    {
        QTest::addColumn<bool>("custom");
        QTest::addColumn<QStringList>("allowedDomains");
        QTest::newRow("documented") << false
                                    << QStringList {u"dc2.consul"_s, u"consul-server"_s, u"consul-server.default"_s,
                                           u"consul-server.default.svc"_s};
        QTest::newRow("other names") << true
                                     << QStringList {u"dc2.mesh"_s, u"hashi-server"_s, u"hashi-server.infra"_s,
                                            u"hashi-server.infra.svc"_s};
    }

    void pkiRoleFollowsNameNamespaceDatacenterAndDomain()
    {
        QFETCH(bool, custom);
        QFETCH(QStringList, allowedDomains);
        const FederationPlan plan = custom ? otherNames() : FederationPlan::defaults();
        const PkiRole role = VaultSetup::pkiRole(plan, plan.datacenters.at(1));
        QCOMPARE(role.path(), u"pki/roles/consul-cert-dc2"_s);
        QCOMPARE(role.allowedDomains, allowedDomains);
        const QJsonObject body = role.body();
        QCOMPARE(body.value(u"allow_subdomains"_s).toBool(), true);
        QCOMPARE(body.value(u"allow_bare_domains"_s).toBool(), true);
        QCOMPARE(body.value(u"allow_localhost"_s).toBool(), true);
        QCOMPARE(body.value(u"generate_lease"_s).toBool(), true);
        QCOMPARE(body.value(u"max_ttl"_s).toString(), u"720h"_s);
    }

    void serverCertificateMatchesTheChartTemplate()
    {
        const FederationPlan plan = otherNames();
        const ServerCertificateRequest request = VaultSetup::serverCertificate(plan, plan.primary());
        QCOMPARE(request.commonName, u"server.dc1.mesh"_s);
        QCOMPARE(request.altNames,
            (QStringList {u"localhost"_s, u"hashi-server"_s, u"*.hashi-server"_s, u"*.hashi-server.infra"_s,
                u"hashi-server.infra"_s, u"*.hashi-server.infra.svc"_s, u"hashi-server.infra.svc"_s,
                u"*.server.dc1.mesh"_s}));
        QCOMPARE(request.ipSans, (QStringList {u"127.0.0.1"_s, u"::1"_s}));
    }

    void authConfigOfPrimaryAndSecondary()
    {
        FederationPlan plan = FederationPlan::defaults();
        plan.datacenters[1].apiServerUrl = u"https://198.51.100.20:6443"_s;
        const AuthMethodConfig primary = VaultSetup::authMethodConfig(plan, plan.primary());
        QCOMPARE(primary.kubernetesHost, u"https://kubernetes.default.svc"_s);
        QVERIFY(!primary.needsReviewerCredentials);
        const AuthMethodConfig secondary = VaultSetup::authMethodConfig(plan, plan.datacenters.at(1));
        QCOMPARE(secondary.kubernetesHost, u"https://198.51.100.20:6443"_s);
        QVERIFY(secondary.needsReviewerCredentials);
        QCOMPARE(secondary.mount, u"kubernetes-dc2"_s);
    }
};

QTEST_GUILESS_MAIN(TestVaultSetup)
#include "tst_vaultsetup.moc"
