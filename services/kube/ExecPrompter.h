#pragma once

#include <QCoro/QCoroTask>
#include <QString>

#include <optional>

namespace meshfed {

/// Lets an interactive exec credential plugin (kubelogin device code, MFA prompts) talk to the
/// user. The GUI shows a dialog; the CLI hands the plugin the terminal itself.
///
/// Usage (a GUI implementation):
///     class DialogPrompter : public ExecPrompter {
///         bool isAvailable() const override { return true; }
///         QCoro::Task<std::optional<QString>> answer(QString plugin, QString text) override
///         { co_return co_await showPromptDialog(plugin, text); } // nullopt: cancelled
///     };
///     provider.setPrompter(&dialogPrompter);
class ExecPrompter
{
public:
    virtual ~ExecPrompter() = default;

    /// Whether a user can be asked now. interactiveMode IfAvailable runs the plugin interactively
    /// only when true; Always fails when false.
    virtual bool isAvailable() const = 0;
    /// True: the plugin inherits this process's stdin and stderr (a terminal, as kubectl does) and
    /// answer() is never called. Its stderr then cannot be quoted in error messages.
    virtual bool usesTerminal() const { return false; }
    /// The plugin wrote `text` on stderr while running interactively (a prompt, or progress).
    /// Return the user's answer, written to the plugin's stdin with a newline added; a null
    /// QString to write nothing and keep waiting (progress text); nullopt to stop the plugin.
    virtual QCoro::Task<std::optional<QString>> answer(QString plugin, QString text) = 0;
};

} // namespace meshfed
