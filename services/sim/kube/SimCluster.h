#pragma once

#include "services/sim/http/HttpServer.h"
#include "services/sim/kube/SimObjectStore.h"
#include "services/sim/SimCrypto.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace meshfed {

/// A resource the simulated API server serves.
struct SimResource
{
    QString group; ///< "" for the core group
    QString version;
    QString resource; ///< plural, e.g. "pods"
    QString kind;
    bool namespaced = true;
    QStringList shortNames;

    QString apiVersion() const { return group.isEmpty() ? version : group + u'/' + version; }
};

/// Who is calling: the admin of the kubeconfig, or a service account with a token.
struct SimCaller
{
    bool admin = false;
    QString ns;
    QString serviceAccount;
    QString username() const;
};

/// How the load balancers of a cluster report their address: an IP (GKE, AKS) or a hostname (EKS).
enum class LoadBalancerStyle { Ip, Hostname };

/// One simulated Kubernetes API server on 127.0.0.1 over HTTPS with its own CA: namespaces,
/// pods (list, watch with bookmarks, 410 Gone after a compaction), services whose
/// LoadBalancer address appears after a delay, service accounts, secrets filled by a token
/// controller, cluster role bindings, TokenRequest, TokenReview (403 without
/// system:auth-delegator), jobs, pod logs, events, discovery good enough for kubectl, and
/// Kubernetes Status error bodies.
///
/// Usage:
///     SimCluster dc1(u"sim-dc1"_s);
///     dc1.start();
///     dc1.url(); dc1.caPem(); dc1.adminToken();    // for a kubeconfig
///     dc1.store().list(u"pods"_s, u"default"_s);   // what the API would answer
class SimCluster : public QObject
{
    Q_OBJECT

public:
    explicit SimCluster(const QString& name, QObject* parent = nullptr);
    ~SimCluster() override;

    bool start(quint16 port = 0);
    QString name() const { return m_name; }
    QUrl url() const { return m_server.baseUrl(); }
    QByteArray caPem() const { return m_ca.certificate().certificatePem; }
    QString adminToken() const { return m_adminToken; }
    HttpServer& server() { return m_server; }
    SimObjectStore& store() { return m_store; }
    static const QList<SimResource>& resources();
    static const SimResource* findResource(const QString& group, const QString& resourceOrShortName);

    // Knobs
    void setLoadBalancerStyle(LoadBalancerStyle style) { m_lbStyle = style; }
    void setLoadBalancerDelayMs(int ms) { m_lbDelayMs = ms; }
    void setTokenControllerDelayMs(int ms) { m_tokenDelayMs = ms; }
    void setBookmarkIntervalMs(int ms) { m_bookmarkIntervalMs = ms; }
    /// Decides the ingress entry of a LoadBalancer service ({"ip": ...} or {"hostname": ...});
    /// the default gives addresses in the documentation ranges.
    void setLoadBalancerAddress(std::function<QJsonObject(const QJsonObject& service)> address);
    /// Drops every open watch stream, as a restarted API server or a broken network would.
    void dropWatches();

    // Service-account tokens
    QString issueToken(
        const QString& ns, const QString& serviceAccount, qint64 expirySeconds, const QStringList& audiences = {});
    std::optional<SimCaller> authenticate(const QByteArray& bearerToken) const;
    bool mayReviewTokens(const SimCaller& caller) const;

    // Pod logs, kept per container (the pod controller writes them)
    void appendLog(const QString& ns, const QString& pod, const QString& container, const QString& line);
    QStringList logs(const QString& ns, const QString& pod, const QString& container) const;
    /// Records an Event about an object, as the kubelet and controllers do.
    void recordEvent(const QJsonObject& involved, const QString& type, const QString& reason, const QString& message);

Q_SIGNALS:
    void logAppended(const QString& ns, const QString& pod, const QString& container, const QString& line);

private:
    struct Route
    {
        const SimResource* resource = nullptr;
        QString ns;
        QString name;
        QString subresource;
    };
    void serve(HttpExchange* exchange);
    std::optional<Route> route(const QString& path) const;
    void handleResource(HttpExchange* exchange, const Route& route, const SimCaller& caller);
    void list(HttpExchange* exchange, const Route& route);
    void create(HttpExchange* exchange, const Route& route);
    void replaceOrPatch(HttpExchange* exchange, const Route& route);
    void remove(HttpExchange* exchange, const Route& route);
    void podLog(HttpExchange* exchange, const Route& route);
    void watch(HttpExchange* exchange, const Route& route);
    void tokenRequest(HttpExchange* exchange, const Route& route);
    void tokenReview(HttpExchange* exchange);
    bool serveDiscovery(HttpExchange* exchange);
    QJsonObject table(const SimResource& resource, const QList<QJsonObject>& items) const;
    void onStoreChanged(const StoreEvent& event);
    void fillTokenSecret(const ObjectKey& key);
    void assignLoadBalancer(const ObjectKey& key);
    void seed();

    QString m_name;
    SimCertificateAuthority m_ca;
    HttpServer m_server;
    SimObjectStore m_store;
    QByteArray m_signingKey;
    QString m_adminToken;
    LoadBalancerStyle m_lbStyle = LoadBalancerStyle::Ip;
    int m_lbDelayMs = 1500;
    int m_tokenDelayMs = 300;
    int m_bookmarkIntervalMs = 10000;
    std::function<QJsonObject(const QJsonObject&)> m_lbAddress;
    QList<QPointer<HttpExchange>> m_watches;
    QHash<QString, QStringList> m_logs; ///< "ns/pod/container" → lines
    int m_lbCounter = 0;
};

/// A Kubernetes Status error body: {"kind":"Status",...,"reason":..., "code":...}.
QJsonObject kubeStatus(int code, const QString& reason, const QString& message, const QJsonObject& details = {});

} // namespace meshfed
