// Discovery (what kubectl asks first) and server-side tables (what `kubectl get` shows).
#include "model/kube/PodStatus.h"
#include "services/sim/kube/SimCluster.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

QJsonArray verbsOf(const SimResource& r)
{
    if (r.resource == u"tokenreviews"_s)
        return {u"create"_s};
    return {u"create"_s, u"delete"_s, u"get"_s, u"list"_s, u"patch"_s, u"update"_s, u"watch"_s};
}

QJsonObject resourceList(const QString& group, const QString& version)
{
    QJsonArray list;
    for (const SimResource& r : SimCluster::resources()) {
        if (r.group != group || r.version != version)
            continue;
        list << QJsonObject {{u"name"_s, r.resource}, {u"singularName"_s, r.kind.toLower()},
            {u"namespaced"_s, r.namespaced}, {u"kind"_s, r.kind}, {u"verbs"_s, verbsOf(r)},
            {u"shortNames"_s, QJsonArray::fromStringList(r.shortNames)}};
        if (r.resource == u"pods"_s)
            list << QJsonObject {{u"name"_s, u"pods/log"_s}, {u"singularName"_s, u""_s}, {u"namespaced"_s, true},
                {u"kind"_s, u"Pod"_s}, {u"verbs"_s, QJsonArray {u"get"_s}}};
        if (r.resource == u"serviceaccounts"_s)
            list << QJsonObject {{u"name"_s, u"serviceaccounts/token"_s}, {u"singularName"_s, u""_s},
                {u"namespaced"_s, true}, {u"group"_s, u"authentication.k8s.io"_s}, {u"version"_s, u"v1"_s},
                {u"kind"_s, u"TokenRequest"_s}, {u"verbs"_s, QJsonArray {u"create"_s}}};
    }
    return {{u"kind"_s, u"APIResourceList"_s}, {u"apiVersion"_s, u"v1"_s},
        {u"groupVersion"_s, group.isEmpty() ? version : group + u'/' + version}, {u"resources"_s, list}};
}

QJsonObject groupList()
{
    QJsonArray groups;
    QStringList seen;
    for (const SimResource& r : SimCluster::resources()) {
        if (r.group.isEmpty() || seen.contains(r.group))
            continue;
        seen << r.group;
        const QJsonObject gv {{u"groupVersion"_s, r.apiVersion()}, {u"version"_s, r.version}};
        groups << QJsonObject {{u"name"_s, r.group}, {u"versions"_s, QJsonArray {gv}}, {u"preferredVersion"_s, gv}};
    }
    return {{u"kind"_s, u"APIGroupList"_s}, {u"apiVersion"_s, u"v1"_s}, {u"groups"_s, groups}};
}

QString age(const QJsonObject& object, const QDateTime& now)
{
    return humanAge(
        parseKubeTimestamp(object.value(u"metadata"_s).toObject().value(u"creationTimestamp"_s).toString()), now);
}

QJsonObject column(const QString& name, const QString& type, const QString& format = {})
{
    return {{u"name"_s, name}, {u"type"_s, type}, {u"format"_s, format}, {u"description"_s, name}, {u"priority"_s, 0}};
}

QStringList serviceCells(const QJsonObject& service)
{
    const QJsonObject spec = service.value(u"spec"_s).toObject();
    const QString type = spec.value(u"type"_s).toString(u"ClusterIP"_s);
    QStringList external;
    for (const QJsonValue& ingress :
        service.value(u"status"_s).toObject().value(u"loadBalancer"_s).toObject().value(u"ingress"_s).toArray()) {
        const QJsonObject i = ingress.toObject();
        external << (i.contains(u"ip"_s) ? i.value(u"ip"_s).toString() : i.value(u"hostname"_s).toString());
    }
    QStringList ports;
    for (const QJsonValue& port : spec.value(u"ports"_s).toArray()) {
        const QJsonObject p = port.toObject();
        ports << u"%1/%2"_s.arg(p.value(u"port"_s).toInt()).arg(p.value(u"protocol"_s).toString(u"TCP"_s));
    }
    return {type, spec.value(u"clusterIP"_s).toString(u"None"_s),
        external.isEmpty() ? (type == u"LoadBalancer"_s ? u"<pending>"_s : u"<none>"_s) : external.join(u','),
        ports.isEmpty() ? u"<none>"_s : ports.join(u',')};
}

} // namespace

