#include "gui/cli/CommandLine.h"

#include "model/AppInfo.h"

#include <QCoreApplication>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

const QStringList kHelpFlags {
    QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("--help-all"), QStringLiteral("-?")};
const QStringList kVersionFlags {QStringLiteral("-v"), QStringLiteral("--version")};
// Global options that take a value (the value follows as the next argument).
const QStringList kGlobalValueOptions {QStringLiteral("--plan"), QStringLiteral("--kubeconfig")};

} // namespace

CommandLine::CommandLine() = default;

void CommandLine::addCommand(Command command)
{
    m_commands.push_back(std::move(command));
}

CommandLine::Split CommandLine::split(const QStringList& arguments) const
{
    Split result;
    if (arguments.isEmpty())
        return result;
    result.global << arguments.first();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!arg.startsWith(u'-')) {
            result.command = arguments.mid(i);
            break;
        }
        result.global << arg;
        if (kGlobalValueOptions.contains(arg) && i + 1 < arguments.size())
            result.global << arguments.at(++i);
    }
    return result;
}

const Command* CommandLine::match(const QStringList& words, qsizetype* consumed) const
{
    const Command* best = nullptr;
    for (const Command& command : m_commands) {
        const qsizetype n = command.words.size();
        if (n <= words.size() && words.mid(0, n) == command.words && (!best || n > best->words.size()))
            best = &command;
    }
    *consumed = best ? best->words.size() : 0;
    return best;
}

bool CommandLine::isHeadless(const QStringList& arguments) const
{
    const Split parts = split(arguments);
    if (!parts.command.isEmpty())
        return true;
    for (const QString& arg : parts.global) {
        if (kHelpFlags.contains(arg) || kVersionFlags.contains(arg))
            return true;
    }
    return false;
}

void CommandLine::setUpGlobalParser(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), tr("Start on the embedded simulator instead of real clusters.")});
    parser.addOption({QStringLiteral("plan"), tr("Open this plan file."), tr("FILE")});
    parser.addOption({QStringLiteral("kubeconfig"), tr("Read clusters from this kubeconfig file only."), tr("FILE")});
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("A command (see above); none starts the window."), tr("[command [options]]"));
}

QString CommandLine::helpText() const
{
    QString text = tr("Federates two Consul datacenters on two Kubernetes clusters through mesh gateways, "
                      "with Vault as their secrets backend.");
    if (m_commands.empty())
        return text;
    text += u"\n\n"_s + tr("Commands:");
    qsizetype width = 0;
    for (const Command& command : m_commands)
        width = std::max(width, command.words.join(u' ').size());
    for (const Command& command : m_commands)
        text += u"\n  "_s + command.words.join(u' ').leftJustified(width + 2) + command.summary;
    text += u"\n\n"_s + tr("Run \"meshfed <command> --help\" for the options of a command.");
    return text;
}

QString CommandLine::versionText()
{
    return appInfo().name + u' ' + appInfo().version;
}

int CommandLine::run(const QStringList& arguments, Console& console) const
{
    const Split parts = split(arguments);
    QCommandLineParser parser;
    setUpGlobalParser(parser);
    if (!parser.parse(parts.global)) {
        console.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")) || (parts.command.isEmpty() && !parser.isSet(QStringLiteral("version")))) {
        console.out << parser.helpText();
        console.out.flush();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        console.out << versionText() << Qt::endl;
        return ExitOk;
    }
    qsizetype consumed = 0;
    const Command* command = match(parts.command, &consumed);
    if (!command) {
        console.err << tr("meshfed: unknown command \"%1\". Run \"meshfed --help\" for the list of commands.")
                           .arg(parts.command.first())
                    << Qt::endl;
        return ExitUsage;
    }
    QStringList commandArguments {u"meshfed "_s + command->words.join(u' ')};
    commandArguments += parts.command.mid(consumed);
    const QString kubeconfig = parser.value(QStringLiteral("kubeconfig"));
    if (command->takesKubeconfig && !kubeconfig.isEmpty() && !commandArguments.contains(QStringLiteral("--kubeconfig")))
        commandArguments << QStringLiteral("--kubeconfig") << kubeconfig;
    return command->run(commandArguments, console);
}

std::optional<GuiOptions> CommandLine::parseGuiOptions(const QStringList& arguments, QString* error) const
{
    QCommandLineParser parser;
    setUpGlobalParser(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    GuiOptions options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.planFile = parser.value(QStringLiteral("plan"));
    options.kubeconfig = parser.value(QStringLiteral("kubeconfig"));
    return options;
}

CommandParser::CommandParser(const QString& description)
{
    setApplicationDescription(description);
    addHelpOption();
}

std::optional<int> CommandParser::parse(const QStringList& arguments, Console& console)
{
    if (!QCommandLineParser::parse(arguments)) {
        console.err << arguments.value(0) << u": "_s << errorText() << Qt::endl;
        return ExitUsage;
    }
    if (isSet(QStringLiteral("help"))) {
        QString text = helpText();
        // QCommandLineParser names the binary; show the command as typed instead.
        if (!QCoreApplication::arguments().isEmpty())
            text.replace(QCoreApplication::arguments().constFirst(), arguments.value(0));
        console.out << text;
        console.out.flush();
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<QString> CommandParser::required(const QString& option, Console& console) const
{
    if (isSet(option) && !value(option).isEmpty())
        return value(option);
    console.err << tr("missing required option --%1").arg(option) << Qt::endl;
    return std::nullopt;
}

} // namespace meshfed
