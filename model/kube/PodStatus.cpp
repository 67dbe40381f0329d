#include "model/kube/PodStatus.h"

#include <QJsonArray>
#include <QSet>

namespace meshfed {

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

// --- HumanDuration ------------------------------------------------------------------------------

QString humanHours(qint64 hours, qint64 totalMinutes)
{
    if (hours < 8) {
        const qint64 minutes = totalMinutes % 60;
        return minutes == 0 ? u"%1h"_s.arg(hours) : u"%1h%2m"_s.arg(hours).arg(minutes);
    }
    if (hours < 48)
        return u"%1h"_s.arg(hours);
    if (hours < 24 * 8) {
        const qint64 rest = hours % 24;
        return rest == 0 ? u"%1d"_s.arg(hours / 24) : u"%1d%2h"_s.arg(hours / 24).arg(rest);
    }
    if (hours < 24 * 365 * 2)
        return u"%1d"_s.arg(hours / 24);
    if (hours < 24 * 365 * 8) {
        const qint64 days = (hours / 24) % 365;
        return days == 0 ? u"%1y"_s.arg(hours / 24 / 365) : u"%1y%2d"_s.arg(hours / 24 / 365).arg(days);
    }
    return u"%1y"_s.arg(hours / 24 / 365);
}

// --- the printPod pass --------------------------------------------------------------------------

struct Terminated
{
    bool present = false;
    QString reason;
    int exitCode = 0;
    int signal = 0;
    QDateTime finishedAt;
};

Terminated terminatedOf(const QJsonObject& state)
{
    Terminated result;
    const QJsonValue value = state.value(u"terminated"_s);
    if (!value.isObject())
        return result;
    const QJsonObject terminated = value.toObject();
    result.present = true;
    result.reason = terminated.value(u"reason"_s).toString();
    result.exitCode = terminated.value(u"exitCode"_s).toInt();
    result.signal = terminated.value(u"signal"_s).toInt();
    result.finishedAt = parseKubeTimestamp(terminated.value(u"finishedAt"_s).toString());
    return result;
}

QString waitingReason(const QJsonObject& state, bool* waiting)
{
    const QJsonValue value = state.value(u"waiting"_s);
    *waiting = value.isObject();
    return value.toObject().value(u"reason"_s).toString();
}

/// The pod conditions printPod looks at, read in one pass.
struct Conditions
{
    bool initialized = false;     ///< Initialized=True
    bool ready = false;           ///< Ready=True
    bool schedulingGated = false; ///< PodScheduled with reason SchedulingGated
};

Conditions conditionsOf(const QJsonObject& status)
{
    Conditions result;
    const QJsonArray conditions = status.value(u"conditions"_s).toArray();
    for (const QJsonValue& condition : conditions) {
        const QJsonObject object = condition.toObject();
        const QString type = object.value(u"type"_s).toString();
        const bool isTrue = object.value(u"status"_s).toString() == u"True"_s;
        if (type == u"Initialized"_s)
            result.initialized = result.initialized || isTrue;
        else if (type == u"Ready"_s)
            result.ready = result.ready || isTrue;
        else if (type == u"PodScheduled"_s && object.value(u"reason"_s).toString() == u"SchedulingGated"_s)
            result.schedulingGated = true;
    }
    return result;
}

/// Running totals of one printPod pass.
struct Pass
{
    int ready = 0;
    int restarts = 0;
    QDateTime lastRestart;
    int sidecarRestarts = 0;
    QDateTime lastSidecarRestart;
    QString reason;
};

void noteRestart(int* restarts, QDateTime* last, const QJsonObject& containerStatus)
{
    *restarts += containerStatus.value(u"restartCount"_s).toInt();
    const Terminated previous = terminatedOf(containerStatus.value(u"lastState"_s).toObject());
    if (previous.present && previous.finishedAt.isValid() && (!last->isValid() || *last < previous.finishedAt))
        *last = previous.finishedAt;
}

QSet<QString> sidecarNames(const QJsonArray& initContainers)
{
    QSet<QString> names;
    for (const QJsonValue& container : initContainers) {
        const QJsonObject object = container.toObject();
        if (object.value(u"restartPolicy"_s).toString() == u"Always"_s)
            names.insert(object.value(u"name"_s).toString());
    }
    return names;
}

/// STATUS of the init container that blocks at `index` of `count` init containers.
QString blockingInitReason(const QJsonObject& state, qsizetype index, qsizetype count)
{
    const Terminated terminated = terminatedOf(state);
    if (terminated.present) {
        if (!terminated.reason.isEmpty())
            return u"Init:"_s + terminated.reason;
        if (terminated.signal != 0)
            return u"Init:Signal:%1"_s.arg(terminated.signal);
        return u"Init:ExitCode:%1"_s.arg(terminated.exitCode);
    }
    bool waiting = false;
    const QString waitReason = waitingReason(state, &waiting);
    if (waiting && !waitReason.isEmpty() && waitReason != u"PodInitializing"_s)
        return u"Init:"_s + waitReason;
    return u"Init:%1/%2"_s.arg(index).arg(count);
}

/// Step 3: returns true when an init container blocks ("the pod is initializing").
bool initContainerPass(const QJsonObject& pod, Pass& pass)
{
    const QJsonArray specInit = pod.value(u"spec"_s).toObject().value(u"initContainers"_s).toArray();
    const QSet<QString> sidecars = sidecarNames(specInit);
    const QJsonArray statuses = pod.value(u"status"_s).toObject().value(u"initContainerStatuses"_s).toArray();
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const QJsonObject container = statuses.at(i).toObject();
        const bool sidecar = sidecars.contains(container.value(u"name"_s).toString());
        noteRestart(&pass.restarts, &pass.lastRestart, container);
        if (sidecar)
            noteRestart(&pass.sidecarRestarts, &pass.lastSidecarRestart, container);
        const QJsonObject state = container.value(u"state"_s).toObject();
        const Terminated terminated = terminatedOf(state);
        if (terminated.present && terminated.exitCode == 0)
            continue;
        if (sidecar && container.value(u"started"_s).toBool()) {
            pass.ready += container.value(u"ready"_s).toBool() ? 1 : 0;
            continue;
        }
        pass.reason = blockingInitReason(state, i, specInit.size());
        return true;
    }
    return false;
}

