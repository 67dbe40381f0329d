#include "services/helm/ProcessHelmRunner.h"

#include "services/http/CancelToken.h"

#include <QCoro/QCoroProcess>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace meshfed {

using namespace Qt::StringLiterals;

ProcessHelmRunner::ProcessHelmRunner(QString program)
    : m_program(std::move(program))
{ }

QString ProcessHelmRunner::notInstalledMessage()
{
    return tr("helm was not found on PATH: install helm 3 from your distribution or "
              "https://helm.sh/docs/intro/install/ (Debian does not package the helm binary).");
}

QString ProcessHelmRunner::resolvedProgram() const
{
    if (m_program.contains(u'/'))
        return QFileInfo(m_program).isExecutable() ? m_program : QString();
    return QStandardPaths::findExecutable(m_program);
}

QStringList ProcessHelmRunner::upgradeArguments(const HelmInstall& r)
{
    QStringList arguments {u"upgrade"_s, u"--install"_s, r.release, r.chart, u"--repo"_s, r.repository, u"--version"_s,
        r.version, u"--kube-context"_s, r.kubeContext, u"--namespace"_s, r.kubeNamespace, u"--create-namespace"_s,
        u"-f"_s, r.valuesFile};
    if (r.wait)
        arguments << u"--wait"_s;
    arguments << u"--timeout"_s << u"%1s"_s.arg(r.timeout.count());
    return arguments;
}

QString ProcessHelmRunner::failedMessage(const QString& command, const QString& kubeContext, const Run& run)
{
    const QString why = run.err.trimmed().isEmpty() ? tr("exit code %1").arg(run.exitCode) : run.err.trimmed();
    return tr("%1 in context %2 failed: %3").arg(command, kubeContext, why);
}

QCoro::Task<ProcessHelmRunner::Run> ProcessHelmRunner::execute(QStringList arguments, std::chrono::milliseconds timeout)
{
    Run run;
    const QString program = resolvedProgram();
    if (program.isEmpty())
        co_return run;
    QProcess process;
    QMetaObject::Connection kill;
    if (m_cancel)
        kill = QObject::connect(m_cancel.data(), &CancelToken::cancelled, &process, &QProcess::kill);
    run.started = co_await qCoro(process).start(program, arguments);
    if (run.started) {
        const bool finished = co_await qCoro(process).waitForFinished(timeout);
        if (!finished)
            process.kill();
        run.exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
    }
    QObject::disconnect(kill);
    co_return run;
}

QCoro::Task<HelmOutcome> ProcessHelmRunner::upgradeInstall(HelmInstall request)
{
    if (resolvedProgram().isEmpty())
        co_return HelmOutcome {false, notInstalledMessage(), {}};
    const std::chrono::milliseconds timeout = request.timeout + std::chrono::seconds(60);
    const Run run = co_await execute(upgradeArguments(request), timeout);
    HelmOutcome outcome;
    outcome.ok = run.started && run.exitCode == 0;
    outcome.output = QString(run.out + run.err).trimmed();
    if (!outcome.ok)
        outcome.message = failedMessage(u"helm upgrade --install %1"_s.arg(request.release), request.kubeContext, run);
    co_return outcome;
}

QCoro::Task<HelmReleaseInfo> ProcessHelmRunner::release(QString release, QString kubeContext, QString kubeNamespace)
{
    HelmReleaseInfo info;
    if (resolvedProgram().isEmpty()) {
        info.error = notInstalledMessage();
        co_return info;
    }
    const QStringList where {u"--kube-context"_s, kubeContext, u"--namespace"_s, kubeNamespace};
    const QStringList statusArguments = QStringList {u"status"_s, release} + where + QStringList {u"-o"_s, u"json"_s};
    const Run status = co_await execute(statusArguments, std::chrono::seconds(60));
    if (status.exitCode != 0) {
        // helm says "Error: release: not found" for a release that is not there; anything else
        // (an unreachable cluster, a missing context) means it cannot tell.
        if (!status.err.contains(u"release: not found"_s))
            info.error = failedMessage(u"helm status %1"_s.arg(release), kubeContext, status);
        co_return info;
    }
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    info.exists = true;
    info.status = json.value(u"info"_s).toObject().value(u"status"_s).toString();
    info.revision = json.value(u"version"_s).toInt();
    info.chartVersion
        = json.value(u"chart"_s).toObject().value(u"metadata"_s).toObject().value(u"version"_s).toString();
    const QStringList valuesArguments
        = QStringList {u"get"_s, u"values"_s, release} + where + QStringList {u"-o"_s, u"yaml"_s};
    const Run values = co_await execute(valuesArguments, std::chrono::seconds(60));
    if (values.exitCode == 0)
        info.values = values.out.toUtf8();
    else
        info.error = failedMessage(u"helm get values %1"_s.arg(release), kubeContext, values);
    co_return info;
}

} // namespace meshfed
