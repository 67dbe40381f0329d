// Brings the simulator into the states the GUI tests and the screenshot tool show: Vault installed
// in dc1, configured as the setup engine will (optionally without the bootstrap-token policy on
// the server role, so consul-server-0 stays in Init:CrashLoopBackOff), and Consul installed.
#pragma once

#include "model/plan/FederationPlan.h"
#include "model/plan/ValuesGenerator.h"
#include "model/plan/VaultSetup.h"
#include "services/sim/helm/SimHelm.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"
#include "services/vault/VaultClient.h"

#include <QNetworkAccessManager>

namespace meshfed::scenario {

inline SimulatorOptions fastSimulator()
{
    SimulatorOptions options;
    options.timing = {30, 60, 200, 20};
    options.loadBalancerDelayMs = 20;
    options.tokenControllerDelayMs = 10;
    return options;
}

template <typename T> T run(QCoro::Task<T>&& task)
{
    return QCoro::waitFor(std::move(task));
}

inline HelmOutcome install(
    Simulator& sim, const FederationPlan& plan, const DatacenterPlan& dc, bool vault, int timeoutSeconds)
{
    const GeneratedFile file = vault ? ValuesGenerator::vaultValues(plan, dc) : ValuesGenerator::consulValues(plan, dc);
    HelmInstall request {vault ? dc.vaultRelease : dc.consulRelease,
        vault ? QStringLiteral("vault") : QStringLiteral("consul"), plan.helmRepository,
        vault ? plan.vault.chartVersion : plan.consul.chartVersion, dc.kubeContext, dc.kubeNamespace, file.name,
        file.content, true, std::chrono::seconds(timeoutSeconds)};
    return run(sim.helm().upgradeInstall(request));
}

/// Vault for the primary, as procedure.md does it; false on the first failing call.
inline bool configureVaultForPrimary(Simulator& sim, const FederationPlan& plan, bool withBootstrapPolicy)
{
    QNetworkAccessManager nam;
    VaultConfig config;
    config.address = sim.vault().address();
    config.token = sim.vault().rootToken();
    VaultClient vault(&nam, config);
    vault.setRetryPolicy(RetryPolicy::none());
    const DatacenterPlan& dc1 = plan.primary();
    auto kv = [](const QString& key) { return QJsonObject {{key, QStringLiteral("c2VjcmV0")}}; };
    bool ok = run(vault.enableKvV2(QStringLiteral("consul"))).ok()
        && run(vault.enableSecretsEngine(QStringLiteral("pki"), QStringLiteral("pki"))).ok()
        && run(vault.enableAuthMethod(dc1.authMount, QStringLiteral("kubernetes"))).ok()
        && run(vault.writeAuthConfig(
                   dc1.authMount, {{QStringLiteral("kubernetes_host"), VaultSetup::inClusterKubernetesHost()}}))
               .ok()
        && run(vault.writeKv(QStringLiteral("consul"), QStringLiteral("secret/gossip"), kv(QStringLiteral("key")), 0))
               .ok()
        && run(
            vault.writeKv(QStringLiteral("consul"), QStringLiteral("secret/bootstrap"), kv(QStringLiteral("token")), 0))
               .ok()
        && run(vault.writeKv(
                   QStringLiteral("consul"), QStringLiteral("secret/replication"), kv(QStringLiteral("token")), 0))
               .ok()
        && run(vault.generateRootCa(QStringLiteral("pki"),
                   {{QStringLiteral("common_name"), QStringLiteral("Consul CA")},
                       {QStringLiteral("ttl"), QStringLiteral("87600h")}}))
               .ok();
    for (const VaultPolicy& p : VaultSetup::policies(plan))
        ok = ok && run(vault.writePolicy(p.name, p.hcl)).ok();
    for (KubernetesAuthRole role : VaultSetup::authRoles(plan, dc1)) {
        if (!withBootstrapPolicy && role.name == QStringLiteral("consul-server"))
            role.policies.removeAll(QStringLiteral("bootstrap-token"));
        ok = ok && run(vault.writeAuthRole(role.mount, role.name, role.body())).ok();
    }
    const PkiRole pki = VaultSetup::pkiRole(plan, dc1);
    return ok && run(vault.writePkiRole(pki.mount, pki.name, pki.body())).ok();
}

} // namespace meshfed::scenario
