#include "gui/common/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace meshfed {

namespace {

std::optional<QString>& nextFileName()
{
    static std::optional<QString> next;
    return next;
}

} // namespace

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (std::optional<QString> next = std::exchange(nextFileName(), std::nullopt))
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, QString(), filter);
}

void FileDialog::setNextFileName(const QString& path)
{
    nextFileName() = path;
}

} // namespace meshfed
