#include "services/kube/ExecCredentialProvider.h"

#include "services/Logging.h"

#include <QCoro/QCoroProcess>
#include <QCoro/QCoroSignal>
#include <QCoro/QCoroTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace meshfed {

ExecCredentialProvider::ExecCredentialProvider(ResolvedKubeContext context, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_exec(m_context.exec.value_or(KubeExecConfig {}))
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_loginPath(&ExecCredentialProvider::loginShellPath)
    , m_clock(&QDateTime::currentDateTimeUtc)
    , m_timeout(5min)
{ }

QCoro::Task<ExecCredentialProvider::Result> ExecCredentialProvider::credential()
{
    if (m_cached && m_cached->isValidAt(m_clock()))
        co_return Result {*m_cached, {}};
    if (m_running) {
        co_await qCoro(this, &ExecCredentialProvider::runFinished);
        co_return m_last;
    }
    m_running = true;
    m_cached.reset();
    Result result = co_await run();
    if (result.ok())
        m_cached = result.credential;
    m_last = result;
    m_running = false;
    Q_EMIT runFinished();
    co_return result;
}

void ExecCredentialProvider::invalidate(const ExecCredential& used)
{
    if (m_cached && *m_cached == used) {
        qCInfo(lcKube).noquote() << m_context.contextName << "exec credential refused (401); the plugin runs again";
        m_cached.reset();
    }
}

std::optional<bool> ExecCredentialProvider::interactive(QString* error) const
{
    const bool available = m_prompter && m_prompter->isAvailable();
    if (m_exec.interactiveMode == u"Never")
        return false;
    if (m_exec.interactiveMode == u"Always" && !available) {
        *error = tr("exec plugin %1 is configured as interactiveMode Always, but no terminal or window can ask "
                    "you (standard input is not a terminal).")
                     .arg(m_exec.command);
        return std::nullopt;
    }
    return available;
}

QCoro::Task<QString> ExecCredentialProvider::locate(QStringList* extraPath, QString* error)
{
    if (m_exec.command.contains(u'/')) {
        const QFileInfo file(m_exec.command);
        if (file.isFile() && file.isExecutable())
            co_return file.absoluteFilePath();
        *error = ExecProtocol::notFoundMessage(m_exec.command, {file.absolutePath()}, m_exec.installHint);
        co_return QString();
    }
    const QStringList path = ExecProtocol::pathFolders(m_environment.value(u"PATH"_s));
    QString found = ExecProtocol::findIn(m_exec.command, path);
    if (!found.isEmpty())
        co_return found;
    QStringList login;
    if (m_loginPath) // (not in a ?: expression: GCC 12 miscompiles co_await there)
        login = co_await m_loginPath();
    QStringList searched = path;
    for (const QString& folder : std::as_const(login)) {
        if (!searched.contains(folder))
            searched.append(folder);
    }
    found = ExecProtocol::findIn(m_exec.command, login);
    if (found.isEmpty())
        *error = ExecProtocol::notFoundMessage(m_exec.command, searched, m_exec.installHint);
    else
        *extraPath = login;
    co_return found;
}

QCoro::Task<ExecCredentialProvider::Result> ExecCredentialProvider::run()
{
    QString error;
    const std::optional<bool> isInteractive = interactive(&error);
    if (!isInteractive)
        co_return Result {{}, error};
    QStringList extraPath;
    const QString program = co_await locate(&extraPath, &error);
    if (program.isEmpty())
        co_return Result {{}, error};

    QProcessEnvironment environment = m_environment;
    if (!extraPath.isEmpty()) // the plugin may call tools of the login shell's PATH too (gcloud, aws)
        environment.insert(u"PATH"_s, (ExecProtocol::pathFolders(environment.value(u"PATH"_s)) + extraPath).join(u':'));
    environment.insert(u"KUBERNETES_EXEC_INFO"_s, QString::fromUtf8(ExecProtocol::execInfo(m_context, *isInteractive)));
    for (const KubeExecEnvVar& variable : m_exec.env)
        environment.insert(variable.name, variable.value);

    QProcess process;
    process.setProgram(program);
    process.setArguments(m_exec.args);
    process.setProcessEnvironment(environment);
    QByteArray stderrText;
    bool stoppedByUser = false;
    const bool terminal = *isInteractive && m_prompter->usesTerminal();
    if (!*isInteractive) {
        process.setStandardInputFile(QProcess::nullDevice());
    } else if (terminal) {
        process.setInputChannelMode(QProcess::ForwardedInputChannel);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    } else {
        ExecPrompter* prompter = m_prompter;
        const QString name = QFileInfo(m_exec.command).fileName();
        connect(&process, &QProcess::readyReadStandardError, &process,
            [&process, &stderrText, &stoppedByUser, prompter, name] {
                const QByteArray chunk = process.readAllStandardError();
                stderrText += chunk;
                QCoro::connect(prompter->answer(name, QString::fromUtf8(chunk)), &process,
                    [&process, &stoppedByUser](const std::optional<QString>& answer) {
                        if (!answer) {
                            stoppedByUser = true;
                            process.kill();
                        } else if (!answer->isNull()) {
                            process.write(answer->toUtf8() + '\n');
                        }
                    });
            });
    }

    ++m_runs;
    qCInfo(lcKube).noquote() << m_context.contextName << "running exec plugin" << program;
    const bool started = co_await qCoro(process).start(QIODevice::ReadWrite);
    if (!started) {
        co_return Result {{}, tr("exec plugin %1 could not be started: %2").arg(program, process.errorString())};
    }
    const std::chrono::milliseconds limit = *isInteractive ? std::chrono::milliseconds(1h) : m_timeout;
    const bool finished = co_await qCoro(process).waitForFinished(limit);
    if (!finished) {
        process.kill();
        co_await qCoro(process).waitForFinished(5s);
        co_return Result {{},
            tr("exec plugin %1 did not finish within %2 s and was stopped.")
                .arg(program)
                .arg(std::chrono::duration_cast<std::chrono::seconds>(limit).count())};
    }
    if (stoppedByUser)
        co_return Result {{}, tr("exec plugin %1 was cancelled.").arg(program)};
    const QByteArray output = process.readAllStandardOutput();
    if (!terminal)
        stderrText += process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString code
            = process.exitStatus() == QProcess::NormalExit ? QString::number(process.exitCode()) : tr("a crash");
        const QString quoted = ExecProtocol::quoteStderr(stderrText);
        const QString failed = tr("exec plugin %1 failed with exit code %2").arg(program, code);
        co_return Result {{}, quoted.isEmpty() ? QString(failed + u'.') : QString(failed + u": "_s + quoted)};
    }
    const std::optional<ExecCredential> credential = ExecProtocol::parse(output, m_exec.apiVersion, &error);
    if (!credential)
        co_return Result {{}, tr("exec plugin %1: %2").arg(program, error)};
    co_return Result {*credential, {}};
}

