#include "gui/topology/TopologyExport.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace meshfed {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::TopologyExport)
};

bool exportSvg(QGraphicsScene& scene, const QString& path, const QRectF& source)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(Tr::tr("Meshfed topology"));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    return painter.end();
}

bool exportPng(QGraphicsScene& scene, const QString& path, const QRectF& source)
{
    QImage image(source.size().toSize() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(scene.backgroundBrush().style() == Qt::NoBrush ? QColor(Qt::white) : scene.backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return image.save(path, "PNG");
}

} // namespace

bool exportScene(QGraphicsScene& scene, const QString& path, QString* error)
{
    const QRectF source = scene.sceneRect();
    const bool ok = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive) ? exportSvg(scene, path, source)
                                                                               : exportPng(scene, path, source);
    if (!ok && error)
        *error = Tr::tr("Could not write %1.").arg(path);
    return ok;
}

} // namespace meshfed
