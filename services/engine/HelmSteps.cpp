// Steps around helm and the addresses helm's releases produce: Vault and Consul installs, Vault's
// address and health, the injector, the primary's mesh gateway.
#include "model/engine/LineDiff.h"
#include "model/kube/ServiceAddress.h"
#include "model/plan/ValuesGenerator.h"
#include "model/yaml/YamlToJson.h"
#include "services/engine/KubeCalls.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

class HelmSteps
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::HelmSteps)
};

// --- vault-install/<dc>, consul-install/<dc> ---------------------------------------------------

/// The values helm is given: the values editor's text when it holds the file, else the generated
/// file. `blocked` says why the file cannot be installed (invalid YAML, edits made from other values).
struct ChosenValues
{
    GeneratedFile file;
    QString blocked;
    bool edited = false;
};

ChosenValues valuesFor(const EngineContext& c, const DatacenterPlan& dc, bool vault)
{
    ChosenValues chosen {
        vault ? ValuesGenerator::vaultValues(c.plan, dc) : ValuesGenerator::consulValues(c.plan, dc), {}, false};
    const auto editor = c.options.editorValues.constFind(chosen.file.name);
    if (!chosen.file.isComplete() || editor == c.options.editorValues.constEnd())
        return chosen;
    if (!editor->blockedReason.isEmpty()) {
        chosen.blocked = HelmSteps::tr("%1 cannot be installed: %2 Fix it under Setup → Values files.")
                             .arg(chosen.file.name, editor->blockedReason);
        return chosen;
    }
    chosen.edited = editor->text != editor->generatedBase;
    if (chosen.edited && editor->generatedBase != chosen.file.content) {
        chosen.blocked = HelmSteps::tr("%1 was edited, and the plan now generates it differently. Under Setup → "
                                       "Values files, keep the edits or regenerate, then run again.")
                             .arg(chosen.file.name);
        return chosen;
    }
    if (chosen.edited)
        chosen.file.content = editor->text;
    return chosen;
}

bool sameValues(const QByteArray& deployed, const QByteArray& wanted)
{
    FileProblem problem;
    const auto a = yamlToJson(deployed, u"deployed"_s, &problem);
    const auto b = yamlToJson(wanted, u"wanted"_s, &problem);
    return a && b && *a == *b;
}

QString helmCommand(const HelmInstall& r)
{
    return u"helm upgrade --install %1 %2 --repo %3 --version %4 --kube-context %5 --namespace %6 "
           "--create-namespace -f %7 --wait --timeout %8s"_s
               .arg(r.release, r.chart, r.repository, r.version, r.kubeContext, r.kubeNamespace, r.valuesFile)
               .arg(r.timeout.count());
}

HelmInstall requestFor(const EngineContext& c, const DatacenterPlan& dc, bool vault, const GeneratedFile& file)
{
    QString dir = c.options.valuesDirectory;
    if (dir.isEmpty())
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(u"meshfed-values"_s);
    HelmInstall r;
    r.release = vault ? dc.vaultRelease : dc.consulRelease;
    r.chart = vault ? u"vault"_s : u"consul"_s;
    r.repository = c.plan.helmRepository;
    r.version = vault ? c.plan.vault.chartVersion : c.plan.consul.chartVersion;
    r.kubeContext = dc.kubeContext;
    r.kubeNamespace = dc.kubeNamespace;
    r.valuesFile = QDir(dir).filePath(file.name);
    r.values = file.content;
    r.wait = true;
    r.timeout = c.options.helmTimeout;
    return r;
}

QCoro::Task<StepCheck> checkRelease(EngineContext& c, QString name, bool vault)
{
    const DatacenterPlan dc = c.dc(name);
    const ChosenValues chosen = valuesFor(c, dc, vault);
    const GeneratedFile& file = chosen.file;
    const QString release = vault ? dc.vaultRelease : dc.consulRelease;
    if (!chosen.blocked.isEmpty())
        co_return failedCheck(chosen.blocked);
    if (chosen.edited)
        c.log(HelmSteps::tr("%1: the values editor's edited file is used").arg(file.name));
    if (!file.isComplete()) {
        QStringList needs;
        for (const MissingValue& missing : file.missing)
            needs << HelmSteps::tr("%1 (%2)").arg(missing.what, missing.providedBy);
        co_return todo(
            {HelmSteps::tr("install %1 in %2 once these are known: %3").arg(release, name, needs.join(u"; "_s))});
    }
    const HelmReleaseInfo info = co_await c.helm->release(release, dc.kubeContext, dc.kubeNamespace);
    if (!info.error.isEmpty())
        co_return failedCheck(info.error);
    c.log(
        HelmSteps::tr("read release %1 in %2: %3").arg(release, dc.kubeContext, info.exists ? info.status : u"none"_s));
    const QString command = helmCommand(requestFor(c, dc, vault, file));
    c.pending.insert(c.currentStep, {});
    if (!info.exists)
        co_return todo({HelmSteps::tr("install %1 (chart %2) in %3: %4")
                            .arg(release, vault ? u"vault"_s : u"consul"_s, name, command)});
    const bool same = sameValues(info.values, file.content);
    if (same && info.status == u"deployed"_s)
        co_return done(
            HelmSteps::tr("%1 is deployed with the plan's values (revision %2).").arg(release).arg(info.revision));
    if (same)
        co_return todo({HelmSteps::tr("upgrade %1 (status %2): %3").arg(release, info.status, command)});
    const QStringList diff = lineDiff(QString::fromUtf8(info.values), QString::fromUtf8(file.content));
    c.pending.insert(c.currentStep, diff);
    co_return todo(
        QStringList {HelmSteps::tr("upgrade %1, which runs with other values (confirmation needed):").arg(release)}
            + diff,
        HelmSteps::tr("%1 exists with other values.").arg(release));
}

