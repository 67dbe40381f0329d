#include "services/sim/kube/SimCluster.h"

#include "services/sim/kube/SimJwt.h"
#include "services/sim/SimLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslKey>
#include <QUuid>

#include <optional>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

/// `involvedObject.uid=abc,metadata.name=x` → {{"involvedObject.uid", "abc"}, ...}; nullopt when malformed.
/// Equality only (=, ==), as the API server supports for the fields clients use.
std::optional<QList<QPair<QString, QString>>> fieldSelector(const QString& text)
{
    QList<QPair<QString, QString>> terms;
    for (const QString& term : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = term.indexOf(u'=');
        if (eq <= 0 || term.contains(u"!="_s))
            return std::nullopt;
        const QString value = term.mid(term.mid(eq, 2) == u"=="_s ? eq + 2 : eq + 1);
        terms.append({term.left(eq).trimmed(), value.trimmed()});
    }
    return terms;
}

bool matchesFields(const QJsonObject& object, const QList<QPair<QString, QString>>& terms)
{
    for (const auto& [path, expected] : terms) {
        QJsonValue value = object;
        for (const QString& key : path.split(u'.'))
            value = value.toObject().value(key);
        if (value.toVariant().toString() != expected)
            return false;
    }
    return true;
}

QString randomSuffix(int length)
{
    static const QString alphabet = u"bcdfghjklmnpqrstvwxz2456789"_s;
    QString text;
    for (int i = 0; i < length; ++i)
        text += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return text;
}

QJsonDocument statusDocument(int code, const QString& reason, const QString& message, const QJsonObject& details = {})
{
    return QJsonDocument(kubeStatus(code, reason, message, details));
}

void respondStatus(
    HttpExchange* exchange, int code, const QString& reason, const QString& message, const QJsonObject& details = {})
{
    exchange->respondJson(code, statusDocument(code, reason, message, details));
}

QJsonObject notFoundDetails(const SimResource& resource, const QString& name)
{
    QJsonObject details {{u"name"_s, name}, {u"kind"_s, resource.resource}};
    if (!resource.group.isEmpty())
        details.insert(u"group"_s, resource.group);
    return details;
}

QString qualified(const SimResource& resource)
{
    return resource.group.isEmpty() ? resource.resource : resource.resource + u'.' + resource.group;
}

/// RFC 7386 JSON merge patch.
QJsonObject mergePatch(QJsonObject target, const QJsonObject& patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it->isNull())
            target.remove(it.key());
        else if (it->isObject() && target.value(it.key()).isObject())
            target.insert(it.key(), mergePatch(target.value(it.key()).toObject(), it->toObject()));
        else
            target.insert(it.key(), *it);
    }
    return target;
}

} // namespace

QJsonObject kubeStatus(int code, const QString& reason, const QString& message, const QJsonObject& details)
{
    QJsonObject status {{u"kind"_s, u"Status"_s}, {u"apiVersion"_s, u"v1"_s}, {u"metadata"_s, QJsonObject {}},
        {u"status"_s, u"Failure"_s}, {u"message"_s, message}, {u"reason"_s, reason}, {u"code"_s, code}};
    if (!details.isEmpty())
        status.insert(u"details"_s, details);
    return status;
}

QString SimCaller::username() const
{
    return admin ? u"kubernetes-admin"_s : u"system:serviceaccount:"_s + ns + u':' + serviceAccount;
}

const QList<SimResource>& SimCluster::resources()
{
    static const QList<SimResource> all {
        {{}, u"v1"_s, u"namespaces"_s, u"Namespace"_s, false, {u"ns"_s}},
        {{}, u"v1"_s, u"pods"_s, u"Pod"_s, true, {u"po"_s}},
        {{}, u"v1"_s, u"services"_s, u"Service"_s, true, {u"svc"_s}},
        {{}, u"v1"_s, u"serviceaccounts"_s, u"ServiceAccount"_s, true, {u"sa"_s}},
        {{}, u"v1"_s, u"secrets"_s, u"Secret"_s, true, {}},
        {{}, u"v1"_s, u"configmaps"_s, u"ConfigMap"_s, true, {u"cm"_s}},
        {{}, u"v1"_s, u"events"_s, u"Event"_s, true, {u"ev"_s}},
        {u"apps"_s, u"v1"_s, u"deployments"_s, u"Deployment"_s, true, {u"deploy"_s}},
        {u"apps"_s, u"v1"_s, u"statefulsets"_s, u"StatefulSet"_s, true, {u"sts"_s}},
        {u"batch"_s, u"v1"_s, u"jobs"_s, u"Job"_s, true, {}},
        {u"rbac.authorization.k8s.io"_s, u"v1"_s, u"clusterrolebindings"_s, u"ClusterRoleBinding"_s, false, {}},
        {u"rbac.authorization.k8s.io"_s, u"v1"_s, u"clusterroles"_s, u"ClusterRole"_s, false, {}},
        {u"authentication.k8s.io"_s, u"v1"_s, u"tokenreviews"_s, u"TokenReview"_s, false, {}},
    };
    return all;
}

