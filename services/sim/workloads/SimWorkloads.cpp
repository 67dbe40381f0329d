#include "services/sim/workloads/SimWorkloads.h"

#include "model/kube/ServiceAddress.h"
#include "services/sim/kube/SimCluster.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QJsonObject condition(const QString& type, bool status)
{
    return {{u"type"_s, type}, {u"status"_s, status ? u"True"_s : u"False"_s}, {u"lastTransitionTime"_s, isoNow()}};
}

QJsonObject waiting(const QString& reason, const QString& message = {})
{
    QJsonObject w {{u"reason"_s, reason}};
    if (!message.isEmpty())
        w.insert(u"message"_s, message);
    return {{u"waiting"_s, w}};
}

QJsonObject terminated(int exitCode, const QString& reason, const QDateTime& finished)
{
    return {{u"terminated"_s,
        QJsonObject {
            {u"exitCode"_s, exitCode}, {u"reason"_s, reason}, {u"finishedAt"_s, finished.toString(Qt::ISODate)}}}};
}

QJsonObject running()
{
    return {{u"running"_s, QJsonObject {{u"startedAt"_s, isoNow()}}}};
}

QJsonObject containerStatus(
    const QString& name, const QJsonObject& state, bool ready, int restarts, const QJsonObject& lastState = {})
{
    return {{u"name"_s, name}, {u"state"_s, state}, {u"lastState"_s, lastState}, {u"ready"_s, ready},
        {u"restartCount"_s, restarts}, {u"started"_s, state.contains(u"running"_s)}, {u"image"_s, u"sim"_s},
        {u"imageID"_s, u""_s}};
}

QString randomName(int length)
{
    static const QString alphabet = u"bcdfghjklmnpqrstvwxz2456789"_s;
    QString text;
    for (int i = 0; i < length; ++i)
        text += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return text;
}

} // namespace

SimWorkloads::SimWorkloads(SimCluster* cluster, SimVault* vault, SimTiming timing, QObject* parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_vault(vault)
    , m_timing(timing)
{
    connect(&m_tick, &QTimer::timeout, this, &SimWorkloads::tick);
    m_tick.start(std::max(20, m_timing.tickMs));
}

void SimWorkloads::setTiming(SimTiming timing)
{
    m_timing = timing;
    m_tick.setInterval(std::max(20, timing.tickMs));
}

void SimWorkloads::setInjector(const QString& ns, const SimInjector& injector)
{
    m_injectors.insert(ns, injector);
}

bool SimWorkloads::injectorRunning(const QString& ns) const
{
    // The webhook is cluster-wide; any namespace's ready injector mutates new pods.
    for (auto it = m_injectors.cbegin(); it != m_injectors.cend(); ++it) {
        if (workloadReady(it.key(), it->deployment))
            return true;
    }
    Q_UNUSED(ns)
    return false;
}

QString SimWorkloads::podName(const SimWorkload& workload, int ordinal) const
{
    if (workload.kind == u"StatefulSet"_s)
        return workload.name + u'-' + QString::number(ordinal);
    if (workload.kind == u"Job"_s)
        return workload.name + u'-' + randomName(5);
    const QByteArray hash = QCryptographicHash::hash(workload.name.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
    return workload.name + u'-' + QString::fromLatin1(hash).replace(u'0', u'b').replace(u'1', u'c') + u'-'
        + randomName(5);
}

QJsonObject SimWorkloads::podObject(
    const QString& ns, const SimWorkload& workload, const QString& name, bool injected) const
{
    QJsonArray initContainers;
    if (injected)
        initContainers << QJsonObject {{u"name"_s, u"vault-agent-init"_s}, {u"image"_s, u"hashicorp/vault:2.0.4"_s}};
    for (const QString& c : workload.initContainers)
        initContainers << QJsonObject {{u"name"_s, c}, {u"image"_s, u"hashicorp/consul-k8s-control-plane:2.0.3"_s}};
    QJsonArray containers;
    for (const QString& c : workload.containers)
        containers << QJsonObject {{u"name"_s, c}, {u"image"_s, u"sim"_s}};
    const bool sidecar = injected
        && workload.annotations.value(u"vault.hashicorp.com/agent-pre-populate-only"_s).toString() != u"true"_s;
    if (sidecar)
        containers << QJsonObject {{u"name"_s, u"vault-agent"_s}, {u"image"_s, u"hashicorp/vault:2.0.4"_s}};
    QJsonObject annotations = workload.annotations;
    if (injected)
        annotations.insert(u"vault.hashicorp.com/agent-inject-status"_s, u"injected"_s);
    return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, name}, {u"namespace"_s, ns}, {u"labels"_s, workload.podLabels},
                {u"annotations"_s, annotations},
                {u"ownerReferences"_s,
                    QJsonArray {QJsonObject {{u"kind"_s, workload.kind}, {u"name"_s, workload.name}}}}}},
        {u"spec"_s,
            QJsonObject {{u"serviceAccountName"_s, workload.serviceAccount},
                {u"nodeName"_s, QString(m_cluster->name() + u"-worker"_s)},
                {u"restartPolicy"_s, workload.kind == u"Job"_s ? u"OnFailure"_s : u"Always"_s},
                {u"initContainers"_s, initContainers}, {u"containers"_s, containers}}},
        {u"status"_s,
            QJsonObject {
                {u"phase"_s, u"Pending"_s}, {u"conditions"_s, QJsonArray {condition(u"PodScheduled"_s, true)}}}}};
}

