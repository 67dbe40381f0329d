// Kubeconfig::validate() and Kubeconfig::resolve(): client-go's ConfirmUsable checks and the
// reading of the files a context refers to.
#include "model/kube/Kubeconfig.h"

#include <QFile>
#include <QRegularExpression>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

using Severity = KubeconfigProblem::Severity;

/// Collects the problems of one context, each located at the entry it comes from.
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::Kubeconfig)

public:
    explicit Checker(const QString& contextName)
        : m_context(contextName)
    { }

    template <typename Entry>
    void add(const Entry& entry, const QString& field, const QString& message, Severity severity = Severity::Error)
    {
        m_problems.append({severity, entry.sourceFile, entry.line, 0, m_context, field, message});
    }

    void checkContext(const KubeContext& context, const Kubeconfig& config);
    void checkCluster(const KubeCluster& cluster);
    void checkUser(const KubeUser& user);
    void checkCertificate(const KubeUser& user);
    void checkExec(const KubeUser& user, const KubeExecConfig& exec);
    void checkReadable(const KubeUser& user, const QString& field, const QString& path);

    QList<KubeconfigProblem> m_problems;

private:
    QString m_context;
};

std::optional<QByteArray> readAll(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

/// "host:6443" has no scheme; client-go then assumes https.
QUrl serverUrl(const QString& server)
{
    const QUrl url(server, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty())
        return url;
    return QUrl(u"https://"_s + server, QUrl::StrictMode);
}

void Checker::checkContext(const KubeContext& context, const Kubeconfig& config)
{
    static const QRegularExpression dnsLabel(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"_s);
    if (context.user.isEmpty())
        add(context, u"user"_s, tr("user was not specified"));
    else if (!config.user(context.user))
        add(context, u"user"_s, tr("user \"%1\" was not found").arg(context.user));
    if (context.cluster.isEmpty())
        add(context, u"cluster"_s, tr("cluster was not specified"));
    else if (!config.cluster(context.cluster))
        add(context, u"cluster"_s, tr("cluster \"%1\" was not found").arg(context.cluster));
    if (!context.namespaceName.isEmpty()
        && (context.namespaceName.size() > 63 || !dnsLabel.match(context.namespaceName).hasMatch()))
        add(context, u"namespace"_s,
            tr("namespace \"%1\" does not conform to the kubernetes DNS_LABEL rules").arg(context.namespaceName));
}

void Checker::checkCluster(const KubeCluster& cluster)
{
    if (cluster.server.isEmpty())
        add(cluster, u"server"_s, tr("no server found for cluster \"%1\"").arg(cluster.name));
    else if (!serverUrl(cluster.server).isValid())
        add(cluster, u"server"_s, tr("\"%1\" is not a valid URL").arg(cluster.server));
    const bool hasCaFile = !cluster.certificateAuthority.isEmpty();
    const bool hasCa = hasCaFile || !cluster.certificateAuthorityData.isEmpty();
    if (hasCaFile && !cluster.certificateAuthorityData.isEmpty())
        add(cluster, u"certificate-authority"_s,
            tr("certificate-authority-data and certificate-authority are both specified for cluster \"%1\"")
                .arg(cluster.name));
    QString error;
    if (hasCaFile && !readAll(cluster.certificateAuthority, &error))
        add(cluster, u"certificate-authority"_s,
            tr("unable to read certificate-authority %1: %2").arg(cluster.certificateAuthority, error));
    if (cluster.insecureSkipTlsVerify && hasCa)
        add(cluster, u"insecure-skip-tls-verify"_s,
            tr("specifying a root certificates file with the insecure flag is not allowed"));
    if (!cluster.proxyUrl.isEmpty()) {
        const QUrl proxy(cluster.proxyUrl, QUrl::StrictMode);
        // Meshfed speaks to an http or socks5 proxy; a TLS connection to the proxy itself (https://)
        // is not supported, and is refused rather than silently sent in clear.
        static const QStringList schemes {u"http"_s, u"socks5"_s};
        if (!proxy.isValid() || proxy.host().isEmpty() || !schemes.contains(proxy.scheme()))
            add(cluster, u"proxy-url"_s,
                tr("invalid proxy-url \"%1\": Meshfed supports http:// and socks5:// proxies with a host")
                    .arg(proxy.toString(QUrl::RemoveUserInfo)));
    }
}

void Checker::checkReadable(const KubeUser& user, const QString& field, const QString& path)
{
    QString error;
    if (!path.isEmpty() && !readAll(path, &error))
        add(user, field, tr("unable to read %1 %2: %3").arg(field, path, error));
}

void Checker::checkUser(const KubeUser& user)
{
    if (!user.authProvider.isEmpty())
        add(user, u"auth-provider"_s,
            user.exec ? tr("auth-provider cannot be combined with an exec plugin")
                      : tr("user \"%1\" uses the auth-provider \"%2\", which kubectl no longer supports; "
                           "use an exec credential plugin instead (for example gke-gcloud-auth-plugin or kubelogin)")
                            .arg(user.name, user.authProvider));
    // client-go counts "token"; a tokenFile is a bearer token too and fails the same way in the transport.
    const bool hasToken = !user.token.isEmpty() || !user.tokenFile.isEmpty();
    if (hasToken && (!user.username.isEmpty() || !user.password.isEmpty()))
        add(user, u"token"_s,
            tr("more than one authentication method found for user \"%1\"; found [token basicAuth], only one is "
               "allowed")
                .arg(user.name));
    checkCertificate(user);
    if (user.exec)
        checkExec(user, *user.exec);
}

void Checker::checkCertificate(const KubeUser& user)
{
    const bool hasCert = !user.clientCertificate.isEmpty() || !user.clientCertificateData.isEmpty();
    const bool hasKey = !user.clientKey.isEmpty() || !user.clientKeyData.isEmpty();
    if (!user.clientCertificate.isEmpty() && !user.clientCertificateData.isEmpty())
        add(user, u"client-certificate"_s, tr("client-certificate-data and client-certificate are both specified"));
    if (!user.clientKey.isEmpty() && !user.clientKeyData.isEmpty())
        add(user, u"client-key"_s, tr("client-key-data and client-key are both specified"));
    if (hasCert && !hasKey)
        add(user, u"client-key"_s, tr("client-key-data or client-key must be specified to use a client certificate"));
    if (hasKey && !hasCert)
        add(user, u"client-certificate"_s,
            tr("client-certificate-data or client-certificate must be specified to use a client key"));
    checkReadable(user, u"client-certificate"_s, user.clientCertificate);
    checkReadable(user, u"client-key"_s, user.clientKey);
}

void Checker::checkExec(const KubeUser& user, const KubeExecConfig& exec)
{
    if (exec.command.isEmpty())
        add(user, u"exec.command"_s, tr("command must be specified to use an exec authentication plugin"));
    if (exec.apiVersion.isEmpty())
        add(user, u"exec.apiVersion"_s, tr("apiVersion must be specified to use an exec authentication plugin"));
    else if (exec.apiVersion != KubeExecConfig::ApiV1 && exec.apiVersion != KubeExecConfig::ApiV1Beta1)
        add(user, u"exec.apiVersion"_s,
            tr("exec plugin: invalid apiVersion \"%1\" (use %2 or %3)")
                .arg(exec.apiVersion, KubeExecConfig::ApiV1, KubeExecConfig::ApiV1Beta1));
    for (const KubeExecEnvVar& variable : exec.env) {
        if (variable.name.isEmpty())
            add(user, u"exec.env"_s, tr("env variable name must be specified"));
    }
    static const QStringList modes {u"Never"_s, u"IfAvailable"_s, u"Always"_s};
    if (exec.interactiveMode.isEmpty())
        add(user, u"exec.interactiveMode"_s, tr("interactiveMode must be specified for %1").arg(exec.apiVersion));
    else if (!modes.contains(exec.interactiveMode))
        add(user, u"exec.interactiveMode"_s,
            tr("invalid interactiveMode \"%1\" (Never, IfAvailable or Always)").arg(exec.interactiveMode));
}

bool hasError(const QList<KubeconfigProblem>& problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const auto& p) { return p.severity == Severity::Error; });
}

