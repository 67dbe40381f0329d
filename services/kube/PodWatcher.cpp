#include "services/kube/PodWatcher.h"

#include "services/http/HttpMessages.h"
#include "services/kube/KubeErrors.h"
#include "services/Logging.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace meshfed {

PodWatcher::PodWatcher(KubeClient* client, PodModel* model, QString ns, QString labelSelector, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_namespace(std::move(ns))
    , m_selector(std::move(labelSelector))
    , m_watchTimeout(&PodWatcher::randomWatchTimeout)
    , m_backoff(&PodWatcher::defaultBackoff)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(150ms);
    connect(&m_flushTimer, &QTimer::timeout, this, &PodWatcher::flush);
}

PodWatcher::~PodWatcher()
{
    stop();
}

int PodWatcher::randomWatchTimeout()
{
    return 300 + int(QRandomGenerator::global()->bounded(301));
}

std::chrono::milliseconds PodWatcher::defaultBackoff(int failures)
{
    const double base = std::min(30000.0, 1000.0 * double(1 << std::min(failures - 1, 5)));
    return std::chrono::milliseconds(qint64(base * (0.8 + 0.4 * QRandomGenerator::global()->generateDouble())));
}

void PodWatcher::start()
{
    stop();
    m_cancel = new CancelToken(this);
    run(++m_generation);
}

void PodWatcher::stop()
{
    ++m_generation;
    if (m_cancel) {
        m_cancel->cancel();
        m_cancel->deleteLater();
    }
    if (m_stream)
        m_stream->cancel();
    flush();
    if (m_state != State::Idle && m_state != State::Failed)
        setState(State::Idle);
}

void PodWatcher::setState(State state, const QString& reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    if (m_model)
        m_model->setStale(state == State::Reconnecting || state == State::Failed);
    if (!reason.isEmpty())
        qCInfo(lcKube).noquote() << "pod watch" << QVariant::fromValue(state).toString() << reason;
    Q_EMIT stateChanged(state, reason);
}

void PodWatcher::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<PodEvent> batch = std::exchange(m_pending, {});
    if (m_model)
        m_model->applyEvents(batch);
    Q_EMIT eventsReceived(batch);
}

bool PodWatcher::isFinal(const KubeError& error, int failures) const
{
    switch (error.kind) {
    case KubeErrorKind::Tls:
    case KubeErrorKind::Credentials:
        return true;
    case KubeErrorKind::Status:
        return error.code == 401 || error.code == 403 || error.code == 404;
    case KubeErrorKind::Unreachable:
    case KubeErrorKind::Timeout:
        return failures >= m_maxFailures;
    default:
        return failures >= m_maxFailures * 3;
    }
}

QCoro::Task<void> PodWatcher::run(quint64 generation)
{
    QPointer<PodWatcher> self(this);
    bool needList = true;
    int failures = 0;
    QString reason;
    while (self && generation == m_generation && m_client) {
        KubeError error;
        if (needList) {
            setState(m_state == State::Idle || m_state == State::Connecting ? State::Connecting : State::Reconnecting,
                reason);
            const KubeResult<KubeList> listing = co_await m_client->listPods(m_namespace, m_selector);
            if (!self || generation != m_generation)
                co_return;
            error = listing.error;
            if (listing.ok()) {
                m_pending.clear();
                if (m_model)
                    m_model->resetFromList(listing.value.items);
                m_resourceVersion = listing.value.resourceVersion;
                needList = false;
                Q_EMIT listed(listing.value);
            }
        }
        if (!needList) {
            const StreamEnd end = co_await watch(generation, &error);
            if (!self || generation != m_generation)
                co_return;
            if (end == StreamEnd::Clean) {
                failures = 0;
                continue;
            }
            if (end == StreamEnd::Gone) {
                needList = true;
                reason = tr("The watch's resource version expired; listing the pods again.");
                continue;
            }
        }
        ++failures;
        if (isFinal(error, failures)) {
            setState(State::Failed, error.message);
            co_return;
        }
        reason = error.message;
        setState(State::Reconnecting, reason);
        co_await HttpClient::sleep(m_backoff(failures), m_cancel);
    }
}

