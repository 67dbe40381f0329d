// The K0–K14 calls of procedure.md §6 on top of KubeClient's generic get/create/remove/stream.
#include "model/kube/PodStatus.h"
#include "services/http/HttpMessages.h"
#include "services/kube/KubeClient.h"
#include "services/kube/KubeErrors.h"

#include <QCoro/QCoroTimer>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace meshfed {

namespace {

QString namespaced(const QString& ns, const QString& resource)
{
    return u"/api/v1/namespaces/"_s + ns + u'/' + resource;
}

template <typename T> KubeResult<T> carry(const KubeResult<QJsonObject>& from)
{
    KubeResult<T> out;
    out.error = from.error;
    out.warnings = from.warnings;
    return out;
}

KubeList toList(const QJsonObject& list)
{
    return {
        list.value(u"items"_s).toArray(), list.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString()};
}

} // namespace

QCoro::Task<KubeResult<KubeVersion>> KubeClient::version()
{
    const KubeResult<QJsonObject> answer = co_await get(u"/version"_s);
    KubeResult<KubeVersion> result = carry<KubeVersion>(answer);
    const QJsonObject& v = answer.value;
    result.value = {v.value(u"major"_s).toString(), v.value(u"minor"_s).toString(), v.value(u"gitVersion"_s).toString(),
        v.value(u"platform"_s).toString()};
    co_return result;
}

QCoro::Task<KubeResult<QJsonObject>> KubeClient::getServiceAccount(QString ns, QString name)
{
    co_return co_await get(namespaced(ns, u"serviceaccounts/"_s + name));
}

QCoro::Task<KubeResult<QJsonObject>> KubeClient::createServiceAccount(QString ns, QString name)
{
    const QJsonObject body {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"ServiceAccount"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, name}, {u"namespace"_s, ns}}}};
    co_return co_await create(namespaced(ns, u"serviceaccounts"_s), body);
}

QCoro::Task<KubeResult<QJsonObject>> KubeClient::deleteServiceAccount(QString ns, QString name)
{
    co_return co_await remove(namespaced(ns, u"serviceaccounts/"_s + name));
}

QCoro::Task<KubeResult<QJsonObject>> KubeClient::getClusterRoleBinding(QString name)
{
    co_return co_await get(u"/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/"_s + name);
}

QCoro::Task<KubeResult<QJsonObject>> KubeClient::createClusterRoleBinding(
    QString name, QString clusterRole, QString serviceAccountNamespace, QString serviceAccount)
{
    const QJsonObject roleRef {
        {u"apiGroup"_s, u"rbac.authorization.k8s.io"_s}, {u"kind"_s, u"ClusterRole"_s}, {u"name"_s, clusterRole}};
    const QJsonObject subject {
        {u"kind"_s, u"ServiceAccount"_s}, {u"name"_s, serviceAccount}, {u"namespace"_s, serviceAccountNamespace}};
    const QJsonObject body {{u"apiVersion"_s, u"rbac.authorization.k8s.io/v1"_s}, {u"kind"_s, u"ClusterRoleBinding"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, name}}}, {u"roleRef"_s, roleRef},
        {u"subjects"_s, QJsonArray {subject}}};
    co_return co_await create(u"/apis/rbac.authorization.k8s.io/v1/clusterrolebindings"_s, body);
}

QCoro::Task<KubeResult<QJsonObject>> KubeClient::getSecret(QString ns, QString name)
{
    co_return co_await get(namespaced(ns, u"secrets/"_s + name));
}

QCoro::Task<KubeResult<QJsonObject>> KubeClient::createServiceAccountTokenSecret(
    QString ns, QString name, QString serviceAccount)
{
    const QJsonObject metadata {{u"name"_s, name}, {u"namespace"_s, ns},
        {u"annotations"_s, QJsonObject {{u"kubernetes.io/service-account.name"_s, serviceAccount}}}};
    const QJsonObject body {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Secret"_s}, {u"metadata"_s, metadata},
        {u"type"_s, u"kubernetes.io/service-account-token"_s}};
    co_return co_await create(namespaced(ns, u"secrets"_s), body);
}

