#pragma once

#include "model/kube/PodModel.h"
#include "services/kube/KubeClient.h"
#include "services/kube/WatchDecoder.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace meshfed {

/// Keeps a PodModel current like client-go's reflector: LIST, then WATCH from the list's
/// resourceVersion (allowWatchBookmarks=true, timeoutSeconds random 5–10 min). Events are decoded
/// as they arrive (split across reads or not) and handed to the model in batches (every
/// batchInterval or maxBatch events) so the GUI thread never stalls. A stream that ends cleanly is
/// resumed at once from the last resourceVersion seen (bookmarks move it); a dropped one after a
/// backoff, with the model marked stale; 410 Gone (HTTP or an ERROR event) lists again.
///
/// States: Connecting (first list) → Connected ⇄ Reconnecting (reason) → Failed (reason). Failed
/// is final until start() is called again: TLS refused, credentials refused (401) or missing,
/// permission denied (403), or the server unreachable `maxFailures` times in a row.
///
/// Usage:
///     PodWatcher watcher(&kube, &model, u"consul"_s, u"app=consul"_s);
///     connect(&watcher, &PodWatcher::stateChanged, banner, &Banner::show);
///     watcher.start();
class PodWatcher : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Connected, Reconnecting, Failed };
    Q_ENUM(State)

    using Backoff = std::function<std::chrono::milliseconds(int failures)>;

    /// `model` may be null (the CLI listens to eventsReceived() instead); `ns` empty: all namespaces.
    PodWatcher(KubeClient* client, PodModel* model, QString ns, QString labelSelector, QObject* parent = nullptr);
    ~PodWatcher() override;

    void start();
    void stop();

    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    QString resourceVersion() const { return m_resourceVersion; }

    void setWatchTimeoutSource(std::function<int()> seconds) { m_watchTimeout = std::move(seconds); }
    void setBackoff(Backoff backoff) { m_backoff = std::move(backoff); }
    void setBatchInterval(std::chrono::milliseconds interval) { m_flushTimer.setInterval(interval); }
    void setMaxBatch(int events) { m_maxBatch = events; }
    void setMaxFailures(int failures) { m_maxFailures = failures; }

    /// client-go's reflector timeout: uniformly 300–600 s.
    static int randomWatchTimeout();
    /// 1, 2, 4 … 30 s, ±20 % jitter.
    static std::chrono::milliseconds defaultBackoff(int failures);

Q_SIGNALS:
    void stateChanged(meshfed::PodWatcher::State state, const QString& reason);
    /// After each successful LIST (the first and every relist after 410).
    void listed(const meshfed::KubeList& list);
    /// Each batch handed to the model.
    void eventsReceived(const QList<meshfed::PodEvent>& events);

private:
    enum class StreamEnd { Clean, Gone, Failed };
    QCoro::Task<void> run(quint64 generation);
    QCoro::Task<bool> list(quint64 generation);
    QCoro::Task<StreamEnd> watch(quint64 generation, KubeError* error);
    StreamEnd handle(const WatchEvent& event, const QString& call, KubeError* error);
    bool isFinal(const KubeError& error, int failures) const;
    void setState(State state, const QString& reason = {});
    void flush();

    QPointer<KubeClient> m_client;
    QPointer<PodModel> m_model;
    QString m_namespace;
    QString m_selector;
    State m_state = State::Idle;
    QString m_reason;
    QString m_resourceVersion;
    quint64 m_generation = 0;
    QPointer<CancelToken> m_cancel;
    QPointer<HttpStream> m_stream;
    QList<PodEvent> m_pending;
    QTimer m_flushTimer;
    int m_maxBatch = 500;
    int m_maxFailures = 10;
    std::function<int()> m_watchTimeout;
    Backoff m_backoff;
};

} // namespace meshfed
