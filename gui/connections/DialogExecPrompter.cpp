#include "gui/connections/DialogExecPrompter.h"

#include <QCoro/QCoroSignal>
#include <QInputDialog>
#include <QMessageBox>

namespace meshfed {

DialogExecPrompter::DialogExecPrompter(QWidget* parent)
    : m_parent(parent)
{ }

QCoro::Task<std::optional<QString>> DialogExecPrompter::answer(QString plugin, QString text)
{
    // Not a question (kubelogin's "open this page and enter the code"): show it, keep waiting.
    if (!text.trimmed().endsWith(QLatin1Char(':')) && !text.trimmed().endsWith(QLatin1Char('?'))) {
        auto* note = new QMessageBox(
            QMessageBox::Information, tr("%1 says").arg(plugin), text.trimmed(), QMessageBox::Ok, m_parent);
        note->setAttribute(Qt::WA_DeleteOnClose);
        note->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
        note->open();
        co_return QString();
    }
    auto* dialog = new QInputDialog(m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 asks").arg(plugin));
    dialog->setLabelText(text.trimmed());
    dialog->setTextEchoMode(
        text.contains(QLatin1String("assword"), Qt::CaseInsensitive) ? QLineEdit::Password : QLineEdit::Normal);
    QPointer<QInputDialog> guard(dialog);
    dialog->open();
    const int result = co_await qCoro(dialog, &QDialog::finished);
    if (!guard || result != QDialog::Accepted)
        co_return std::nullopt;
    co_return guard->textValue();
}

} // namespace meshfed
