// What the main containers of simulated pods need before they are ready: Consul servers their
// Vault files, the Connect CA and (secondaries) the primary's mesh gateway; the ACL bootstrap
// job its tokens.
#include "services/sim/kube/SimCluster.h"
#include "services/sim/vault/SimVault.h"
#include "services/sim/workloads/SimWorkloads.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

QString firstSecretFile(const QJsonObject& annotations)
{
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        static const QString prefix = u"vault.hashicorp.com/agent-inject-secret-"_s;
        if (it.key().startsWith(prefix))
            return it.key().mid(prefix.size());
    }
    return {};
}

SimProgramState missingVaultFiles(const QJsonObject& annotations)
{
    const QString file = firstSecretFile(annotations);
    return {SimProgramState::Crashed,
        u"==> failed to load config: open /vault/secrets/%1: no such file or directory"_s.arg(file)};
}

IncomingRequest vaultRequest(
    const QByteArray& method, const QString& path, const QString& token, const QJsonObject& body = {})
{
    IncomingRequest r;
    r.method = method;
    r.path = u"/v1/"_s + path;
    r.headers.insert("x-vault-token", token.toUtf8());
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson();
    return r;
}

IncomingRequest loginRequest(const QString& mount, const QString& role, const QString& jwt)
{
    IncomingRequest login;
    login.method = "POST";
    login.path = u"/v1/auth/"_s + mount + u"/login"_s;
    login.body = QJsonDocument(QJsonObject {{u"role"_s, role}, {u"jwt"_s, jwt}}).toJson();
    return login;
}

IncomingRequest tuneRequest(const QString& mount, const QString& token)
{
    return vaultRequest("POST", u"sys/mounts/%1/tune"_s.arg(mount), token, {{u"max_lease_ttl"_s, u"8760h"_s}});
}

QString firstError(const VaultReply& reply)
{
    return reply.body.value(u"errors"_s).toArray().first().toString().simplified();
}

} // namespace

QCoro::Task<SimProgramState> SimWorkloads::program(QString id)
{
    const Pod pod = m_pods.value(id);
    const QString component = pod.workload.component;
    if (component == u"server"_s)
        co_return co_await consulServer(pod);
    if (component == u"server-acl-init"_s)
        co_return co_await aclInit(pod);
    if (component == u"connect-injector"_s || component == u"mesh-gateway"_s)
        co_return dependsOnServers(pod);
    if (!pod.workload.hook.isEmpty())
        co_return SimProgramState {SimProgramState::Completed, u"done"_s};
    co_return SimProgramState {SimProgramState::Ready, {}};
}

SimProgramState SimWorkloads::dependsOnServers(const Pod& pod) const
{
    if (!pod.workload.annotations.isEmpty() && !pod.injected)
        return missingVaultFiles(pod.workload.annotations);
    if (!workloadReady(pod.key.ns, pod.workload.simulation.value(u"serverWorkload"_s).toString()))
        return {SimProgramState::NotReady, u"[INFO]  waiting for the Consul servers to be ready"_s};
    return {SimProgramState::Ready, {}};
}

