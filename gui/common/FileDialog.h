#pragma once

#include <QString>

class QWidget;

namespace meshfed {

/// The file dialogs of the application, with a seam for tests.
///
/// Usage:
///     const QString path = FileDialog::saveFileName(this, tr("Export"), tr("PNG image (*.png)"));
///     FileDialog::setNextFileName(dir.filePath(u"out.png"_s));   // in a test: no dialog opens
class FileDialog
{
public:
    /// The chosen file, or an empty string when cancelled.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& filter);
    /// The next saveFileName() returns `path` without showing a dialog (once).
    static void setNextFileName(const QString& path);
};

} // namespace meshfed
