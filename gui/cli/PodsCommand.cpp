#include "gui/cli/PodsCommand.h"

#include "gui/cli/TabWriter.h"
#include "model/kube/Kubeconfig.h"
#include "model/kube/PodModel.h"
#include "services/http/HttpMessages.h"
#include "services/kube/KubeClient.h"
#include "services/kube/PodWatcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <unistd.h>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

/// The CLI gives an interactive exec plugin the terminal itself, as kubectl does.
class TerminalPrompter : public ExecPrompter
{
public:
    bool isAvailable() const override { return isatty(STDIN_FILENO) == 1; }
    bool usesTerminal() const override { return true; }
    QCoro::Task<std::optional<QString>> answer(QString, QString) override { co_return std::nullopt; }
};

class PodsCommand
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::PodsCommand)

public:
    static int run(const QStringList& arguments, Console& console);

private:
    struct Options
    {
        QString context;
        QString namespaceName; ///< empty with -A
        QString selector;
        bool allNamespaces = false;
        bool watch = false;
    };
    static QStringList row(const PodSummary& pod, bool allNamespaces, const QDateTime& now);
    static QStringList header(bool allNamespaces);
    static std::optional<ResolvedKubeContext> resolve(const QString& kubeconfig, const QString& name, Console& console);
    static int watch(KubeClient& kube, const Options& options, TabWriter& table, Console& console);
};

QStringList PodsCommand::header(bool allNamespaces)
{
    QStringList columns {u"NAME"_s, u"READY"_s, u"STATUS"_s, u"RESTARTS"_s, u"AGE"_s};
    if (allNamespaces)
        columns.prepend(u"NAMESPACE"_s);
    return columns;
}

QStringList PodsCommand::row(const PodSummary& pod, bool allNamespaces, const QDateTime& now)
{
    QStringList cells {
        pod.name, pod.status.readyText(), pod.status.status, pod.status.restartsText(now), pod.status.ageText(now)};
    if (allNamespaces)
        cells.prepend(pod.namespaceName);
    return cells;
}

std::optional<ResolvedKubeContext> PodsCommand::resolve(
    const QString& kubeconfig, const QString& name, Console& console)
{
    const Kubeconfig config = Kubeconfig::load(KubeconfigSources::fromSystem(kubeconfig));
    for (const KubeconfigProblem& problem : config.problems())
        console.err << problem.toString() << Qt::endl;
    const QString chosen = name.isEmpty() ? config.currentContext() : name;
    if (chosen.isEmpty()) {
        console.err << tr("meshfed pods: no context chosen: pass --context or set current-context.") << Qt::endl;
        return std::nullopt;
    }
    QList<KubeconfigProblem> problems;
    std::optional<ResolvedKubeContext> context = config.resolve(chosen, &problems);
    for (const KubeconfigProblem& problem : std::as_const(problems))
        console.err << problem.toString() << Qt::endl;
    return context;
}

int PodsCommand::watch(KubeClient& kube, const Options& options, TabWriter& table, Console& console)
{
    PodWatcher watcher(&kube, nullptr, options.namespaceName, options.selector);
    QEventLoop loop;
    int exitCode = ExitOk;
    bool first = true;
    QObject::connect(&watcher, &PodWatcher::listed, &loop, [&](const KubeList& list) {
        if (!first)
            return; // a relist after 410: kubectl goes on with events only
        first = false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<QStringList> rows {header(options.allNamespaces)};
        for (const QJsonValue& item : list.items)
            rows.append(row(PodSummary::fromJson(item.toObject()), options.allNamespaces, now));
        table.print(rows, console.out);
    });
    QObject::connect(&watcher, &PodWatcher::eventsReceived, &loop, [&](const QList<PodEvent>& events) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<QStringList> rows;
        for (const PodEvent& event : events)
            rows.append(row(event.pod, options.allNamespaces, now));
        table.print(rows, console.out);
    });
    QObject::connect(&watcher, &PodWatcher::stateChanged, &loop, [&](PodWatcher::State state, const QString& reason) {
        if (state == PodWatcher::State::Reconnecting && !reason.isEmpty())
            console.err << reason << Qt::endl;
        if (state == PodWatcher::State::Failed) {
            console.err << reason << Qt::endl;
            exitCode = ExitFailure;
            loop.quit();
        }
    });
    watcher.start();
    loop.exec();
    return exitCode;
}

