#pragma once

#include "services/http/HttpRequest.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace meshfed {

/// How to reach and authenticate to Vault. Values the plan or the user gave win; the rest come
/// from the environment the way the vault CLI reads it (resolveVaultConfig).
struct VaultConfig
{
    enum class TokenSource { None, Given, Environment, TokenFile };

    QUrl address;
    QString token;
    TokenSource tokenSource = TokenSource::None;
    QString nameSpace; ///< X-Vault-Namespace, empty for none
    QString caCertFile;
    QString caPath; ///< a folder of PEM files
    QString clientCertFile;
    QString clientKeyFile;
    bool skipVerify = false;
    std::optional<int> maxRetries; ///< VAULT_MAX_RETRIES; unset: the client's default policy
    QStringList warnings;          ///< translated; for the user (e.g. verification switched off)
};

/// What the plan or the user set explicitly; unset fields fall back to the environment.
struct VaultSettings
{
    std::optional<QString> address;
    std::optional<QString> token;
    std::optional<QString> nameSpace;
    std::optional<QString> caCertFile;
    std::optional<QString> caPath;
    std::optional<QString> clientCertFile;
    std::optional<QString> clientKeyFile;
    std::optional<bool> skipVerify;
};

/// Builds VaultConfig and TLS options. Pure apart from reading ~/.vault-token and certificate files.
///
/// Usage: `VaultConfig c = VaultConfigResolver::resolve(settings, environmentMap, QDir::homePath());`
class VaultConfigResolver
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::VaultConfigResolver)

public:
    /// Precedence: settings, then VAULT_* variables, then ~/.vault-token for the token, then the
    /// CLI's default address https://127.0.0.1:8200.
    static VaultConfig resolve(
        const VaultSettings& settings, const QMap<QString, QString>& environment, const QString& homeDir);
    /// The current process environment as a map.
    static QMap<QString, QString> processEnvironment();
    /// Go's strconv.ParseBool; nullopt when the text is none of its spellings.
    static std::optional<bool> parseBool(const QString& text);

    /// TLS options for `config`: CA file/folder replace the system CAs, client certificate and key
    /// are loaded. On failure `error` names the file and the problem.
    struct TlsResult
    {
        TlsOptions options;
        QString error;
    };
    static TlsResult tlsOptions(const VaultConfig& config);
};

} // namespace meshfed
