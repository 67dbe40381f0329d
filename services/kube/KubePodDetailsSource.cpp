#include "services/kube/KubePodDetailsSource.h"

#include "services/http/HttpStream.h"
#include "services/kube/KubeClient.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

struct DeleteLater
{
    void operator()(QObject* object) const
    {
        if (object)
            object->deleteLater();
    }
};

} // namespace

KubePodDetailsSource::~KubePodDetailsSource()
{
    stopFollowing();
}

void KubePodDetailsSource::stopFollowing()
{
    ++m_followGeneration;
    if (m_followed)
        m_followed->cancel(); // the follow() coroutine sees it end and releases the stream
}

void KubePodDetailsSource::addCluster(const QString& datacenter, KubeClient* client)
{
    m_clients.insert(datacenter, client);
}

KubeClient* KubePodDetailsSource::clientFor(const PodRef& pod)
{
    KubeClient* client = m_clients.value(pod.datacenter);
    if (!client) {
        // Answers are never delivered from inside the request call.
        const QString message = tr("No cluster is connected for %1.").arg(pod.datacenter);
        QTimer::singleShot(0, this, [this, pod, message] { Q_EMIT failed(pod, message); });
    }
    return client;
}

void KubePodDetailsSource::clear()
{
    stopFollowing();
    m_clients.clear();
}

void KubePodDetailsSource::requestEvents(const PodRef& pod)
{
    QCoro::connect(fetchEvents(pod), this, [] {});
}

void KubePodDetailsSource::requestLogs(const PodRef& pod, const QString& container, int tailLines)
{
    QCoro::connect(fetchLogs(pod, container, tailLines), this, [] {});
}

void KubePodDetailsSource::setFollow(const PodRef& pod, const QString& container, bool follow)
{
    stopFollowing();
    if (follow)
        QCoro::connect(this->follow(pod, container, m_followGeneration), this, [] {});
}

QCoro::Task<> KubePodDetailsSource::fetchEvents(PodRef pod)
{
    QPointer<KubePodDetailsSource> self(this);
    KubeClient* client = clientFor(pod);
    if (!client)
        co_return;
    const KubeResult<KubeList> events = co_await client->listEvents(pod.namespaceName, pod.name, pod.uid);
    if (!self)
        co_return;
    if (!events.ok()) {
        Q_EMIT failed(pod, events.error.message);
        co_return;
    }
    QList<PodEventRecord> records;
    for (const QJsonValue& item : events.value.items)
        records << PodEventRecord::fromJson(item.toObject());
    Q_EMIT eventsReady(pod, records);
}

QCoro::Task<> KubePodDetailsSource::fetchLogs(PodRef pod, QString container, int tailLines)
{
    QPointer<KubePodDetailsSource> self(this);
    KubeClient* client = clientFor(pod);
    if (!client)
        co_return;
    const KubeResult<QByteArray> log = co_await client->podLogs(pod.namespaceName, pod.name, container, tailLines);
    if (!self)
        co_return;
    if (!log.ok()) {
        Q_EMIT failed(pod, log.error.message);
        co_return;
    }
    QStringList lines = QString::fromUtf8(log.value).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    Q_EMIT logsReady(pod, container, lines);
}

QCoro::Task<> KubePodDetailsSource::follow(PodRef pod, QString container, quint64 generation)
{
    QPointer<KubePodDetailsSource> self(this);
    KubeClient* client = clientFor(pod);
    if (!client)
        co_return;
    KubeResult<std::unique_ptr<HttpStream>> opened
        = co_await client->followPodLogs(pod.namespaceName, pod.name, container, 0);
    if (!self || generation != m_followGeneration)
        co_return;
    if (!opened.ok() || !opened.value) {
        Q_EMIT failed(pod, opened.error.message);
        co_return;
    }
    // Released with deleteLater(): cancel() may resume this coroutine from inside the stream.
    const std::unique_ptr<HttpStream, DeleteLater> stream(opened.value.release());
    m_followed = stream.get();
    QByteArray pending;
    while (!stream->atEnd()) {
        const QByteArray chunk = co_await stream->nextChunk();
        if (!self || generation != m_followGeneration)
            co_return;
        pending += chunk;
        for (qsizetype newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n')) {
            Q_EMIT logLineAppended(pod, container, QString::fromUtf8(pending.left(newline)));
            pending.remove(0, newline + 1);
        }
    }
}

} // namespace meshfed
