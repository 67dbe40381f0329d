// verify/<dc>: every pod of the datacenter's releases Running and Ready, server-acl-init succeeded;
// on failure the failing containers' logs and events, mapped to the step that fixes them.
#include "model/engine/Diagnosis.h"
#include "model/kube/PodStatus.h"
#include "services/engine/KubeCalls.h"

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

class VerifyStep
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::VerifyStep)
};

bool succeeded(const QJsonObject& pod)
{
    return pod.value(u"status"_s).toObject().value(u"phase"_s).toString() == u"Succeeded"_s;
}

QCoro::Task<QList<QJsonObject>> podsOf(EngineContext& c, QString name, QString* error)
{
    const DatacenterPlan dc = c.dc(name);
    QList<QJsonObject> pods = co_await kube::listPods(c, name, u"release="_s + dc.consulRelease, error);
    if (error->isEmpty())
        pods += co_await kube::listPods(c, name, u"app.kubernetes.io/instance="_s + dc.vaultRelease, error);
    co_return pods;
}

struct Findings
{
    QStringList notReady; ///< "pod (STATUS)"
    bool crashing = false;
    bool jobSucceeded = false;
    int pods = 0;
    QString error;
};

QCoro::Task<Findings> look(EngineContext& c, QString name)
{
    Findings f;
    const QList<QJsonObject> pods = co_await podsOf(c, name, &f.error);
    for (const QJsonObject& pod : pods) {
        if (succeeded(pod))
            continue;
        ++f.pods;
        if (kube::podReady(pod))
            continue;
        const PodStatus status = PodStatus::fromPod(pod);
        f.notReady << u"%1 (%2)"_s.arg(kube::podName(pod), status.status);
        f.crashing = f.crashing || status.status.contains(u"CrashLoopBackOff"_s) || status.status.contains(u"Error"_s);
    }
    const DatacenterPlan dc = c.dc(name);
    const KubeReply job = co_await kube::get(c, name,
        u"/apis/batch/v1/namespaces/%1/jobs/%2"_s.arg(
            dc.kubeNamespace, c.plan.consulResourceName(u"server-acl-init"_s)));
    f.jobSucceeded = job.ok() && job.json.value(u"status"_s).toObject().value(u"succeeded"_s).toInt() >= 1;
    co_return f;
}

QCoro::Task<StepCheck> checkVerify(EngineContext& c, QString name)
{
    const Findings f = co_await look(c, name);
    if (!f.error.isEmpty())
        co_return failedCheck(f.error);
    if (f.pods > 0 && f.notReady.isEmpty() && f.jobSucceeded) {
        c.reportLink({name, LinkCheck::Kind::Pods, c.dc(name).consulRelease, true, {}});
        co_return done(
            VerifyStep::tr("%1 pods of %2 are Running and Ready; server-acl-init succeeded.").arg(f.pods).arg(name));
    }
    QStringList waiting = f.notReady;
    if (!f.jobSucceeded)
        waiting << VerifyStep::tr("job %1 not succeeded").arg(c.plan.consulResourceName(u"server-acl-init"_s));
    co_return todo({VerifyStep::tr("wait for: %1").arg(waiting.join(u", "_s))});
}

QCoro::Task<StepApply> applyVerify(EngineContext& c, QString name)
{
    bool crashing = false;
    const QString what = VerifyStep::tr("every pod of %1 Running and Ready and server-acl-init succeeded").arg(name);
    const bool ok = co_await waitUntil(c, what, c.options.podsBound, [&c, name, &crashing]() -> QCoro::Task<bool> {
        const Findings f = co_await look(c, name);
        crashing = f.crashing;
        co_return (f.error.isEmpty() && f.pods > 0 && f.notReady.isEmpty() && f.jobSucceeded) || crashing;
    });
    if (ok && !crashing)
        co_return applied();
    const QString diagnosis = co_await diagnoseDatacenter(c, name);
    c.reportLink({name, LinkCheck::Kind::Pods, c.dc(name).consulRelease, false, diagnosis});
    co_return applyFailed(diagnosis);
}

QStringList tail(const QByteArray& body, int lines)
{
    QStringList all = QString::fromUtf8(body).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines));
}