const SimResource* SimCluster::findResource(const QString& group, const QString& name)
{
    for (const SimResource& r : resources()) {
        if (r.group == group && (r.resource == name || r.shortNames.contains(name)))
            return &r;
    }
    return nullptr;
}

SimCluster::SimCluster(const QString& name, QObject* parent)
    : QObject(parent)
    , m_name(name)
    , m_ca(SimCertificateAuthority::create(name + u" CA"_s, 10LL * 365 * 24 * 3600))
    , m_server([this](HttpExchange* exchange) { serve(exchange); })
    , m_signingKey(QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122())
    , m_adminToken(u"sim-admin-"_s + randomSuffix(24))
{
    const IssuedCertificate tls = m_ca.issue(
        u"127.0.0.1"_s, {u"localhost"_s, u"kubernetes.default.svc"_s}, {u"127.0.0.1"_s}, 10LL * 365 * 24 * 3600);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(tls.certificatePem));
    config.setPrivateKey(QSslKey(tls.privateKeyPem, QSsl::Ec));
    m_server.setTls(config);
    m_server.setErrorBody([](int status, const QString& message) {
        const QString reason = status == 429 ? u"TooManyRequests"_s
            : status == 503                  ? u"ServiceUnavailable"_s
                                             : u"InternalError"_s;
        return statusDocument(status, reason, message).toJson(QJsonDocument::Compact);
    });
    m_lbAddress = [this](const QJsonObject&) {
        ++m_lbCounter;
        if (m_lbStyle == LoadBalancerStyle::Hostname)
            return QJsonObject {{u"hostname"_s, u"a%1-%2.elb.sim.invalid"_s.arg(m_lbCounter).arg(randomSuffix(8))}};
        return QJsonObject {{u"ip"_s, u"203.0.113.%1"_s.arg(10 + m_lbCounter)}};
    };
    connect(&m_store, &SimObjectStore::changed, this, &SimCluster::onStoreChanged);
    seed();
}

SimCluster::~SimCluster() = default;

void SimCluster::seed()
{
    for (const QString& ns : {u"default"_s, u"kube-system"_s, u"kube-public"_s})
        m_store.create({u"namespaces"_s, {}, ns},
            {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Namespace"_s},
                {u"status"_s, QJsonObject {{u"phase"_s, u"Active"_s}}}});
    m_store.create({u"clusterroles"_s, {}, u"system:auth-delegator"_s},
        {{u"apiVersion"_s, u"rbac.authorization.k8s.io/v1"_s}, {u"kind"_s, u"ClusterRole"_s}});
    m_store.create({u"serviceaccounts"_s, u"default"_s, u"default"_s},
        {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"ServiceAccount"_s}});
}

bool SimCluster::start(quint16 port)
{
    return m_server.listenLocal(port);
}

void SimCluster::setLoadBalancerAddress(std::function<QJsonObject(const QJsonObject&)> address)
{
    m_lbAddress = std::move(address);
}

std::optional<SimCluster::Route> SimCluster::route(const QString& path) const
{
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QString group;
    if (parts.value(0) == u"api"_s && parts.value(1) == u"v1"_s) {
        parts = parts.mid(2);
    } else if (parts.value(0) == u"apis"_s && parts.size() >= 3) {
        group = parts.value(1);
        parts = parts.mid(3);
    } else {
        return std::nullopt;
    }
    Route r;
    if (parts.value(0) == u"namespaces"_s && parts.size() >= 3) {
        r.ns = parts.value(1);
        parts = parts.mid(2);
    }
    r.resource = findResource(group, parts.value(0));
    if (!r.resource || r.resource->resource != parts.value(0))
        return std::nullopt;
    r.name = parts.value(1);
    r.subresource = parts.value(2);
    return r;
}

void SimCluster::serve(HttpExchange* exchange)
{
    if (serveDiscovery(exchange))
        return;
    const QByteArray authorization = exchange->request().header("authorization");
    const auto caller = authorization.startsWith("Bearer ") ? authenticate(authorization.mid(7)) : std::nullopt;
    if (!caller) {
        respondStatus(exchange, 401, u"Unauthorized"_s, u"Unauthorized"_s);
        return;
    }
    const auto r = route(exchange->request().path);
    if (!r) {
        respondStatus(exchange, 404, u"NotFound"_s, u"the server could not find the requested resource"_s);
        return;
    }
    handleResource(exchange, *r, *caller);
}

