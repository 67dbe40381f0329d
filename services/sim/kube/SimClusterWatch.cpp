// Watch streams and pod logs of a simulated cluster.
#include "services/sim/kube/SimCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

QByteArray eventLine(const QString& type, const QJsonObject& object)
{
    return QJsonDocument(QJsonObject {{u"type"_s, type}, {u"object"_s, object}}).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

void SimCluster::watch(HttpExchange* exchange, const Route& r)
{
    const QUrlQuery& query = exchange->request().query;
    const auto selector = SimObjectStore::labelSelector(query.queryItemValue(u"labelSelector"_s, QUrl::FullyDecoded));
    const QString from = query.queryItemValue(u"resourceVersion"_s);
    const bool bookmarks = query.queryItemValue(u"allowWatchBookmarks"_s) == u"true"_s;
    const int timeoutSeconds = query.queryItemValue(u"timeoutSeconds"_s).toInt();
    const QString resource = r.resource->resource;
    const QString ns = r.ns;
    auto matches = [resource, ns, selector](const ObjectKey& key, const QJsonObject& object) {
        if (key.resource != resource || (!ns.isEmpty() && key.ns != ns))
            return false;
        return !selector || (*selector)(object.value(u"metadata"_s).toObject().value(u"labels"_s).toObject());
    };

    exchange->beginStream(200, "application/json");
    if (from.isEmpty() || from == u"0"_s) {
        for (const QJsonObject& object : m_store.list(resource, ns, selector.value_or(SimObjectStore::Selector {})))
            exchange->write(eventLine(u"ADDED"_s, object));
    } else {
        bool gone = false;
        const QList<StoreEvent> missed = m_store.eventsSince(from.toLongLong(), &gone);
        if (gone) {
            exchange->write(eventLine(u"ERROR"_s,
                kubeStatus(410, u"Expired"_s,
                    u"too old resource version: %1 (%2)"_s.arg(from).arg(m_store.resourceVersion()))));
            exchange->endStream();
            return;
        }
        for (const StoreEvent& event : missed) {
            if (matches(event.key, event.object))
                exchange->write(eventLine(event.type, event.object));
        }
    }
    m_watches << exchange;
    connect(&m_store, &SimObjectStore::changed, exchange, [exchange, matches](const StoreEvent& event) {
        if (matches(event.key, event.object))
            exchange->write(eventLine(event.type, event.object));
    });
    if (bookmarks) {
        auto* timer = new QTimer(exchange);
        connect(timer, &QTimer::timeout, exchange, [this, exchange, r] {
            const QJsonObject bookmark {{u"kind"_s, r.resource->kind}, {u"apiVersion"_s, r.resource->apiVersion()},
                {u"metadata"_s, QJsonObject {{u"resourceVersion"_s, QString::number(m_store.resourceVersion())}}}};
            exchange->write(eventLine(u"BOOKMARK"_s, bookmark));
        });
        timer->start(m_bookmarkIntervalMs);
    }
    if (timeoutSeconds > 0)
        QTimer::singleShot(timeoutSeconds * 1000, exchange, [exchange] { exchange->endStream(); });
}

void SimCluster::dropWatches()
{
    for (const QPointer<HttpExchange>& exchange : std::as_const(m_watches)) {
        if (exchange)
            exchange->abort();
    }
    m_watches.clear();
}

void SimCluster::podLog(HttpExchange* exchange, const Route& r)
{
    const auto pod = m_store.get({u"pods"_s, r.ns, r.name});
    if (!pod) {
        exchange->respondJson(404,
            QJsonDocument(kubeStatus(404, u"NotFound"_s, u"pods \"%1\" not found"_s.arg(r.name),
                {{u"name"_s, r.name}, {u"kind"_s, u"pods"_s}})));
        return;
    }
    const QUrlQuery& query = exchange->request().query;
    QString container = query.queryItemValue(u"container"_s);
    const QJsonArray containers = pod->value(u"spec"_s).toObject().value(u"containers"_s).toArray();
    if (container.isEmpty()) {
        if (containers.size() != 1) {
            QStringList names;
            for (const QJsonValue& c : containers)
                names << c.toObject().value(u"name"_s).toString();
            exchange->respondJson(400,
                QJsonDocument(kubeStatus(400, u"BadRequest"_s,
                    u"a container name must be specified for pod %1, choose one of: [%2]"_s.arg(
                        r.name, names.join(u' ')))));
            return;
        }
        container = containers.first().toObject().value(u"name"_s).toString();
    }
    QStringList lines = logs(r.ns, r.name, container);
    const int tail = query.queryItemValue(u"tailLines"_s).toInt();
    if (tail > 0 && lines.size() > tail)
        lines = lines.mid(lines.size() - tail);
    QByteArray text;
    for (const QString& line : lines)
        text += line.toUtf8() + '\n';
    if (query.queryItemValue(u"follow"_s) != u"true"_s) {
        exchange->respond(200, text, {{"Content-Type", "text/plain"}});
        return;
    }
    exchange->beginStream(200, "text/plain");
    exchange->write(text);
    const QString ns = r.ns;
    const QString name = r.name;
    connect(this, &SimCluster::logAppended, exchange,
        [exchange, ns, name, container](const QString& n, const QString& p, const QString& c, const QString& line) {
            if (n == ns && p == name && c == container)
                exchange->write(line.toUtf8() + '\n');
        });
    m_watches << exchange;
}

} // namespace meshfed
