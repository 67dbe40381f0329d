#include "gui/common/Dialogs.h"

#include <QFileDialog>

namespace meshfed {

std::optional<QString>& FileDialogs::next()
{
    static std::optional<QString> answer;
    return answer;
}

void FileDialogs::setNextFileName(const QString& path)
{
    next() = path;
}

QString FileDialogs::openFile(QWidget* parent, const QString& caption, const QString& filter)
{
    if (next())
        return std::exchange(next(), std::nullopt).value();
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString FileDialogs::saveFile(
    QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter)
{
    if (next())
        return std::exchange(next(), std::nullopt).value();
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialogs::directory(QWidget* parent, const QString& caption)
{
    if (next())
        return std::exchange(next(), std::nullopt).value();
    return QFileDialog::getExistingDirectory(parent, caption);
}

std::optional<QMessageBox::StandardButton>& MessageBoxes::next()
{
    static std::optional<QMessageBox::StandardButton> answer;
    return answer;
}

QStringList& MessageBoxes::shown()
{
    static QStringList texts;
    return texts;
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    next() = answer;
}

QMessageBox::StandardButton MessageBoxes::question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (next()) {
        shown() << text;
        return std::exchange(next(), std::nullopt).value();
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBoxes::warning(QWidget* parent, const QString& title, const QString& text)
{
    if (next()) {
        shown() << text;
        next().reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

} // namespace meshfed
