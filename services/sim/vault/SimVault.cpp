#include "services/sim/vault/SimVault.h"

#include "services/sim/SimLogging.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

/// Vault's built-in "default" policy, the part tokens from an auth method use.
const QString kDefaultPolicy = uR"(path "auth/token/lookup-self" {
  capabilities = ["read"]
}
path "auth/token/renew-self" {
  capabilities = ["update"]
}
path "auth/token/revoke-self" {
  capabilities = ["update"]
}
path "sys/capabilities-self" {
  capabilities = ["update"]
}
)"_s;

QString randomId(const QString& prefix)
{
    static const QString alphabet = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_s;
    QString id = prefix;
    for (int i = 0; i < 24; ++i)
        id += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return id;
}

SimVaultMount mountOf(const QString& type, int kvVersion = 0)
{
    return {type, kvVersion, type + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(8),
        QUuid::createUuid().toString(QUuid::WithoutBraces), 0, 0, {}};
}

} // namespace

VaultReply VaultReply::error(int status, const QStringList& messages)
{
    return {status, {{u"errors"_s, QJsonArray::fromStringList(messages)}}, {}};
}

VaultReply VaultReply::permissionDenied()
{
    return error(403, {u"1 error occurred:\n\t* permission denied\n\n"_s});
}

VaultReply VaultReply::data(const QJsonObject& data, const QJsonArray& warnings)
{
    return {200,
        {{u"request_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}, {u"lease_id"_s, u""_s},
            {u"renewable"_s, false}, {u"lease_duration"_s, 0}, {u"data"_s, data}, {u"wrap_info"_s, QJsonValue::Null},
            {u"warnings"_s, warnings.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(warnings)},
            {u"auth"_s, QJsonValue::Null}},
        {}};
}

SimVault::SimVault(QObject* parent)
    : QObject(parent)
    , m_server([this](HttpExchange* exchange) { serve(exchange); })
{
    m_server.setErrorBody([](int, const QString& message) {
        return QJsonDocument(QJsonObject {{u"errors"_s, QJsonArray {message}}}).toJson(QJsonDocument::Compact);
    });
    // What `vault server -dev` starts with.
    m_mounts.insert(u"secret/"_s, mountOf(u"kv"_s, 2));
    m_mounts.insert(u"sys/"_s, mountOf(u"system"_s));
    m_mounts.insert(u"cubbyhole/"_s, mountOf(u"cubbyhole"_s));
    m_mounts.insert(u"identity/"_s, mountOf(u"identity"_s));
    m_auths.insert(u"token/"_s, mountOf(u"token"_s));
    QString ignored;
    m_policyText.insert(u"default"_s, kDefaultPolicy);
    m_policyRules.insert(u"default"_s, parseAclPolicy(kDefaultPolicy, &ignored).value_or(QList<PolicyRule> {}));
    m_policyText.insert(u"root"_s, QString());
    SimVaultToken root {u"root"_s, randomId({}), {u"root"_s}, u"root"_s, 0, {}, QDateTime::currentDateTimeUtc()};
    m_tokens.insert(root.id, root);
}

void SimVault::setRootToken(const QString& token)
{
    SimVaultToken root = m_tokens.take(m_rootToken);
    root.id = token;
    m_tokens.insert(root.id, root);
    m_rootToken = token;
}

bool SimVault::start(quint16 port)
{
    return m_server.listenLocal(port);
}

void SimVault::addLog(const QString& line)
{
    m_log << line;
    qCInfo(lcSim).noquote() << "vault:" << line;
    Q_EMIT logged(line);
}

QUrl SimVault::resolveFromPod(const QUrl& url) const
{
    if (url.host() == u"kubernetes.default.svc"_s || url.host() == u"kubernetes.default"_s)
        return m_home.apiServer;
    return url;
}

void SimVault::serve(HttpExchange* exchange)
{
    QPointer<HttpExchange> guard(exchange);
    QCoro::connect(handle(exchange->request()), this, [guard](const VaultReply& reply) {
        if (!guard)
            return;
        if (reply.status == 204)
            guard->respond(204, {}, reply.headers);
        else
            guard->respondJson(reply.status, QJsonDocument(reply.body), reply.headers);
    });
}

const SimVaultToken* SimVault::tokenOf(const IncomingRequest& request) const
{
    QByteArray token = request.header("x-vault-token");
    if (token.isEmpty() && request.header("authorization").startsWith("Bearer "))
        token = request.header("authorization").mid(7);
    const auto it = m_tokens.constFind(QString::fromUtf8(token));
    return it == m_tokens.cend() ? nullptr : &*it;
}

bool SimVault::isUnauthenticated(const QString& path, const QByteArray& method) const
{
    if (path.startsWith(u"auth/"_s) && path.endsWith(u"/login"_s) && method == "POST")
        return true;
    for (auto it = m_mounts.cbegin(); it != m_mounts.cend(); ++it) {
        if (it->type == u"pki"_s && (path == it.key() + u"cert/ca"_s || path == it.key() + u"ca/pem"_s))
            return true;
    }
    return false;
}

bool SimVault::permits(const SimVaultToken& token, const QString& path, const QByteArray& method) const
{
    if (token.policies.contains(u"root"_s))
        return true;
    QList<PolicyRule> rules;
    for (const QString& policy : token.policies)
        rules += m_policyRules.value(policy);
    const QStringList granted = AclEvaluator(rules).capabilities(path);
    if (method == "GET" || method == "HEAD")
        return granted.contains(u"read"_s);
    if (method == "LIST")
        return granted.contains(u"list"_s);
    if (method == "DELETE")
        return granted.contains(u"delete"_s);
    // Vault asks "create" for new objects and "update" for existing ones; either is enough here.
    return granted.contains(u"create"_s) || granted.contains(u"update"_s);
}

SimVaultToken& SimVault::createToken(const QStringList& policies, qint64 ttl, const QString& displayName)
{
    SimVaultToken token {
        randomId(u"hvs."_s), randomId({}), policies, displayName, ttl, {}, QDateTime::currentDateTimeUtc()};
    return *m_tokens.insert(token.id, token);
}

VaultReply SimVault::lookupSelf(const SimVaultToken& token) const
{
    const qint64 elapsed = token.created.secsTo(QDateTime::currentDateTimeUtc());
    return VaultReply::data({{u"accessor"_s, token.accessor}, {u"creation_time"_s, token.created.toSecsSinceEpoch()},
        {u"creation_ttl"_s, token.ttlSeconds}, {u"display_name"_s, token.displayName},
        {u"expire_time"_s,
            token.ttlSeconds ? QJsonValue(token.created.addSecs(token.ttlSeconds).toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null)},
        {u"id"_s, token.id}, {u"meta"_s, token.metadata.isEmpty() ? QJsonValue(QJsonValue::Null) : token.metadata},
        {u"policies"_s, QJsonArray::fromStringList(token.policies)}, {u"renewable"_s, token.ttlSeconds > 0},
        {u"ttl"_s, token.ttlSeconds ? std::max<qint64>(0, token.ttlSeconds - elapsed) : 0}, {u"type"_s, u"service"_s}});
}

VaultReply SimVault::health(const IncomingRequest& request) const
{
    const QJsonObject body {{u"initialized"_s, true}, {u"sealed"_s, m_sealed}, {u"standby"_s, false},
        {u"performance_standby"_s, false}, {u"replication_performance_mode"_s, u"disabled"_s},
        {u"replication_dr_mode"_s, u"disabled"_s}, {u"server_time_utc"_s, QDateTime::currentSecsSinceEpoch()},
        {u"version"_s, u"1.19.0"_s}, {u"cluster_name"_s, u"vault-cluster-sim"_s},
        {u"cluster_id"_s, u"5f3a6e4c-0000-4000-8000-000000000001"_s}};
    const QString codeParameter = m_sealed ? u"sealedcode"_s : u"activecode"_s;
    bool ok = false;
    const int overridden = request.query.queryItemValue(codeParameter).toInt(&ok);
    const int status = ok ? overridden : (m_sealed ? 503 : 200);
    return {status, request.method == "HEAD" ? QJsonObject {} : body, {}};
}

QCoro::Task<VaultReply> SimVault::handle(IncomingRequest request)
{
    if (!request.path.startsWith(u"/v1/"_s))
        co_return VaultReply::notFound();
    const QString path = request.path.mid(4);
    const QByteArray method = vaultMethod(request);
    if (path == u"sys/health"_s || path == u"sys/seal-status"_s)
        co_return health(request);
    if (m_sealed)
        co_return VaultReply::error(503, {u"Vault is sealed"_s});
    const SimVaultToken* token = tokenOf(request);
    if (!isUnauthenticated(path, method)) {
        if (!token)
            co_return VaultReply::error(403, {u"permission denied"_s});
        if (!permits(*token, path, method))
            co_return VaultReply::permissionDenied();
    }
    if (path == u"auth/token/lookup-self"_s)
        co_return lookupSelf(*token);
    if (path.startsWith(u"sys/"_s))
        co_return sys(path.mid(4), request);
    if (path.startsWith(u"auth/"_s)) {
        const QString rest = path.mid(5);
        for (auto it = m_auths.cbegin(); it != m_auths.cend(); ++it) {
            if (it->type == u"kubernetes"_s && QString(rest + u'/').startsWith(it.key()))
                co_return co_await kubeAuth(it.key().chopped(1), rest.mid(it.key().size()), request);
        }
    }
    // The longest secrets mount that prefixes the path.
    QString best;
    for (auto it = m_mounts.cbegin(); it != m_mounts.cend(); ++it) {
        if (QString(path + u'/').startsWith(it.key()) && it.key().size() > best.size())
            best = it.key();
    }
    const SimVaultMount mount = m_mounts.value(best);
    const QString rest = path.mid(best.size());
    if (mount.type == u"kv"_s)
        co_return mount.kvVersion == 2 ? kv(best.chopped(1), rest, request) : kvV1(best.chopped(1), rest, request);
    if (mount.type == u"pki"_s)
        co_return pki(best.chopped(1), rest, request);
    co_return VaultReply::error(404, {u"no handler for route \"%1\". route entry not found."_s.arg(path)});
}

qint64 parseVaultDuration(const QJsonValue& value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    const QString text = value.toString().trimmed();
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds;
    static const QRegularExpression part(u"([0-9]+(?:\\.[0-9]+)?)(ns|us|ms|s|m|h)"_s);
    qint64 total = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedStart() != consumed)
            return -1;
        consumed = match.capturedEnd();
        const double amount = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        const double factor = unit == u"h"_s ? 3600 : unit == u"m"_s ? 60 : unit == u"s"_s ? 1 : 0;
        total += qint64(amount * factor);
    }
    return consumed == text.size() && !text.isEmpty() ? total : -1;
}

} // namespace meshfed
