#include "services/engine/EngineContext.h"

#include "services/http/HttpClient.h"

namespace meshfed {

using namespace Qt::StringLiterals;

EngineContext::EngineContext(EngineShared& shared_, QString step)
    : shared(shared_)
    , plan(shared_.plan)
    , options(shared_.options)
    , nam(shared_.nam)
    , helm(shared_.helm)
    , vaultConfig(shared_.vaultConfig)
    , clusters(shared_.clusters)
    , confirm(shared_.confirm)
    , dryRun(shared_.dryRun)
    , redactor(shared_.redactor)
    , cancel(shared_.cancel)
    , reviewers(shared_.reviewers)
    , pending(shared_.pending)
    , mounts(shared_.mounts)
    , authMethods(shared_.authMethods)
    , currentStep(std::move(step))
{ }

void EngineContext::log(const QString& line) const
{
    if (shared.onLog)
        shared.onLog(currentStep, redactor.redact(line));
}

void EngineContext::reportWait(const StepWait& wait) const
{
    if (shared.onWait)
        shared.onWait(currentStep, wait);
}

void EngineContext::reportLink(const LinkCheck& link) const
{
    if (shared.onLink)
        shared.onLink(link);
}

bool EngineContext::isCancelled() const
{
    return cancel && cancel->isCancelled();
}

QCoro::Task<bool> EngineContext::sleep(std::chrono::milliseconds wait) const
{
    co_await HttpClient::sleep(wait, cancel);
    co_return !isCancelled();
}

VaultClient* EngineContext::vault()
{
    if (!shared.vault && !plan.vault.address.isEmpty()) {
        VaultConfig config = vaultConfig;
        config.address = QUrl(plan.vault.address);
        shared.vault = std::make_unique<VaultClient>(nam, config);
    }
    if (shared.vault)
        shared.vault->setCancelToken(cancel);
    return shared.vault.get();
}

KubeApi* EngineContext::kube(const QString& datacenter) const
{
    const auto api = clusters.value(datacenter);
    if (api)
        api->setCancelToken(cancel);
    return api.get();
}

QList<EngineStep> engineSteps(const QList<StepDefinition>& definitions)
{
    QList<EngineStep> steps;
    for (const StepDefinition& d : definitions) {
        switch (d.kind) {
        case StepKind::VaultInstall:
        case StepKind::ConsulInstall:
        case StepKind::VaultAddress:
        case StepKind::MeshGateway:
        case StepKind::Injector:
            steps << helmStep(d);
            break;
        case StepKind::Reviewer:
            steps << reviewerStep(d);
            break;
        case StepKind::Preflight:
            steps << preflightStep(d);
            break;
        case StepKind::Verify:
            steps << verifyStep(d);
            break;
        default:
            steps << vaultStep(d);
            break;
        }
    }
    return steps;
}

StepCheck done(const QString& message)
{
    return {StepState::Done, message, {}};
}

StepCheck todo(const QStringList& changes, const QString& message)
{
    return {StepState::ToDo, message, changes};
}

StepCheck conflict(const QString& message)
{
    return {StepState::Conflict, message, {}};
}

StepCheck failedCheck(const QString& message)
{
    return {StepState::Failed, message, {}};
}

StepApply applied(const QString& message)
{
    return {true, message};
}

StepApply applyFailed(const QString& message)
{
    return {false, message};
}

qint64 durationSeconds(const QString& text)
{
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 plain = text.toLongLong(&ok);
    if (ok)
        return plain;
    const QChar unit = text.back();
    const qint64 number = text.chopped(1).toLongLong(&ok);
    if (!ok)
        return -1;
    if (unit == u's')
        return number;
    if (unit == u'm')
        return number * 60;
    if (unit == u'h')
        return number * 3600;
    if (unit == u'd')
        return number * 86400;
    return -1;
}

} // namespace meshfed