bool SimCluster::serveDiscovery(HttpExchange* exchange)
{
    const QString path = exchange->request().path;
    QJsonObject body;
    if (path == u"/version"_s) {
        body = {{u"major"_s, u"1"_s}, {u"minor"_s, u"32"_s}, {u"gitVersion"_s, u"v1.32.0-meshfed-sim"_s},
            {u"gitCommit"_s, u"sim"_s}, {u"gitTreeState"_s, u"clean"_s}, {u"buildDate"_s, u"2026-01-01T00:00:00Z"_s},
            {u"goVersion"_s, u"go1.23"_s}, {u"compiler"_s, u"gc"_s}, {u"platform"_s, u"linux/amd64"_s}};
    } else if (path == u"/api"_s) {
        body = {{u"kind"_s, u"APIVersions"_s}, {u"versions"_s, QJsonArray {u"v1"_s}},
            {u"serverAddressByClientCIDRs"_s,
                QJsonArray {QJsonObject {{u"clientCIDR"_s, u"0.0.0.0/0"_s},
                    {u"serverAddress"_s, u"127.0.0.1:%1"_s.arg(m_server.serverPort())}}}}};
    } else if (path == u"/apis"_s) {
        body = groupList();
    } else if (path == u"/api/v1"_s) {
        body = resourceList({}, u"v1"_s);
    } else {
        const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
        if (parts.size() != 3 || parts.first() != u"apis"_s)
            return false;
        body = resourceList(parts.at(1), parts.at(2));
        if (body.value(u"resources"_s).toArray().isEmpty())
            return false;
    }
    exchange->respondJson(200, QJsonDocument(body));
    return true;
}

QJsonObject SimCluster::table(const SimResource& resource, const QList<QJsonObject>& items) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray columns;
    QJsonArray rows;
    if (resource.resource == u"pods"_s) {
        for (const QString& name : {u"Name"_s, u"Ready"_s, u"Status"_s, u"Restarts"_s, u"Age"_s})
            columns << column(name, u"string"_s, name == u"Name"_s ? u"name"_s : QString());
    } else if (resource.resource == u"services"_s) {
        for (const QString& name : {u"Name"_s, u"Type"_s, u"Cluster-IP"_s, u"External-IP"_s, u"Port(s)"_s, u"Age"_s})
            columns << column(name, u"string"_s, name == u"Name"_s ? u"name"_s : QString());
    } else {
        columns << column(u"Name"_s, u"string"_s, u"name"_s);
        columns << column(u"Age"_s, u"string"_s);
    }
    for (const QJsonObject& item : items) {
        const QString name = item.value(u"metadata"_s).toObject().value(u"name"_s).toString();
        QStringList cells {name};
        if (resource.resource == u"pods"_s) {
            const PodStatus status = PodStatus::fromPod(item);
            cells << status.readyText() << status.status << status.restartsText(now);
        } else if (resource.resource == u"services"_s) {
            cells << serviceCells(item);
        }
        cells << age(item, now);
        QJsonObject partial {{u"kind"_s, u"PartialObjectMetadata"_s}, {u"apiVersion"_s, u"meta.k8s.io/v1"_s},
            {u"metadata"_s, item.value(u"metadata"_s)}};
        rows << QJsonObject {{u"cells"_s, QJsonArray::fromStringList(cells)}, {u"object"_s, partial}};
    }
    return {{u"kind"_s, u"Table"_s}, {u"apiVersion"_s, u"meta.k8s.io/v1"_s},
        {u"metadata"_s, QJsonObject {{u"resourceVersion"_s, QString::number(m_store.resourceVersion())}}},
        {u"columnDefinitions"_s, columns}, {u"rows"_s, rows}};
}

} // namespace meshfed