bool exportValues(const HelmInstall& request, QString* error)
{
    QDir().mkpath(QFileInfo(request.valuesFile).absolutePath());
    QSaveFile file(request.valuesFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(request.values) != request.values.size() || !file.commit()) {
        *error = HelmSteps::tr("Cannot write %1: %2").arg(request.valuesFile, file.errorString());
        return false;
    }
    return true;
}

QCoro::Task<StepApply> applyRelease(EngineContext& c, QString name, bool vault)
{
    const DatacenterPlan dc = c.dc(name);
    const ChosenValues chosen = valuesFor(c, dc, vault);
    const GeneratedFile& file = chosen.file;
    if (!chosen.blocked.isEmpty())
        co_return applyFailed(chosen.blocked);
    if (!file.isComplete())
        co_return applyFailed(
            HelmSteps::tr("The values of %1 are not complete: %2").arg(file.name, file.missing.first().what));
    const QStringList diff = c.pending.value(c.currentStep);
    if (!diff.isEmpty() && !(c.confirm && c.confirm(c.currentStep, diff.join(u'\n')))) {
        StepApply refused
            = applyFailed(HelmSteps::tr("The release runs with other values; the diff is shown and was not "
                                        "confirmed (give --yes, or confirm in the steps panel)."));
        refused.conflict = true;
        co_return refused;
    }
    const HelmInstall request = requestFor(c, dc, vault, file);
    QString error;
    if (!exportValues(request, &error))
        co_return applyFailed(error);
    c.log(HelmSteps::tr("run %1").arg(helmCommand(request)));
    // helm waits itself (--wait); the steps panel still sees what for, since when and the bound.
    const StepWait wait {HelmSteps::tr("helm --wait for %1 in %2").arg(request.release, name), 0,
        qint64(request.timeout.count()) * 1000};
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer progress;
    progress.setInterval(1000);
    QObject::connect(&progress, &QTimer::timeout, &progress, [&c, &elapsed, wait] {
        c.reportWait({wait.what, elapsed.elapsed(), wait.boundMs});
    });
    c.reportWait(wait);
    progress.start();
    const HelmOutcome outcome = co_await c.helm->upgradeInstall(request);
    progress.stop();
    c.reportWait({});
    c.log(outcome.output);
    if (outcome.ok)
        co_return applied(outcome.message);
    QString message = outcome.message.isEmpty() ? outcome.output : outcome.message;
    if (!vault) {
        const QString diagnosis = co_await diagnoseDatacenter(c, name);
        message += u"\n"_s + diagnosis;
    }
    co_return applyFailed(message);
}

// --- vault-address ---------------------------------------------------------------------------

QCoro::Task<StepCheck> checkVaultAddress(EngineContext& c)
{
    const DatacenterPlan primary = c.plan.primary();
    if (c.plan.vault.address.isEmpty()) {
        const QString path = kube::nsPath(primary.kubeNamespace, u"services"_s, c.plan.vaultServiceName());
        const KubeReply reply = co_await kube::get(c, primary.name, path);
        if (!reply.ok() && !reply.notFound())
            co_return failedCheck(kube::describe(reply));
        const auto [host, port] = loadBalancerAddress(reply.json);
        if (host.isEmpty())
            co_return todo({HelmSteps::tr("wait for the load balancer address of Service %1/%2")
                                .arg(primary.kubeNamespace, c.plan.vaultServiceName())});
        c.plan.vault.address = u"http://%1:%2"_s.arg(host).arg(port ? port : 8200);
        c.resetVault();
        c.log(HelmSteps::tr("Vault's address: %1").arg(c.plan.vault.address));
    }
    const auto health = co_await c.vault()->health();
    c.log(HelmSteps::tr("read sys/health"));
    if (health.ok() && health.value.state == VaultHealthState::Active)
        co_return done(HelmSteps::tr("Vault at %1 is active.").arg(c.plan.vault.address));
    co_return todo({HelmSteps::tr("wait until Vault at %1 answers sys/health as active").arg(c.plan.vault.address)},
        health.ok() ? QString() : health.error.message);
}

