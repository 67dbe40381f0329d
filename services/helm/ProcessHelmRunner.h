#pragma once

#include "services/helm/HelmRunner.h"
#include "services/http/CancelToken.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStringList>

namespace meshfed {

/// The real HelmRunner: runs the helm 3 binary over QProcess without blocking (QCoro), with the
/// exact argument list of the procedure:
///     helm upgrade --install <release> <chart> --repo <repository> --version <version>
///          --kube-context <context> --namespace <ns> --create-namespace -f <values file> --wait --timeout <T>s
/// release() asks `helm status -o json` and `helm get values -o yaml`. No helm on PATH gives a
/// message saying what to install.
///
/// Usage:
///     ProcessHelmRunner helm;                          // or ProcessHelmRunner(u"/opt/helm"_s)
///     HelmOutcome outcome = co_await helm.upgradeInstall(request);
class ProcessHelmRunner : public HelmRunner
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::ProcessHelmRunner)

public:
    explicit ProcessHelmRunner(QString program = QStringLiteral("helm"));

    QCoro::Task<HelmOutcome> upgradeInstall(HelmInstall request) override;
    QCoro::Task<HelmReleaseInfo> release(QString release, QString kubeContext, QString kubeNamespace) override;
    /// Kills a running helm when the token is cancelled.
    void setCancelToken(CancelToken* token) { m_cancel = token; }

    static QStringList upgradeArguments(const HelmInstall& request);
    static QString notInstalledMessage();

private:
    struct Run
    {
        bool started = false;
        int exitCode = -1;
        QString out;
        QString err;
    };
    QCoro::Task<Run> execute(QStringList arguments, std::chrono::milliseconds timeout);
    static QString failedMessage(const QString& command, const QString& kubeContext, const Run& run);
    QString resolvedProgram() const;

    QString m_program;
    QPointer<CancelToken> m_cancel;
};

} // namespace meshfed
