#pragma once

#include "services/kube/ExecPrompter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

namespace meshfed {

/// Shows an interactive exec credential plugin's prompt (kubelogin's device code, an MFA code)
/// in a dialog and hands the answer back to the plugin; never blocks the event loop.
///
/// Usage: kubeClient.setPrompter(&prompter);   // DialogExecPrompter prompter(mainWindow);
class DialogExecPrompter : public ExecPrompter
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::DialogExecPrompter)

public:
    explicit DialogExecPrompter(QWidget* parent);

    bool isAvailable() const override { return true; }
    QCoro::Task<std::optional<QString>> answer(QString plugin, QString text) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace meshfed
