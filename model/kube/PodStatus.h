#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <chrono>

namespace meshfed {

/// How a pod's STATUS reads at a glance; views map it to a colour.
enum class PodHealth {
    Healthy,     ///< Running and ready, or Completed (unless the phase is Failed)
    Progressing, ///< on its way: Pending, ContainerCreating, Init:N/M, Terminating, NotReady, ...
    Failing,     ///< CrashLoopBackOff, Error, ImagePullBackOff, OOMKilled, Evicted, Unknown, ...
};

/// apimachinery's `duration.HumanDuration`: "45s", "5m30s", "3h", "2d4h", "3y10d", "<invalid>".
QString humanDuration(std::chrono::milliseconds duration);

/// kubectl's `translateTimestampSince`: `<unknown>` for an invalid time, else humanDuration(now - time).
QString humanAge(const QDateTime& since, const QDateTime& now);

/// Parses a Kubernetes RFC 3339 timestamp ("2024-05-01T10:00:00Z"); invalid for empty or bad input.
QDateTime parseKubeTimestamp(const QString& text);

/// READY, STATUS and RESTARTS of one pod exactly as `kubectl get pods` prints them
/// (the server-side printer, pkg/printers/internalversion printPod).
///
/// Usage:
///     const PodStatus status = PodStatus::fromPod(podJson);
///     row << status.readyText() << status.status << status.restartsText(now);
struct PodStatus
{
    int readyContainers = 0;
    int totalContainers = 0;
    QString status;        ///< the STATUS column
    int restarts = 0;      ///< the RESTARTS number
    QDateTime lastRestart; ///< latest lastState.terminated.finishedAt counted; invalid when none
    QDateTime created;     ///< metadata.creationTimestamp (the AGE origin)
    bool podReady = false; ///< condition Ready=True
    PodHealth health = PodHealth::Progressing;

    static PodStatus fromPod(const QJsonObject& pod);

    QString readyText() const;                        ///< "1/2"
    QString restartsText(const QDateTime& now) const; ///< "5" or "5 (2m ago)"
    QString ageText(const QDateTime& now) const;      ///< the AGE column
};

/// Colour class of a STATUS text, given the READY numbers (Running with unready containers is progressing).
PodHealth podHealthOf(const QString& status, int readyContainers, int totalContainers);

/// One container (or init container) as the pod details and topology show it.
struct ContainerSummary
{
    QString name;
    QString image;
    QString state;  ///< "running", "waiting", "terminated" or "" when unknown
    QString reason; ///< waiting/terminated reason ("CrashLoopBackOff", "OOMKilled", ...)
    int exitCode = 0;
    int restartCount = 0;
    bool ready = false;
    bool started = false;
    bool sidecar = false; ///< an init container with restartPolicy Always
    QString lastTerminationReason;
    int lastExitCode = 0;
};

/// A compact, copyable view of one pod, built once per watch event.
///
/// Usage:
///     const PodSummary pod = PodSummary::fromJson(podJson);
///     label->setText(pod.name + u' ' + pod.status.status);
struct PodSummary
{
    QString uid;
    QString name;
    QString namespaceName;
    QString node;
    QString phase;
    QString resourceVersion;
    bool deleting = false;
    QMap<QString, QString> labels;
    PodStatus status;
    QList<ContainerSummary> containers;
    QList<ContainerSummary> initContainers;

    static PodSummary fromJson(const QJsonObject& pod);
    /// "namespace/name": the identity used when a pod has no uid.
    QString key() const { return namespaceName + u'/' + name; }
};

} // namespace meshfed

// Only implicitly shared Qt members and plain values: QList may move these with memmove.
Q_DECLARE_TYPEINFO(meshfed::PodStatus, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(meshfed::ContainerSummary, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(meshfed::PodSummary, Q_RELOCATABLE_TYPE);
