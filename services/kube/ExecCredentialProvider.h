#pragma once

#include "model/kube/Kubeconfig.h"
#include "services/kube/ExecCredential.h"
#include "services/kube/ExecPrompter.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QProcessEnvironment>

#include <chrono>
#include <functional>

namespace meshfed {

/// Runs a kubeconfig's exec credential plugin (aws eks get-token, gke-gcloud-auth-plugin,
/// kubelogin) like client-go, without ever blocking: KUBERNETES_EXEC_INFO in the environment
/// (with spec.cluster only when provideClusterInfo), `env` entries added to the inherited
/// environment, stdin closed unless interactive, the ExecCredential parsed and cached until its
/// expirationTimestamp. After a 401, invalidate() makes the next credential() run the plugin again.
///
/// The command: with a '/' it is a path (the model already resolved it against the kubeconfig
/// file); otherwise it is looked up in PATH and then in the login shell's PATH (found once by
/// `$SHELL -l -c 'printf %s "$PATH"'`, because a desktop launcher does not give the app that PATH).
///
/// Usage:
///     ExecCredentialProvider provider(resolvedContext);
///     provider.setPrompter(&prompter);                 // optional, for interactive plugins
///     const auto result = co_await provider.credential();
///     if (!result.ok()) report(result.error); else use(result.credential.token);
class ExecCredentialProvider : public QObject
{
    Q_OBJECT

public:
    /// The folders of the login shell's PATH; injectable for tests.
    using PathLookup = std::function<QCoro::Task<QStringList>()>;

    struct Result
    {
        ExecCredential credential;
        QString error; ///< translated; names the plugin; never a token
        bool ok() const { return error.isEmpty(); }
    };

    explicit ExecCredentialProvider(ResolvedKubeContext context, QObject* parent = nullptr);

    void setPrompter(ExecPrompter* prompter) { m_prompter = prompter; }
    /// The environment the plugin inherits (default: this process's).
    void setEnvironment(QProcessEnvironment environment) { m_environment = std::move(environment); }
    void setLoginShellPathLookup(PathLookup lookup) { m_loginPath = std::move(lookup); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// A plugin that runs longer is stopped (default 5 minutes; interactive ones wait for the user).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// The cached credential while valid, else the plugin's fresh one. Concurrent callers share one run.
    QCoro::Task<Result> credential();
    /// A request with `used` was answered 401: forget it, so the next credential() re-runs the plugin.
    void invalidate(const ExecCredential& used);
    /// How many times the plugin was started (tests and diagnostics).
    int runCount() const { return m_runs; }

    /// The login shell's PATH folders; runs the shell once per process, asynchronously, and caches.
    static QCoro::Task<QStringList> loginShellPath();

Q_SIGNALS:
    void runFinished();

private:
    QCoro::Task<Result> run();
    QCoro::Task<QString> locate(QStringList* extraPath, QString* error);
    std::optional<bool> interactive(QString* error) const;

    ResolvedKubeContext m_context;
    KubeExecConfig m_exec;
    ExecPrompter* m_prompter = nullptr;
    QProcessEnvironment m_environment;
    PathLookup m_loginPath;
    std::function<QDateTime()> m_clock;
    std::chrono::milliseconds m_timeout;
    std::optional<ExecCredential> m_cached;
    Result m_last;
    bool m_running = false;
    int m_runs = 0;
};

} // namespace meshfed
