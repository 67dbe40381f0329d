// The whole simulator: helm installs of the generated values files, pods that follow their real
// dependencies on Vault, and the published pitfalls showing up where they do on real clusters.
#include "model/kube/PodStatus.h"
#include "model/plan/ValuesGenerator.h"
#include "model/plan/VaultSetup.h"
#include "services/sim/helm/SimHelm.h"
#include "services/sim/kube/SimCluster.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"
#include "services/vault/VaultClient.h"
#include "tests/support/SimScenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

using scenario::run;

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<VaultClient> m_vault;
    FederationPlan m_plan;

    HelmOutcome install(const DatacenterPlan& dc, bool vault, int timeoutSeconds = 20)
    {
        const GeneratedFile file
            = vault ? ValuesGenerator::vaultValues(m_plan, dc) : ValuesGenerator::consulValues(m_plan, dc);
        HelmInstall request {vault ? dc.vaultRelease : dc.consulRelease, vault ? u"vault"_s : u"consul"_s,
            m_plan.helmRepository, vault ? m_plan.vault.chartVersion : m_plan.consul.chartVersion, dc.kubeContext,
            dc.kubeNamespace, file.name, file.content, true, std::chrono::seconds(timeoutSeconds)};
        return run(m_sim->helm().upgradeInstall(request));
    }

    PodStatus statusOf(int cluster, const QString& pod)
    {
        return PodStatus::fromPod(
            m_sim->cluster(cluster).store().get({u"pods"_s, u"default"_s, pod}).value_or(QJsonObject {}));
    }

    QString podNamed(int cluster, const QString& prefix)
    {
        for (const QJsonObject& pod : m_sim->cluster(cluster).store().list(u"pods"_s, u"default"_s)) {
            const QString name = pod.value(u"metadata"_s).toObject().value(u"name"_s).toString();
            if (name.startsWith(prefix))
                return name;
        }
        return {};
    }

    /// The Vault half of the documented procedure for the primary (what the engine automates).
    void configureVaultForPrimary(bool withBootstrapPolicyOnServerRole)
    {
        const DatacenterPlan& dc1 = m_plan.primary();
        QVERIFY(run(m_vault->enableKvV2(u"consul"_s)).ok());
        QVERIFY(run(m_vault->enableSecretsEngine(u"pki"_s, u"pki"_s)).ok());
        QVERIFY(run(m_vault->tuneMount(u"pki"_s, {{u"max_lease_ttl"_s, u"87600h"_s}})).ok());
        QVERIFY(run(m_vault->enableAuthMethod(dc1.authMount, u"kubernetes"_s)).ok());
        QVERIFY(run(
            m_vault->writeAuthConfig(dc1.authMount, {{u"kubernetes_host"_s, VaultSetup::inClusterKubernetesHost()}}))
                    .ok());
        QVERIFY(run(m_vault->writeKv(u"consul"_s, u"secret/gossip"_s, {{u"key"_s, u"c2VjcmV0"_s}}, 0)).ok());
        QVERIFY(run(m_vault->writeKv(u"consul"_s, u"secret/bootstrap"_s, {{u"token"_s, u"b"_s}}, 0)).ok());
        QVERIFY(run(m_vault->writeKv(u"consul"_s, u"secret/replication"_s, {{u"token"_s, u"r"_s}}, 0)).ok());
        QVERIFY(
            run(m_vault->generateRootCa(u"pki"_s, {{u"common_name"_s, u"Consul CA"_s}, {u"ttl"_s, u"87600h"_s}})).ok());
        for (const VaultPolicy& p : VaultSetup::policies(m_plan))
            QVERIFY(run(m_vault->writePolicy(p.name, p.hcl)).ok());
        for (KubernetesAuthRole role : VaultSetup::authRoles(m_plan, dc1)) {
            if (!withBootstrapPolicyOnServerRole && role.name == u"consul-server"_s)
                role.policies.removeAll(u"bootstrap-token"_s);
            QVERIFY(run(m_vault->writeAuthRole(role.mount, role.name, role.body())).ok());
        }
        const PkiRole pki = VaultSetup::pkiRole(m_plan, dc1);
        QVERIFY(run(m_vault->writePkiRole(pki.mount, pki.name, pki.body())).ok());
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<Simulator>(scenario::fastSimulator());
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_plan = FederationPlan::defaults();
        m_plan.datacenters[0].kubeContext = u"sim-dc1"_s;
        m_plan.datacenters[1].kubeContext = u"sim-dc2"_s;
        VaultConfig config;
        config.address = m_sim->vault().address();
        config.token = m_sim->vault().rootToken();
        m_vault = std::make_unique<VaultClient>(&m_nam, config);
        m_vault->setRetryPolicy(RetryPolicy::none());
    }

    void cleanup()
    {
        m_vault.reset();
        m_sim.reset();
    }

    void vaultChartCreatesTheRealObjects()
    {
        const HelmOutcome outcome = install(m_plan.primary(), true);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        SimCluster& dc1 = m_sim->cluster(0);
        QVERIFY(dc1.store().get({u"pods"_s, u"default"_s, u"vault-dc1-0"_s}));
        QVERIFY(dc1.store().get({u"serviceaccounts"_s, u"default"_s, u"vault-dc1"_s}));
        QVERIFY(dc1.store().get({u"clusterrolebindings"_s, {}, u"vault-dc1-server-binding"_s}));
        QVERIFY(dc1.store().get({u"services"_s, u"default"_s, u"vault-dc1-ui"_s}));
        QVERIFY(podNamed(0, u"vault-dc1-agent-injector-"_s).size() > 25);
        QCOMPARE(statusOf(0, u"vault-dc1-0"_s).status, u"Running"_s);
        // The load balancer leads to the simulated Vault.
        const QJsonObject service = *dc1.store().get({u"services"_s, u"default"_s, u"vault-dc1"_s});
        QCOMPARE(service.value(u"status"_s)
                     .toObject()
                     .value(u"loadBalancer"_s)
                     .toObject()
                     .value(u"ingress"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"ip"_s)
                     .toString(),
            u"127.0.0.1"_s);
        QCOMPARE(
            service.value(u"spec"_s).toObject().value(u"ports"_s).toArray().first().toObject().value(u"port"_s).toInt(),
            m_sim->vault().address().port());
    }

    void documentedPrimaryComesUpReady()
    {
        QVERIFY(install(m_plan.primary(), true).ok);
        configureVaultForPrimary(true);
        const HelmOutcome outcome = install(m_plan.primary(), false);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(statusOf(0, u"consul-server-0"_s).status, u"Running"_s);
        QCOMPARE(statusOf(0, u"consul-server-0"_s).readyText(), u"2/2"_s); // consul + vault-agent sidecar
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->cluster(0)
                                      .store()
                                      .get({u"jobs"_s, u"default"_s, u"consul-server-acl-init"_s})
                                      ->value(u"status"_s)
                                      .toObject()
                                      .value(u"succeeded"_s)
                                      .toInt(),
            1, 10000);
        QVERIFY(m_sim->cluster(0)
                    .logs(u"default"_s, u"consul-server-0"_s, u"vault-agent-init"_s)
                    .join(u'\n')
                    .contains(u"rendered \"(dynamic)\" => \"/vault/secrets/servercert.crt\""_s));
    }

    void serverRoleWithoutBootstrapPolicyCrashLoopsInInit()
    {
        QVERIFY(install(m_plan.primary(), true).ok);
        configureVaultForPrimary(false);
        const HelmOutcome outcome = install(m_plan.primary(), false, 2);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.message.contains(u"context deadline exceeded"_s));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(0, u"consul-server-0"_s).status, u"Init:CrashLoopBackOff"_s, 5000);
        QVERIFY(statusOf(0, u"consul-server-0"_s).restarts >= 1);
        const QString log
            = m_sim->cluster(0).logs(u"default"_s, u"consul-server-0"_s, u"vault-agent-init"_s).join(u'\n');
        QVERIFY2(log.contains(u"vault.read(consul/data/secret/bootstrap)"_s) && log.contains(u"permission denied"_s),
            qPrintable(log));
    }

    void podsCreatedWithoutTheInjectorGetNoAgent()
    {
        // Consul first, with no injector in the cluster: the webhook's failurePolicy is Ignore.
        const HelmOutcome outcome = install(m_plan.primary(), false, 1);
        QVERIFY(!outcome.ok);
        const QJsonObject pod = *m_sim->cluster(0).store().get({u"pods"_s, u"default"_s, u"consul-server-0"_s});
        QVERIFY(!QJsonDocument(pod).toJson().contains("vault-agent-init"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(0, u"consul-server-0"_s).status, u"CrashLoopBackOff"_s, 5000);
        QVERIFY(m_sim->cluster(0)
                    .logs(u"default"_s, u"consul-server-0"_s, u"consul"_s)
                    .join(u'\n')
                    .contains(u"no such file"_s));
    }

    void secondaryWithoutReviewerCannotLogIn()
    {
        QVERIFY(install(m_plan.primary(), true).ok);
        configureVaultForPrimary(true);
        m_plan.vault.address = m_sim->vault().address().toString();
        DatacenterPlan& dc2 = m_plan.datacenters[1];
        dc2.apiServerUrl = m_sim->cluster(1).url().toString();
        m_plan.primary().meshGatewayAddress = u"192.0.2.30"_s;
        QVERIFY(install(dc2, true).ok);
        // The auth method of dc2 configured as for dc1: Vault falls back to dc1's CA and token.
        QVERIFY(run(m_vault->enableAuthMethod(dc2.authMount, u"kubernetes"_s)).ok());
        QVERIFY(run(m_vault->writeAuthConfig(dc2.authMount, {{u"kubernetes_host"_s, dc2.apiServerUrl}})).ok());
        for (const KubernetesAuthRole& role : VaultSetup::authRoles(m_plan, dc2))
            QVERIFY(run(m_vault->writeAuthRole(role.mount, role.name, role.body())).ok());
        QVERIFY(!install(dc2, false, 1).ok);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(1, u"consul-server-0"_s).status, u"Init:CrashLoopBackOff"_s, 5000);
        const QString agentLog
            = m_sim->cluster(1).logs(u"default"_s, u"consul-server-0"_s, u"vault-agent-init"_s).join(u'\n');
        QVERIFY2(agentLog.contains(u"Code: 403"_s) && agentLog.contains(u"auth/kubernetes-dc2/login"_s),
            qPrintable(agentLog));
        QVERIFY2(m_sim->vault().log().join(u'\n').contains(u"login unauthorized due to"_s),
            qPrintable(m_sim->vault().log().join(u'\n')));
    }

    void connectionFilesForKubectlAndVault()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(m_sim->writeConnectionFiles(dir.path(), &error));
        const QString kubeconfig = QString::fromUtf8(m_sim->kubeconfig());
        QVERIFY(kubeconfig.contains(u"name: sim-dc1"_s) && kubeconfig.contains(u"name: sim-dc2"_s));
        QVERIFY(kubeconfig.contains(m_sim->cluster(1).url().toString()));
        QCOMPARE(QFile(dir.filePath(u"kubeconfig"_s)).permissions() & (QFile::ReadOther | QFile::ReadGroup),
            QFile::Permissions());
        QVERIFY(m_sim->vaultEnvironment().startsWith("VAULT_ADDR=http://127.0.0.1:"));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