void SimWorkloads::apply(const QString& ns, const SimWorkload& workload)
{
    const QString resource = workload.kind == u"StatefulSet"_s ? u"statefulsets"_s
        : workload.kind == u"Job"_s                            ? u"jobs"_s
                                                               : u"deployments"_s;
    const QString apiVersion = workload.kind == u"Job"_s ? u"batch/v1"_s : u"apps/v1"_s;
    const ObjectKey key {resource, ns, workload.name};
    QJsonObject object {{u"apiVersion"_s, apiVersion}, {u"kind"_s, workload.kind},
        {u"metadata"_s, QJsonObject {{u"name"_s, workload.name}, {u"namespace"_s, ns}, {u"labels"_s, workload.labels}}},
        {u"spec"_s, QJsonObject {{u"replicas"_s, workload.replicas}}}, {u"status"_s, QJsonObject {}}};
    const auto existing = m_cluster->store().get(key);
    if (existing && workload.kind == u"Job"_s && workload.hook.isEmpty())
        return; // a Job's template cannot change; helm leaves a finished job alone
    if (existing) {
        // An upgrade replaces the pods only when the template changed (StatefulSets wait for OnDelete).
        const bool sameTemplate
            = existing->value(u"spec"_s).toObject().value(u"replicas"_s).toInt() == workload.replicas;
        if (sameTemplate && workload.hook.isEmpty())
            return;
        m_cluster->store().replace(key, object);
        for (auto it = m_pods.begin(); it != m_pods.end();) {
            if (it->key.ns == ns && it->workload.name == workload.name && workload.kind != u"StatefulSet"_s) {
                m_cluster->store().remove(it->key);
                it = m_pods.erase(it);
            } else {
                ++it;
            }
        }
    } else {
        m_cluster->store().create(key, object);
    }
    createPods(ns, workload);
}

void SimWorkloads::createPods(const QString& ns, const SimWorkload& workload)
{
    const bool wantsAgent = workload.annotations.value(u"vault.hashicorp.com/agent-inject"_s).toString() == u"true"_s;
    const int count = workload.kind == u"Job"_s ? 1 : workload.replicas;
    for (int i = 0; i < count; ++i) {
        const QString name = podName(workload, i);
        if (m_pods.contains(ns + u'/' + name))
            continue;
        Pod pod;
        pod.key = {u"pods"_s, ns, name};
        pod.workload = workload;
        // failurePolicy Ignore: without a running injector the pod is created as it is.
        pod.injected = wantsAgent && injectorRunning(ns);
        pod.dueAtMs = nowMs() + m_timing.podStartMs / 3;
        m_cluster->store().create(pod.key, podObject(ns, workload, name, pod.injected));
        m_cluster->recordEvent(m_cluster->store().get(pod.key).value_or(QJsonObject {}), u"Normal"_s, u"Scheduled"_s,
            u"Successfully assigned %1/%2 to %3-worker"_s.arg(ns, name, m_cluster->name()));
        m_pods.insert(ns + u'/' + name, pod);
    }
}