/// Step 4: the main containers, walked from last to first so the lowest index with a reason wins.
void containerPass(const QJsonObject& pod, bool podReady, Pass& pass)
{
    pass.restarts = pass.sidecarRestarts;
    pass.lastRestart = pass.lastSidecarRestart;
    bool hasRunning = false;
    const QJsonObject status = pod.value(u"status"_s).toObject();
    const QJsonArray statuses = status.value(u"containerStatuses"_s).toArray();
    for (qsizetype i = statuses.size() - 1; i >= 0; --i) {
        const QJsonObject container = statuses.at(i).toObject();
        noteRestart(&pass.restarts, &pass.lastRestart, container);
        const QJsonObject state = container.value(u"state"_s).toObject();
        const Terminated terminated = terminatedOf(state);
        bool waiting = false;
        const QString waitReason = waitingReason(state, &waiting);
        if (waiting && !waitReason.isEmpty()) {
            pass.reason = waitReason;
        } else if (terminated.present && !terminated.reason.isEmpty()) {
            pass.reason = terminated.reason;
        } else if (terminated.present) {
            pass.reason = terminated.signal != 0 ? u"Signal:%1"_s.arg(terminated.signal)
                                                 : u"ExitCode:%1"_s.arg(terminated.exitCode);
        } else if (container.value(u"ready"_s).toBool() && state.value(u"running"_s).isObject()) {
            hasRunning = true;
            ++pass.ready;
        }
    }
    if (pass.reason == u"Completed"_s && hasRunning)
        pass.reason = podReady ? u"Running"_s : u"NotReady"_s;
}

QString startingReason(const QJsonObject& status, const Conditions& conditions)
{
    if (conditions.schedulingGated)
        return u"SchedulingGated"_s;
    const QString statusReason = status.value(u"reason"_s).toString();
    return statusReason.isEmpty() ? status.value(u"phase"_s).toString() : statusReason;
}

