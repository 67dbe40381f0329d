#include "gui/topology/TopologyScene.h"

#include <QAbstractGraphicsShapeItem>
#include <QGraphicsSceneMouseEvent>

namespace meshfed {

using namespace Qt::StringLiterals;

TopologyScene::TopologyScene(TopologyModel* model, QObject* parent)
    : QGraphicsScene(parent)
    , m_model(model)
    , m_colours(QPalette())
{
    // Items are rebuilt as a whole, so an index would only cost time (as in Hotspot's flame graph).
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_relayoutTimer.setSingleShot(true);
    connect(&m_relayoutTimer, &QTimer::timeout, this, &TopologyScene::layout);
    connect(model, &TopologyModel::changed, this, &TopologyScene::scheduleRelayout);
    m_sinceLayout.start();
    layout();
}

void TopologyScene::setColours(const QPalette& palette)
{
    m_colours = TopologyPalette(palette);
    setBackgroundBrush(m_colours.background());
    scheduleRelayout();
}

void TopologyScene::setFoldThreshold(int pods)
{
    m_foldThreshold = pods;
    scheduleRelayout();
}

void TopologyScene::setUnfolded(const QString& groupId, bool unfolded)
{
    if (unfolded)
        m_unfolded.insert(groupId);
    else
        m_unfolded.remove(groupId);
    relayoutNow();
}

void TopologyScene::selectPod(const QString& datacenter, const QString& key)
{
    m_selectedPod = u"pod:"_s + datacenter + u'/' + key;
    highlightSelection();
}

void TopologyScene::relayoutNow()
{
    m_relayoutTimer.stop();
    layout();
}

void TopologyScene::scheduleRelayout()
{
    if (m_relayoutTimer.isActive())
        return;
    const qint64 wait = qMax<qint64>(0, minimumRelayoutIntervalMs - m_sinceLayout.elapsed());
    m_relayoutTimer.start(int(wait));
}

QGraphicsItem* TopologyScene::remember(QGraphicsItem* item, const QString& id, const QString& kind)
{
    item->setData(IdKey, id);
    item->setData(KindKey, kind);
    m_items.insert(id, item);
    return item;
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem* item : items(event->scenePos())) {
            for (; item; item = item->parentItem()) {
                const QString kind = item->data(KindKey).toString();
                if (kind == u"pod"_s) {
                    const QString dc = item->data(DatacenterKey).toString();
                    const QString key = item->data(PodKeyKey).toString();
                    selectPod(dc, key);
                    Q_EMIT podSelected(dc, key);
                    event->accept();
                    return;
                }
                if (kind == u"fold"_s) {
                    const QString group = item->data(IdKey).toString().mid(5);
                    setUnfolded(group, !isUnfolded(group));
                    event->accept();
                    return;
                }
            }
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void TopologyScene::highlightSelection()
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (it.value()->data(KindKey).toString() != u"pod"_s)
            continue;
        auto* chip = static_cast<QAbstractGraphicsShapeItem*>(it.value());
        QPen pen = chip->pen();
        const bool selected = it.key() == m_selectedPod;
        pen.setWidthF(selected ? 3 : 1);
        pen.setColor(selected ? m_colours.highlight() : chip->data(BorderKey).value<QColor>());
        chip->setPen(pen);
    }
}

} // namespace meshfed