void SimWorkloads::tick()
{
    const qint64 now = nowMs();
    const QStringList ids = m_pods.keys();
    for (const QString& id : ids) {
        auto it = m_pods.find(id);
        if (it != m_pods.end() && !it->busy && it->dueAtMs <= now)
            advance(*it, now);
    }
}

void SimWorkloads::advance(Pod& pod, qint64 now)
{
    const qint64 step = m_timing.podStartMs / 3;
    switch (pod.stage) {
    case Stage::Pending:
        pod.stage = pod.injected || !pod.workload.initContainers.isEmpty() ? Stage::Init : Stage::Creating;
        pod.dueAtMs = now + step;
        writeStatus(pod);
        return;
    case Stage::Creating:
        pod.stage = Stage::Running;
        pod.dueAtMs = now;
        writeStatus(pod);
        return;
    case Stage::Init:
        if (pod.injected && !pod.agentDone) {
            startAgent(pod.key.ns + u'/' + pod.key.name);
            return;
        }
        pod.stage = Stage::Running;
        pod.dueAtMs = now + step;
        writeStatus(pod);
        return;
    case Stage::CrashLoop:
        pod.stage = pod.injected && !pod.agentDone ? Stage::Init : Stage::Running;
        pod.dueAtMs = now;
        writeStatus(pod);
        return;
    case Stage::Running:
        runProgram(pod.key.ns + u'/' + pod.key.name);
        return;
    case Stage::Succeeded:
        pod.dueAtMs = std::numeric_limits<qint64>::max();
        return;
    }
}

void SimWorkloads::startAgent(const QString& id)
{
    Pod& pod = m_pods[id];
    pod.busy = true;
    QCoro::connect(runAgent(pod), this,
        [this, id](const std::pair<bool, QString>& result) { onAgentFinished(id, result.first, result.second); });
}

void SimWorkloads::onAgentFinished(const QString& id, bool ok, const QString& token)
{
    auto it = m_pods.find(id);
    if (it == m_pods.end())
        return;
    it->busy = false;
    const qint64 now = nowMs();
    if (!ok) {
        crash(*it, true, now);
        return;
    }
    it->agentDone = true;
    it->initFailed = false;
    it->vaultToken = token;
    it->dueAtMs = now + m_timing.podStartMs / 3;
    writeStatus(*it);
}

void SimWorkloads::runProgram(const QString& id)
{
    Pod& pod = m_pods[id];
    pod.busy = true;
    QCoro::connect(program(id), this, [this, id](const SimProgramState& state) { onProgramState(id, state); });
}

void SimWorkloads::onProgramState(const QString& id, const SimProgramState& state)
{
    auto it = m_pods.find(id);
    if (it == m_pods.end())
        return;
    Pod& pod = *it;
    pod.busy = false;
    const qint64 now = nowMs();
    const QString container = pod.workload.containers.value(0);
    if (!state.log.isEmpty() && !pod.seenLogs.contains(state.log)) {
        pod.seenLogs << state.log;
        m_cluster->appendLog(pod.key.ns, pod.key.name, container, state.log);
    }
    switch (state.kind) {
    case SimProgramState::Crashed:
        crash(pod, false, now);
        return;
    case SimProgramState::Completed:
        pod.stage = Stage::Succeeded;
        pod.ready = false;
        writeStatus(pod);
        updateWorkloadStatus(pod);
        return;
    default:
        break;
    }
    const bool ready = state.kind == SimProgramState::Ready;
    pod.dueAtMs = now + std::max(250, m_timing.tickMs * 3);
    if (ready != pod.ready) {
        pod.ready = ready;
        writeStatus(pod);
        updateWorkloadStatus(pod);
    }
}

