// PodSummary::fromJson (declared in PodStatus.h, next to the status it embeds).
#include "model/kube/PodStatus.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

void readState(const QJsonObject& state, ContainerSummary& summary)
{
    for (const QString& kind : {u"running"_s, u"waiting"_s, u"terminated"_s}) {
        const QJsonValue value = state.value(kind);
        if (!value.isObject())
            continue;
        const QJsonObject object = value.toObject();
        summary.state = kind;
        summary.reason = object.value(u"reason"_s).toString();
        summary.exitCode = object.value(u"exitCode"_s).toInt();
        return;
    }
}

ContainerSummary containerFrom(const QJsonObject& status)
{
    ContainerSummary summary;
    summary.name = status.value(u"name"_s).toString();
    summary.image = status.value(u"image"_s).toString();
    summary.restartCount = status.value(u"restartCount"_s).toInt();
    summary.ready = status.value(u"ready"_s).toBool();
    summary.started = status.value(u"started"_s).toBool();
    readState(status.value(u"state"_s).toObject(), summary);
    const QJsonObject last = status.value(u"lastState"_s).toObject().value(u"terminated"_s).toObject();
    summary.lastTerminationReason = last.value(u"reason"_s).toString();
    summary.lastExitCode = last.value(u"exitCode"_s).toInt();
    return summary;
}

/// Spec containers in spec order, each completed by its status (matched by name) when there is one.
QList<ContainerSummary> containersFrom(const QJsonArray& spec, const QJsonArray& statuses)
{
    QHash<QString, QJsonObject> statusByName;
    for (const QJsonValue& status : statuses)
        statusByName.insert(status.toObject().value(u"name"_s).toString(), status.toObject());
    QList<ContainerSummary> result;
    result.reserve(spec.size());
    for (const QJsonValue& value : spec) {
        const QJsonObject container = value.toObject();
        const QString name = container.value(u"name"_s).toString();
        ContainerSummary summary = containerFrom(statusByName.value(name));
        summary.name = name;
        summary.image = container.value(u"image"_s).toString();
        summary.sidecar = container.value(u"restartPolicy"_s).toString() == u"Always"_s;
        result.append(summary);
    }
    return result;
}

QMap<QString, QString> labelsFrom(const QJsonObject& labels)
{
    QMap<QString, QString> result;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

} // namespace

PodSummary PodSummary::fromJson(const QJsonObject& pod)
{
    const QJsonObject metadata = pod.value(u"metadata"_s).toObject();
    const QJsonObject spec = pod.value(u"spec"_s).toObject();
    const QJsonObject status = pod.value(u"status"_s).toObject();

    PodSummary summary;
    summary.uid = metadata.value(u"uid"_s).toString();
    summary.name = metadata.value(u"name"_s).toString();
    summary.namespaceName = metadata.value(u"namespace"_s).toString();
    summary.resourceVersion = metadata.value(u"resourceVersion"_s).toString();
    summary.deleting = !metadata.value(u"deletionTimestamp"_s).toString().isEmpty();
    summary.labels = labelsFrom(metadata.value(u"labels"_s).toObject());
    summary.node = spec.value(u"nodeName"_s).toString();
    summary.phase = status.value(u"phase"_s).toString();
    summary.status = PodStatus::fromPod(pod);
    summary.containers
        = containersFrom(spec.value(u"containers"_s).toArray(), status.value(u"containerStatuses"_s).toArray());
    summary.initContainers
        = containersFrom(spec.value(u"initContainers"_s).toArray(), status.value(u"initContainerStatuses"_s).toArray());
    return summary;
}

} // namespace meshfed
