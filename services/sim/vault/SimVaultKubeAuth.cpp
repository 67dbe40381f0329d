// Kubernetes auth methods of the simulated Vault. A login really asks the configured API server's
// TokenReview, with the configured reviewer JWT and CA (or, like a Vault pod, its own service
// account's), so a wrong host, a wrong CA or a reviewer without system:auth-delegator fails the
// login with 403, and the log says why.
#include "services/sim/vault/SimVault.h"

#include <QCoro/QCoroNetworkReply>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

bool globContains(const QStringList& patterns, const QString& value)
{
    for (const QString& pattern : patterns) {
        if (pattern == u"*"_s || pattern == value || (pattern.endsWith(u'*') && value.startsWith(pattern.chopped(1))))
            return true;
    }
    return false;
}

QJsonObject roleJson(const SimKubeAuthRole& role)
{
    return {{u"bound_service_account_names"_s, QJsonArray::fromStringList(role.serviceAccounts)},
        {u"bound_service_account_namespaces"_s, QJsonArray::fromStringList(role.namespaces)},
        {u"token_policies"_s, QJsonArray::fromStringList(role.policies)},
        {u"policies"_s, QJsonArray::fromStringList(role.policies)}, {u"token_ttl"_s, role.ttlSeconds},
        {u"ttl"_s, role.ttlSeconds}, {u"audience"_s, role.audience}, {u"alias_name_source"_s, u"serviceaccount_uid"_s}};
}

std::optional<SimKubeAuthRole> roleFrom(const QJsonObject& body, QString* error)
{
    SimKubeAuthRole role;
    role.serviceAccounts = vaultStringList(body.value(u"bound_service_account_names"_s));
    role.namespaces = vaultStringList(body.value(u"bound_service_account_namespaces"_s));
    role.policies = vaultStringList(
        body.contains(u"token_policies"_s) ? body.value(u"token_policies"_s) : body.value(u"policies"_s));
    const QJsonValue ttl = body.contains(u"token_ttl"_s) ? body.value(u"token_ttl"_s) : body.value(u"ttl"_s);
    role.ttlSeconds = ttl.isUndefined() ? 0 : parseVaultDuration(ttl);
    role.audience = body.value(u"audience"_s).toString();
    if (role.serviceAccounts.isEmpty())
        *error = u"\"bound_service_account_names\" can not be empty"_s;
    else if (role.namespaces.isEmpty())
        *error = u"\"bound_service_account_namespaces\" can not be empty"_s;
    else if (role.ttlSeconds < 0)
        *error = u"invalid token_ttl"_s;
    return error->isEmpty() ? std::optional(role) : std::nullopt;
}

} // namespace

QCoro::Task<VaultReply> SimVault::kubeAuth(QString mount, QString rest, IncomingRequest request)
{
    SimKubeAuth& auth = m_kubeAuth[mount];
    const QByteArray method = vaultMethod(request);
    const QJsonObject body = request.json().object();
    if (rest == u"login"_s)
        co_return co_await kubeLogin(mount, body);
    if (rest == u"config"_s) {
        if (method == "GET") {
            if (auth.config.isEmpty())
                co_return VaultReply::notFound();
            QJsonObject shown = auth.config;
            shown.remove(u"token_reviewer_jwt"_s); // never returned
            shown.insert(u"token_reviewer_jwt_set"_s, auth.config.contains(u"token_reviewer_jwt"_s));
            co_return VaultReply::data(shown);
        }
        if (body.value(u"kubernetes_host"_s).toString().isEmpty())
            co_return VaultReply::error(400, {u"no host provided"_s});
        const QString ca = body.value(u"kubernetes_ca_cert"_s).toString();
        if (!ca.isEmpty() && QSslCertificate::fromData(ca.toUtf8()).isEmpty())
            co_return VaultReply::error(400, {u"kubernetes_ca_cert: failed to parse PEM"_s});
        auth.config = body;
        co_return VaultReply::noContent();
    }
    if (rest == u"role"_s && method == "LIST") {
        const QStringList names = auth.roles.keys();
        co_return names.isEmpty() ? VaultReply::notFound()
                                  : VaultReply::data({{u"keys"_s, QJsonArray::fromStringList(names)}});
    }
    if (rest.startsWith(u"role/"_s)) {
        const QString name = rest.mid(5);
        if (method == "GET")
            co_return auth.roles.contains(name) ? VaultReply::data(roleJson(auth.roles.value(name)))
                                                : VaultReply::notFound();
        if (method == "DELETE") {
            auth.roles.remove(name);
            co_return VaultReply::noContent();
        }
        QString error;
        const auto role = roleFrom(body, &error);
        if (!role)
            co_return VaultReply::error(400, {error});
        auth.roles.insert(name, *role);
        if (role->audience.isEmpty()) {
            VaultReply reply = VaultReply::data({},
                {u"This role does not have an audience. In Vault v1.21+, specifying "
                 u"an audience on roles will be required."_s});
            reply.body.insert(u"data"_s, QJsonValue::Null);
            co_return reply;
        }
        co_return VaultReply::noContent();
    }
    co_return VaultReply::error(
        404, {u"no handler for route \"auth/%1/%2\". route entry not found."_s.arg(mount, rest)});
}

