#pragma once

#include "gui/cli/Console.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace meshfed {

/// One subcommand of the meshfed executable, e.g. {"plan", "init"}.
struct Command
{
    QStringList words;
    QString summary; ///< one translated line for --help
    /// Runs the command; `arguments` starts with "meshfed <words>" followed by its own options.
    std::function<int(const QStringList& arguments, Console& console)> run;
    /// The command reads kubeconfig: `meshfed --kubeconfig F <command>` passes F on to it.
    bool takesKubeconfig = false;
};

/// Options that start the window rather than a headless command.
struct GuiOptions
{
    bool demo = false;
    QString planFile;
    QString kubeconfig;
};

/// The command line of the meshfed executable: global options, subcommands and help.
///
/// Usage (main):
///     CommandLine commandLine;
///     if (commandLine.isHeadless(args)) return commandLine.run(args, console); // QCoreApplication
///     auto options = commandLine.parseGuiOptions(args, &error);                  // QApplication
/// Headless means --help, --version or a subcommand: these never need a display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::CommandLine)

public:
    CommandLine();

    void addCommand(Command command);
    const std::vector<Command>& commands() const { return m_commands; }

    bool isHeadless(const QStringList& arguments) const;
    int run(const QStringList& arguments, Console& console) const;
    std::optional<GuiOptions> parseGuiOptions(const QStringList& arguments, QString* error) const;

    QString helpText() const;
    static QString versionText();

private:
    struct Split
    {
        QStringList global;  ///< program name and global options
        QStringList command; ///< the command's words and everything after them
    };
    Split split(const QStringList& arguments) const;
    const Command* match(const QStringList& words, qsizetype* consumed) const;
    void setUpGlobalParser(QCommandLineParser& parser) const;

    std::vector<Command> m_commands;
};

/// A subcommand's own parser with the shared conventions: --help prints and exits 0,
/// a parse error prints the reason and exits 2.
/// Usage:
///     CommandParser parser(tr("Writes the values files of a plan."));
///     parser.addOption({"out", tr("Folder to write to"), tr("DIR")});
///     if (auto exit = parser.parse(arguments, console)) return *exit;
class CommandParser : public QCommandLineParser
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::CommandParser)

public:
    explicit CommandParser(const QString& description);
    std::optional<int> parse(const QStringList& arguments, Console& console);
    /// Value of a required option, or an error message naming it.
    std::optional<QString> required(const QString& option, Console& console) const;
};

} // namespace meshfed
