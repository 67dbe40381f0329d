// Authentication and the controllers of a simulated cluster: service-account tokens (legacy
// Secrets and TokenRequest), TokenReview, the token controller and the load-balancer controller.
#include "services/sim/kube/SimCluster.h"
#include "services/sim/kube/SimJwt.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

const QString kIssuer = u"https://kubernetes.default.svc.cluster.local"_s;
const QString kSaAnnotation = u"kubernetes.io/service-account.name"_s;
const QString kTokenType = u"kubernetes.io/service-account-token"_s;

QString subjectOf(const QString& ns, const QString& sa)
{
    return u"system:serviceaccount:"_s + ns + u':' + sa;
}

} // namespace

QString SimCluster::issueToken(
    const QString& ns, const QString& serviceAccount, qint64 expirySeconds, const QStringList& audiences)
{
    const auto sa = m_store.get({u"serviceaccounts"_s, ns, serviceAccount});
    const QString uid = sa ? sa->value(u"metadata"_s).toObject().value(u"uid"_s).toString() : QString();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims {{u"iss"_s, kIssuer}, {u"sub"_s, subjectOf(ns, serviceAccount)},
        {u"aud"_s, QJsonArray::fromStringList(audiences.isEmpty() ? QStringList {kIssuer} : audiences)},
        {u"iat"_s, now}, {u"nbf"_s, now},
        {u"kubernetes.io"_s,
            QJsonObject {{u"namespace"_s, ns},
                {u"serviceaccount"_s, QJsonObject {{u"name"_s, serviceAccount}, {u"uid"_s, uid}}}}}};
    if (expirySeconds > 0)
        claims.insert(u"exp"_s, now + expirySeconds);
    return QString::fromLatin1(SimJwt::sign(claims, m_signingKey));
}

std::optional<SimCaller> SimCluster::authenticate(const QByteArray& bearerToken) const
{
    if (QString::fromUtf8(bearerToken) == m_adminToken)
        return SimCaller {true, {}, {}};
    const auto claims = SimJwt::verify(bearerToken, m_signingKey);
    if (!claims)
        return std::nullopt;
    const QStringList subject = claims->value(u"sub"_s).toString().split(u':');
    if (subject.size() != 4)
        return std::nullopt;
    const QString ns = subject.at(2);
    const QString name = subject.at(3);
    // The service account must still exist, with the uid the token was made for.
    const auto sa = m_store.get({u"serviceaccounts"_s, ns, name});
    const QString uid
        = claims->value(u"kubernetes.io"_s).toObject().value(u"serviceaccount"_s).toObject().value(u"uid"_s).toString();
    if (!sa || sa->value(u"metadata"_s).toObject().value(u"uid"_s).toString() != uid)
        return std::nullopt;
    const QString secret = claims->value(u"kubernetes.io/serviceaccount/secret.name"_s).toString();
    if (!secret.isEmpty() && !m_store.get({u"secrets"_s, ns, secret}))
        return std::nullopt;
    return SimCaller {false, ns, name};
}

bool SimCluster::mayReviewTokens(const SimCaller& caller) const
{
    if (caller.admin)
        return true;
    for (const QJsonObject& binding : m_store.list(u"clusterrolebindings"_s, {})) {
        const QString role = binding.value(u"roleRef"_s).toObject().value(u"name"_s).toString();
        if (role != u"system:auth-delegator"_s && role != u"cluster-admin"_s)
            continue;
        for (const QJsonValue& subject : binding.value(u"subjects"_s).toArray()) {
            const QJsonObject s = subject.toObject();
            if (s.value(u"kind"_s).toString() == u"ServiceAccount"_s
                && s.value(u"name"_s).toString() == caller.serviceAccount
                && s.value(u"namespace"_s).toString() == caller.ns)
                return true;
        }
    }
    return false;
}

void SimCluster::tokenRequest(HttpExchange* exchange, const Route& r)
{
    if (!m_store.get({u"serviceaccounts"_s, r.ns, r.name})) {
        exchange->respondJson(404,
            QJsonDocument(kubeStatus(404, u"NotFound"_s, u"serviceaccounts \"%1\" not found"_s.arg(r.name),
                {{u"name"_s, r.name}, {u"kind"_s, u"serviceaccounts"_s}})));
        return;
    }
    const QJsonObject spec = exchange->request().json().object().value(u"spec"_s).toObject();
    const qint64 expiry = std::max<qint64>(600, spec.value(u"expirationSeconds"_s).toInteger(3600));
    QStringList audiences;
    for (const QJsonValue& a : spec.value(u"audiences"_s).toArray())
        audiences << a.toString();
    const QString token = issueToken(r.ns, r.name, expiry, audiences);
    QJsonObject answer {{u"apiVersion"_s, u"authentication.k8s.io/v1"_s}, {u"kind"_s, u"TokenRequest"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, r.name}, {u"namespace"_s, r.ns}}}, {u"spec"_s, spec},
        {u"status"_s,
            QJsonObject {{u"token"_s, token},
                {u"expirationTimestamp"_s, QDateTime::currentDateTimeUtc().addSecs(expiry).toString(Qt::ISODate)}}}};
    exchange->respondJson(201, QJsonDocument(answer));
}