QCoro::Task<VaultReply> SimVault::kubeLogin(QString mount, QJsonObject body)
{
    const QString roleName = body.value(u"role"_s).toString();
    const QString jwt = body.value(u"jwt"_s).toString();
    if (roleName.isEmpty())
        co_return VaultReply::error(400, {u"missing role"_s});
    if (jwt.isEmpty())
        co_return VaultReply::error(400, {u"missing jwt"_s});
    if (!m_kubeAuth.value(mount).roles.contains(roleName))
        co_return VaultReply::error(400, {u"invalid role name \"%1\""_s.arg(roleName)});
    if (m_kubeAuth.value(mount).config.isEmpty())
        co_return VaultReply::error(400, {u"could not load backend configuration"_s});
    QString failure;
    const std::optional<QString> username = co_await reviewToken(mount, jwt, &failure);
    // The auth method may have been reconfigured while the review was in flight: read it again.
    const SimKubeAuthRole role = m_kubeAuth.value(mount).roles.value(roleName);
    const QString logPrefix = u"[ERROR] auth.kubernetes.auth_kubernetes_"_s + mount + u": "_s;
    if (!username) {
        addLog(logPrefix + u"login unauthorized due to: "_s + failure);
        co_return VaultReply::permissionDenied();
    }
    const QStringList parts = username->split(u':'); // system:serviceaccount:<ns>:<name>
    const QString ns = parts.value(2);
    const QString account = parts.value(3);
    if (!globContains(role.serviceAccounts, account)) {
        addLog(logPrefix + u"login for role %1: service account name not authorized: %2"_s.arg(roleName, account));
        co_return VaultReply::permissionDenied();
    }
    if (!globContains(role.namespaces, ns)) {
        addLog(logPrefix + u"login for role %1: namespace not authorized: %2"_s.arg(roleName, ns));
        co_return VaultReply::permissionDenied();
    }
    QStringList policies = role.policies;
    policies << u"default"_s;
    SimVaultToken& token
        = createToken(policies, role.ttlSeconds ? role.ttlSeconds : 2764800, mount + u'-' + ns + u'-' + account);
    token.metadata = {{u"role"_s, roleName}, {u"service_account_name"_s, account}, {u"service_account_namespace"_s, ns},
        {u"service_account_secret_name"_s, u""_s}, {u"service_account_uid"_s, u""_s}};
    VaultReply reply = VaultReply::data({});
    reply.body.insert(u"data"_s, QJsonValue::Null);
    reply.body.insert(u"auth"_s,
        QJsonObject {{u"client_token"_s, token.id}, {u"accessor"_s, token.accessor},
            {u"policies"_s, QJsonArray::fromStringList(policies)},
            {u"token_policies"_s, QJsonArray::fromStringList(policies)}, {u"metadata"_s, token.metadata},
            {u"lease_duration"_s, token.ttlSeconds}, {u"renewable"_s, true}, {u"entity_id"_s, u""_s},
            {u"token_type"_s, u"service"_s}, {u"orphan"_s, true}});
    co_return reply;
}

QCoro::Task<std::optional<QString>> SimVault::reviewToken(QString mount, QString jwt, QString* failure)
{
    const QJsonObject config = m_kubeAuth.value(mount).config;
    const bool local = !config.value(u"disable_local_ca_jwt"_s).toBool();
    QByteArray ca = config.value(u"kubernetes_ca_cert"_s).toString().toUtf8();
    if (ca.isEmpty() && local)
        ca = m_home.caPem;
    QString reviewer = config.value(u"token_reviewer_jwt"_s).toString();
    if (reviewer.isEmpty() && local && m_home.podTokenJwt)
        reviewer = m_home.podTokenJwt();
    if (reviewer.isEmpty())
        reviewer = jwt; // no reviewer: the login JWT reviews itself
    const QString host = config.value(u"kubernetes_host"_s).toString();
    QUrl url = resolveFromPod(QUrl(host));
    url.setPath(u"/apis/authentication.k8s.io/v1/tokenreviews"_s);

    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + reviewer.toUtf8());
    request.setRawHeader("X-Meshfed-Sim-Internal", "token-review");
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(ca));
    request.setSslConfiguration(tls);
    const QJsonObject review {{u"apiVersion"_s, u"authentication.k8s.io/v1"_s}, {u"kind"_s, u"TokenReview"_s},
        {u"spec"_s, QJsonObject {{u"token"_s, jwt}}}};
    // deleteLater: QCoro resumes this coroutine from inside the reply's finished signal.
    const std::unique_ptr<QNetworkReply, QScopedPointerDeleteLater> reply(
        m_nam.post(request, QJsonDocument(review).toJson(QJsonDocument::Compact)));
    co_await reply.get();
    const QString call = u"Post \"%1/apis/authentication.k8s.io/v1/tokenreviews\""_s.arg(host);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 0) {
        *failure = call + u": "_s + reply->errorString();
        co_return std::nullopt;
    }
    if (status != 201 && status != 200) {
        *failure = u"%1: %2 %3"_s.arg(call).arg(status).arg(answer.value(u"message"_s).toString());
        co_return std::nullopt;
    }
    const QJsonObject result = answer.value(u"status"_s).toObject();
    if (!result.value(u"authenticated"_s).toBool()) {
        *failure = u"lookup failed: service account unauthorized; this could mean it has been deleted or "
                   u"recreated with a new token: "_s
            + result.value(u"error"_s).toString();
        co_return std::nullopt;
    }
    co_return result.value(u"user"_s).toObject().value(u"username"_s).toString();
}

} // namespace meshfed
