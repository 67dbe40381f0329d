// The Vault agent of injected pods (vault-agent-init): logs in with the pod's service-account
// token and renders every annotated secret, through the simulated Vault, and logs like the
// real agent does.
#include "services/sim/kube/SimCluster.h"
#include "services/sim/vault/SimVault.h"
#include "services/sim/workloads/SimWorkloads.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

const QString kPrefix = u"vault.hashicorp.com/agent-inject-secret-"_s;

QString apiError(const QString& method, const QString& url, const VaultReply& reply)
{
    QStringList errors;
    for (const QJsonValue& e : reply.body.value(u"errors"_s).toArray())
        errors << u"* "_s + e.toString();
    return u"Error making API request.\\n\\nURL: %1 %2\\nCode: %3. Errors:\\n\\n%4"_s.arg(method, url)
        .arg(reply.status)
        .arg(errors.join(u"\\n"_s));
}

QString templateParameter(const QString& text, const QString& name)
{
    const QRegularExpression re(u"%1=([^\"]*)"_s.arg(QRegularExpression::escape(name)));
    return re.match(text).captured(1);
}

} // namespace

void SimWorkloads::agentLog(const Pod& pod, const QString& line)
{
    m_cluster->appendLog(pod.key.ns, pod.key.name, u"vault-agent-init"_s, line);
}

QCoro::Task<std::pair<bool, QString>> SimWorkloads::runAgent(Pod pod)
{
    const SimInjector injector = m_injectors.isEmpty() ? SimInjector {} : m_injectors.cbegin().value();
    const QJsonObject a = pod.workload.annotations;
    QString authPath = a.value(u"vault.hashicorp.com/auth-path"_s).toString(injector.authPath);
    const QString mount = authPath.startsWith(u"auth/"_s) ? authPath.mid(5) : authPath;
    const QUrl address(injector.vaultAddress);
    agentLog(pod, u"==> Vault Agent started! Log data will stream in below:"_s);
    agentLog(pod, u"[INFO]  agent.auth.handler: authenticating"_s);
    // Which Vault does the address reach from this pod? An in-cluster service of a Vault server
    // here, or the simulated Vault's own address.
    const QString host = address.host();
    const bool inCluster = host.endsWith(u".svc"_s) || host.endsWith(u".svc.cluster.local"_s) || !host.contains(u'.');
    const bool reachable = inCluster
        ? m_cluster->store()
                .get({u"services"_s, host.section(u'.', 1, 1).isEmpty() ? pod.key.ns : host.section(u'.', 1, 1),
                    host.section(u'.', 0, 0)})
                .has_value()
            && m_vault->address().port() > 0
        : (address.port() == m_vault->address().port() && (host == u"127.0.0.1"_s || host == u"localhost"_s));
    const QString loginUrl = injector.vaultAddress + u"/v1/auth/"_s + mount + u"/login"_s;
    if (!reachable) {
        agentLog(pod,
            u"[ERROR] agent.auth.handler: error authenticating: error=\"Put \\\"%1\\\": dial tcp: lookup %2: no such host\" backoff=1s"_s
                .arg(loginUrl, host));
        co_return std::pair {false, QString()};
    }
    const QString jwt = m_cluster->issueToken(pod.key.ns, pod.workload.serviceAccount, 3600);
    IncomingRequest login;
    login.method = "POST";
    login.path = u"/v1/auth/"_s + mount + u"/login"_s;
    login.body
        = QJsonDocument(QJsonObject {{u"role"_s, a.value(u"vault.hashicorp.com/role"_s).toString()}, {u"jwt"_s, jwt}})
              .toJson();
    const VaultReply loggedIn = co_await m_vault->handle(login);
    if (loggedIn.status != 200) {
        agentLog(pod,
            u"[ERROR] agent.auth.handler: error authenticating: error=\"%1\" backoff=1s"_s.arg(
                apiError(u"PUT"_s, loginUrl, loggedIn)));
        co_return std::pair {false, QString()};
    }
    const QString token = loggedIn.body.value(u"auth"_s).toObject().value(u"client_token"_s).toString();
    agentLog(pod, u"[INFO]  agent.auth.handler: authentication successful, sending token to sinks"_s);
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!it.key().startsWith(kPrefix))
            continue;
        const QString file = it.key().mid(kPrefix.size());
        const QString path = it->toString();
        const QString tmpl = a.value(u"vault.hashicorp.com/agent-inject-template-"_s + file).toString();
        IncomingRequest read;
        read.path = u"/v1/"_s + path;
        read.headers.insert("x-vault-token", token.toUtf8());
        read.method = "GET";
        if (path.contains(u"/issue/"_s)) {
            read.method = "POST";
            read.body = QJsonDocument(QJsonObject {{u"common_name"_s, templateParameter(tmpl, u"common_name"_s)},
                                          {u"alt_names"_s, templateParameter(tmpl, u"alt_names"_s)},
                                          {u"ip_sans"_s, templateParameter(tmpl, u"ip_sans"_s)}})
                            .toJson();
        }
        const VaultReply secret = co_await m_vault->handle(read);
        const QString url = injector.vaultAddress + read.path;
        if (secret.status == 404) {
            agentLog(pod,
                u"[WARN]  (view) vault.read(%1): no secret exists at %1 (retry attempt 12 after \"1m0s\")"_s.arg(path));
            agentLog(pod,
                u"[ERROR] agent: (runner) watcher reported error: vault.read(%1): no secret exists at %1"_s.arg(path));
            co_return std::pair {false, QString()};
        }
        if (secret.status != 200) {
            agentLog(pod,
                u"[ERROR] agent: (runner) watcher reported error: vault.read(%1): %2"_s.arg(
                    path, apiError(QString::fromLatin1(read.method == "POST" ? "PUT" : "GET"), url, secret)));
            co_return std::pair {false, QString()};
        }
        agentLog(pod, u"[INFO]  agent: (runner) rendered \"(dynamic)\" => \"/vault/secrets/%1\""_s.arg(file));
    }
    agentLog(pod, u"[INFO]  agent: (runner) all templates rendered; exiting"_s);
    co_return std::pair {true, token};
}

} // namespace meshfed