void SimWorkloads::crash(Pod& pod, bool init, qint64 now)
{
    int& restarts = init ? pod.initRestarts : pod.mainRestarts;
    ++restarts;
    pod.initFailed = init;
    pod.ready = false;
    pod.lastFinished = QDateTime::currentDateTimeUtc();
    pod.stage = Stage::CrashLoop;
    const qint64 backoff
        = std::min<qint64>(qint64(m_timing.backoffBaseMs) << std::min(restarts - 1, 10), m_timing.backoffMaxMs);
    pod.dueAtMs = now + backoff;
    writeStatus(pod);
    const QString container = init ? u"vault-agent-init"_s : pod.workload.containers.value(0);
    m_cluster->recordEvent(m_cluster->store().get(pod.key).value_or(QJsonObject {}), u"Warning"_s, u"BackOff"_s,
        u"Back-off restarting failed container %1 in pod %2_%3"_s.arg(container, pod.key.name, pod.key.ns));
}

void SimWorkloads::writeStatus(const Pod& pod)
{
    const bool initializing
        = pod.stage == Stage::Init || (pod.stage == Stage::CrashLoop && pod.initFailed) || pod.stage == Stage::Pending;
    const bool initialized = !initializing;
    QJsonArray initStatuses;
    QStringList initNames;
    if (pod.injected)
        initNames << u"vault-agent-init"_s;
    initNames << pod.workload.initContainers;
    const QJsonObject lastAgentFailure
        = pod.initRestarts > 0 ? terminated(1, u"Error"_s, pod.lastFinished) : QJsonObject {};
    for (const QString& name : initNames) {
        const bool agent = name == u"vault-agent-init"_s;
        QJsonObject state;
        if (initialized || (agent && pod.agentDone))
            state = terminated(0, u"Completed"_s, QDateTime::currentDateTimeUtc());
        else if (pod.stage == Stage::Pending)
            state = waiting(u"PodInitializing"_s);
        else if (agent && pod.stage == Stage::CrashLoop)
            state = waiting(u"CrashLoopBackOff"_s, u"back-off restarting failed container vault-agent-init"_s);
        else if (agent || (!pod.injected || pod.agentDone))
            state = running();
        else
            state = waiting(u"PodInitializing"_s);
        initStatuses << containerStatus(name, state, state.contains(u"terminated"_s), agent ? pod.initRestarts : 0,
            agent ? lastAgentFailure : QJsonObject {});
    }
    QJsonArray statuses;
    QStringList names = pod.workload.containers;
    if (pod.injected
        && pod.workload.annotations.value(u"vault.hashicorp.com/agent-pre-populate-only"_s).toString() != u"true"_s)
        names << u"vault-agent"_s;
    for (const QString& name : names) {
        const bool main = name == pod.workload.containers.value(0);
        QJsonObject state;
        QJsonObject last;
        if (pod.stage == Stage::Succeeded)
            state = terminated(0, u"Completed"_s, QDateTime::currentDateTimeUtc());
        else if (initializing)
            state = waiting(u"PodInitializing"_s);
        else if (pod.stage == Stage::Creating)
            state = waiting(u"ContainerCreating"_s);
        else if (main && pod.stage == Stage::CrashLoop)
            state = waiting(u"CrashLoopBackOff"_s, u"back-off restarting failed container %1"_s.arg(name));
        else
            state = running();
        if (main && pod.mainRestarts > 0)
            last = terminated(1, u"Error"_s, pod.lastFinished);
        const bool ready = state.contains(u"running"_s) && (main ? pod.ready : true);
        statuses << containerStatus(name, state, ready, main ? pod.mainRestarts : 0, last);
    }
    const bool podReady = pod.stage == Stage::Running && pod.ready;
    const QString phase = pod.stage == Stage::Succeeded ? u"Succeeded"_s
        : pod.stage == Stage::Pending                   ? u"Pending"_s
        : initializing || pod.stage == Stage::Creating  ? u"Pending"_s
                                                        : u"Running"_s;
    m_cluster->store().update(pod.key, [&](QJsonObject& object) {
        object.insert(u"status"_s,
            QJsonObject {{u"phase"_s, phase}, {u"podIP"_s, u"10.244.0.%1"_s.arg(qHash(pod.key.name) % 250 + 2)},
                {u"hostIP"_s, u"172.18.0.2"_s}, {u"startTime"_s, isoNow()},
                {u"conditions"_s,
                    QJsonArray {condition(u"PodScheduled"_s, true), condition(u"Initialized"_s, initialized),
                        condition(u"ContainersReady"_s, podReady), condition(u"Ready"_s, podReady)}},
                {u"initContainerStatuses"_s, initStatuses}, {u"containerStatuses"_s, statuses}});
    });
}