void SimCluster::tokenReview(HttpExchange* exchange)
{
    QJsonObject review = exchange->request().json().object();
    const QString token = review.value(u"spec"_s).toObject().value(u"token"_s).toString();
    const auto caller = authenticate(token.toUtf8());
    QJsonObject status;
    if (caller && !caller->admin) {
        status = {{u"authenticated"_s, true},
            {u"user"_s,
                QJsonObject {{u"username"_s, caller->username()},
                    {u"groups"_s,
                        QJsonArray {u"system:serviceaccounts"_s, QString(u"system:serviceaccounts:"_s + caller->ns),
                            u"system:authenticated"_s}}}},
            {u"audiences"_s, QJsonArray {kIssuer}}};
    } else {
        status = {{u"authenticated"_s, false},
            {u"error"_s, u"[invalid bearer token, square/go-jose: error in cryptographic primitive]"_s}};
    }
    review.insert(u"apiVersion"_s, u"authentication.k8s.io/v1"_s);
    review.insert(u"kind"_s, u"TokenReview"_s);
    review.insert(u"status"_s, status);
    exchange->respondJson(201, QJsonDocument(review));
}

void SimCluster::onStoreChanged(const StoreEvent& event)
{
    if (event.type != u"ADDED"_s)
        return;
    if (event.key.resource == u"secrets"_s && event.object.value(u"type"_s).toString() == kTokenType) {
        const ObjectKey key = event.key;
        QTimer::singleShot(m_tokenDelayMs, this, [this, key] { fillTokenSecret(key); });
    }
    if (event.key.resource == u"services"_s
        && event.object.value(u"spec"_s).toObject().value(u"type"_s).toString() == u"LoadBalancer"_s) {
        const ObjectKey key = event.key;
        QTimer::singleShot(m_lbDelayMs, this, [this, key] { assignLoadBalancer(key); });
    }
}

void SimCluster::fillTokenSecret(const ObjectKey& key)
{
    const auto secret = m_store.get(key);
    if (!secret)
        return;
    const QString saName
        = secret->value(u"metadata"_s).toObject().value(u"annotations"_s).toObject().value(kSaAnnotation).toString();
    const auto sa = m_store.get({u"serviceaccounts"_s, key.ns, saName});
    if (!sa) {
        m_store.remove(key); // a Secret naming a missing service account is removed
        return;
    }
    const QString uid = sa->value(u"metadata"_s).toObject().value(u"uid"_s).toString();
    QJsonObject claims {{u"iss"_s, u"kubernetes/serviceaccount"_s}, {u"sub"_s, subjectOf(key.ns, saName)},
        {u"kubernetes.io/serviceaccount/namespace"_s, key.ns},
        {u"kubernetes.io/serviceaccount/secret.name"_s, key.name},
        {u"kubernetes.io/serviceaccount/service-account.name"_s, saName},
        {u"kubernetes.io/serviceaccount/service-account.uid"_s, uid},
        {u"kubernetes.io"_s,
            QJsonObject {
                {u"namespace"_s, key.ns}, {u"serviceaccount"_s, QJsonObject {{u"name"_s, saName}, {u"uid"_s, uid}}}}}};
    const QByteArray jwt = SimJwt::sign(claims, m_signingKey);
    m_store.update(key, [&](QJsonObject& object) {
        object.insert(u"data"_s,
            QJsonObject {{u"token"_s, QString::fromLatin1(jwt.toBase64())},
                {u"ca.crt"_s, QString::fromLatin1(caPem().toBase64())},
                {u"namespace"_s, QString::fromLatin1(key.ns.toUtf8().toBase64())}});
        QJsonObject metadata = object.value(u"metadata"_s).toObject();
        QJsonObject annotations = metadata.value(u"annotations"_s).toObject();
        annotations.insert(u"kubernetes.io/service-account.uid"_s, uid);
        metadata.insert(u"annotations"_s, annotations);
        object.insert(u"metadata"_s, metadata);
    });
}

void SimCluster::assignLoadBalancer(const ObjectKey& key)
{
    const auto service = m_store.get(key);
    if (!service)
        return;
    const QJsonObject ingress = m_lbAddress(*service);
    m_store.update(key, [&](QJsonObject& object) {
        object.insert(
            u"status"_s, QJsonObject {{u"loadBalancer"_s, QJsonObject {{u"ingress"_s, QJsonArray {ingress}}}}});
    });
}

} // namespace meshfed