QCoro::Task<KubeResult<KubeServiceAccountToken>> KubeClient::waitForServiceAccountToken(
    QString ns, QString name, std::chrono::milliseconds limit, std::chrono::milliseconds interval)
{
    const QDeadlineTimer deadline(limit);
    for (;;) {
        const KubeResult<QJsonObject> secret = co_await getSecret(ns, name);
        KubeResult<KubeServiceAccountToken> result = carry<KubeServiceAccountToken>(secret);
        if (!secret.ok())
            co_return result;
        const QJsonObject data = secret.value.value(u"data"_s).toObject();
        const QByteArray token = QByteArray::fromBase64(data.value(u"token"_s).toString().toLatin1());
        if (!token.isEmpty()) {
            m_secrets.append(QString::fromUtf8(token));
            result.value = {token, QByteArray::fromBase64(data.value(u"ca.crt"_s).toString().toLatin1()),
                QString::fromUtf8(QByteArray::fromBase64(data.value(u"namespace"_s).toString().toLatin1()))};
            co_return result;
        }
        if (deadline.hasExpired() || (m_cancel && m_cancel->isCancelled())) {
            result.error = KubeErrors::invalidResponse(clusterName(),
                HttpMessages::describeCall(QByteArrayLiteral("GET"), urlFor(namespaced(ns, u"secrets/"_s + name))),
                tr("the token controller did not fill in the token within %1 s. Does the service account exist?")
                    .arg(std::chrono::duration_cast<std::chrono::seconds>(limit).count()));
            co_return result;
        }
        co_await m_http->sleep(interval, m_cancel);
    }
}

QCoro::Task<KubeResult<KubeIssuedToken>> KubeClient::requestToken(
    QString ns, QString serviceAccount, int expirationSeconds, QStringList audiences)
{
    QJsonObject spec {{u"expirationSeconds"_s, expirationSeconds}};
    if (!audiences.isEmpty())
        spec.insert(u"audiences"_s, QJsonArray::fromStringList(audiences));
    const QJsonObject body {
        {u"apiVersion"_s, u"authentication.k8s.io/v1"_s}, {u"kind"_s, u"TokenRequest"_s}, {u"spec"_s, spec}};
    const KubeResult<QJsonObject> answer
        = co_await create(namespaced(ns, u"serviceaccounts/"_s + serviceAccount + u"/token"_s), body);
    KubeResult<KubeIssuedToken> result = carry<KubeIssuedToken>(answer);
    const QJsonObject status = answer.value.value(u"status"_s).toObject();
    result.value = {status.value(u"token"_s).toString().toUtf8(),
        parseKubeTimestamp(status.value(u"expirationTimestamp"_s).toString())};
    if (!result.value.token.isEmpty())
        m_secrets.append(QString::fromUtf8(result.value.token));
    co_return result;
}

QCoro::Task<KubeResult<KubeTokenReview>> KubeClient::reviewToken(
    QByteArray token, QByteArray reviewerToken, QStringList audiences)
{
    m_secrets.append(QString::fromUtf8(token));
    QJsonObject spec {{u"token"_s, QString::fromUtf8(token)}};
    if (!audiences.isEmpty())
        spec.insert(u"audiences"_s, QJsonArray::fromStringList(audiences));
    const QJsonObject body {
        {u"apiVersion"_s, u"authentication.k8s.io/v1"_s}, {u"kind"_s, u"TokenReview"_s}, {u"spec"_s, spec}};
    HttpRequest post = request(QByteArrayLiteral("POST"), u"/apis/authentication.k8s.io/v1/tokenreviews"_s);
    post.setBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    const KubeResult<QJsonObject> answer = co_await call(post, false, reviewerToken);
    KubeResult<KubeTokenReview> result = carry<KubeTokenReview>(answer);
    const QJsonObject status = answer.value.value(u"status"_s).toObject();
    const QJsonObject user = status.value(u"user"_s).toObject();
    result.value.authenticated = status.value(u"authenticated"_s).toBool();
    result.value.username = user.value(u"username"_s).toString();
    result.value.uid = user.value(u"uid"_s).toString();
    for (const QJsonValue& group : user.value(u"groups"_s).toArray())
        result.value.groups.append(group.toString());
    for (const QJsonValue& audience : status.value(u"audiences"_s).toArray())
        result.value.audiences.append(audience.toString());
    result.value.error = status.value(u"error"_s).toString();
    co_return result;
}

