#include "services/vault/VaultClient.h"

#include "services/Logging.h"
#include "services/vault/VaultParsing.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace meshfed {

namespace {

template <typename T> VaultResult<T> failed(const VaultError& error, const QStringList& warnings)
{
    VaultResult<T> result;
    result.error = error;
    result.warnings = warnings;
    return result;
}

bool isAbsent(const VaultError& error)
{
    return error.kind == VaultErrorKind::NotFound && error.messages.isEmpty();
}

bool isHealthRetryable(const HttpResponse& response)
{
    if (isTransportFailure(response))
        return isRetryableTransportError(response.error.kind);
    return response.status >= 500 && response.status != 501
        && VaultParsing::healthState(response.status) == VaultHealthState::Unknown;
}

} // namespace

VaultClient::VaultClient(QNetworkAccessManager* nam, VaultConfig config)
    : m_http(nam)
    , m_config(std::move(config))
{
    const VaultConfigResolver::TlsResult tls = VaultConfigResolver::tlsOptions(m_config);
    m_tls = tls.options;
    m_configError = tls.error;
    if (m_config.maxRetries)
        m_retry.maxRetries = *m_config.maxRetries; // as the vault CLI reads VAULT_MAX_RETRIES
    const QString scheme = m_config.address.scheme();
    if (!m_config.address.isValid() || m_config.address.host().isEmpty()
        || (scheme != u"http"_s && scheme != u"https"_s))
        m_configError = VaultConfigResolver::tr("The Vault address \"%1\" is not an http:// or https:// URL.")
                            .arg(m_config.address.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

RetryPolicy VaultClient::policyFor(Retry retry) const
{
    switch (retry) {
    case Retry::Never:
        return RetryPolicy::none();
    case Retry::Health: {
        RetryPolicy policy = m_retry;
        policy.shouldRetry = isHealthRetryable; // 429 and 503 are answers here, not failures
        return policy;
    }
    default:
        return m_retry;
    }
}

HttpRequest VaultClient::buildRequest(const Call& call) const
{
    QUrl url = m_config.address;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u"/v1/"_s + call.path);
    HttpRequest request(call.method, url);
    request.setHeader(QByteArrayLiteral("X-Vault-Request"), QByteArrayLiteral("true"))
        .setIdempotent(call.retry != Retry::Never)
        .setTls(m_tls)
        .setTimeout(m_timeout)
        .setCancelToken(m_cancel);
    if (call.sendToken && !m_config.token.isEmpty())
        request.setHeader(QByteArrayLiteral("X-Vault-Token"), m_config.token.toUtf8());
    if (!m_config.nameSpace.isEmpty())
        request.setHeader(QByteArrayLiteral("X-Vault-Namespace"), m_config.nameSpace.toUtf8());
    if (call.body)
        request.setBody(QJsonDocument(*call.body).toJson(QJsonDocument::Compact));
    return request;
}

QCoro::Task<VaultClient::Reply> VaultClient::call(Call call)
{
    Reply reply;
    if (!m_configError.isEmpty()) {
        reply.error = {VaultErrorKind::Configuration, HttpErrorKind::None, 0, call.path, {}, 0, m_configError};
        co_return reply;
    }
    reply.http = co_await m_http.send(buildRequest(call), policyFor(call.retry));
    const std::optional<QJsonObject> json = VaultParsing::parseObject(reply.http.body);
    if (json) {
        reply.json = *json;
        reply.warnings = VaultParsing::warnings(*json);
    }
    reply.warnings += reply.http.warnings;
    if (!reply.http.isSuccess())
        reply.error = VaultParsing::errorFor(reply.http, call.path);
    else if (!json)
        reply.error = VaultParsing::invalidResponse(reply.http, call.path);
    qCDebug(lcVault).noquote() << call.method << call.path << "->" << reply.http.status
                               << (reply.error.isError() ? "failed" : "ok");
    co_return reply;
}

QCoro::Task<VaultResult<QJsonObject>> VaultClient::write(QByteArray method, QString path, QJsonObject body, Retry retry)
{
    const Reply reply = co_await call({method, path, retry, body});
    if (reply.error.isError())
        co_return failed<QJsonObject>(reply.error, reply.warnings);
    co_return VaultResult<QJsonObject> {reply.json.value(u"data"_s).toObject(), {}, reply.warnings};
}

QCoro::Task<VaultResult<std::optional<QJsonObject>>> VaultClient::readOptional(QString path)
{
    const Reply reply = co_await call({QByteArrayLiteral("GET"), path});
    if (isAbsent(reply.error))
        co_return VaultResult<std::optional<QJsonObject>> {std::nullopt, {}, reply.warnings};
    if (reply.error.isError())
        co_return failed<std::optional<QJsonObject>>(reply.error, reply.warnings);
    co_return VaultResult<std::optional<QJsonObject>> {VaultParsing::data(reply.json), {}, reply.warnings};
}

QCoro::Task<VaultResult<VaultHealth>> VaultClient::health()
{
    const Reply reply = co_await call({QByteArrayLiteral("GET"), u"sys/health"_s, Retry::Health, {}, false});
    const int status = reply.http.status;
    const bool knownState = reply.error.kind != VaultErrorKind::Transport
        && reply.error.kind != VaultErrorKind::Configuration
        && VaultParsing::healthState(status) != VaultHealthState::Unknown;
    if (!knownState)
        co_return failed<VaultHealth>(reply.error, reply.warnings);
    const std::optional<QJsonObject> body = VaultParsing::parseObject(reply.http.body);
    if (!body)
        co_return failed<VaultHealth>(VaultParsing::invalidResponse(reply.http, u"sys/health"_s), reply.warnings);
    co_return VaultResult<VaultHealth> {VaultParsing::health(status, *body), {}, reply.warnings};
}

QCoro::Task<VaultResult<VaultTokenInfo>> VaultClient::lookupSelf()
{
    const Reply reply = co_await call({QByteArrayLiteral("GET"), u"auth/token/lookup-self"_s});
    if (reply.error.isError())
        co_return failed<VaultTokenInfo>(reply.error, reply.warnings);
    co_return VaultResult<VaultTokenInfo> {VaultParsing::tokenInfo(VaultParsing::data(reply.json)), {}, reply.warnings};
}

QCoro::Task<VaultResult<VaultMounts>> VaultClient::listMounts()
{
    const Reply reply = co_await call({QByteArrayLiteral("GET"), u"sys/mounts"_s});
    if (reply.error.isError())
        co_return failed<VaultMounts>(reply.error, reply.warnings);
    co_return VaultResult<VaultMounts> {VaultParsing::mounts(VaultParsing::data(reply.json)), {}, reply.warnings};
}

QCoro::Task<VaultResult<QJsonObject>> VaultClient::enableKvV2(QString path)
{
    const QJsonObject body {{u"type"_s, u"kv"_s}, {u"options"_s, QJsonObject {{u"version"_s, u"2"_s}}}};
    return write(QByteArrayLiteral("POST"), u"sys/mounts/"_s + path, body, Retry::Never);
}

QCoro::Task<VaultResult<QJsonObject>> VaultClient::enableSecretsEngine(QString path, QString type)
{
    return write(QByteArrayLiteral("POST"), u"sys/mounts/"_s + path, {{u"type"_s, type}}, Retry::Never);
}

QCoro::Task<VaultResult<VaultMountTune>> VaultClient::readMountTune(QString path)
{
    const Reply reply = co_await call({QByteArrayLiteral("GET"), u"sys/mounts/"_s + path + u"/tune"_s});
    if (reply.error.isError())
        co_return failed<VaultMountTune>(reply.error, reply.warnings);
    co_return VaultResult<VaultMountTune> {VaultParsing::mountTune(VaultParsing::data(reply.json)), {}, reply.warnings};
}

QCoro::Task<VaultResult<QJsonObject>> VaultClient::tuneMount(QString path, QJsonObject settings)
{
    return write(QByteArrayLiteral("POST"), u"sys/mounts/"_s + path + u"/tune"_s, settings, Retry::Idempotent);
}

QCoro::Task<VaultResult<VaultMounts>> VaultClient::listAuthMethods()
{
    const Reply reply = co_await call({QByteArrayLiteral("GET"), u"sys/auth"_s});
    if (reply.error.isError())
        co_return failed<VaultMounts>(reply.error, reply.warnings);
    co_return VaultResult<VaultMounts> {VaultParsing::mounts(VaultParsing::data(reply.json)), {}, reply.warnings};
}

QCoro::Task<VaultResult<QJsonObject>> VaultClient::enableAuthMethod(QString path, QString type)
{
    return write(QByteArrayLiteral("POST"), u"sys/auth/"_s + path, {{u"type"_s, type}}, Retry::Never);
}

QCoro::Task<VaultResult<std::optional<QJsonObject>>> VaultClient::readAuthConfig(QString mount)
{
    return readOptional(u"auth/"_s + mount + u"/config"_s);
}

QCoro::Task<VaultResult<QJsonObject>> VaultClient::writeAuthConfig(QString mount, QJsonObject config)
{
    return write(QByteArrayLiteral("POST"), u"auth/"_s + mount + u"/config"_s, config, Retry::Idempotent);
}

QCoro::Task<VaultResult<std::optional<QJsonObject>>> VaultClient::readAuthRole(QString mount, QString role)
{
    return readOptional(u"auth/"_s + mount + u"/role/"_s + role);
}

QCoro::Task<VaultResult<QStringList>> VaultClient::listAuthRoles(QString mount)
{
    const Reply reply = co_await call({QByteArrayLiteral("LIST"), u"auth/"_s + mount + u"/role"_s});
    if (isAbsent(reply.error))
        co_return VaultResult<QStringList> {{}, {}, reply.warnings};
    if (reply.error.isError())
        co_return failed<QStringList>(reply.error, reply.warnings);
    co_return VaultResult<QStringList> {VaultParsing::listKeys(VaultParsing::data(reply.json)), {}, reply.warnings};
}

QCoro::Task<VaultResult<QJsonObject>> VaultClient::writeAuthRole(QString mount, QString role, QJsonObject settings)
{
    return write(QByteArrayLiteral("POST"), u"auth/"_s + mount + u"/role/"_s + role, settings, Retry::Idempotent);
}

QCoro::Task<VaultResult<VaultLogin>> VaultClient::login(QString mount, QString role, QString jwt)
{
    const QJsonObject body {{u"role"_s, role}, {u"jwt"_s, jwt}};
    const Reply reply
        = co_await call({QByteArrayLiteral("POST"), u"auth/"_s + mount + u"/login"_s, Retry::Never, body, false});
    if (reply.error.isError())
        co_return failed<VaultLogin>(reply.error, reply.warnings);
    co_return VaultResult<VaultLogin> {VaultParsing::login(reply.json), {}, reply.warnings};
}

QCoro::Task<VaultResult<std::optional<QString>>> VaultClient::readPolicy(QString name)
{
    const VaultResult<std::optional<QJsonObject>> read = co_await readOptional(u"sys/policies/acl/"_s + name);
    VaultResult<std::optional<QString>> result {std::nullopt, read.error, read.warnings};
    if (read.value)
        result.value = read.value->value(u"policy"_s).toString();
    co_return result;
}

QCoro::Task<VaultResult<QJsonObject>> VaultClient::writePolicy(QString name, QString hcl)
{
    return write(QByteArrayLiteral("PUT"), u"sys/policies/acl/"_s + name, {{u"policy"_s, hcl}}, Retry::Idempotent);
}

QCoro::Task<VaultResult<VaultKvSecret>> VaultClient::readKv(QString mount, QString path)
{
    const Reply reply = co_await call({QByteArrayLiteral("GET"), mount + u"/data/"_s + path});
    if (reply.http.status == 404 && reply.error.kind == VaultErrorKind::NotFound
        && (reply.error.messages.isEmpty() || reply.json.contains(u"data"_s)))
        co_return VaultResult<VaultKvSecret> {VaultParsing::kvSecret(reply.json), {}, reply.warnings};
    if (reply.error.isError())
        co_return failed<VaultKvSecret>(reply.error, reply.warnings);
    co_return VaultResult<VaultKvSecret> {VaultParsing::kvSecret(reply.json), {}, reply.warnings};
}

QCoro::Task<VaultResult<VaultKvWrite>> VaultClient::writeKv(
    QString mount, QString path, QJsonObject data, std::optional<int> cas)
{
    QJsonObject body {{u"data"_s, data}};
    if (cas)
        body.insert(u"options"_s, QJsonObject {{u"cas"_s, *cas}});
    const Reply reply = co_await call({QByteArrayLiteral("POST"), mount + u"/data/"_s + path, Retry::Never, body});
    if (reply.error.isError())
        co_return failed<VaultKvWrite>(reply.error, reply.warnings);
    const int version = reply.json.value(u"data"_s).toObject().value(u"version"_s).toInt();
    co_return VaultResult<VaultKvWrite> {{version}, {}, reply.warnings};
}

QCoro::Task<VaultResult<VaultCertificate>> VaultClient::generateRootCa(QString mount, QJsonObject parameters)
{
    const VaultResult<QJsonObject> written
        = co_await write(QByteArrayLiteral("POST"), mount + u"/root/generate/internal"_s, parameters, Retry::Never);
    co_return VaultResult<VaultCertificate> {VaultParsing::certificate(written.value), written.error, written.warnings};
}

QCoro::Task<VaultResult<VaultCaCertificate>> VaultClient::readCaCertificate(QString mount)
{
    const VaultResult<std::optional<QJsonObject>> read = co_await readOptional(mount + u"/cert/ca"_s);
    VaultResult<VaultCaCertificate> result {{}, read.error, read.warnings};
    if (read.value) {
        result.value.certificatePem = read.value->value(u"certificate"_s).toString();
        result.value.state = result.value.certificatePem.trimmed().isEmpty() ? VaultCaCertificate::State::Empty
                                                                             : VaultCaCertificate::State::Present;
    }
    co_return result;
}

QCoro::Task<VaultResult<std::optional<QJsonObject>>> VaultClient::readPkiRole(QString mount, QString role)
{
    return readOptional(mount + u"/roles/"_s + role);
}

QCoro::Task<VaultResult<QJsonObject>> VaultClient::writePkiRole(QString mount, QString role, QJsonObject settings)
{
    return write(QByteArrayLiteral("POST"), mount + u"/roles/"_s + role, settings, Retry::Idempotent);
}

QCoro::Task<VaultResult<VaultCertificate>> VaultClient::issueCertificate(
    QString mount, QString role, QJsonObject parameters)
{
    const VaultResult<QJsonObject> written
        = co_await write(QByteArrayLiteral("POST"), mount + u"/issue/"_s + role, parameters, Retry::Never);
    co_return VaultResult<VaultCertificate> {VaultParsing::certificate(written.value), written.error, written.warnings};
}

} // namespace meshfed