int totalContainersOf(const QJsonObject& spec)
{
    return int(spec.value(u"containers"_s).toArray().size())
        + int(sidecarNames(spec.value(u"initContainers"_s).toArray()).size());
}

} // namespace

QString humanDuration(milliseconds duration)
{
    // Go converts with truncation toward zero: -1.9 s is still "0s".
    const qint64 seconds = duration.count() / 1000;
    if (seconds < -1)
        return u"<invalid>"_s;
    if (seconds < 0)
        return u"0s"_s;
    if (seconds < 60 * 2)
        return u"%1s"_s.arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 10) {
        const qint64 rest = seconds % 60;
        return rest == 0 ? u"%1m"_s.arg(minutes) : u"%1m%2s"_s.arg(minutes).arg(rest);
    }
    if (minutes < 60 * 3)
        return u"%1m"_s.arg(minutes);
    return humanHours(minutes / 60, minutes);
}

QString humanAge(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid())
        return u"<unknown>"_s;
    return humanDuration(milliseconds(since.msecsTo(now)));
}

QDateTime parseKubeTimestamp(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

PodStatus PodStatus::fromPod(const QJsonObject& pod)
{
    const QJsonObject metadata = pod.value(u"metadata"_s).toObject();
    const QJsonObject status = pod.value(u"status"_s).toObject();
    const QString phase = status.value(u"phase"_s).toString();

    Pass pass;
    const Conditions conditions = conditionsOf(status);
    pass.reason = startingReason(status, conditions);
    const bool initializing = initContainerPass(pod, pass);
    if (!initializing || conditions.initialized)
        containerPass(pod, conditions.ready, pass);

    const bool deleting = !metadata.value(u"deletionTimestamp"_s).toString().isEmpty();
    if (deleting && status.value(u"reason"_s).toString() == u"NodeLost"_s)
        pass.reason = u"Unknown"_s;
    else if (deleting && phase != u"Succeeded"_s && phase != u"Failed"_s)
        pass.reason = u"Terminating"_s;

    PodStatus result;
    result.readyContainers = pass.ready;
    result.totalContainers = totalContainersOf(pod.value(u"spec"_s).toObject());
    result.status = pass.reason;
    result.restarts = pass.restarts;
    result.lastRestart = pass.lastRestart;
    result.created = parseKubeTimestamp(metadata.value(u"creationTimestamp"_s).toString());
    result.podReady = conditions.ready;
    result.health = podHealthOf(result.status, result.readyContainers, result.totalContainers);
    if (phase == u"Failed"_s && result.health == PodHealth::Healthy)
        result.health = PodHealth::Failing; // e.g. "Completed" hiding a failed later container
    return result;
}

QString PodStatus::readyText() const
{
    return u"%1/%2"_s.arg(readyContainers).arg(totalContainers);
}

QString PodStatus::restartsText(const QDateTime& now) const
{
    if (restarts != 0 && lastRestart.isValid())
        return u"%1 (%2 ago)"_s.arg(restarts).arg(humanAge(lastRestart, now));
    return QString::number(restarts);
}

QString PodStatus::ageText(const QDateTime& now) const
{
    return humanAge(created, now);
}

PodHealth podHealthOf(const QString& status, int readyContainers, int totalContainers)
{
    static const QSet<QString> progressing {u"Pending"_s, u"ContainerCreating"_s, u"PodInitializing"_s,
        u"Terminating"_s, u"SchedulingGated"_s, u"NotReady"_s, u"Init:ContainerCreating"_s, u"Init:PodInitializing"_s};
    if (status == u"Running"_s)
        return readyContainers == totalContainers ? PodHealth::Healthy : PodHealth::Progressing;
    if (status == u"Completed"_s || status == u"Succeeded"_s)
        return PodHealth::Healthy;
    if (progressing.contains(status))
        return PodHealth::Progressing;
    // "Init:1/3" counts init containers still to run; "Init:<reason>" is a failure.
    if (status.startsWith(u"Init:"_s) && status.size() > 5 && status.at(5).isDigit())
        return PodHealth::Progressing;
    return PodHealth::Failing;
}

} // namespace meshfed