QCoro::Task<QStringList> ExecCredentialProvider::loginShellPath()
{
    static std::optional<QStringList> cache;
    static bool running = false;
    while (running && !cache) {
        QTimer wait;
        wait.start(50ms);
        co_await wait;
    }
    if (cache)
        co_return *cache;
    running = true;
    QString shell = qEnvironmentVariable("SHELL");
    if (shell.isEmpty())
        shell = u"/bin/sh"_s;
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProgram(shell);
    // Markers: a login shell's profile may print its own text (motd, greetings) on stdout.
    process.setArguments({u"-l"_s, u"-c"_s, u"printf '<meshfed-path>%s</meshfed-path>' \"$PATH\""_s});
    QStringList folders;
    bool done = co_await qCoro(process).start(QIODevice::ReadOnly);
    if (done)
        done = co_await qCoro(process).waitForFinished(10s);
    if (done && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
        const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
        const qsizetype start = output.lastIndexOf(u"<meshfed-path>"_s);
        const qsizetype end = output.lastIndexOf(u"</meshfed-path>"_s);
        if (start >= 0 && end > start)
            folders = ExecProtocol::pathFolders(output.mid(start + 14, end - start - 14));
    } else {
        process.kill();
        qCInfo(lcKube).noquote() << "could not read the login shell's PATH from" << shell;
    }
    cache = folders;
    running = false;
    co_return folders;
}

} // namespace meshfed