int PodsCommand::run(const QStringList& arguments, Console& console)
{
    CommandParser parser(tr("Lists the pods of a kubeconfig context like kubectl get pods."));
    parser.addOption({u"context"_s, tr("The kubeconfig context (default: current-context)."), tr("NAME")});
    parser.addOption({{u"n"_s, u"namespace"_s}, tr("The namespace (default: the context's, else default)."), tr("NS")});
    parser.addOption({{u"A"_s, u"all-namespaces"_s}, tr("Pods of every namespace.")});
    parser.addOption({{u"l"_s, u"selector"_s}, tr("Label selector, e.g. app=consul."), tr("SELECTOR")});
    parser.addOption({u"kubeconfig"_s, tr("Read this kubeconfig file only (default: KUBECONFIG, else ~/.kube/config)."),
        tr("FILE")});
    parser.addOption({{u"w"_s, u"watch"_s}, tr("After listing, print changed pods until interrupted.")});
    if (const auto exit = parser.parse(arguments, console))
        return *exit;
    if (parser.isSet(u"A"_s) && parser.isSet(u"n"_s)) {
        console.err << tr("meshfed pods: -n and -A cannot be combined.") << Qt::endl;
        return ExitUsage;
    }
    const std::optional<ResolvedKubeContext> context
        = resolve(parser.value(u"kubeconfig"_s), parser.value(u"context"_s), console);
    if (!context)
        return ExitUsage;

    Options options;
    options.allNamespaces = parser.isSet(u"A"_s);
    options.selector = parser.value(u"l"_s);
    options.watch = parser.isSet(u"w"_s);
    if (!options.allNamespaces) {
        options.namespaceName = parser.value(u"n"_s);
        if (options.namespaceName.isEmpty())
            options.namespaceName = context->namespaceName.isEmpty() ? u"default"_s : context->namespaceName;
    }

    QNetworkAccessManager nam;
    KubeClient kube(&nam, *context);
    TerminalPrompter prompter;
    kube.setPrompter(&prompter);
    TabWriter table;
    if (options.watch) {
        // The watch has no single reply to carry the warning: say it once, before the table.
        if (context->insecureSkipTlsVerify && context->server.scheme() == u"https"_s)
            console.err << tr("Warning: %1").arg(HttpMessages::insecureWarning(context->server.toString())) << Qt::endl;
        return watch(kube, options, table, console);
    }

    const KubeResult<KubeList> pods = QCoro::waitFor(kube.listPods(options.namespaceName, options.selector));
    for (const QString& warning : pods.warnings)
        console.err << tr("Warning: %1").arg(warning) << Qt::endl;
    if (!pods.ok()) {
        console.err << pods.error.message << Qt::endl;
        return ExitFailure;
    }
    if (pods.value.items.isEmpty()) {
        console.err << (options.allNamespaces ? tr("No resources found")
                                              : tr("No resources found in %1 namespace.").arg(options.namespaceName))
                    << Qt::endl;
        return ExitOk;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QStringList> rows {header(options.allNamespaces)};
    for (const QJsonValue& item : pods.value.items)
        rows.append(row(PodSummary::fromJson(item.toObject()), options.allNamespaces, now));
    table.print(rows, console.out);
    return ExitOk;
}

} // namespace

Command podsCommand()
{
    return {{u"pods"_s}, PodsCommand::tr("List the pods of a kubeconfig context like kubectl get pods (-w to watch)"),
        &PodsCommand::run, true};
}

} // namespace meshfed
