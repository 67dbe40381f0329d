#pragma once

#include "gui/topology/TopologyPalette.h"
#include "model/topology/TopologyModel.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHash>
#include <QPainterPath>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace meshfed {

/// The topology as a QGraphicsScene: the clusters side by side (primary first) with Vault above
/// them, the component groups inside each cluster, each pod a chip coloured by its health and
/// labelled with kubectl's STATUS, and the links as lines coloured and dashed by state, plus a
/// legend. Groups with more pods than foldThreshold() show counts per STATUS until clicked.
///
/// The scene observes a TopologyModel and rebuilds its items at most every 100 ms however fast
/// the model changes (relayoutNow() forces it). Every item carries an id in data(IdKey):
/// "vault", "cluster:<dc>", "<dc>/api", "<group id>", "pod:<dc>/<pod key>", "fold:<group id>",
/// "link:<link id>", "legend"; itemFor() finds it.
///
/// Usage:
///     TopologyScene scene(&topology);
///     view->setScene(&scene);
///     connect(&scene, &TopologyScene::podSelected, details, &PodDetailsView::showPod);
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    enum DataKey { IdKey = 0, KindKey = 1, DatacenterKey = 2, PodKeyKey = 3, BorderKey = 4 };
    static constexpr int minimumRelayoutIntervalMs = 100;

    explicit TopologyScene(TopologyModel* model, QObject* parent = nullptr);

    void setColours(const QPalette& palette);
    void setFoldThreshold(int pods);
    int foldThreshold() const { return m_foldThreshold; }
    void setUnfolded(const QString& groupId, bool unfolded);
    bool isUnfolded(const QString& groupId) const { return m_unfolded.contains(groupId); }
    void selectPod(const QString& datacenter, const QString& key);

    /// Rebuilds the items now (tests, export, first show).
    void relayoutNow();
    int layoutCount() const { return m_layoutCount; }
    QGraphicsItem* itemFor(const QString& id) const { return m_items.value(id); }

Q_SIGNALS:
    void podSelected(const QString& datacenter, const QString& key);
    void laidOut();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void scheduleRelayout();
    void layout();
    QGraphicsItem* remember(QGraphicsItem* item, const QString& id, const QString& kind);
    qreal addVault(qreal centreX);
    qreal addCluster(const ClusterNode& cluster, qreal x, qreal y);
    QString clusterSubtitle(const ClusterNode& cluster) const;
    qreal addGroup(const ClusterNode& cluster, const PodGroup& group, QGraphicsItem* parent, qreal x, qreal y);
    void addFolded(const PodGroup& group, QGraphicsItem* parent, qreal x, qreal y);
    qreal addChips(const ClusterNode& cluster, const PodGroup& group, QGraphicsItem* parent, qreal x, qreal y);
    void addChip(const ClusterNode& cluster, const PodSummary& pod, QGraphicsItem* parent, QPointF at);
    QString podToolTip(const PodSummary& pod) const;
    void addLink(const TopologyLink& link);
    QString linkTitle(const TopologyLink& link) const;
    static QPainterPath straight(const QRectF& from, const QRectF& to);
    static QPainterPath routeAboveClusters(const QRectF& from, const QRectF& to);
    void addLinkLabel(const TopologyLink& link, QGraphicsItem* line, QPointF centre);
    void addLegend(qreal y);
    void highlightSelection();

    QPointer<TopologyModel> m_model;
    TopologyPalette m_colours;
    QTimer m_relayoutTimer;
    QElapsedTimer m_sinceLayout;
    int m_foldThreshold = 24;
    QSet<QString> m_unfolded;
    QString m_selectedPod; ///< "pod:<dc>/<key>"
    QHash<QString, QGraphicsItem*> m_items;
    QHash<QString, QRectF> m_anchors; ///< node id → scene rectangle, for links
    int m_layoutCount = 0;
};

QString groupTitle(GroupKind kind);

} // namespace meshfed
