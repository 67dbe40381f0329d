#include "gui/cli/PlanCommands.h"

#include "gui/cli/CommandLine.h"
#include "model/plan/PlanExport.h"
#include "model/plan/PlanFile.h"
#include "model/plan/PlanValidator.h"

#include <QDir>
#include <QFileInfo>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

/// Prints the problems of a plan; returns false when one of them is an error.
bool reportProblems(const FederationPlan& plan, const QString& file, Console& console)
{
    const QList<PlanProblem> problems = PlanValidator::validate(plan);
    for (const PlanProblem& problem : problems) {
        if (problem.severity != PlanProblem::Severity::Incomplete)
            console.err << file << u": "_s << PlanValidator::describe(problem) << Qt::endl;
    }
    return !PlanValidator::hasErrors(problems);
}

/// Applies --vault-addr, --dc2-api-url, --api-url DC=URL and --mesh-gateway to the plan.
bool applyRuntimeOptions(const CommandParser& parser, FederationPlan& plan, Console& console)
{
    if (parser.isSet(u"vault-addr"_s))
        plan.vault.address = parser.value(u"vault-addr"_s);
    if (parser.isSet(u"mesh-gateway"_s))
        plan.primary().meshGatewayAddress = parser.value(u"mesh-gateway"_s);
    if (parser.isSet(u"dc2-api-url"_s) && plan.datacenters.size() > 1)
        plan.datacenters[1].apiServerUrl = parser.value(u"dc2-api-url"_s);
    for (const QString& entry : parser.values(u"api-url"_s)) {
        const QString name = entry.section(u'=', 0, 0);
        DatacenterPlan* dc = plan.find(name);
        if (!entry.contains(u'=') || !dc || plan.isPrimary(*dc)) {
            console.err << PlanCommands::tr("--api-url %1: expected SECONDARY=URL with a secondary datacenter of the "
                                            "plan")
                               .arg(entry)
                        << Qt::endl;
            return false;
        }
        dc->apiServerUrl = entry.section(u'=', 1);
    }
    return true;
}

void reportIncomplete(const QList<GeneratedFile>& files, Console& console)
{
    for (const GeneratedFile& file : files) {
        if (file.isComplete())
            continue;
        console.err << PlanCommands::tr("%1 was not written: it needs").arg(file.name) << Qt::endl;
        for (const MissingValue& missing : file.missing)
            console.err << u"  - "_s
                        << PlanCommands::tr("%1 (%2): %3, or give %4")
                               .arg(missing.what, missing.field, missing.providedBy, missing.option)
                        << Qt::endl;
    }
}

} // namespace

void PlanCommands::registerWith(CommandLine& commandLine)
{
    commandLine.addCommand({{u"plan"_s, u"init"_s}, tr("Write a commented starter plan with the documented defaults"),
        &PlanCommands::planInit});
    commandLine.addCommand({{u"values"_s},
        tr("Write the values files, Vault policies and setup.sh transcript of a plan"), &PlanCommands::values});
}

int PlanCommands::planInit(const QStringList& arguments, Console& console)
{
    CommandParser parser(tr("Writes a commented starter plan: dc1 (primary) and dc2 (secondary) with the "
                            "documented names, paths and chart versions."));
    parser.addOption({u"out"_s, tr("The plan file to write."), tr("PLAN")});
    parser.addOption({u"dc1-context"_s, tr("kubeconfig context of the primary datacenter's cluster."), tr("C")});
    parser.addOption({u"dc2-context"_s, tr("kubeconfig context of the secondary datacenter's cluster."), tr("C")});
    parser.addOption({u"force"_s, tr("Replace the plan file if it exists.")});
    if (auto exit = parser.parse(arguments, console))
        return *exit;
    const auto out = parser.required(u"out"_s, console);
    if (!out)
        return ExitUsage;
    if (QFileInfo::exists(*out) && !parser.isSet(u"force"_s)) {
        console.err << tr("%1 exists; not replaced (use --force to replace it)").arg(*out) << Qt::endl;
        return ExitFailure;
    }
    FederationPlan plan = FederationPlan::defaults();
    plan.datacenters[0].kubeContext = parser.value(u"dc1-context"_s);
    plan.datacenters[1].kubeContext = parser.value(u"dc2-context"_s);
    if (!reportProblems(plan, *out, console))
        return ExitUsage;
    QString error;
    if (!PlanFile::save(plan, *out, &error)) {
        console.err << error << Qt::endl;
        return ExitFailure;
    }
    console.out << tr("Wrote %1").arg(*out) << Qt::endl;
    return ExitOk;
}

int PlanCommands::values(const QStringList& arguments, Console& console)
{
    CommandParser parser(tr("Writes vault-<dc>.yaml and consul-<dc>.yaml for every datacenter, policies/*.hcl and "
                            "setup.sh. Run-time values the plan does not hold yet can be given as options."));
    parser.addOption({u"plan"_s, tr("The plan file."), tr("PLAN")});
    parser.addOption({u"out"_s, tr("The folder to write into (created when missing)."), tr("DIR")});
    parser.addOption({u"vault-addr"_s, tr("Vault's external URL, e.g. http://203.0.113.10:8200."), tr("URL")});
    parser.addOption({u"dc2-api-url"_s, tr("The secondary's API server URL as reachable from Vault."), tr("URL")});
    parser.addOption({u"api-url"_s, tr("API server URL of any secondary datacenter."), tr("DC=URL")});
    parser.addOption({u"mesh-gateway"_s, tr("The primary's mesh gateway address."), tr("HOST[:PORT]")});
    parser.addOption({u"force"_s, tr("Replace files that exist in the folder.")});
    if (auto exit = parser.parse(arguments, console))
        return *exit;
    const auto planPath = parser.required(u"plan"_s, console);
    const auto outDir = parser.required(u"out"_s, console);
    if (!planPath || !outDir)
        return ExitUsage;
    QList<FileProblem> fileProblems;
    auto plan = PlanFile::load(*planPath, &fileProblems);
    for (const FileProblem& problem : fileProblems)
        console.err << problem.toString() << Qt::endl;
    if (!plan || !applyRuntimeOptions(parser, *plan, console) || !reportProblems(*plan, *planPath, console))
        return ExitUsage;

    const QList<GeneratedFile> files = PlanExport::files(*plan);
    const auto overwrite = parser.isSet(u"force"_s) ? PlanExport::ReplaceExisting : PlanExport::KeepExisting;
    const PlanExport::WriteResult result = PlanExport::write(files, *outDir, overwrite);
    for (const QString& name : result.existing)
        console.err << tr("%1 exists in %2; nothing was written (use --force to replace)").arg(name, *outDir)
                    << Qt::endl;
    if (!result.error.isEmpty())
        console.err << result.error << Qt::endl;
    for (const QString& name : result.written)
        console.out << tr("wrote %1").arg(QDir(*outDir).filePath(name)) << Qt::endl;
    reportIncomplete(files, console);
    return result.ok() && result.incomplete.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace meshfed
