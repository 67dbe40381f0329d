#pragma once

#include <QString>

class QGraphicsScene;

namespace meshfed {

/// Writes a scene to a file: SVG for a ".svg" name (QSvgGenerator), PNG otherwise.
/// Returns false and a translated message naming the file when it cannot be written.
/// Usage: if (!exportScene(scene, path, &error)) showError(error);
bool exportScene(QGraphicsScene& scene, const QString& path, QString* error);

} // namespace meshfed