void SimWorkloads::updateWorkloadStatus(const Pod& pod)
{
    const QString ns = pod.key.ns;
    const SimWorkload& w = pod.workload;
    int ready = 0;
    int succeeded = 0;
    for (const Pod& p : std::as_const(m_pods)) {
        if (p.key.ns == ns && p.workload.name == w.name) {
            ready += p.ready && p.stage == Stage::Running;
            succeeded += p.stage == Stage::Succeeded;
        }
    }
    const QString resource = w.kind == u"StatefulSet"_s ? u"statefulsets"_s
        : w.kind == u"Job"_s                            ? u"jobs"_s
                                                        : u"deployments"_s;
    m_cluster->store().update({resource, ns, w.name}, [&](QJsonObject& object) {
        QJsonObject status;
        if (w.kind == u"Job"_s)
            status = {{u"succeeded"_s, succeeded}, {u"active"_s, succeeded ? 0 : 1}};
        else
            status = {{u"replicas"_s, w.replicas}, {u"readyReplicas"_s, ready}, {u"availableReplicas"_s, ready}};
        object.insert(u"status"_s, status);
    });
}

bool SimWorkloads::workloadReady(const QString& ns, const QString& workloadName) const
{
    int total = 0;
    int ready = 0;
    for (const Pod& p : m_pods) {
        if (p.key.ns != ns || p.workload.name != workloadName)
            continue;
        ++total;
        ready += (p.stage == Stage::Running && p.ready) || p.stage == Stage::Succeeded;
    }
    return total > 0 && ready == total;
}

bool SimWorkloads::isReady(const QString& ns, const SimWorkload& workload) const
{
    if (workload.kind == u"Job"_s)
        return true; // helm --wait does not wait for jobs (no --wait-for-jobs)
    return workloadReady(ns, workload.name);
}

QString SimWorkloads::notReadyReason(const QString& ns, const SimWorkload& workload) const
{
    for (const Pod& p : m_pods) {
        if (p.key.ns == ns && p.workload.name == workload.name && !(p.stage == Stage::Running && p.ready))
            return u"%1 %2/%3 is not ready"_s.arg(workload.kind, ns, workload.name);
    }
    return {};
}

std::optional<std::pair<QString, QString>> SimWorkloads::consulDatacenter() const
{
    for (const Pod& p : m_pods) {
        if (p.workload.component == u"server"_s)
            return std::pair {p.workload.simulation.value(u"datacenter"_s).toString(), p.key.ns};
    }
    return std::nullopt;
}

QString SimWorkloads::loadBalancerEndpoint(const QString& ns, const QString& service) const
{
    const auto svc = m_cluster->store().get({u"services"_s, ns, service});
    if (!svc)
        return {};
    const auto [host, port] = loadBalancerAddress(*svc);
    if (host.isEmpty())
        return {};
    return host + u':' + QString::number(port);
}

} // namespace meshfed