QCoro::Task<SimProgramState> SimWorkloads::consulServer(Pod pod)
{
    const QJsonObject sim = pod.workload.simulation;
    if (!pod.workload.annotations.isEmpty() && !pod.injected)
        co_return missingVaultFiles(pod.workload.annotations);
    // The Connect CA provider logs in to Vault itself and manages its PKI mounts.
    const QJsonObject ca = sim.value(u"connectCA"_s).toObject();
    if (!ca.value(u"address"_s).toString().isEmpty()) {
        const IncomingRequest login = loginRequest(ca.value(u"authMethodPath"_s).toString(u"kubernetes"_s),
            sim.value(u"serverRole"_s).toString(),
            m_cluster->issueToken(pod.key.ns, pod.workload.serviceAccount, 3600));
        const VaultReply loggedIn = co_await m_vault->handle(login);
        if (loggedIn.status != 200)
            co_return SimProgramState {SimProgramState::NotReady,
                u"[ERROR] agent.server.connect: Failed to initialize Connect CA: error logging in to Vault at %1: Code: %2. Errors: * %3"_s
                    .arg(login.path)
                    .arg(loggedIn.status)
                    .arg(firstError(loggedIn))};
        const QString token = loggedIn.body.value(u"auth"_s).toObject().value(u"client_token"_s).toString();
        const QString inter = ca.value(u"intermediatePKIPath"_s).toString();
        const QString interMount = inter.endsWith(u'/') ? inter.chopped(1) : inter;
        const IncomingRequest tuneCall = tuneRequest(interMount, token);
        const VaultReply tune = co_await m_vault->handle(tuneCall);
        if (tune.status == 403)
            m_cluster->appendLog(pod.key.ns, pod.key.name, u"consul"_s,
                u"[WARN]  agent.connect.ca.vault: Could not update max_lease_ttl for intermediate PKI mount: "
                u"path=%1 error=\"Code: 403. Errors: * permission denied\""_s.arg(interMount));
    }
    const QString dc = sim.value(u"datacenter"_s).toString();
    const QString primary = sim.value(u"primaryDatacenter"_s).toString();
    if (!sim.value(u"federation"_s).toBool() || primary.isEmpty() || primary == dc)
        co_return SimProgramState {
            SimProgramState::Ready, u"[INFO]  agent.server: New leader elected: datacenter=%1"_s.arg(dc)};
    SimWorkloads* peer = m_peers ? m_peers(primary) : nullptr;
    const auto peerDc = peer ? peer->consulDatacenter() : std::nullopt;
    QString gateway;
    bool gatewayReady = false;
    if (peer && peerDc) {
        const QString service = sim.value(u"meshGatewayService"_s).toString();
        gateway = peer->loadBalancerEndpoint(peerDc->second, service);
        gatewayReady = peer->workloadReady(peerDc->second, service);
    }
    QStringList configured;
    for (const QJsonValue& g : sim.value(u"primaryGateways"_s).toArray())
        configured << g.toString();
    if (gateway.isEmpty() || !gatewayReady || !configured.contains(gateway)) {
        const QString target = configured.value(0, u"(none)"_s);
        co_return SimProgramState {SimProgramState::NotReady,
            u"[WARN]  agent.server.memberlist.wan: memberlist: Failed to join %1: dial tcp %1: i/o timeout "
            u"(primary datacenter %2 not reachable through its mesh gateway)"_s.arg(target, primary)};
    }
    co_return SimProgramState {SimProgramState::Ready,
        u"[INFO]  agent.server: federated with %1 through mesh gateway %2"_s.arg(primary, gateway)};
}

QCoro::Task<SimProgramState> SimWorkloads::aclInit(Pod pod)
{
    const QJsonObject sim = pod.workload.simulation;
    if (!pod.workload.annotations.isEmpty() && !pod.injected)
        co_return missingVaultFiles(pod.workload.annotations);
    if (!workloadReady(pod.key.ns, sim.value(u"serverWorkload"_s).toString()))
        co_return SimProgramState {
            SimProgramState::NotReady, u"[INFO]  server-acl-init: Waiting for Consul servers to be ready"_s};
    const QString bootstrap = sim.value(u"bootstrapTokenPath"_s).toString();
    if (!bootstrap.isEmpty() && !pod.vaultToken.isEmpty()) {
        // Through the agent's cache: the job's own Vault token.
        const IncomingRequest readCall = vaultRequest("GET", bootstrap, pod.vaultToken);
        const VaultReply read = co_await m_vault->handle(readCall);
        if (read.status != 200 && read.status != 404)
            co_return SimProgramState {SimProgramState::Crashed,
                u"[ERROR] server-acl-init: Failure: reading the bootstrap token from Vault %1: Code: %2. Errors: * %3"_s
                    .arg(bootstrap)
                    .arg(read.status)
                    .arg(firstError(read))};
    }
    co_return SimProgramState {SimProgramState::Completed, u"[INFO]  server-acl-init: ACL setup complete"_s};
}

} // namespace meshfed
