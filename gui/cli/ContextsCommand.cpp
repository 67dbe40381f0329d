#include "gui/cli/ContextsCommand.h"

#include "gui/cli/TabWriter.h"
#include "model/kube/Kubeconfig.h"

#include <QCoreApplication>

#include <algorithm>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

class ContextsCommand
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::ContextsCommand)

public:
    static int run(const QStringList& arguments, Console& console);

private:
    static QList<QStringList> rows(const Kubeconfig& config);
    static int reportNoContext(const Kubeconfig& config, const KubeconfigSources& sources, Console& console);
};

QList<QStringList> ContextsCommand::rows(const Kubeconfig& config)
{
    QList<KubeContext> contexts = config.contexts();
    std::sort(contexts.begin(), contexts.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    const QString missing = tr("<missing>");
    QList<QStringList> table;
    for (const KubeContext& context : contexts) {
        const KubeCluster* cluster = config.cluster(context.cluster);
        const KubeUser* user = config.user(context.user);
        table.append({context.name == config.currentContext() ? u"*"_s : QString(), context.name, context.cluster,
            cluster ? cluster->server : missing, context.namespaceName,
            user ? kubeAuthKindName(kubeAuthKindOf(*user)) : missing});
    }
    return table;
}

int ContextsCommand::reportNoContext(const Kubeconfig& config, const KubeconfigSources& sources, Console& console)
{
    QString reason;
    if (sources.files.isEmpty())
        reason = tr("KUBECONFIG names no file");
    else if (config.files().isEmpty() && config.hasErrors())
        reason = tr("no kubeconfig file could be read");
    else if (config.files().isEmpty())
        reason = tr("no kubeconfig file found");
    else
        reason = tr("no contexts are defined in %1").arg(config.files().join(u", "_s));
    console.err << tr("meshfed contexts: %1").arg(reason) << Qt::endl;
    return ExitUsage;
}

int ContextsCommand::run(const QStringList& arguments, Console& console)
{
    CommandParser parser(tr("Lists the contexts of your kubeconfig (merged like kubectl does), "
                            "with the server and the way each one authenticates."));
    parser.addOption({u"kubeconfig"_s,
        tr("Read this kubeconfig file only (default: KUBECONFIG, else "
           "~/.kube/config)."),
        tr("FILE")});
    if (const auto exit = parser.parse(arguments, console))
        return *exit;

    const KubeconfigSources sources = KubeconfigSources::fromSystem(parser.value(u"kubeconfig"_s));
    const Kubeconfig config = Kubeconfig::load(sources);
    for (const KubeconfigProblem& problem : config.problems())
        console.err << problem.toString() << Qt::endl;
    if (config.contexts().isEmpty())
        return reportNoContext(config, sources, console);

    for (const KubeContext& context : config.contexts()) {
        for (const KubeconfigProblem& problem : config.validate(context.name))
            console.err << problem.toString() << Qt::endl;
    }
    QList<QStringList> table {{tr("CURRENT"), tr("NAME"), tr("CLUSTER"), tr("SERVER"), tr("NAMESPACE"), tr("AUTH")}};
    table += rows(config);
    TabWriter(10).print(table, console.out); // kubectl config get-contexts: minimum width 10
    return ExitOk;
}

} // namespace

Command contextsCommand()
{
    return {{u"contexts"_s}, ContextsCommand::tr("List the kubeconfig contexts with their server and authentication"),
        &ContextsCommand::run, true};
}

} // namespace meshfed
