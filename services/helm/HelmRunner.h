#pragma once

#include <QByteArray>
#include <QCoro/QCoroTask>
#include <QString>

#include <chrono>

namespace meshfed {

/// One `helm upgrade --install` as the procedure runs it.
struct HelmInstall
{
    QString release;
    QString chart;      ///< "vault" or "consul"
    QString repository; ///< passed with --repo: the user's repository list is not changed
    QString version;
    QString kubeContext;
    QString kubeNamespace;
    QString valuesFile; ///< the exported values file given with -f
    QByteArray values;  ///< its content, exactly what the editor shows
    bool wait = true;
    std::chrono::seconds timeout {900};
};

/// What came of a helm call.
struct HelmOutcome
{
    bool ok = false;
    QString message; ///< translated; names the release and the context
    QString output;  ///< helm's own output (never holds a secret: values files hold none)
};

/// A release as `helm status` / `helm get values` sees it.
struct HelmReleaseInfo
{
    bool exists = false;
    QString status; ///< deployed, failed, pending-install...
    int revision = 0;
    QString chartVersion;
    QByteArray values; ///< the user-supplied values, as YAML
    QString error;     ///< translated: why helm could not tell (no helm, cluster unreachable); empty: it could
};

/// Runs helm for the setup engine. The real implementation drives the helm binary over QProcess;
/// the simulator's implementation turns a values file into the objects the real chart creates.
class HelmRunner
{
public:
    virtual ~HelmRunner() = default;
    virtual QCoro::Task<HelmOutcome> upgradeInstall(HelmInstall request) = 0;
    virtual QCoro::Task<HelmReleaseInfo> release(QString release, QString kubeContext, QString kubeNamespace) = 0;
};

} // namespace meshfed
