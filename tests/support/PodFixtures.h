// Pod objects as the API server returns them, for model, scene and details tests.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace meshfed::fixtures {

/// What kubectl's STATUS will read for the pod.
enum class PodShape {
    Running,       ///< Running, 1/1, with a completed vault-agent-init when `agent`
    Pending,       ///< Pending, no container started
    InitCrashLoop, ///< Init:CrashLoopBackOff: vault-agent-init keeps failing
    CrashLoop,     ///< CrashLoopBackOff of the main container
    Completed,     ///< a finished job pod
};

inline QJsonObject consulLabels(const QString& release, const QString& component)
{
    return {{QStringLiteral("app"), QStringLiteral("consul")}, {QStringLiteral("release"), release},
        {QStringLiteral("component"), component}};
}

inline QJsonObject injectorLabels(const QString& vaultRelease)
{
    return {{QStringLiteral("app.kubernetes.io/name"), QStringLiteral("vault-agent-injector")},
        {QStringLiteral("app.kubernetes.io/instance"), vaultRelease}};
}

inline QJsonObject vaultServerLabels(const QString& vaultRelease)
{
    return {{QStringLiteral("app.kubernetes.io/name"), QStringLiteral("vault")},
        {QStringLiteral("app.kubernetes.io/instance"), vaultRelease},
        {QStringLiteral("component"), QStringLiteral("server")}};
}

inline QJsonObject state(const QString& kind, const QString& reason = {}, int exitCode = 0)
{
    QJsonObject inner;
    if (!reason.isEmpty())
        inner.insert(QStringLiteral("reason"), reason);
    if (kind == QStringLiteral("terminated"))
        inner.insert(QStringLiteral("exitCode"), exitCode);
    if (kind == QStringLiteral("running"))
        inner.insert(QStringLiteral("startedAt"), QStringLiteral("2026-11-27T10:00:00Z"));
    return {{kind, inner}};
}

inline QJsonObject containerStatus(const QString& name, const QJsonObject& current, bool ready, int restarts = 0)
{
    QJsonObject status {{QStringLiteral("name"), name}, {QStringLiteral("state"), current},
        {QStringLiteral("ready"), ready}, {QStringLiteral("restartCount"), restarts},
        {QStringLiteral("image"), QStringLiteral("img")}};
    if (restarts > 0)
        status.insert(QStringLiteral("lastState"), state(QStringLiteral("terminated"), QStringLiteral("Error"), 1));
    return status;
}

/// A pod in namespace "default" (uid "uid-<name>") with one main container "main" and, when
/// `agent`, the injected init container vault-agent-init.
inline QJsonObject pod(const QString& name, const QJsonObject& labels, PodShape shape, bool agent = true,
    const QString& node = QStringLiteral("node-1"))
{
    const QString terminated = QStringLiteral("terminated");
    QJsonArray initSpec, initStatus, mainStatus;
    QString phase = QStringLiteral("Running");
    bool ready = false;
    if (agent)
        initSpec.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("vault-agent-init")}});
    switch (shape) {
    case PodShape::Running:
        ready = true;
        if (agent)
            initStatus.append(containerStatus(
                QStringLiteral("vault-agent-init"), state(terminated, QStringLiteral("Completed")), false));
        mainStatus.append(containerStatus(QStringLiteral("main"), state(QStringLiteral("running")), true));
        break;
    case PodShape::Pending:
        phase = QStringLiteral("Pending");
        break;
    case PodShape::InitCrashLoop:
        phase = QStringLiteral("Pending");
        initStatus.append(containerStatus(QStringLiteral("vault-agent-init"),
            state(QStringLiteral("waiting"), QStringLiteral("CrashLoopBackOff")), false, 3));
        mainStatus.append(containerStatus(
            QStringLiteral("main"), state(QStringLiteral("waiting"), QStringLiteral("PodInitializing")), false));
        break;
    case PodShape::CrashLoop:
        if (agent)
            initStatus.append(containerStatus(
                QStringLiteral("vault-agent-init"), state(terminated, QStringLiteral("Completed")), false));
        mainStatus.append(containerStatus(
            QStringLiteral("main"), state(QStringLiteral("waiting"), QStringLiteral("CrashLoopBackOff")), false, 4));
        break;
    case PodShape::Completed:
        phase = QStringLiteral("Succeeded");
        mainStatus.append(
            containerStatus(QStringLiteral("main"), state(terminated, QStringLiteral("Completed")), false));
        break;
    }
    const QJsonObject metadata {{QStringLiteral("name"), name},
        {QStringLiteral("namespace"), QStringLiteral("default")},
        {QStringLiteral("uid"), QString(QStringLiteral("uid-") + name)}, {QStringLiteral("labels"), labels},
        {QStringLiteral("creationTimestamp"), QStringLiteral("2026-11-27T10:00:00Z")}};
    const QJsonObject spec {{QStringLiteral("nodeName"), node}, {QStringLiteral("initContainers"), initSpec},
        {QStringLiteral("containers"), QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("main")}}}}};
    const QJsonObject status {{QStringLiteral("phase"), phase},
        {QStringLiteral("conditions"),
            QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("Ready")},
                {QStringLiteral("status"), ready ? QStringLiteral("True") : QStringLiteral("False")}}}},
        {QStringLiteral("initContainerStatuses"), initStatus}, {QStringLiteral("containerStatuses"), mainStatus}};
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")}, {QStringLiteral("kind"), QStringLiteral("Pod")},
        {QStringLiteral("metadata"), metadata}, {QStringLiteral("spec"), spec}, {QStringLiteral("status"), status}};
}

} // namespace meshfed::fixtures

namespace meshfed::test {

/// A pod shaped like a real Consul server pod: labels, owner, an init container, two containers
/// with lastState, conditions; every 17th one is in CrashLoopBackOff (the benchmarks' pods).
QJsonObject realisticPod(int i, const QString& suffix = {});

} // namespace meshfed::test