/// Containers to read, the Vault agent's init container first.
QStringList failingContainers(const QJsonObject& pod)
{
    QStringList out;
    const QJsonObject status = pod.value(u"status"_s).toObject();
    for (const QString& list : {u"initContainerStatuses"_s, u"containerStatuses"_s}) {
        for (const QJsonValue& v : status.value(list).toArray()) {
            const QJsonObject cs = v.toObject();
            const QJsonObject terminated = cs.value(u"state"_s).toObject().value(u"terminated"_s).toObject();
            const bool finishedWell = !terminated.isEmpty() && terminated.value(u"exitCode"_s).toInt() == 0;
            if (!cs.value(u"ready"_s).toBool() && !finishedWell)
                out << cs.value(u"name"_s).toString();
        }
    }
    std::stable_partition(out.begin(), out.end(), [](const QString& n) { return n == u"vault-agent-init"_s; });
    return out;
}

QCoro::Task<QString> explainPod(EngineContext& c, QString name, QJsonObject pod)
{
    const DatacenterPlan dc = c.dc(name);
    const QString podName = kube::podName(pod);
    QStringList text {VerifyStep::tr("Pod %1 is %2.").arg(podName, PodStatus::fromPod(pod).status)};
    QString evidence;
    for (const QString& container : failingContainers(pod).mid(0, 2)) {
        KubeApi* api = c.kube(name);
        KubeCall call;
        call.path = kube::nsPath(dc.kubeNamespace, u"pods"_s, podName) + u"/log"_s;
        call.query.addQueryItem(u"container"_s, container);
        call.query.addQueryItem(u"tailLines"_s, u"10"_s);
        c.log(VerifyStep::tr("read the log of %1/%2").arg(podName, container));
        const KubeReply log = co_await api->call(call);
        const QStringList lines = tail(log.body, 5);
        evidence += lines.join(u'\n') + u'\n';
        if (!lines.isEmpty())
            text << VerifyStep::tr("Last lines of %1:").arg(container) << lines;
    }
    KubeCall events;
    events.path = kube::nsPath(dc.kubeNamespace, u"events"_s);
    events.query.addQueryItem(u"fieldSelector"_s, u"involvedObject.name="_s + podName);
    c.log(VerifyStep::tr("read the events of %1").arg(podName));
    const KubeReply reply = co_await c.kube(name)->call(events);
    QStringList messages;
    for (const QJsonValue& e : reply.json.value(u"items"_s).toArray())
        messages << e.toObject().value(u"message"_s).toString();
    if (!messages.isEmpty())
        text << VerifyStep::tr("Recent events:") << messages.mid(std::max<qsizetype>(0, messages.size() - 3));
    evidence += messages.join(u'\n');
    if (const auto diagnosis = Diagnoser::diagnose(c.plan, name, evidence))
        text << diagnosis->toString();
    co_return text.join(u'\n');
}

} // namespace

QCoro::Task<QString> diagnoseDatacenter(EngineContext& c, QString datacenter)
{
    QString error;
    const QList<QJsonObject> pods = co_await podsOf(c, datacenter, &error);
    if (!error.isEmpty())
        co_return error;
    QList<QJsonObject> failing;
    for (const QJsonObject& pod : pods) {
        if (!succeeded(pod) && !kube::podReady(pod))
            failing << pod;
    }
    // The pods that crash or are stuck in their init containers first: the others mostly wait for them.
    std::stable_partition(failing.begin(), failing.end(), [](const QJsonObject& pod) {
        const QString status = PodStatus::fromPod(pod).status;
        return status.startsWith(u"Init:"_s) || status.contains(u"CrashLoopBackOff"_s) || status.contains(u"Error"_s);
    });
    QStringList parts;
    for (const QJsonObject& pod : failing) {
        parts << co_await explainPod(c, datacenter, pod);
        if (parts.size() == 3)
            break;
    }
    if (parts.isEmpty())
        co_return VerifyStep::tr("Every pod of %1 is Ready, but job %2 has not succeeded.")
            .arg(datacenter, c.plan.consulResourceName(u"server-acl-init"_s));
    co_return c.redactor.redact(parts.join(u"\n\n"_s));
}

EngineStep verifyStep(const StepDefinition& d)
{
    const QString dc = d.datacenter;
    return {d, [dc](EngineContext& c) { return checkVerify(c, dc); },
        [dc](EngineContext& c) { return applyVerify(c, dc); }};
}

} // namespace meshfed