void SimCluster::handleResource(HttpExchange* exchange, const Route& r, const SimCaller& caller)
{
    const QByteArray method = exchange->request().method;
    if (r.resource->resource == u"tokenreviews"_s && method == "POST") {
        if (!mayReviewTokens(caller)) {
            respondStatus(exchange, 403, u"Forbidden"_s,
                u"tokenreviews.authentication.k8s.io is forbidden: User \"%1\" cannot create resource "
                u"\"tokenreviews\" in API group \"authentication.k8s.io\" at the cluster scope"_s.arg(
                    caller.username()),
                notFoundDetails(*r.resource, {}));
            return;
        }
        tokenReview(exchange);
        return;
    }
    if (!caller.admin) {
        const QString verb
            = method == "GET" ? (r.name.isEmpty() ? u"list"_s : u"get"_s) : QString::fromLatin1(method).toLower();
        QString message = u"%1 is forbidden: User \"%2\" cannot %3 resource \"%4\" in API group \"%5\""_s.arg(
            qualified(*r.resource), caller.username(), verb, r.resource->resource, r.resource->group);
        message += r.ns.isEmpty() ? u" at the cluster scope"_s : u" in the namespace \"%1\""_s.arg(r.ns);
        respondStatus(exchange, 403, u"Forbidden"_s, message, notFoundDetails(*r.resource, r.name));
        return;
    }
    if (r.resource->namespaced && !r.ns.isEmpty() && !m_store.get({u"namespaces"_s, {}, r.ns}) && method != "GET") {
        respondStatus(exchange, 404, u"NotFound"_s, u"namespaces \"%1\" not found"_s.arg(r.ns),
            QJsonObject {{u"name"_s, r.ns}, {u"kind"_s, u"namespaces"_s}});
        return;
    }
    if (r.subresource == u"log"_s && r.resource->resource == u"pods"_s)
        return podLog(exchange, r);
    if (r.subresource == u"token"_s && r.resource->resource == u"serviceaccounts"_s && method == "POST")
        return tokenRequest(exchange, r);
    if (method == "GET" && r.name.isEmpty())
        return list(exchange, r);
    if (method == "GET") {
        const auto object = m_store.get({r.resource->resource, r.ns, r.name});
        if (!object)
            return respondStatus(exchange, 404, u"NotFound"_s,
                u"%1 \"%2\" not found"_s.arg(qualified(*r.resource), r.name), notFoundDetails(*r.resource, r.name));
        return exchange->respondJson(200, QJsonDocument(*object));
    }
    if (method == "POST")
        return create(exchange, r);
    if (method == "PUT" || method == "PATCH")
        return replaceOrPatch(exchange, r);
    if (method == "DELETE")
        return remove(exchange, r);
    respondStatus(
        exchange, 405, u"MethodNotAllowed"_s, u"the server does not allow this method on the requested resource"_s);
}

void SimCluster::list(HttpExchange* exchange, const Route& r)
{
    const IncomingRequest& request = exchange->request();
    const QString watchParam = request.query.queryItemValue(u"watch"_s);
    if (watchParam == u"1"_s || watchParam == u"true"_s)
        return watch(exchange, r);
    const auto selector
        = SimObjectStore::labelSelector(request.query.queryItemValue(u"labelSelector"_s, QUrl::FullyDecoded));
    if (!selector)
        return respondStatus(exchange, 400, u"BadRequest"_s, u"unable to parse requirement: invalid label selector"_s);
    const auto fields = fieldSelector(request.query.queryItemValue(u"fieldSelector"_s, QUrl::FullyDecoded));
    if (!fields)
        return respondStatus(exchange, 400, u"BadRequest"_s, u"invalid field selector"_s);
    QList<QJsonObject> items = m_store.list(r.resource->resource, r.ns, *selector);
    items.removeIf([&](const QJsonObject& o) { return !matchesFields(o, *fields); });
    if (request.header("accept").contains("as=Table"))
        return exchange->respondJson(200, QJsonDocument(table(*r.resource, items)));
    QJsonArray array;
    for (const QJsonObject& item : items)
        array << item;
    exchange->respondJson(200,
        QJsonDocument(QJsonObject {{u"kind"_s, QString(r.resource->kind + u"List"_s)},
            {u"apiVersion"_s, r.resource->apiVersion()},
            {u"metadata"_s, QJsonObject {{u"resourceVersion"_s, QString::number(m_store.resourceVersion())}}},
            {u"items"_s, array}}));
}

