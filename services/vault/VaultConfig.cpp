#include "services/vault/VaultConfig.h"

#include "services/http/PrivateKey.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace meshfed {

namespace {

QString pick(const std::optional<QString>& given, const QMap<QString, QString>& env, const QString& name)
{
    return given ? *given : env.value(name);
}

QString readTokenFile(const QString& homeDir)
{
    if (homeDir.isEmpty())
        return {};
    QFile file(QDir(homeDir).filePath(u".vault-token"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

void resolveToken(
    VaultConfig& config, const VaultSettings& settings, const QMap<QString, QString>& env, const QString& homeDir)
{
    if (settings.token) {
        config.token = *settings.token;
        config.tokenSource = VaultConfig::TokenSource::Given;
    } else if (!env.value(u"VAULT_TOKEN"_s).isEmpty()) {
        config.token = env.value(u"VAULT_TOKEN"_s);
        config.tokenSource = VaultConfig::TokenSource::Environment;
    } else if (const QString fromFile = readTokenFile(homeDir); !fromFile.isEmpty()) {
        config.token = fromFile;
        config.tokenSource = VaultConfig::TokenSource::TokenFile;
    }
}

void resolveSkipVerify(VaultConfig& config, const VaultSettings& settings, const QMap<QString, QString>& env)
{
    if (settings.skipVerify) {
        config.skipVerify = *settings.skipVerify;
    } else if (const QString text = env.value(u"VAULT_SKIP_VERIFY"_s); !text.isEmpty()) {
        const std::optional<bool> value = VaultConfigResolver::parseBool(text);
        if (!value)
            config.warnings.append(VaultConfigResolver::tr("VAULT_SKIP_VERIFY=\"%1\" is not a boolean and was "
                                                           "ignored; certificates are verified.")
                                       .arg(text));
        config.skipVerify = value.value_or(false);
    }
    if (config.skipVerify)
        config.warnings.append(VaultConfigResolver::tr("Vault's TLS certificate is not verified "
                                                       "(VAULT_SKIP_VERIFY): anyone on the network path could "
                                                       "impersonate Vault and read the token."));
}

void resolveMaxRetries(VaultConfig& config, const QMap<QString, QString>& env)
{
    const QString text = env.value(u"VAULT_MAX_RETRIES"_s).trimmed();
    if (text.isEmpty())
        return;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok && value >= 0 && value <= 100)
        config.maxRetries = value;
    else
        config.warnings.append(VaultConfigResolver::tr("VAULT_MAX_RETRIES=\"%1\" is not a number from 0 to 100 and "
                                                       "was ignored.")
                                   .arg(text));
}

} // namespace

VaultConfig VaultConfigResolver::resolve(
    const VaultSettings& settings, const QMap<QString, QString>& env, const QString& homeDir)
{
    VaultConfig config;
    QString address = pick(settings.address, env, u"VAULT_ADDR"_s);
    if (address.isEmpty())
        address = u"https://127.0.0.1:8200"_s;
    config.address = QUrl(address.endsWith(u'/') ? address.chopped(1) : address);
    resolveToken(config, settings, env, homeDir);
    config.nameSpace = pick(settings.nameSpace, env, u"VAULT_NAMESPACE"_s);
    config.caCertFile = pick(settings.caCertFile, env, u"VAULT_CACERT"_s);
    config.caPath = pick(settings.caPath, env, u"VAULT_CAPATH"_s);
    config.clientCertFile = pick(settings.clientCertFile, env, u"VAULT_CLIENT_CERT"_s);
    config.clientKeyFile = pick(settings.clientKeyFile, env, u"VAULT_CLIENT_KEY"_s);
    resolveSkipVerify(config, settings, env);
    resolveMaxRetries(config, env);
    return config;
}

QMap<QString, QString> VaultConfigResolver::processEnvironment()
{
    QMap<QString, QString> map;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString& key : keys) {
        if (key.startsWith(u"VAULT_"_s))
            map.insert(key, env.value(key));
    }
    return map;
}

std::optional<bool> VaultConfigResolver::parseBool(const QString& text)
{
    static const QStringList yes {u"1"_s, u"t"_s, u"T"_s, u"TRUE"_s, u"true"_s, u"True"_s};
    static const QStringList no {u"0"_s, u"f"_s, u"F"_s, u"FALSE"_s, u"false"_s, u"False"_s};
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

VaultConfigResolver::TlsResult VaultConfigResolver::tlsOptions(const VaultConfig& config)
{
    TlsResult result;
    result.options.insecureSkipVerify = config.skipVerify;
    QSslConfiguration& tls = result.options.configuration;
    QList<QSslCertificate> cas;
    if (!config.caCertFile.isEmpty()) {
        cas += QSslCertificate::fromPath(config.caCertFile, QSsl::Pem);
        if (cas.isEmpty())
            result.error = tr("No PEM certificate could be read from the CA file %1.").arg(config.caCertFile);
    }
    if (!config.caPath.isEmpty()) {
        const QList<QSslCertificate> fromDir = QSslCertificate::fromPath(
            QDir(config.caPath).filePath(u"*"_s), QSsl::Pem, QSslCertificate::PatternSyntax::Wildcard);
        if (fromDir.isEmpty() && result.error.isEmpty())
            result.error = tr("No PEM certificate could be read from the CA folder %1.").arg(config.caPath);
        cas += fromDir;
    }
    if (!cas.isEmpty())
        tls.setCaCertificates(cas);
    if (config.clientCertFile.isEmpty() != config.clientKeyFile.isEmpty() && result.error.isEmpty())
        result.error = tr("A client certificate needs both VAULT_CLIENT_CERT and VAULT_CLIENT_KEY.");
    if (!config.clientCertFile.isEmpty() && !config.clientKeyFile.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(config.clientCertFile, QSsl::Pem);
        QFile keyFile(config.clientKeyFile);
        const QSslKey key = keyFile.open(QIODevice::ReadOnly) ? privateKeyFromPem(keyFile.readAll()) : QSslKey();
        if ((certs.isEmpty() || key.isNull()) && result.error.isEmpty())
            result.error = tr("The client certificate %1 or its key %2 could not be read.")
                               .arg(config.clientCertFile, config.clientKeyFile);
        if (!certs.isEmpty())
            tls.setLocalCertificate(certs.first());
        if (!key.isNull())
            tls.setPrivateKey(key);
    }
    return result;
}

} // namespace meshfed
