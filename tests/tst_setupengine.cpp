// The setup engine against the embedded simulator: from empty clusters to Consul Ready in both
// datacenters, idempotent re-runs and dry runs that write nothing, resume after faults and cancel,
// conflicts that are explained and never overwritten, and the published pitfalls caught by the
// preflight before any Consul install.
#include "model/kube/Kubeconfig.h"
#include "model/plan/ValuesGenerator.h"
#include "model/plan/VaultSetup.h"
#include "services/engine/SetupEngine.h"
#include "services/sim/helm/SimHelm.h"
#include "services/sim/kube/SimCluster.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"
#include "tests/support/SimScenario.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

using scenario::run;

struct Writes
{
    int vault = 0;
    int dc1 = 0;
    int dc2 = 0;
    int helm = 0;
    bool operator==(const Writes&) const = default;
};

char* toString(const Writes& w)
{
    return qstrdup(QByteArray("vault=%1 dc1=%2 dc2=%3 helm=%4")
                       .replace("%1", QByteArray::number(w.vault))
                       .replace("%2", QByteArray::number(w.dc1))
                       .replace("%3", QByteArray::number(w.dc2))
                       .replace("%4", QByteArray::number(w.helm))
                       .constData());
}

} // namespace

class TestSetupEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<VaultClient> m_root;
    std::unique_ptr<SetupEngine> m_engine;
    FederationPlan m_plan;
    QTemporaryDir m_values;

    Writes writes()
    {
        return {m_sim->vault().server().counters().writes, m_sim->cluster(0).server().counters().writes,
            m_sim->cluster(1).server().counters().writes, m_sim->helm().installCount()};
    }

    std::unique_ptr<SetupEngine> makeEngine(const FederationPlan& plan)
    {
        Kubeconfig kubeconfig;
        kubeconfig.merge(m_sim->kubeconfig(), m_values.filePath(u"kubeconfig"_s));
        QString error;
        EngineEnvironment environment;
        environment.nam = &m_nam;
        environment.helm = &m_sim->helm();
        environment.vault.token = m_sim->vault().rootToken();
        environment.clusters = SetupEngine::clustersFromKubeconfig(plan, kubeconfig, &m_nam, &error);
        if (!error.isEmpty())
            qWarning() << error;
        auto engine = std::make_unique<SetupEngine>(plan, environment);
        engine->setOptions(fastOptions());
        if (qEnvironmentVariableIsSet("MESHFED_TEST_VERBOSE")) {
            connect(engine.get(), &SetupEngine::stepStateChanged, this, [](const QString& id, StepState state) {
                qInfo("%s: %s", qPrintable(id), qPrintable(StepStateText::name(state)));
            });
            connect(engine.get(), &SetupEngine::stepLog, this,
                [](const QString& id, const QString& line) { qInfo("  %s| %s", qPrintable(id), qPrintable(line)); });
        }
        return engine;
    }

    EngineOptions fastOptions() const
    {
        EngineOptions options;
        options.pollInterval = std::chrono::milliseconds(20);
        options.addressBound = std::chrono::seconds(20);
        options.tokenBound = std::chrono::seconds(10);
        options.injectorBound = std::chrono::seconds(20);
        options.podsBound = std::chrono::seconds(30);
        options.helmTimeout = std::chrono::seconds(30);
        options.valuesDirectory = m_values.path();
        return options;
    }

    /// The values editor holds vault-dc1.yaml as `text`, made from `base`.
    void setEditorValues(const QByteArray& base, const QByteArray& text, const QString& blockedReason = {})
    {
        EngineOptions options = fastOptions();
        options.editorValues.insert(u"vault-dc1.yaml"_s, {base, text, blockedReason});
        m_engine->setOptions(options);
    }

    QByteArray generatedVaultDc1() const { return ValuesGenerator::vaultValues(m_plan, m_plan.primary()).content; }

    QString kv(const KvSecretRef& ref)
    {
        const auto r = run(m_root->readKv(m_plan.vault.kvMount, ref.path));
        return r.value.data.value(ref.key).toString();
    }

    QString rootCa() { return run(m_root->readCaCertificate(m_plan.vault.pkiMount)).value.certificatePem; }

    bool consulReleaseExists(int index)
    {
        const DatacenterPlan& dc = m_plan.datacenters.at(index);
        return run(m_sim->helm().release(dc.consulRelease, dc.kubeContext, dc.kubeNamespace)).exists;
    }

    bool podReady(int cluster, const QString& name)
    {
        const auto pod = m_sim->cluster(cluster).store().get({u"pods"_s, u"default"_s, name});
        if (!pod)
            return false;
        for (const QJsonValue& c : pod->value(u"status"_s).toObject().value(u"conditions"_s).toArray()) {
            if (c.toObject().value(u"type"_s).toString() == u"Ready"_s)
                return c.toObject().value(u"status"_s).toString() == u"True"_s;
        }
        return false;
    }

    /// Every Vault and reviewer step done, nothing of Consul installed yet.
    void runUpToThePreflights()
    {
        const RunResult result = run(m_engine->run(RunRequest::upTo(u"pki-role/dc2"_s)));
        QVERIFY2(result.ok, qPrintable(result.failedStep + u": "_s + result.message));
        QVERIFY(!consulReleaseExists(0) && !consulReleaseExists(1));
    }

    /// Runs one preflight on the tampered Vault and returns its failure.
    QString preflightFailure(const QString& dc)
    {
        const RunResult result = run(m_engine->run(RunRequest::only(u"preflight/"_s + dc, true)));
        if (result.ok)
            return {};
        [&] {
            QCOMPARE(result.failedStep, u"preflight/"_s + dc);
            QCOMPARE(m_engine->model()->state(result.failedStep), StepState::Failed);
            // Nothing of Consul was installed, and the temporary objects are gone.
            QVERIFY(!consulReleaseExists(0) && !consulReleaseExists(1));
            const int index = dc == u"dc1"_s ? 0 : 1;
            QVERIFY(!m_sim->cluster(index).store().get({u"serviceaccounts"_s, u"default"_s, u"meshfed-preflight"_s}));
            const QStringList roles = run(m_root->listAuthRoles(m_plan.datacenters.at(index).authMount)).value;
            QVERIFY2(roles.filter(u"meshfed-preflight"_s).isEmpty(), qPrintable(roles.join(u' ')));
        }();
        return result.message;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<Simulator>(scenario::fastSimulator());
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_plan = FederationPlan::defaults();
        m_plan.datacenters[0].kubeContext = Simulator::contextName(0);
        m_plan.datacenters[1].kubeContext = Simulator::contextName(1);
        VaultConfig config;
        config.address = m_sim->vault().address();
        config.token = m_sim->vault().rootToken();
        m_root = std::make_unique<VaultClient>(&m_nam, config);
        m_root->setRetryPolicy(RetryPolicy::none());
        m_engine = makeEngine(m_plan);
    }

    void cleanup()
    {
        m_engine.reset();
        m_root.reset();
        m_sim.reset();
    }

    void dryRunOnEmptyClustersWritesNothing()
    {
        const RunResult result = run(m_engine->run(RunRequest::dry()));
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(writes(), Writes());
        QCOMPARE(result.toDo.size(), m_engine->steps().size());
        QVERIFY(result.applied.isEmpty());
        const QStringList changes = m_engine->model()->changes(u"vault-install/dc1"_s);
        QVERIFY2(changes.join(u' ').contains(u"helm upgrade --install vault-dc1 vault --repo"_s),
            qPrintable(changes.join(u' ')));
        QVERIFY(m_engine->model()->changes(u"reviewer/dc2"_s).join(u' ').contains(u"ClusterRoleBinding"_s));
        QCOMPARE(m_engine->model()->state(u"kv-mount"_s), StepState::ToDo);
    }

    void fromEmptyToReadyThenNothingToDo()
    {
        QStringList links;
        connect(m_engine.get(), &SetupEngine::linkChecked, this, [&links](const LinkCheck& link) {
            links << u"%1 %2 %3 %4"_s.arg(link.datacenter)
                         .arg(int(link.kind))
                         .arg(link.subject, link.ok ? u"ok"_s : u"broken"_s);
        });
        QElapsedTimer timer;
        timer.start();
        RunResult result = run(m_engine->run(RunRequest::all()));
        QVERIFY2(result.ok && result.verified, qPrintable(result.failedStep + u": "_s + result.message));
        // The topology's links: Vault reaches both API servers, every role reads its secrets, the pods run.
        for (const QString& link : {u"dc1 0 kubernetes-dc1 ok"_s, u"dc2 0 kubernetes-dc2 ok"_s,
                 u"dc1 1 consul-server ok"_s, u"dc2 1 server-acl-init ok"_s, u"dc2 2 connect-ca-dc2 ok"_s,
                 u"dc1 3 consul-dc1 ok"_s, u"dc2 3 consul-dc2 ok"_s})
            QVERIFY2(links.contains(link), qPrintable(link + u" not in "_s + links.join(u", "_s)));
        QVERIFY(links.filter(u"broken"_s).isEmpty());
        // The simulator's API servers are on 127.0.0.1: the step says what that means on real clusters.
        QVERIFY(m_engine->model()->message(u"auth/dc2"_s).contains(u"loopback"_s));
        m_engine->disconnect(this);
        qInfo("full run: %lld ms, vault %d reads / %d writes, dc1 %d / %d, dc2 %d / %d", timer.elapsed(),
            m_sim->vault().server().counters().reads, m_sim->vault().server().counters().writes,
            m_sim->cluster(0).server().counters().reads, m_sim->cluster(0).server().counters().writes,
            m_sim->cluster(1).server().counters().reads, m_sim->cluster(1).server().counters().writes);
        for (const StepDefinition& step : m_engine->steps())
            QCOMPARE(m_engine->model()->state(step.id), StepState::Done);
        for (const QString& id : {u"vault-install/dc1"_s, u"kv-mount"_s, u"reviewer/dc2"_s, u"auth/dc2"_s, u"secrets"_s,
                 u"pki-root"_s, u"policies"_s, u"preflight/dc1"_s, u"preflight/dc2"_s, u"consul-install/dc1"_s,
                 u"consul-install/dc2"_s})
            QVERIFY2(result.applied.contains(id), qPrintable(id));
        for (int cluster : {0, 1}) {
            QVERIFY(podReady(cluster, u"consul-server-0"_s));
            QVERIFY(consulReleaseExists(cluster));
        }
        QCOMPARE(m_sim->helm().installCount(), 4);
        // Found values: Vault's address is the simulated Vault, the mesh gateway an address of dc1.
        QCOMPARE(QUrl(m_engine->runtimePlan().vault.address).port(), m_sim->vault().address().port());
        QVERIFY(!m_engine->runtimePlan().primary().meshGatewayAddress.isEmpty());
        // The generated secrets have their documented shapes and are never logged.
        const QString gossip = kv(m_plan.vault.gossip);
        QCOMPARE(QByteArray::fromBase64(gossip.toLatin1()).size(), 32);
        const QString bootstrap = kv(m_plan.vault.bootstrapToken);
        QVERIFY(QUuid::fromString(bootstrap).version() == QUuid::Random && bootstrap == bootstrap.toLower());
        for (const StepDefinition& step : m_engine->steps()) {
            const QString log = m_engine->model()->log(step.id).join(u'\n');
            QVERIFY(!log.isEmpty());
            QVERIFY2(!log.contains(gossip) && !log.contains(bootstrap), qPrintable(step.id));
        }
        // The temporary preflight objects are gone.
        QVERIFY(!m_sim->cluster(1).store().get({u"serviceaccounts"_s, u"default"_s, u"meshfed-preflight"_s}));
        QVERIFY(run(m_root->listAuthRoles(u"kubernetes-dc2"_s)).value.filter(u"meshfed-preflight"_s).isEmpty());

        // A second full run and a dry run check everything and write nothing.
        const Writes before = writes();
        result = run(m_engine->run(RunRequest::dry()));
        QVERIFY2(result.ok && result.toDo.isEmpty(), qPrintable(result.toDo.join(u' ')));
        QCOMPARE(writes(), before);
        const auto readsBefore = m_sim->vault().server().counters().reads;
        result = run(m_engine->run(RunRequest::all()));
        QVERIFY2(result.ok && result.verified && result.applied.isEmpty(), qPrintable(result.applied.join(u' ')));
        QCOMPARE(writes(), before);
        qInfo("second run: %d Vault reads", m_sim->vault().server().counters().reads - readsBefore);
        QCOMPARE(kv(m_plan.vault.gossip), gossip);
    }

    void zeroDelayRunFigures()
    {
        // The figures of docs/PERFORMANCE.md: no pod start-up delay, no load balancer or token delay.
        SimulatorOptions options;
        options.timing = {0, 0, 0, 10};
        options.loadBalancerDelayMs = 0;
        options.tokenControllerDelayMs = 0;
        m_engine.reset();
        m_sim = std::make_unique<Simulator>(options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        VaultConfig config;
        config.address = m_sim->vault().address();
        config.token = m_sim->vault().rootToken();
        m_root = std::make_unique<VaultClient>(&m_nam, config);
        m_engine = makeEngine(m_plan);
        EngineOptions engineOptions;
        engineOptions.valuesDirectory = m_values.path(); // the default poll interval (500 ms)
        m_engine->setOptions(engineOptions);
        QElapsedTimer timer;
        timer.start();
        const RunResult result = run(m_engine->run(RunRequest::all()));
        const qint64 ms = timer.elapsed();
        QVERIFY2(result.ok && result.verified, qPrintable(result.message));
        const auto vault = m_sim->vault().server().counters();
        const auto dc1 = m_sim->cluster(0).server().counters();
        const auto dc2 = m_sim->cluster(1).server().counters();
        qInfo("zero-delay full run: %lld ms; Vault %d reads + %d writes; dc1 %d + %d; dc2 %d + %d; helm %d", ms,
            vault.reads, vault.writes, dc1.reads, dc1.writes, dc2.reads, dc2.writes, m_sim->helm().installCount());
        // Every write happens once (49 Vault writes: 5 mounts/tune/auth + 2 configs + 3 secrets + 1 root + 8
        // policies + 8 roles + 2 PKI roles + 6 temporary roles, 6 logins, 2 test certificates, 6 deletions).
        QCOMPARE(vault.writes, 49);
        QCOMPARE(dc1.writes, 3); // preflight: service account, token request, deletion
        QCOMPARE(dc2.writes, 6); // reviewer: 3 objects; preflight: 3
        QCOMPARE(m_sim->helm().installCount(), 4);
        QVERIFY2(vault.reads <= 75, "Vault reads: a check, a read-back, the preflight's own");
    }

    void vaultStepsRunWhileHelmWaits()
    {
        // Pods that take 300 ms to start: helm --wait for vault-dc2 lasts that long, and the
        // Vault-side steps that need no cluster change go on meanwhile.
        m_sim->setTiming({300, 500, 3000, 50});
        QStringList whileInstalling;
        connect(m_engine.get(), &SetupEngine::stepStateChanged, this, [&](const QString& id, StepState state) {
            if (state == StepState::Running && id != u"vault-install/dc2"_s
                && m_engine->model()->state(u"vault-install/dc2"_s) == StepState::Running)
                whileInstalling << id;
        });
        const RunResult result = run(m_engine->run(RunRequest::all()));
        QVERIFY2(result.ok && result.verified, qPrintable(result.message));
        QVERIFY(!whileInstalling.isEmpty());
        // Only Vault-side steps run beside it: cluster steps run one at a time.
        for (const QString& id : whileInstalling) {
            const StepKind kind = m_engine->steps().at(m_engine->model()->rowOf(id)).kind;
            QVERIFY2(kind != StepKind::VaultInstall && kind != StepKind::ConsulInstall && kind != StepKind::Reviewer
                    && kind != StepKind::Injector && kind != StepKind::Verify && kind != StepKind::MeshGateway,
                qPrintable(id));
        }
    }

    void resumesAfterAFaultWithTheSameSecrets()
    {
        // Vault answers 503 to every policy write: the run stops at "policies".
        FaultRule fault;
        fault.kind = FaultRule::Kind::Status;
        fault.path = QRegularExpression(u"^/v1/sys/policies/acl/"_s);
        fault.method = "PUT";
        fault.status = 503;
        m_sim->vault().server().faults().add(fault);
        fault.method = "POST";
        m_sim->vault().server().faults().add(fault);
        RunResult result = run(m_engine->run(RunRequest::all()));
        QVERIFY(!result.ok);
        QCOMPARE(result.failedStep, u"policies"_s);
        QCOMPARE(m_engine->model()->state(u"policies"_s), StepState::Failed);
        QVERIFY2(result.message.contains(u"sys/policies/acl/"_s) && result.message.contains(u"503"_s),
            qPrintable(result.message));
        const QString gossip = kv(m_plan.vault.gossip);
        const QString bootstrap = kv(m_plan.vault.bootstrapToken);
        const QString replication = kv(m_plan.vault.replicationToken);
        const QString ca = rootCa();
        QVERIFY(!gossip.isEmpty() && !bootstrap.isEmpty() && !replication.isEmpty() && !ca.isEmpty());
        QVERIFY(!consulReleaseExists(0));

        // Fixed, and run again by a new engine (as after a restart): it completes with the same material.
        m_sim->vault().server().faults().clear();
        m_engine = makeEngine(m_plan);
        result = run(m_engine->run(RunRequest::all()));
        QVERIFY2(result.ok && result.verified, qPrintable(result.failedStep + u": "_s + result.message));
        QVERIFY(!result.applied.contains(u"secrets"_s) && !result.applied.contains(u"pki-root"_s));
        QCOMPARE(kv(m_plan.vault.gossip), gossip);
        QCOMPARE(kv(m_plan.vault.bootstrapToken), bootstrap);
        QCOMPARE(kv(m_plan.vault.replicationToken), replication);
        QCOMPARE(rootCa(), ca);
    }

    void resumesAfterAConnectionReset()
    {
        FaultRule fault;
        fault.kind = FaultRule::Kind::Reset;
        fault.path = QRegularExpression(u"^/api/v1/namespaces/default/secrets"_s);
        fault.method = "POST";
        m_sim->cluster(1).server().faults().add(fault);
        RunResult result = run(m_engine->run(RunRequest::all()));
        QVERIFY(!result.ok);
        QCOMPARE(result.failedStep, u"reviewer/dc2"_s);
        m_sim->cluster(1).server().faults().clear();
        result = run(m_engine->run(RunRequest::all()));
        QVERIFY2(result.ok && result.verified, qPrintable(result.failedStep + u": "_s + result.message));
    }

    void cancelLeavesAConsistentStateAndResumes()
    {
        connect(m_engine.get(), &SetupEngine::stepStateChanged, this, [this](const QString& id, StepState state) {
            if (id == u"secrets"_s && state == StepState::Checking)
                m_engine->cancel();
        });
        RunResult result = run(m_engine->run(RunRequest::all()));
        QVERIFY(result.cancelled && !result.ok);
        for (int row = 0; row < m_engine->model()->rowCount(); ++row) {
            const StepState state = m_engine->model()->state(m_engine->model()->definition(row).id);
            QVERIFY(state != StepState::Running && state != StepState::Checking);
        }
        QCOMPARE(m_engine->model()->state(u"secrets"_s), StepState::NotChecked);
        QVERIFY(kv(m_plan.vault.gossip).isEmpty());
        m_engine->disconnect(this);
        result = run(m_engine->run(RunRequest::all()));
        QVERIFY2(result.ok && result.verified, qPrintable(result.failedStep + u": "_s + result.message));
    }

    void kvVersion1MountIsAConflictNotOverwritten()
    {
        QVERIFY(run(m_root->enableSecretsEngine(u"consul"_s, u"kv"_s)).ok());
        const RunResult result = run(m_engine->run(RunRequest::all()));
        QCOMPARE(result.failedStep, u"kv-mount"_s);
        QCOMPARE(m_engine->model()->state(u"kv-mount"_s), StepState::Conflict);
        QVERIFY2(result.message.contains(u"version 1"_s), qPrintable(result.message));
        const VaultMounts mounts = run(m_root->listMounts()).value;
        QVERIFY(!mounts.value(u"consul/"_s).isKvVersion2());
    }

    void bindingWithAnotherRoleRefStopsTheReviewer()
    {
        const QJsonObject crb {{u"apiVersion"_s, u"rbac.authorization.k8s.io/v1"_s},
            {u"kind"_s, u"ClusterRoleBinding"_s},
            {u"metadata"_s, QJsonObject {{u"name"_s, u"vault-dc2-auth-method"_s}}},
            {u"roleRef"_s,
                QJsonObject {{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s}, {u"kind"_s, u"ClusterRole"_s},
                    {u"name"_s, u"view"_s}}},
            {u"subjects"_s, QJsonArray {}}};
        QVERIFY(m_sim->cluster(1).store().create({u"clusterrolebindings"_s, {}, u"vault-dc2-auth-method"_s}, crb));
        const RunResult result = run(m_engine->run(RunRequest::all()));
        QCOMPARE(result.failedStep, u"reviewer/dc2"_s);
        QCOMPARE(m_engine->model()->state(u"reviewer/dc2"_s), StepState::Conflict);
        QVERIFY2(result.message.contains(u"system:auth-delegator"_s) && result.message.contains(u"view"_s),
            qPrintable(result.message));
        const auto kept = m_sim->cluster(1).store().get({u"clusterrolebindings"_s, {}, u"vault-dc2-auth-method"_s});
        QCOMPARE(kept->value(u"roleRef"_s).toObject().value(u"name"_s).toString(), u"view"_s);
    }

    void preflightCatchesSecondaryAuthWithoutReviewer()
    {
        runUpToThePreflights();
        QJsonObject config {{u"kubernetes_host"_s, m_sim->cluster(1).url().toString()},
            {u"kubernetes_ca_cert"_s, QString()}, {u"token_reviewer_jwt"_s, QString()},
            {u"disable_local_ca_jwt"_s, false}};
        QVERIFY(run(m_root->writeAuthConfig(u"kubernetes-dc2"_s, config)).ok());
        QList<LinkCheck> links;
        connect(m_engine.get(), &SetupEngine::linkChecked, this, [&links](const LinkCheck& link) { links << link; });
        const QString failure = preflightFailure(u"dc2"_s);
        const auto broken = std::find_if(
            links.begin(), links.end(), [](const LinkCheck& link) { return link.kind == LinkCheck::Kind::AuthMethod; });
        QVERIFY(broken != links.end());
        QCOMPARE(broken->datacenter, u"dc2"_s);
        QVERIFY(!broken->ok && broken->detail == failure);
        QVERIFY2(failure.contains(u"without dc2's reviewer JWT and CA"_s) && failure.contains(u"auth/dc2"_s),
            qPrintable(failure));
    }

    void preflightCatchesServerRoleWithoutBootstrapPolicy()
    {
        runUpToThePreflights();
        KubernetesAuthRole server = VaultSetup::authRoles(m_plan, m_plan.primary()).first();
        QCOMPARE(server.name, u"consul-server"_s);
        server.policies.removeAll(u"bootstrap-token"_s);
        QVERIFY(run(m_root->writeAuthRole(server.mount, server.name, server.body())).ok());
        const QString failure = preflightFailure(u"dc1"_s);
        QVERIFY2(failure.contains(u"consul/data/secret/bootstrap"_s) && failure.contains(u"policy bootstrap-token"_s)
                && failure.contains(u"auth-roles/dc1"_s),
            qPrintable(failure));
    }

    void preflightCatchesConnectCaPolicyWithoutTune()
    {
        // The simulator cannot observe Consul's tune call itself: the preflight reads the policy text.
        runUpToThePreflights();
        VaultPolicy policy = VaultSetup::connectCaPolicy(m_plan, m_plan.primary());
        const qsizetype tune = policy.hcl.indexOf(u"path \"/sys/mounts/dc1/connect_inter/tune\""_s);
        QVERIFY(tune >= 0);
        policy.hcl = policy.hcl.left(tune);
        QVERIFY(run(m_root->writePolicy(policy.name, policy.hcl)).ok());
        const QString failure = preflightFailure(u"dc1"_s);
        QVERIFY2(failure.contains(u"sys/mounts/dc1/connect_inter/tune"_s) && failure.contains(u"connect-ca-dc1"_s),
            qPrintable(failure));
    }

    void preflightCatchesPkiRoleMissingTheNamespace()
    {
        runUpToThePreflights();
        PkiRole role = VaultSetup::pkiRole(m_plan, m_plan.primary());
        role.allowedDomains = {u"dc1.consul"_s, u"consul-server"_s};
        QVERIFY(run(m_root->writePkiRole(role.mount, role.name, role.body())).ok());
        const QString failure = preflightFailure(u"dc1"_s);
        QVERIFY2(failure.contains(u"PKI role consul-cert-dc1 refuses"_s) && failure.contains(u"pki-role/dc1"_s),
            qPrintable(failure));
        // A full run puts the role back as the plan says, and then the preflight passes.
        const RunResult result = run(m_engine->run(RunRequest::upTo(u"preflight/dc2"_s)));
        QVERIFY2(result.ok && result.applied.contains(u"pki-role/dc1"_s), qPrintable(result.message));
    }

    void failedInstallIsDiagnosedFromTheAgentLog()
    {
        // A role broken after the preflight passed: the Consul server's Vault agent gets 403 on the
        // bootstrap token; the failed install reads its log and names the fix.
        QVERIFY(run(m_engine->run(RunRequest::upTo(u"injector/dc2"_s))).ok);
        KubernetesAuthRole server = VaultSetup::authRoles(m_plan, m_plan.primary()).first();
        server.policies.removeAll(u"bootstrap-token"_s);
        QVERIFY(run(m_root->writeAuthRole(server.mount, server.name, server.body())).ok());
        EngineOptions options;
        options.helmTimeout = std::chrono::seconds(2);
        options.valuesDirectory = m_values.path();
        m_engine->setOptions(options);
        const RunResult result = run(m_engine->run(RunRequest::only(u"consul-install/dc1"_s, true)));
        QCOMPARE(result.failedStep, u"consul-install/dc1"_s);
        if (qEnvironmentVariableIsSet("MESHFED_TEST_VERBOSE"))
            qInfo("%s", qPrintable(result.message));
        QVERIFY2(result.message.contains(u"context deadline exceeded"_s), qPrintable(result.message));
        QVERIFY2(result.message.contains(u"Pod consul-server-0 is Init:"_s)
                && result.message.contains(u"Last lines of vault-agent-init:"_s)
                && result.message.contains(u"consul/data/secret/bootstrap"_s),
            qPrintable(result.message));
        QVERIFY2(result.message.contains(u"add the policy bootstrap-token"_s)
                && result.message.contains(u"auth-roles/dc1"_s),
            qPrintable(result.message));
    }

    void helmInstallsTheEditorsText()
    {
        const QByteArray base = generatedVaultDc1();
        QByteArray edited = base;
        edited.replace("  authPath: auth/kubernetes-dc1\n", "  authPath: auth/kubernetes-dc1\n  logLevel: debug\n");
        QVERIFY(edited != base);
        setEditorValues(base, edited);
        const RunResult result = run(m_engine->run(RunRequest::only(u"vault-install/dc1"_s, true)));
        QVERIFY2(result.ok, qPrintable(result.message));
        const DatacenterPlan& dc = m_plan.primary();
        const HelmReleaseInfo release = run(m_sim->helm().release(dc.vaultRelease, dc.kubeContext, dc.kubeNamespace));
        QVERIFY2(release.values.contains("logLevel: debug"), release.values.constData());
        QFile exported(m_values.filePath(u"vault-dc1.yaml"_s));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), edited);
        // The check compares the deployed values with the editor's text: nothing left to do.
        QCOMPARE(run(m_engine->run(RunRequest::only(u"vault-install/dc1"_s, true))).applied, QStringList());
        QCOMPARE(m_engine->model()->state(u"vault-install/dc1"_s), StepState::Done);
    }

    void blockedValuesStopTheirInstall_data()
    {
        QTest::addColumn<bool>("staleBase");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid YAML") << false << u"line 3, column 5: bad indentation."_s
                                      << u"vault-dc1.yaml cannot be installed: line 3, column 5"_s;
        QTest::newRow("edits made from other values")
            << true << QString() << u"vault-dc1.yaml was edited, and the plan now generates it differently"_s;
    }

    void blockedValuesStopTheirInstall()
    {
        QFETCH(bool, staleBase);
        QFETCH(QString, reason);
        QFETCH(QString, expected);
        const QByteArray base = staleBase ? QByteArray("server: {}\n") : generatedVaultDc1();
        setEditorValues(base, base + "# edited\n", reason);
        for (const RunRequest& request : {RunRequest::dry(), RunRequest::all()}) {
            const RunResult result = run(m_engine->run(request));
            QCOMPARE(result.failedStep, u"vault-install/dc1"_s);
            QVERIFY2(result.message.contains(expected), qPrintable(result.message));
            QCOMPARE(m_engine->model()->state(u"vault-install/dc1"_s), StepState::Failed);
            QCOMPARE(m_sim->helm().installCount(), 0);
        }
    }

    void releaseWithOtherValuesNeedsConfirmation()
    {
        QVERIFY(run(m_engine->run(RunRequest::all())).verified);
        FederationPlan changed = m_plan;
        changed.primary().replicas.meshGateway = 2;
        m_engine = makeEngine(changed);
        RunResult result = run(m_engine->run(RunRequest::all()));
        QCOMPARE(result.failedStep, u"consul-install/dc1"_s);
        QCOMPARE(m_engine->model()->state(result.failedStep), StepState::Conflict);
        const QString changes = m_engine->model()->changes(result.failedStep).join(u'\n');
        QVERIFY2(changes.contains(u"+   replicas: 2"_s) && changes.contains(u"-   replicas: 1"_s), qPrintable(changes));
        QString shown;
        m_engine->setConfirmation([&shown](const QString&, const QString& diff) {
            shown = diff;
            return true;
        });
        const int installs = m_sim->helm().installCount();
        result = run(m_engine->run(RunRequest::only(u"consul-install/dc1"_s)));
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(shown.contains(u"replicas: 2"_s));
        QCOMPARE(m_sim->helm().installCount(), installs + 1);
    }
};

QTEST_GUILESS_MAIN(TestSetupEngine)
#include "tst_setupengine.moc"
