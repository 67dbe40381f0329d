#pragma once

#include "services/http/HttpClient.h"
#include "services/vault/VaultConfig.h"
#include "services/vault/VaultTypes.h"

#include <QCoro/QCoroTask>

#include <optional>

namespace meshfed {

/// Every Vault call the federation procedure needs (procedure.md §5, V1–V12 and the runtime calls),
/// as coroutines over an HttpClient. Sends X-Vault-Token, X-Vault-Request and X-Vault-Namespace;
/// accepts 200 and 204; passes on `warnings`; turns `{"errors":[...]}` into a typed VaultError.
/// Reads and naturally idempotent writes are retried like Vault's Go client; mount/auth enable,
/// KV writes, root generation, issuing and login never are. sys/health's 429 means "standby".
///
/// Usage:
///     VaultClient vault(&nam, VaultConfigResolver::resolve({}, env, QDir::homePath()));
///     VaultResult<VaultKvSecret> gossip = co_await vault.readKv(u"consul"_s, u"secret/gossip"_s);
///     if (!gossip.ok()) report(gossip.error.message); else if (!gossip.value.exists) ...
class VaultClient
{
public:
    VaultClient(QNetworkAccessManager* nam, VaultConfig config);

    const VaultConfig& config() const { return m_config; }
    /// The transport; tests install a recording sleeper here.
    HttpClient& http() { return m_http; }
    /// Retry policy of idempotent calls (default RetryPolicy::vault()).
    void setRetryPolicy(RetryPolicy policy) { m_retry = std::move(policy); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// Cancels every call in flight and every later one while set.
    void setCancelToken(CancelToken* token) { m_cancel = token; }

    QCoro::Task<VaultResult<VaultHealth>> health();
    QCoro::Task<VaultResult<VaultTokenInfo>> lookupSelf();

    QCoro::Task<VaultResult<VaultMounts>> listMounts();
    /// V1: {"type":"kv","options":{"version":"2"}}.
    QCoro::Task<VaultResult<QJsonObject>> enableKvV2(QString path);
    /// V2 and any other engine: {"type": type}.
    QCoro::Task<VaultResult<QJsonObject>> enableSecretsEngine(QString path, QString type);
    QCoro::Task<VaultResult<VaultMountTune>> readMountTune(QString path);
    /// V3, e.g. {"max_lease_ttl":"87600h"}.
    QCoro::Task<VaultResult<QJsonObject>> tuneMount(QString path, QJsonObject settings);

    QCoro::Task<VaultResult<VaultMounts>> listAuthMethods();
    /// V4.
    QCoro::Task<VaultResult<QJsonObject>> enableAuthMethod(QString path, QString type);
    /// V5/V6 read; nullopt when absent.
    QCoro::Task<VaultResult<std::optional<QJsonObject>>> readAuthConfig(QString mount);
    QCoro::Task<VaultResult<QJsonObject>> writeAuthConfig(QString mount, QJsonObject config);
    QCoro::Task<VaultResult<std::optional<QJsonObject>>> readAuthRole(QString mount, QString role);
    /// LIST auth/<mount>/role; empty when there is none (404).
    QCoro::Task<VaultResult<QStringList>> listAuthRoles(QString mount);
    /// V10.
    QCoro::Task<VaultResult<QJsonObject>> writeAuthRole(QString mount, QString role, QJsonObject settings);
    /// auth/<mount>/login with a service-account JWT; sends no token.
    QCoro::Task<VaultResult<VaultLogin>> login(QString mount, QString role, QString jwt);

    /// V9 read: the HCL text, nullopt when absent.
    QCoro::Task<VaultResult<std::optional<QString>>> readPolicy(QString name);
    QCoro::Task<VaultResult<QJsonObject>> writePolicy(QString name, QString hcl);

    /// V7 read; a missing secret is `exists == false`, not an error.
    QCoro::Task<VaultResult<VaultKvSecret>> readKv(QString mount, QString path);
    /// V7 write. `cas` 0 creates only: an existing secret gives VaultErrorKind::AlreadyExists.
    QCoro::Task<VaultResult<VaultKvWrite>> writeKv(
        QString mount, QString path, QJsonObject data, std::optional<int> cas = std::nullopt);

    /// V8 (not idempotent since Vault 1.11: check readCaCertificate first).
    QCoro::Task<VaultResult<VaultCertificate>> generateRootCa(QString mount, QJsonObject parameters);
    QCoro::Task<VaultResult<VaultCaCertificate>> readCaCertificate(QString mount);
    QCoro::Task<VaultResult<std::optional<QJsonObject>>> readPkiRole(QString mount, QString role);
    /// V11.
    QCoro::Task<VaultResult<QJsonObject>> writePkiRole(QString mount, QString role, QJsonObject settings);
    QCoro::Task<VaultResult<VaultCertificate>> issueCertificate(QString mount, QString role, QJsonObject parameters);

private:
    enum class Retry { Idempotent, Never, Health };
    struct Call
    {
        Call(QByteArray method_, QString path_, Retry retry_ = Retry::Idempotent,
            std::optional<QJsonObject> body_ = std::nullopt, bool sendToken_ = true)
            : method(std::move(method_))
            , path(std::move(path_))
            , retry(retry_)
            , body(std::move(body_))
            , sendToken(sendToken_)
        { }

        QByteArray method;
        QString path;
        Retry retry = Retry::Idempotent;
        std::optional<QJsonObject> body;
        bool sendToken = true;
    };
    struct Reply
    {
        HttpResponse http;
        QJsonObject json;
        VaultError error;
        QStringList warnings;
    };

    QCoro::Task<Reply> call(Call call);
    QCoro::Task<VaultResult<QJsonObject>> write(QByteArray method, QString path, QJsonObject body, Retry retry);
    QCoro::Task<VaultResult<std::optional<QJsonObject>>> readOptional(QString path);
    HttpRequest buildRequest(const Call& call) const;
    RetryPolicy policyFor(Retry retry) const;

    HttpClient m_http;
    VaultConfig m_config;
    TlsOptions m_tls;
    QString m_configError;
    RetryPolicy m_retry = RetryPolicy::vault();
    std::chrono::milliseconds m_timeout {0};
    QPointer<CancelToken> m_cancel;
};

} // namespace meshfed