QCoro::Task<KubeResult<KubeService>> KubeClient::getService(QString ns, QString name)
{
    const KubeResult<QJsonObject> answer = co_await get(namespaced(ns, u"services/"_s + name));
    KubeResult<KubeService> result = carry<KubeService>(answer);
    if (answer.ok())
        result.value = KubeService::fromJson(answer.value);
    co_return result;
}

QCoro::Task<KubeResult<KubeList>> KubeClient::listPods(QString ns, QString labelSelector)
{
    QUrlQuery query;
    if (!labelSelector.isEmpty())
        query.addQueryItem(u"labelSelector"_s, labelSelector);
    const QString path = ns.isEmpty() ? u"/api/v1/pods"_s : namespaced(ns, u"pods"_s);
    const KubeResult<QJsonObject> answer = co_await get(path, query);
    KubeResult<KubeList> result = carry<KubeList>(answer);
    result.value = toList(answer.value);
    co_return result;
}

QCoro::Task<KubeResult<std::unique_ptr<HttpStream>>> KubeClient::watchPods(
    QString ns, QString labelSelector, QString resourceVersion, int timeoutSeconds)
{
    QUrlQuery query;
    query.addQueryItem(u"watch"_s, u"1"_s);
    query.addQueryItem(u"allowWatchBookmarks"_s, u"true"_s);
    if (!resourceVersion.isEmpty())
        query.addQueryItem(u"resourceVersion"_s, resourceVersion);
    if (timeoutSeconds > 0)
        query.addQueryItem(u"timeoutSeconds"_s, QString::number(timeoutSeconds));
    if (!labelSelector.isEmpty())
        query.addQueryItem(u"labelSelector"_s, labelSelector);
    const QString path = ns.isEmpty() ? u"/api/v1/pods"_s : namespaced(ns, u"pods"_s);
    // Idle limit: the server closes at timeoutSeconds; bookmarks come about once a minute.
    const auto idle = std::chrono::seconds(std::max(timeoutSeconds, 60) + 30);
    co_return co_await stream(path, query, idle);
}

QCoro::Task<KubeResult<QByteArray>> KubeClient::podLogs(QString ns, QString pod, QString container, int tailLines)
{
    QUrlQuery query;
    if (!container.isEmpty())
        query.addQueryItem(u"container"_s, container);
    if (tailLines >= 0)
        query.addQueryItem(u"tailLines"_s, QString::number(tailLines));
    KubeResult<std::unique_ptr<HttpStream>> opened
        = co_await stream(namespaced(ns, u"pods/"_s + pod + u"/log"_s), query, m_timeout);
    KubeResult<QByteArray> result;
    result.error = opened.error;
    if (!opened.ok())
        co_return result;
    const QByteArray body = co_await opened.value->readAll();
    result.warnings = opened.value->warnings();
    result.error = errorOf(*opened.value, body);
    if (result.ok())
        result.value = body;
    co_return result;
}

QCoro::Task<KubeResult<std::unique_ptr<HttpStream>>> KubeClient::followPodLogs(
    QString ns, QString pod, QString container, int tailLines)
{
    QUrlQuery query;
    query.addQueryItem(u"follow"_s, u"true"_s);
    if (!container.isEmpty())
        query.addQueryItem(u"container"_s, container);
    if (tailLines >= 0)
        query.addQueryItem(u"tailLines"_s, QString::number(tailLines));
    co_return co_await stream(namespaced(ns, u"pods/"_s + pod + u"/log"_s), query, std::chrono::hours(24));
}

QCoro::Task<KubeResult<KubeList>> KubeClient::listEvents(QString ns, QString objectName, QString objectUid)
{
    QString selector = u"involvedObject.name="_s + objectName;
    if (!objectUid.isEmpty())
        selector += u",involvedObject.uid="_s + objectUid;
    QUrlQuery query;
    query.addQueryItem(u"fieldSelector"_s, selector);
    const KubeResult<QJsonObject> answer = co_await get(namespaced(ns, u"events"_s), query);
    KubeResult<KubeList> result = carry<KubeList>(answer);
    result.value = toList(answer.value);
    co_return result;
}

QCoro::Task<KubeResult<QJsonObject>> KubeClient::getJob(QString ns, QString name)
{
    co_return co_await get(u"/apis/batch/v1/namespaces/"_s + ns + u"/jobs/"_s + name);
}

} // namespace meshfed
