#pragma once

#include <QByteArray>
#include <QCoro/QCoroTask>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace meshfed {

class CancelToken;

/// One Kubernetes REST call of the setup engine.
struct KubeCall
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; ///< e.g. "/api/v1/namespaces/default/services/vault-dc1"
    QUrlQuery query;
    std::optional<QJsonObject> body;
    QString bearer; ///< empty: the context's own credentials; else this token (TokenReview as the reviewer)
};

/// Its answer: status and JSON (or text for logs), or a transport error.
struct KubeReply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QString error; ///< translated; names the call, never a token

    bool ok() const { return error.isEmpty() && status >= 200 && status < 300; }
    bool notFound() const { return status == 404; }
    bool alreadyExists() const { return status == 409; }
    QString statusMessage() const { return json.value(QLatin1String("message")).toString(); }
};

/// The few Kubernetes calls the setup engine needs, for one cluster, as plain REST calls.
/// KubeClientApi implements it over services/kube/KubeClient; tests may fake it.
///
/// Usage:
///     KubeCall call {"GET", u"/api/v1/namespaces/default/services/vault-dc1"_s};
///     KubeReply reply = co_await api.call(call);
class KubeApi
{
public:
    virtual ~KubeApi() = default;
    virtual QUrl server() const = 0;      ///< the API server URL of the kubeconfig's context
    virtual QByteArray caPem() const = 0; ///< its CA (PEM), may be empty
    virtual void setCancelToken(CancelToken* token) = 0;
    virtual QCoro::Task<KubeReply> call(KubeCall call) = 0;
};

} // namespace meshfed
