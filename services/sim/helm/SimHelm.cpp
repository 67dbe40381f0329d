#include "services/sim/helm/SimHelm.h"

#include "model/plan/FederationPlan.h"
#include "model/yaml/YamlToJson.h"
#include "services/sim/kube/SimCluster.h"
#include "services/sim/vault/SimVault.h"
#include "services/sim/workloads/SimWorkloads.h"

#include <QCoro/QCoroTimer>
#include <QElapsedTimer>
#include <QJsonArray>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

QString resourceOf(const QString& kind)
{
    if (kind == u"ServiceAccount"_s)
        return u"serviceaccounts"_s;
    if (kind == u"Service"_s)
        return u"services"_s;
    return u"clusterrolebindings"_s;
}

HelmOutcome failure(const QString& message)
{
    return {false, message, u"Error: "_s + message};
}

} // namespace

SimHelm::SimHelm(SimVault* vault, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
{ }

void SimHelm::addContext(const QString& kubeContext, SimCluster* cluster, SimWorkloads* workloads)
{
    m_targets.insert(kubeContext, {cluster, workloads});
}

void SimHelm::applyObjects(SimCluster* cluster, const QString& ns, const QList<QJsonObject>& objects)
{
    for (const QJsonObject& object : objects) {
        const QString kind = object.value(u"kind"_s).toString();
        const QString name = object.value(u"metadata"_s).toObject().value(u"name"_s).toString();
        const ObjectKey key {resourceOf(kind), kind == u"ClusterRoleBinding"_s ? QString() : ns, name};
        if (!cluster->store().create(key, object) && kind == u"Service"_s) {
            // Keep the load balancer's status across upgrades, as the cloud controller does.
            cluster->store().update(key, [&](QJsonObject& current) {
                const QJsonValue status = current.value(u"status"_s);
                current = object;
                current.insert(u"status"_s, status);
            });
        }
    }
}

void SimHelm::pointVaultServiceAtTheSimulator(SimCluster* cluster, const QString& ns, const QString& release)
{
    // The dev server of the simulation is the SimVault on 127.0.0.1: its service's port is the
    // simulator's, and its load balancer address is 127.0.0.1.
    const QString fullname = vaultFullName(release);
    cluster->store().update({u"services"_s, ns, fullname}, [this](QJsonObject& service) {
        QJsonObject spec = service.value(u"spec"_s).toObject();
        QJsonArray ports = spec.value(u"ports"_s).toArray();
        QJsonObject http = ports.first().toObject();
        http.insert(u"port"_s, m_vault->address().port());
        ports.replace(0, http);
        spec.insert(u"ports"_s, ports);
        service.insert(u"spec"_s, spec);
    });
    const QString sa = fullname;
    m_vault->setHome({cluster->url(), cluster->caPem(),
        [cluster, ns, sa] {
            return cluster->store().get({u"serviceaccounts"_s, ns, sa}) ? cluster->issueToken(ns, sa, 3600) : QString();
        }});
}

bool SimHelm::installed(const Target& target, const QString& ns, const SimRendered& rendered, QString* pending) const
{
    for (const SimWorkload& w : rendered.workloads) {
        if (w.hook.isEmpty() && !target.workloads->isReady(ns, w)) {
            *pending = target.workloads->notReadyReason(ns, w);
            return false;
        }
    }
    for (const QJsonObject& object : rendered.objects) {
        const bool lb = object.value(u"spec"_s).toObject().value(u"type"_s).toString() == u"LoadBalancer"_s;
        const QString name = object.value(u"metadata"_s).toObject().value(u"name"_s).toString();
        if (lb && target.workloads->loadBalancerEndpoint(ns, name).isEmpty()) {
            *pending = u"Service %1/%2 has no load balancer address"_s.arg(ns, name);
            return false;
        }
    }
    return true;
}

QCoro::Task<HelmOutcome> SimHelm::upgradeInstall(HelmInstall request)
{
    ++m_installs;
    if (!m_targets.contains(request.kubeContext))
        co_return failure(u"Kubernetes cluster unreachable: context \"%1\" does not exist"_s.arg(request.kubeContext));
    const Target target = m_targets.value(request.kubeContext);
    FileProblem problem;
    const auto values = yamlToJson(request.values, request.valuesFile, &problem);
    if (!values)
        co_return failure(
            u"failed to parse %1: error converting YAML to JSON: %2"_s.arg(request.valuesFile, problem.toString()));
    const QString ns = request.kubeNamespace;
    target.cluster->store().create(
        {u"namespaces"_s, {}, ns}, {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Namespace"_s}});
    const SimRendered rendered = request.chart == u"vault"_s
        ? renderVaultChart(request.release, ns, values->toObject())
        : renderConsulChart(request.release, ns, values->toObject());
    if (!rendered.error.isEmpty())
        co_return failure(
            u"INSTALLATION FAILED: execution error at (%1/templates): %2"_s.arg(request.chart, rendered.error));
    applyObjects(target.cluster, ns, rendered.objects);
    if (request.chart == u"vault"_s
        && std::any_of(rendered.workloads.begin(), rendered.workloads.end(),
            [](const SimWorkload& w) { return w.component == u"vault-server"_s; }))
        pointVaultServiceAtTheSimulator(target.cluster, ns, request.release);
    if (rendered.injector)
        target.workloads->setInjector(ns, *rendered.injector);
    for (const SimWorkload& w : rendered.workloads)
        target.workloads->apply(ns, w);
    // By key, never by reference: another install may insert into the hash while this one waits.
    const QString key = request.kubeContext + u'/' + ns + u'/' + request.release;
    const int revision = m_releases.value(key).revision + 1;
    m_releases.insert(key, {true, u"pending-install"_s, revision, request.version, request.values, {}});
    if (request.wait) {
        QElapsedTimer waited;
        waited.start();
        QString pending;
        while (!installed(target, ns, rendered, &pending)) {
            if (waited.elapsed() > qint64(request.timeout.count()) * 1000) {
                m_releases[key].status = u"failed"_s;
                co_return failure(u"UPGRADE FAILED: context deadline exceeded (%1)"_s.arg(pending));
            }
            co_await QCoro::sleepFor(std::chrono::milliseconds(100));
        }
    }
    m_releases[key].status = u"deployed"_s;
    co_return HelmOutcome {true, {},
        u"Release \"%1\" has been upgraded. Happy Helming!\nREVISION: %2"_s.arg(
            request.release, QString::number(revision))};
}

QCoro::Task<HelmReleaseInfo> SimHelm::release(QString release, QString kubeContext, QString kubeNamespace)
{
    HelmReleaseInfo info;
    if (!m_targets.contains(kubeContext)) // as helm: an unknown context is not a missing release
        info.error = u"helm status %1 in context %2 failed: Error: Kubernetes cluster unreachable: context \"%2\" "
                     "does not exist"_s.arg(release, kubeContext);
    else
        info = m_releases.value(kubeContext + u'/' + kubeNamespace + u'/' + release);
    co_return info;
}

} // namespace meshfed
