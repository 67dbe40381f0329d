#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace meshfed {

/// File dialogs with a seam for tests (as KeePassXC does): a test sets the next answer, and the
/// dialog returns it without showing anything.
///
/// Usage: QString path = FileDialogs::openFile(this, tr("Open plan"), filter);
///        FileDialogs::setNextFileName(path);          // in a test, before the click
class FileDialogs
{
public:
    static QString openFile(QWidget* parent, const QString& caption, const QString& filter);
    static QString saveFile(
        QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter);
    static QString directory(QWidget* parent, const QString& caption);
    static void setNextFileName(const QString& path);

private:
    static std::optional<QString>& next();
};

/// Message boxes with the same seam: a test sets the button the next question returns.
class MessageBoxes
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// The texts of the questions and warnings shown while a seam answered (for tests).
    static QStringList& shown();

private:
    static std::optional<QMessageBox::StandardButton>& next();
};

} // namespace meshfed