void SimCluster::create(HttpExchange* exchange, const Route& r)
{
    QJsonObject object = exchange->request().json().object();
    QJsonObject metadata = object.value(u"metadata"_s).toObject();
    QString name = metadata.value(u"name"_s).toString();
    if (name.isEmpty() && metadata.contains(u"generateName"_s))
        name = metadata.value(u"generateName"_s).toString() + randomSuffix(5);
    if (name.isEmpty())
        return respondStatus(exchange, 422, u"Invalid"_s,
            u"%1 \"\" is invalid: metadata.name: Required value: name or generateName is required"_s.arg(
                r.resource->kind));
    object.insert(u"apiVersion"_s, r.resource->apiVersion());
    object.insert(u"kind"_s, r.resource->kind);
    const auto created
        = m_store.create({r.resource->resource, r.resource->namespaced ? r.ns : QString(), name}, object);
    if (!created)
        return respondStatus(exchange, 409, u"AlreadyExists"_s,
            u"%1 \"%2\" already exists"_s.arg(qualified(*r.resource), name), notFoundDetails(*r.resource, name));
    exchange->respondJson(201, QJsonDocument(*created));
}

void SimCluster::replaceOrPatch(HttpExchange* exchange, const Route& r)
{
    const ObjectKey key {r.resource->resource, r.ns, r.name};
    const auto current = m_store.get(key);
    if (!current)
        return respondStatus(exchange, 404, u"NotFound"_s, u"%1 \"%2\" not found"_s.arg(qualified(*r.resource), r.name),
            notFoundDetails(*r.resource, r.name));
    const QJsonObject body = exchange->request().json().object();
    QJsonObject next = exchange->request().method == "PATCH" ? mergePatch(*current, body) : body;
    if (r.resource->resource == u"clusterrolebindings"_s && next.value(u"roleRef"_s) != current->value(u"roleRef"_s))
        return respondStatus(exchange, 422, u"Invalid"_s,
            u"ClusterRoleBinding.rbac.authorization.k8s.io \"%1\" is invalid: roleRef: Invalid value: "
            u"cannot change roleRef"_s.arg(r.name));
    next.insert(u"apiVersion"_s, r.resource->apiVersion());
    next.insert(u"kind"_s, r.resource->kind);
    exchange->respondJson(200, QJsonDocument(*m_store.replace(key, next)));
}

void SimCluster::remove(HttpExchange* exchange, const Route& r)
{
    const auto removed = m_store.remove({r.resource->resource, r.ns, r.name});
    if (!removed)
        return respondStatus(exchange, 404, u"NotFound"_s, u"%1 \"%2\" not found"_s.arg(qualified(*r.resource), r.name),
            notFoundDetails(*r.resource, r.name));
    exchange->respondJson(200, QJsonDocument(*removed));
}

void SimCluster::appendLog(const QString& ns, const QString& pod, const QString& container, const QString& line)
{
    QStringList& lines = m_logs[ns + u'/' + pod + u'/' + container];
    lines << line;
    if (lines.size() > 5000)
        lines.removeFirst();
    Q_EMIT logAppended(ns, pod, container, line);
}

QStringList SimCluster::logs(const QString& ns, const QString& pod, const QString& container) const
{
    return m_logs.value(ns + u'/' + pod + u'/' + container);
}

void SimCluster::recordEvent(
    const QJsonObject& involved, const QString& type, const QString& reason, const QString& message)
{
    const QJsonObject metadata = involved.value(u"metadata"_s).toObject();
    const QString ns = metadata.value(u"namespace"_s).toString(u"default"_s);
    const QString uid = metadata.value(u"uid"_s).toString();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // The kubelet aggregates repeats: the same reason and message on the same object count up.
    for (const QJsonObject& event : m_store.list(u"events"_s, ns)) {
        if (event.value(u"involvedObject"_s).toObject().value(u"uid"_s).toString() != uid
            || event.value(u"reason"_s).toString() != reason || event.value(u"message"_s).toString() != message)
            continue;
        const QString name = event.value(u"metadata"_s).toObject().value(u"name"_s).toString();
        m_store.update({u"events"_s, ns, name}, [&](QJsonObject& e) {
            e.insert(u"count"_s, e.value(u"count"_s).toInt() + 1);
            e.insert(u"lastTimestamp"_s, now);
        });
        return;
    }
    const QString name = metadata.value(u"name"_s).toString() + u'.' + randomSuffix(10);
    m_store.create({u"events"_s, ns, name},
        {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Event"_s},
            {u"involvedObject"_s,
                QJsonObject {{u"kind"_s, involved.value(u"kind"_s)}, {u"namespace"_s, ns},
                    {u"name"_s, metadata.value(u"name"_s)}, {u"uid"_s, uid}}},
            {u"type"_s, type}, {u"reason"_s, reason}, {u"message"_s, message}, {u"count"_s, 1},
            {u"firstTimestamp"_s, now}, {u"lastTimestamp"_s, now},
            {u"source"_s, QJsonObject {{u"component"_s, u"kubelet"_s}}}});
}

} // namespace meshfed
