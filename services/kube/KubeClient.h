#pragma once

#include "model/kube/Kubeconfig.h"
#include "services/http/HttpClient.h"
#include "services/kube/ExecCredentialProvider.h"
#include "services/kube/KubeTypes.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QUrlQuery>

#include <memory>

namespace meshfed {

/// The Kubernetes calls of the federation procedure (procedure.md §6, K0–K14) for one kubeconfig
/// context, as coroutines over HttpClient. Built from a ResolvedKubeContext: TLS (CA, client
/// certificate, tls-server-name, insecure-skip-tls-verify with a warning), bearer token, tokenFile
/// (re-read about once a minute), basic auth or an exec plugin (a 401 makes the plugin run again
/// for the next call), proxy-url (this client gets its own QNetworkAccessManager with that proxy).
/// Reads are retried on 429 (honouring Retry-After), 5xx and connection failures with backoff and
/// jitter; creates and deletes never. Errors are KubeError; messages name cluster and call.
///
/// Usage:
///     auto context = kubeconfig.resolve(u"dc1"_s, &problems);
///     KubeClient kube(&nam, *context);
///     KubeResult<KubeService> lb = co_await kube.getService(u"default"_s, u"vault-dc1"_s);
///     if (!lb.ok()) report(lb.error.message); else if (!lb.value.ingress.isEmpty())
///     use(lb.value.ingress[0].address());
class KubeClient : public QObject
{
    Q_OBJECT

public:
    KubeClient(QNetworkAccessManager* nam, ResolvedKubeContext context, QObject* parent = nullptr);
    ~KubeClient() override;

    const ResolvedKubeContext& context() const { return m_context; }
    QString clusterName() const { return m_context.contextName; }
    /// The transport; tests install a recording sleeper here.
    HttpClient& http() { return *m_http; }
    /// nullptr unless the user authenticates with an exec plugin.
    ExecCredentialProvider* execProvider() const { return m_exec.get(); }
    void setPrompter(ExecPrompter* prompter);
    void setRetryPolicy(RetryPolicy policy) { m_retry = std::move(policy); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setCancelToken(CancelToken* token) { m_cancel = token; }
    /// The clock for re-reading tokenFile (default: the system clock).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// K0.
    QCoro::Task<KubeResult<KubeVersion>> version();
    /// K7 / K4; 409 AlreadyExists is an error (isAlreadyExists()) for the caller to decide.
    QCoro::Task<KubeResult<QJsonObject>> getServiceAccount(QString ns, QString name);
    QCoro::Task<KubeResult<QJsonObject>> createServiceAccount(QString ns, QString name);
    /// Only for the preflight's temporary objects.
    QCoro::Task<KubeResult<QJsonObject>> deleteServiceAccount(QString ns, QString name);
    /// K3.
    QCoro::Task<KubeResult<QJsonObject>> getClusterRoleBinding(QString name);
    QCoro::Task<KubeResult<QJsonObject>> createClusterRoleBinding(
        QString name, QString clusterRole, QString serviceAccountNamespace, QString serviceAccount);
    /// K8 / K5.
    QCoro::Task<KubeResult<QJsonObject>> getSecret(QString ns, QString name);
    QCoro::Task<KubeResult<QJsonObject>> createServiceAccountTokenSecret(
        QString ns, QString name, QString serviceAccount);
    /// K5: polls the Secret until the token controller filled data.token (every `interval`, at most `limit`).
    QCoro::Task<KubeResult<KubeServiceAccountToken>> waitForServiceAccountToken(QString ns, QString name,
        std::chrono::milliseconds limit = std::chrono::seconds(60),
        std::chrono::milliseconds interval = std::chrono::seconds(1));
    /// K6: a short-lived token (expirationSeconds >= 600; the server may shorten it).
    QCoro::Task<KubeResult<KubeIssuedToken>> requestToken(
        QString ns, QString serviceAccount, int expirationSeconds = 3600, QStringList audiences = {});
    /// K14: reviews `token` with `reviewerToken` as the caller's bearer token (not the context's).
    QCoro::Task<KubeResult<KubeTokenReview>> reviewToken(
        QByteArray token, QByteArray reviewerToken, QStringList audiences = {});
    /// K2 / K10.
    QCoro::Task<KubeResult<KubeService>> getService(QString ns, QString name);
    /// K11: `ns` empty lists all namespaces.
    QCoro::Task<KubeResult<KubeList>> listPods(QString ns, QString labelSelector = {});
    /// A pod watch from `resourceVersion` with allowWatchBookmarks=true; check the stream's status.
    QCoro::Task<KubeResult<std::unique_ptr<HttpStream>>> watchPods(
        QString ns, QString labelSelector, QString resourceVersion, int timeoutSeconds);
    /// K13; tailLines < 0: all.
    QCoro::Task<KubeResult<QByteArray>> podLogs(QString ns, QString pod, QString container = {}, int tailLines = -1);
    /// K13 with follow=true: the log as a stream.
    QCoro::Task<KubeResult<std::unique_ptr<HttpStream>>> followPodLogs(
        QString ns, QString pod, QString container = {}, int tailLines = -1);
    /// Events of one object (fieldSelector involvedObject.name, and .uid when given).
    QCoro::Task<KubeResult<KubeList>> listEvents(QString ns, QString objectName, QString objectUid = {});
    /// K12.
    QCoro::Task<KubeResult<QJsonObject>> getJob(QString ns, QString name);

    /// Generic calls (paths like "/api/v1/namespaces/x/pods"); GET is retried, the others never.
    QCoro::Task<KubeResult<QJsonObject>> get(QString path, QUrlQuery query = {});
    QCoro::Task<KubeResult<QJsonObject>> create(QString path, QJsonObject body);
    QCoro::Task<KubeResult<QJsonObject>> remove(QString path);
    /// A streamed GET; the result's error covers credentials only, the stream carries the rest.
    QCoro::Task<KubeResult<std::unique_ptr<HttpStream>>> stream(
        QString path, QUrlQuery query, std::chrono::milliseconds idle);
    /// The KubeError of a finished (or failed) stream and its body; None when it ended well.
    KubeError errorOf(const HttpStream& stream, const QByteArray& body);

    QUrl urlFor(const QString& path, const QUrlQuery& query = {}) const;

private:
    struct Auth;
    QCoro::Task<std::optional<KubeError>> authorize(HttpRequest& request, Auth& used, const QByteArray& bearer = {});
    QCoro::Task<KubeResult<QJsonObject>> call(HttpRequest request, bool retry, QByteArray bearer = {});
    void noteAnswer(int status, const Auth& used);
    QString currentToken();
    QString mask(QString text) const;
    HttpRequest request(const QByteArray& method, const QString& path, const QUrlQuery& query = {}) const;

    ResolvedKubeContext m_context;
    std::unique_ptr<QNetworkAccessManager> m_ownNam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ExecCredentialProvider> m_exec;
    TlsOptions m_tls;
    RetryPolicy m_retry;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(30)};
    QPointer<CancelToken> m_cancel;
    std::function<QDateTime()> m_clock;
    QString m_fileToken;
    QDateTime m_fileTokenRead;
    QStringList m_secrets; ///< tokens seen, masked in every message
};

} // namespace meshfed
