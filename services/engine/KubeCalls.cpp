#include "services/engine/KubeCalls.h"

#include <QElapsedTimer>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

class KubeCalls
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::KubeCalls)
};

KubeReply noCluster(const QString& datacenter)
{
    KubeReply reply;
    reply.error
        = KubeCalls::tr("No Kubernetes connection for %1 (check its context in the kubeconfig).").arg(datacenter);
    return reply;
}

} // namespace

namespace kube {

QString nsPath(const QString& ns, const QString& resource, const QString& name)
{
    const QString collection = u"/api/v1/namespaces/%1/%2"_s.arg(ns, resource);
    return name.isEmpty() ? collection : collection + u'/' + name;
}

QString clusterPath(const QString& group, const QString& resource, const QString& name)
{
    const QString collection = u"/apis/%1/%2"_s.arg(group, resource);
    return name.isEmpty() ? collection : collection + u'/' + name;
}

QCoro::Task<KubeReply> get(EngineContext& c, QString datacenter, QString path)
{
    KubeApi* api = c.kube(datacenter);
    if (!api)
        co_return noCluster(datacenter);
    KubeCall call;
    call.path = path;
    c.log(KubeCalls::tr("read %1 in %2").arg(path, datacenter));
    co_return co_await api->call(call);
}

QCoro::Task<KubeReply> create(EngineContext& c, QString datacenter, QString collectionPath, QJsonObject body)
{
    KubeApi* api = c.kube(datacenter);
    if (!api)
        co_return noCluster(datacenter);
    KubeCall call;
    call.method = "POST";
    call.path = collectionPath;
    call.body = body;
    c.log(KubeCalls::tr("create %1 %2 in %3")
              .arg(body.value(u"kind"_s).toString(), body.value(u"metadata"_s).toObject().value(u"name"_s).toString(),
                  datacenter));
    co_return co_await api->call(call);
}

QCoro::Task<KubeReply> remove(EngineContext& c, QString datacenter, QString path)
{
    KubeApi* api = c.kube(datacenter);
    if (!api)
        co_return noCluster(datacenter);
    KubeCall call;
    call.method = "DELETE";
    call.path = path;
    c.log(KubeCalls::tr("delete %1 in %2").arg(path, datacenter));
    co_return co_await api->call(call);
}

QCoro::Task<QList<QJsonObject>> listPods(EngineContext& c, QString datacenter, QString labelSelector, QString* error)
{
    QList<QJsonObject> pods;
    KubeApi* api = c.kube(datacenter);
    if (!api) {
        *error = noCluster(datacenter).error;
        co_return pods;
    }
    KubeCall call;
    call.path = nsPath(c.dc(datacenter).kubeNamespace, u"pods"_s);
    if (!labelSelector.isEmpty())
        call.query.addQueryItem(u"labelSelector"_s, labelSelector);
    c.log(KubeCalls::tr("list pods %1 in %2").arg(labelSelector, datacenter));
    const KubeReply reply = co_await api->call(call);
    if (!reply.ok()) {
        *error = describe(reply);
        co_return pods;
    }
    for (const QJsonValue& item : reply.json.value(u"items"_s).toArray())
        pods << item.toObject();
    co_return pods;
}

bool podReady(const QJsonObject& pod)
{
    for (const QJsonValue& condition : pod.value(u"status"_s).toObject().value(u"conditions"_s).toArray()) {
        const QJsonObject c = condition.toObject();
        if (c.value(u"type"_s).toString() == u"Ready"_s)
            return c.value(u"status"_s).toString() == u"True"_s;
    }
    return false;
}

QString podName(const QJsonObject& pod)
{
    return pod.value(u"metadata"_s).toObject().value(u"name"_s).toString();
}

QString describe(const KubeReply& reply)
{
    if (!reply.error.isEmpty())
        return reply.error;
    const QString message = reply.statusMessage();
    return message.isEmpty() ? KubeCalls::tr("HTTP status %1").arg(reply.status)
                             : KubeCalls::tr("%1 (HTTP %2)").arg(message).arg(reply.status);
}

} // namespace kube

QCoro::Task<bool> waitUntil(
    EngineContext& c, QString what, std::chrono::milliseconds bound, std::function<QCoro::Task<bool>()> probe)
{
    QElapsedTimer timer;
    timer.start();
    c.log(KubeCalls::tr("wait for %1 (at most %2 s)").arg(what).arg(bound.count() / 1000));
    bool ok = false;
    for (;;) {
        c.reportWait({what, timer.elapsed(), qint64(bound.count())});
        ok = co_await probe();
        if (ok || timer.elapsed() >= bound.count() || c.isCancelled())
            break;
        if (!co_await c.sleep(c.options.pollInterval))
            break;
    }
    c.reportWait({});
    c.log(ok ? KubeCalls::tr("%1: after %2 ms").arg(what).arg(timer.elapsed())
             : KubeCalls::tr("%1: gave up after %2 ms").arg(what).arg(timer.elapsed()));
    co_return ok;
}

} // namespace meshfed