QCoro::Task<PodWatcher::StreamEnd> PodWatcher::watch(quint64 generation, KubeError* error)
{
    QPointer<PodWatcher> self(this);
    KubeResult<std::unique_ptr<HttpStream>> opened
        = co_await m_client->watchPods(m_namespace, m_selector, m_resourceVersion, m_watchTimeout());
    if (!self || generation != m_generation)
        co_return StreamEnd::Failed;
    if (!opened.ok()) {
        *error = opened.error;
        co_return StreamEnd::Failed;
    }
    std::unique_ptr<HttpStream> stream = std::move(opened.value);
    m_stream = stream.get();
    co_await stream->waitForHeaders();
    if (!self || generation != m_generation)
        co_return StreamEnd::Failed;
    if (stream->status() != 200) {
        const QByteArray body = co_await stream->readAll();
        if (!self || generation != m_generation)
            co_return StreamEnd::Failed;
        *error = m_client->errorOf(*stream, body);
        if (!error->isError())
            *error = KubeErrors::fromTransport(m_client->clusterName(), stream->error());
        co_return error->isGone() ? StreamEnd::Gone : StreamEnd::Failed;
    }
    setState(State::Connected);
    QElapsedTimer open;
    open.start();
    bool anyEvent = false;
    const QString call = HttpMessages::describeCall(stream->request().method(), stream->request().url());
    WatchDecoder decoder;
    while (!stream->atEnd()) {
        const QByteArray chunk = co_await stream->nextChunk();
        if (!self || generation != m_generation)
            co_return StreamEnd::Failed;
        for (const WatchEvent& event : decoder.feed(chunk)) {
            anyEvent = true;
            const StreamEnd end = handle(event, call, error);
            if (end != StreamEnd::Clean) {
                flush();
                co_return end;
            }
        }
        if (m_pending.size() >= m_maxBatch)
            flush();
        else if (!m_pending.isEmpty() && !m_flushTimer.isActive())
            m_flushTimer.start();
    }
    flush();
    if (stream->error().isError()) {
        *error = m_client->errorOf(*stream, {});
        co_return StreamEnd::Failed;
    }
    if (!anyEvent && open.elapsed() < 1000) { // ended at once and empty: do not spin, back off
        *error = KubeErrors::invalidResponse(
            m_client->clusterName(), call, tr("the server ended the watch at once without an event."));
        co_return StreamEnd::Failed;
    }
    co_return StreamEnd::Clean;
}

PodWatcher::StreamEnd PodWatcher::handle(const WatchEvent& event, const QString& call, KubeError* error)
{
    switch (event.type) {
    case WatchEvent::Type::Added:
    case WatchEvent::Type::Modified:
    case WatchEvent::Type::Deleted: {
        const auto type = event.type == WatchEvent::Type::Added ? PodEvent::Type::Added
            : event.type == WatchEvent::Type::Modified          ? PodEvent::Type::Modified
                                                                : PodEvent::Type::Deleted;
        m_pending.append(PodEvent::fromJson(type, event.object));
        if (!event.resourceVersion.isEmpty())
            m_resourceVersion = event.resourceVersion;
        return StreamEnd::Clean;
    }
    case WatchEvent::Type::Bookmark:
        if (!event.resourceVersion.isEmpty())
            m_resourceVersion = event.resourceVersion;
        return StreamEnd::Clean;
    case WatchEvent::Type::Error:
        *error = KubeErrors::fromStatusObject(m_client->clusterName(), call, 0, event.object);
        return error->code == 410 ? StreamEnd::Gone : StreamEnd::Failed;
    case WatchEvent::Type::Invalid:
        *error = KubeErrors::invalidResponse(m_client->clusterName(), call, event.problem);
        return StreamEnd::Failed;
    }
    return StreamEnd::Failed;
}

} // namespace meshfed
