#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace meshfed {

/// What went wrong with a Kubernetes call.
enum class KubeErrorKind {
    None,
    Status,          ///< the API server answered an error status (its Status body in code/reason/serverMessage)
    Unreachable,     ///< connection refused, host not found, connection dropped, proxy failure
    Timeout,         ///< no answer in time
    Tls,             ///< the server certificate was refused or the handshake failed
    Credentials,     ///< no credentials could be obtained (exec plugin failed, token file unreadable)
    Cancelled,       ///< cancelled by the caller
    InvalidResponse, ///< the body is not what the call expects
};

/// A failed Kubernetes call. `message` is translated, names the cluster (context) and the call
/// ("GET https://host:6443/api/v1/namespaces/default/pods") and never contains a token.
struct KubeError
{
    KubeErrorKind kind = KubeErrorKind::None;
    int code = 0;   ///< HTTP status, or Status.code of an ERROR watch event; 0 without an answer
    QString reason; ///< Status.reason: NotFound, AlreadyExists, Forbidden, Unauthorized, Expired, Gone, Invalid ...
    QString serverMessage; ///< Status.message as the API server wrote it
    QString message;
    int attempts = 0;

    bool isError() const { return kind != KubeErrorKind::None; }
    bool isNotFound() const { return kind == KubeErrorKind::Status && code == 404; }
    bool isAlreadyExists() const { return kind == KubeErrorKind::Status && code == 409 && reason == u"AlreadyExists"; }
    bool isGone() const { return kind == KubeErrorKind::Status && code == 410; }
    bool isUnauthorized() const { return kind == KubeErrorKind::Status && code == 401; }
    bool isForbidden() const { return kind == KubeErrorKind::Status && code == 403; }
};

/// The value of a call, or its error.
template <typename T> struct KubeResult
{
    T value {};
    KubeError error;
    QStringList warnings; ///< translated (insecure TLS) and the server's Warning headers

    bool ok() const { return !error.isError(); }
};

/// GET /version (K0).
struct KubeVersion
{
    QString major;
    QString minor; ///< may carry a '+' (GKE: "27+")
    QString gitVersion;
    QString platform;
};

/// One status.loadBalancer.ingress[] entry: `ip` or `hostname` (AWS gives only a hostname).
struct KubeLoadBalancerIngress
{
    QString ip;
    QString hostname;
    /// The ip, else the hostname.
    QString address() const { return ip.isEmpty() ? hostname : ip; }
};

struct KubeServicePort
{
    QString name;
    int port = 0;
    QString protocol;
    int nodePort = 0;
    QString targetPort; ///< a number or a name, as text
};

/// A Service (K2/K10) with the fields the setup needs decoded; `object` keeps everything.
struct KubeService
{
    QString type; ///< ClusterIP, NodePort, LoadBalancer, ExternalName
    QList<KubeLoadBalancerIngress> ingress;
    QList<KubeServicePort> ports;
    QJsonObject object;

    static KubeService fromJson(const QJsonObject& service);
};

/// A token from a service-account-token Secret (K5/K8), decoded from base64.
struct KubeServiceAccountToken
{
    QByteArray token;
    QByteArray caCertificate; ///< data["ca.crt"] (PEM)
    QString namespaceName;
};

/// TokenRequest status (K6).
struct KubeIssuedToken
{
    QByteArray token;
    QDateTime expiration;
};

/// TokenReview status (K14). A rejected token is `authenticated == false` with `error`, not a KubeError.
struct KubeTokenReview
{
    bool authenticated = false;
    QString username;
    QString uid;
    QStringList groups;
    QStringList audiences;
    QString error;
};

/// A LIST answer: the items and the collection's resourceVersion (the watch starts there).
struct KubeList
{
    QJsonArray items;
    QString resourceVersion;
};

} // namespace meshfed
