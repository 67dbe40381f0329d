#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace meshfed {

/// Something wrong in a kubeconfig file or in the context chosen from it.
/// `line`/`column` are 1-based and 0 when unknown; `context` and `field` are set by validation.
struct KubeconfigProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString context;
    QString field;
    QString message;

    /// "file:line:column: message" (the parts that are known), prefixed by the context when set.
    QString toString() const;
};

/// Where to read kubeconfig from, decided like kubectl does (see fromEnvironment()).
struct KubeconfigSources
{
    QStringList files;         ///< in precedence order: the first file defining a name wins
    bool explicitFile = false; ///< --kubeconfig: used alone and must exist

    /// --kubeconfig if given; else the KUBECONFIG list (split on ':', empty parts dropped,
    /// de-duplicated keeping first positions; set but empty parts only: no file); else
    /// <home>/.kube/config. Pure: pass the values.
    static KubeconfigSources fromEnvironment(
        const QString& explicitPath, const QString& kubeconfigVariable, const QString& homeDir);
    /// fromEnvironment() with this process's KUBECONFIG and home directory.
    static KubeconfigSources fromSystem(const QString& explicitPath = {});
};

struct KubeCluster
{
    QString name;
    QString sourceFile; ///< the file that defined it (absolute)
    int line = 0;       ///< where its list entry starts in sourceFile
    QString server;
    QString certificateAuthority; ///< a file, resolved against sourceFile's directory
    QByteArray certificateAuthorityData;
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    bool disableCompression = false;
    QByteArray execExtensionJson; ///< extension "client.authentication.k8s.io/exec" as JSON, or empty
};

struct KubeExecEnvVar
{
    QString name;
    QString value;
    friend bool operator==(const KubeExecEnvVar&, const KubeExecEnvVar&) = default;
};

/// users[].user.exec: a credential plugin (aws eks get-token, gke-gcloud-auth-plugin, kubelogin).
struct KubeExecConfig
{
    static inline const QString ApiV1 = QStringLiteral("client.authentication.k8s.io/v1");
    static inline const QString ApiV1Beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");

    QString apiVersion;
    QString command; ///< resolved against the file's directory only when it contains a '/'
    QStringList args;
    QList<KubeExecEnvVar> env;
    QString installHint;
    QString interactiveMode; ///< Never, IfAvailable or Always; defaulted to IfAvailable for v1beta1
    bool provideClusterInfo = false;
};

struct KubeUser
{
    QString name;
    QString sourceFile;
    int line = 0;
    QString token;
    QString tokenFile; ///< YAML key "tokenFile"
    QString clientCertificate;
    QByteArray clientCertificateData;
    QString clientKey;
    QByteArray clientKeyData;
    QString username;
    QString password;
    std::optional<KubeExecConfig> exec;
    QString authProvider; ///< name of a legacy auth-provider entry (unsupported), empty when none
};

struct KubeContext
{
    QString name;
    QString sourceFile;
    int line = 0;
    QString cluster;
    QString user;
    QString namespaceName;
};

/// How a user authenticates, in the order client-go prefers them.
enum class KubeAuthKind { None, Token, TokenFile, ClientCertificate, Exec, Basic, AuthProvider };

/// Short, untranslated name for tables: "token", "token file", "client certificate", "exec", ...
QString kubeAuthKindName(KubeAuthKind kind);
KubeAuthKind kubeAuthKindOf(const KubeUser& user);

/// Everything a connection needs, with files already read.
struct ResolvedKubeContext
{
    QString contextName;
    QString namespaceName;
    QUrl server;
    QByteArray caPem; ///< from certificate-authority-data or the certificate-authority file
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QUrl proxyUrl;
    bool disableCompression = false;
    KubeAuthKind authKind = KubeAuthKind::None;
    QString token;     ///< from tokenFile (trimmed) when readable, else token
    QString tokenFile; ///< re-read it about once a minute; fall back to `token` when unreadable
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QString username;
    QString password;
    std::optional<KubeExecConfig> exec;
    QByteArray execExtensionJson; ///< for KUBERNETES_EXEC_INFO spec.cluster.config (provideClusterInfo)
};

/// The merged view of one or more kubeconfig files, loaded like client-go's clientcmd.
///
/// Usage:
///     const Kubeconfig config = Kubeconfig::load(KubeconfigSources::fromSystem(option));
///     for (const KubeconfigProblem& problem : config.problems()) warn(problem.toString());
///     QList<KubeconfigProblem> problems;
///     if (auto context = config.resolve(config.currentContext(), &problems)) connect(*context);
/// A file with an error (bad YAML, a duplicate name) contributes nothing; other files still load.
class Kubeconfig
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::Kubeconfig)

public:
    static Kubeconfig load(const KubeconfigSources& sources);
    /// Merges one more file's text (as read from `path`); later files never override earlier names.
    void merge(const QByteArray& yaml, const QString& path);

    const QList<KubeContext>& contexts() const { return m_contexts; }
    const QList<KubeCluster>& clusters() const { return m_clusters; }
    const QList<KubeUser>& users() const { return m_users; }
    const KubeContext* context(const QString& name) const;
    const KubeCluster* cluster(const QString& name) const;
    const KubeUser* user(const QString& name) const;
    QString currentContext() const { return m_currentContext; }
    QStringList files() const { return m_files; } ///< files read without error
    const QList<KubeconfigProblem>& problems() const { return m_problems; }
    bool hasErrors() const;

    /// Checks the context as client-go's ConfirmUsable does; every problem names context and field.
    QList<KubeconfigProblem> validate(const QString& contextName) const;
    /// validate() and, when it passes, reads the referenced files. nullopt with *problems otherwise.
    std::optional<ResolvedKubeContext> resolve(const QString& contextName, QList<KubeconfigProblem>* problems) const;

private:
    void readFile(const QString& path, bool mustExist);

    QList<KubeContext> m_contexts;
    QList<KubeCluster> m_clusters;
    QList<KubeUser> m_users;
    QString m_currentContext;
    QStringList m_files;
    QList<KubeconfigProblem> m_problems;
};

} // namespace meshfed