QByteArray dataOrFile(const QByteArray& data, const QString& path)
{
    if (!data.isEmpty() || path.isEmpty())
        return data;
    QString error;
    return readAll(path, &error).value_or(QByteArray());
}

ResolvedKubeContext resolvedCluster(const KubeCluster& cluster)
{
    ResolvedKubeContext resolved;
    resolved.server = serverUrl(cluster.server);
    resolved.insecureSkipTlsVerify = cluster.insecureSkipTlsVerify;
    resolved.tlsServerName = cluster.tlsServerName;
    resolved.proxyUrl = QUrl(cluster.proxyUrl, QUrl::StrictMode);
    resolved.disableCompression = cluster.disableCompression;
    resolved.execExtensionJson = cluster.execExtensionJson;
    return resolved;
}

/// The token a request uses: the token file's content when readable (an empty file is an error),
/// else the inline token.
bool resolveToken(
    const KubeUser& user, const QString& contextName, ResolvedKubeContext& resolved, QList<KubeconfigProblem>* problems)
{
    resolved.token = user.token;
    resolved.tokenFile = user.tokenFile;
    if (user.tokenFile.isEmpty())
        return true;
    QString error;
    const auto content = readAll(user.tokenFile, &error);
    QString message;
    if (content && content->trimmed().isEmpty())
        message = Checker::tr("the token file %1 is empty").arg(user.tokenFile);
    else if (!content && user.token.isEmpty())
        message = Checker::tr("unable to read tokenFile %1: %2").arg(user.tokenFile, error);
    if (!message.isEmpty()) {
        problems->append({Severity::Error, user.sourceFile, user.line, 0, contextName, u"tokenFile"_s, message});
        return false;
    }
    if (content)
        resolved.token = QString::fromUtf8(content->trimmed());
    return true;
}