QCoro::Task<StepApply> applyVaultAddress(EngineContext& c)
{
    const QString what = HelmSteps::tr("Vault's load balancer address and sys/health");
    const bool ok = co_await waitUntil(c, what, c.options.addressBound, [&c]() -> QCoro::Task<bool> {
        const StepCheck check = co_await checkVaultAddress(c);
        co_return check.state == StepState::Done;
    });
    co_return ok ? applied()
                 : applyFailed(HelmSteps::tr("Vault did not become reachable and active within %1 s.")
                                   .arg(c.options.addressBound.count()));
}

// --- mesh-gateway ------------------------------------------------------------------------------

QCoro::Task<StepCheck> checkMeshGateway(EngineContext& c)
{
    const DatacenterPlan primary = c.plan.primary();
    if (!primary.meshGatewayAddress.isEmpty())
        co_return done(HelmSteps::tr("The mesh gateway of %1 is at %2.").arg(primary.name, primary.meshGatewayAddress));
    const QString service = c.plan.consulResourceName(u"mesh-gateway"_s);
    const KubeReply reply
        = co_await kube::get(c, primary.name, kube::nsPath(primary.kubeNamespace, u"services"_s, service));
    if (!reply.ok() && !reply.notFound())
        co_return failedCheck(kube::describe(reply));
    const auto [host, port] = loadBalancerAddress(reply.json);
    if (host.isEmpty())
        co_return todo(
            {HelmSteps::tr("wait for the load balancer address of Service %1/%2").arg(primary.kubeNamespace, service)});
    c.plan.primary().meshGatewayAddress = port == 0 || port == 443 ? host : u"%1:%2"_s.arg(host).arg(port);
    co_return done(
        HelmSteps::tr("The mesh gateway of %1 is at %2.").arg(primary.name, c.plan.primary().meshGatewayAddress));
}

QCoro::Task<StepApply> applyMeshGateway(EngineContext& c)
{
    const QString what = HelmSteps::tr("the load balancer address of %1's mesh gateway").arg(c.plan.primary().name);
    const bool ok = co_await waitUntil(c, what, c.options.addressBound, [&c]() -> QCoro::Task<bool> {
        const StepCheck check = co_await checkMeshGateway(c);
        co_return check.state == StepState::Done;
    });
    co_return ok
        ? applied()
        : applyFailed(HelmSteps::tr("No mesh gateway address within %1 s.").arg(c.options.addressBound.count()));
}

// --- injector/<dc> -----------------------------------------------------------------------------

QCoro::Task<StepCheck> checkInjector(EngineContext& c, QString name)
{
    const QString selector
        = u"app.kubernetes.io/name=vault-agent-injector,app.kubernetes.io/instance=%1"_s.arg(c.dc(name).vaultRelease);
    QString error;
    const QList<QJsonObject> pods = co_await kube::listPods(c, name, selector, &error);
    if (!error.isEmpty())
        co_return failedCheck(error);
    for (const QJsonObject& pod : pods) {
        if (kube::podReady(pod))
            co_return done(HelmSteps::tr("The injector pod %1 is Ready.").arg(kube::podName(pod)));
    }
    co_return todo({HelmSteps::tr("wait until an injector pod of %1 is Ready").arg(c.dc(name).vaultRelease)});
}

QCoro::Task<StepApply> applyInjector(EngineContext& c, QString name)
{
    const QString what = HelmSteps::tr("the Vault agent injector of %1 to be Ready").arg(name);
    const bool ok = co_await waitUntil(c, what, c.options.injectorBound, [&c, name]() -> QCoro::Task<bool> {
        const StepCheck check = co_await checkInjector(c, name);
        co_return check.state == StepState::Done;
    });
    co_return ok ? applied()
                 : applyFailed(HelmSteps::tr("The injector of %1 was not Ready within %2 s.")
                                   .arg(name)
                                   .arg(c.options.injectorBound.count()));
}

} // namespace

EngineStep helmStep(const StepDefinition& d)
{
    EngineStep step {d, {}, {}};
    const QString dc = d.datacenter;
    switch (d.kind) {
    case StepKind::VaultInstall:
    case StepKind::ConsulInstall: {
        const bool vault = d.kind == StepKind::VaultInstall;
        step.check = [dc, vault](EngineContext& c) { return checkRelease(c, dc, vault); };
        step.apply = [dc, vault](EngineContext& c) { return applyRelease(c, dc, vault); };
        break;
    }
    case StepKind::VaultAddress:
        step.check = [](EngineContext& c) { return checkVaultAddress(c); };
        step.apply = [](EngineContext& c) { return applyVaultAddress(c); };
        break;
    case StepKind::MeshGateway:
        step.check = [](EngineContext& c) { return checkMeshGateway(c); };
        step.apply = [](EngineContext& c) { return applyMeshGateway(c); };
        break;
    case StepKind::Injector:
        step.check = [dc](EngineContext& c) { return checkInjector(c, dc); };
        step.apply = [dc](EngineContext& c) { return applyInjector(c, dc); };
        break;
    default:
        break;
    }
    return step;
}

} // namespace meshfed
