#include "tests/support/PodFixtures.h"

#include <QJsonArray>

namespace meshfed::test {

using namespace Qt::StringLiterals;

/// A pod shaped like a real one: labels, owner, an init container, two containers, conditions.
QJsonObject realisticPod(int i, const QString& suffix)
{
    const QString name = u"consul-server-%1%2"_s.arg(i).arg(suffix);
    const QJsonObject running {{u"running"_s, QJsonObject {{u"startedAt"_s, u"2024-05-01T10:00:00Z"_s}}}};
    const QJsonObject waiting {{u"waiting"_s, QJsonObject {{u"reason"_s, u"CrashLoopBackOff"_s}}}};
    const bool crashing = i % 17 == 0;
    auto container = [&](const QString& containerName, bool ready) {
        return QJsonObject {{u"name"_s, containerName}, {u"image"_s, u"hashicorp/consul:1.19.0"_s}, {u"ready"_s, ready},
            {u"started"_s, ready}, {u"restartCount"_s, crashing ? 5 : 0}, {u"state"_s, ready ? running : waiting},
            {u"lastState"_s,
                QJsonObject {{u"terminated"_s,
                    QJsonObject {{u"exitCode"_s, 1}, {u"reason"_s, u"Error"_s},
                        {u"finishedAt"_s, u"2024-05-01T11:58:00Z"_s}}}}}};
    };
    const QJsonObject metadata {{u"name"_s, name}, {u"namespace"_s, u"ns-%1"_s.arg(i % 50)},
        {u"uid"_s, QString(u"6f1c2d4e-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0')) + suffix)},
        {u"resourceVersion"_s, QString::number(100000 + i)}, {u"creationTimestamp"_s, u"2024-05-01T10:00:00Z"_s},
        {u"labels"_s,
            QJsonObject {{u"app"_s, u"consul"_s}, {u"component"_s, u"server"_s}, {u"release"_s, u"consul-dc1"_s}}},
        {u"ownerReferences"_s,
            QJsonArray {QJsonObject {{u"kind"_s, u"StatefulSet"_s}, {u"name"_s, u"consul-server"_s}}}}};
    const QJsonObject spec {{u"nodeName"_s, u"node-%1"_s.arg(i % 40)},
        {u"initContainers"_s, QJsonArray {QJsonObject {{u"name"_s, u"init"_s}}}},
        {u"containers"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"consul"_s}}, QJsonObject {{u"name"_s, u"sidecar"_s}}}}};
    const QJsonObject initDone {{u"name"_s, u"init"_s},
        {u"state"_s, QJsonObject {{u"terminated"_s, QJsonObject {{u"exitCode"_s, 0}, {u"reason"_s, u"Completed"_s}}}}}};
    const QJsonObject status {{u"phase"_s, u"Running"_s},
        {u"conditions"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"Initialized"_s}, {u"status"_s, u"True"_s}},
                QJsonObject {{u"type"_s, u"Ready"_s}, {u"status"_s, crashing ? u"False"_s : u"True"_s}}}},
        {u"initContainerStatuses"_s, QJsonArray {initDone}},
        {u"containerStatuses"_s, QJsonArray {container(u"consul"_s, !crashing), container(u"sidecar"_s, true)}}};
    return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s}, {u"metadata"_s, metadata}, {u"spec"_s, spec},
        {u"status"_s, status}};
}

} // namespace meshfed::test