bool addCredentials(const KubeUser& user, ResolvedKubeContext& resolved, QList<KubeconfigProblem>* problems)
{
    resolved.authKind = kubeAuthKindOf(user);
    if (!resolveToken(user, resolved.contextName, resolved, problems))
        return false;
    resolved.clientCertificatePem = dataOrFile(user.clientCertificateData, user.clientCertificate);
    resolved.clientKeyPem = dataOrFile(user.clientKeyData, user.clientKey);
    resolved.username = user.username;
    resolved.password = user.password;
    resolved.exec = user.exec;
    return true;
}

} // namespace

QList<KubeconfigProblem> Kubeconfig::validate(const QString& contextName) const
{
    if (contextName.isEmpty())
        return {{Severity::Error, {}, 0, 0, {}, u"current-context"_s, tr("no context chosen")}};
    const KubeContext* chosen = context(contextName);
    if (!chosen)
        return {{Severity::Error, {}, 0, 0, contextName, {},
            tr("context was not found for specified context: %1").arg(contextName)}};
    Checker checker(contextName);
    checker.checkContext(*chosen, *this);
    if (const KubeCluster* clusterEntry = cluster(chosen->cluster))
        checker.checkCluster(*clusterEntry);
    if (const KubeUser* userEntry = user(chosen->user))
        checker.checkUser(*userEntry);
    return checker.m_problems;
}

std::optional<ResolvedKubeContext> Kubeconfig::resolve(
    const QString& contextName, QList<KubeconfigProblem>* problems) const
{
    *problems = validate(contextName);
    if (hasError(*problems))
        return std::nullopt;
    const KubeContext& chosen = *context(contextName);
    const KubeCluster& clusterEntry = *cluster(chosen.cluster);

    ResolvedKubeContext resolved = resolvedCluster(clusterEntry);
    resolved.contextName = chosen.name;
    resolved.namespaceName = chosen.namespaceName;
    if (resolved.server.scheme() == u"http"_s) {
        // client-go sends neither credentials nor TLS settings to a plain-HTTP server.
        problems->append({Severity::Warning, clusterEntry.sourceFile, clusterEntry.line, 0, contextName, u"server"_s,
            tr("plain http:// server: credentials and TLS settings are not used")});
        return resolved;
    }
    resolved.caPem = dataOrFile(clusterEntry.certificateAuthorityData, clusterEntry.certificateAuthority);
    if (!addCredentials(*user(chosen.user), resolved, problems))
        return std::nullopt;
    return resolved;
}

} // namespace meshfed
