#pragma once

#include "services/sim/http/HttpServer.h"
#include "services/sim/vault/SimVaultState.h"

#include <QCoro/QCoroTask>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

namespace meshfed {

/// Where the simulated Vault pod runs: how it reaches "https://kubernetes.default.svc", and the CA
/// and service-account token a real pod finds under /var/run/secrets/kubernetes.io/serviceaccount.
struct SimVaultHome
{
    QUrl apiServer;                       ///< the API server of the cluster Vault runs in
    QByteArray caPem;                     ///< that cluster's CA
    std::function<QString()> podTokenJwt; ///< Vault's own service-account token; empty when not installed
};

/// A Vault dev server on 127.0.0.1: root token "root", sys/health, token lookup-self, secrets
/// engines (KV versions 1 and 2, PKI with real certificates), Kubernetes auth methods whose login
/// asks the configured API server's TokenReview, and ACL policies that are enforced. Status codes
/// and bodies follow Vault's (404 {"errors":[]}, "path is already in use at x/", 503 sealed...).
///
/// Usage:
///     SimVault vault;
///     vault.start();
///     vault.setHome({dc1ApiUrl, dc1CaPem, [] { return vaultPodToken(); }});
///     QUrl address = vault.address();   // VAULT_ADDR, token vault.rootToken()
class SimVault : public QObject
{
    Q_OBJECT

public:
    explicit SimVault(QObject* parent = nullptr);

    bool start(quint16 port = 0);
    QUrl address() const { return m_server.baseUrl(); }
    HttpServer& server() { return m_server; }
    QString rootToken() const { return m_rootToken; }
    /// Replaces the root token ("root", as the vault chart's dev mode has it) before any request.
    void setRootToken(const QString& token);

    void setHome(SimVaultHome home) { m_home = std::move(home); }
    /// Maps a host name as seen from Vault's pod to a reachable URL (kubernetes.default.svc).
    QUrl resolveFromPod(const QUrl& url) const;

    void setSealed(bool sealed) { m_sealed = sealed; }
    bool isSealed() const { return m_sealed; }

    /// What Vault's server log would say (token review failures and such), newest last.
    const QStringList& log() const { return m_log; }

    /// Answers a request as the HTTP endpoint would (used by the server and by simulated pods).
    QCoro::Task<VaultReply> handle(IncomingRequest request);

Q_SIGNALS:
    void logged(const QString& line);

private:
    QString m_rootToken = QStringLiteral("root");
    void serve(HttpExchange* exchange);
    void addLog(const QString& line);

    // Tokens and ACL (SimVault.cpp)
    const SimVaultToken* tokenOf(const IncomingRequest& request) const;
    bool isUnauthenticated(const QString& path, const QByteArray& method) const;
    bool permits(const SimVaultToken& token, const QString& path, const QByteArray& method) const;
    SimVaultToken& createToken(const QStringList& policies, qint64 ttl, const QString& displayName);
    VaultReply lookupSelf(const SimVaultToken& token) const;
    VaultReply health(const IncomingRequest& request) const;

    // sys/ (SimVaultSys.cpp)
    VaultReply sys(const QString& path, const IncomingRequest& request);
    VaultReply mounts(
        const QString& rest, const IncomingRequest& request, QMap<QString, SimVaultMount>& table, bool auth);
    VaultReply enableMount(
        const QString& path, const QJsonObject& body, QMap<QString, SimVaultMount>& table, bool auth);
    VaultReply tune(const QString& path, const IncomingRequest& request, SimVaultMount& mount);
    VaultReply policies(const QString& name, const IncomingRequest& request);
    QJsonObject mountJson(const SimVaultMount& mount) const;

    // Engines
    VaultReply kv(const QString& mount, const QString& rest, const IncomingRequest& request);
    VaultReply kvV1(const QString& mount, const QString& rest, const IncomingRequest& request);
    VaultReply pki(const QString& mount, const QString& rest, const IncomingRequest& request);
    QCoro::Task<VaultReply> kubeAuth(QString mount, QString rest, IncomingRequest request);
    QCoro::Task<VaultReply> kubeLogin(QString mount, QJsonObject body);
    QCoro::Task<std::optional<QString>> reviewToken(QString mount, QString jwt, QString* failure);

    HttpServer m_server;
    QNetworkAccessManager m_nam;
    SimVaultHome m_home;
    bool m_sealed = false;
    QStringList m_log;

    QHash<QString, SimVaultToken> m_tokens;
    QMap<QString, SimVaultMount> m_mounts; ///< keyed "path/"
    QMap<QString, SimVaultMount> m_auths;  ///< keyed "path/"
    QMap<QString, QString> m_policyText;
    QMap<QString, QList<PolicyRule>> m_policyRules;
    QHash<QString, QMap<QString, SimKvSecret>> m_kv;   ///< mount → path → secret
    QHash<QString, QMap<QString, QJsonObject>> m_kvV1; ///< mount → path → data
    QHash<QString, SimPki> m_pki;
    QHash<QString, SimKubeAuth> m_kubeAuth;
};

} // namespace meshfed
