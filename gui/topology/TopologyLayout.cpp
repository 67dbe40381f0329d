// TopologyScene's layout: builds every item from the model's current state.
#include "gui/topology/TopologyScene.h"
#include "model/kube/PodModel.h"

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>

#include <limits>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal chipWidth = 176;
constexpr qreal chipHeight = 36;
constexpr qreal gap = 6;
constexpr int columns = 2;
constexpr qreal pad = 12;
constexpr qreal groupWidth = columns * chipWidth + (columns - 1) * gap + 2 * pad;
constexpr qreal clusterWidth = groupWidth + 2 * pad;
constexpr qreal clusterGap = 140;
constexpr qreal clusterTop = 170;
constexpr qreal headerHeight = 56;

QGraphicsSimpleTextItem* text(const QString& content, QGraphicsItem* parent, QPointF at, const QColor& colour,
    qreal pointSizeDelta = 0, bool bold = false)
{
    auto* item = new QGraphicsSimpleTextItem(content, parent);
    QFont font = item->font();
    font.setPointSizeF(font.pointSizeF() + pointSizeDelta);
    font.setBold(bold);
    item->setFont(font);
    item->setBrush(colour);
    item->setPos(at);
    return item;
}

QString elided(const QString& content, const QFont& font, qreal width)
{
    return QFontMetricsF(font).elidedText(content, Qt::ElideMiddle, width);
}

QPainterPath roundedRect(const QRectF& rect, qreal radius)
{
    QPainterPath path;
    path.addRoundedRect(rect, radius, radius);
    return path;
}

/// Where the line from `rect`'s centre toward `target` leaves the rectangle.
QPointF edgePoint(const QRectF& rect, QPointF target)
{
    const QPointF centre = rect.center();
    const QPointF d = target - centre;
    constexpr qreal infinite = std::numeric_limits<qreal>::max();
    const qreal sx = qFuzzyIsNull(d.x()) ? infinite : rect.width() / 2 / qAbs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? infinite : rect.height() / 2 / qAbs(d.y());
    const qreal s = qMin(sx, sy);
    return s == infinite ? centre : centre + d * s;
}

Health vaultHealthClass(const VaultNode& vault)
{
    switch (vault.health) {
    case VaultState::Active:
        return Health::Healthy;
    case VaultState::Sealed:
    case VaultState::Unreachable:
        return Health::Failing;
    case VaultState::Unknown:
        break;
    }
    return vault.pod ? healthOf(vault.pod->status.health) : Health::Unknown;
}

} // namespace

QString groupTitle(GroupKind kind)
{
    switch (kind) {
    case GroupKind::VaultInjector:
        return TopologyScene::tr("Vault agent injector");
    case GroupKind::ConsulServers:
        return TopologyScene::tr("Consul servers");
    case GroupKind::ConnectInjector:
        return TopologyScene::tr("Connect injector");
    case GroupKind::MeshGateway:
        return TopologyScene::tr("Mesh gateway");
    case GroupKind::AclInit:
        return TopologyScene::tr("server-acl-init job");
    case GroupKind::Other:
        break;
    }
    return TopologyScene::tr("Other pods");
}

void TopologyScene::layout()
{
    clear();
    m_items.clear();
    m_anchors.clear();
    m_sinceLayout.restart();
    ++m_layoutCount;
    if (!m_model)
        return;
    const QList<ClusterNode>& clusters = m_model->clusters();
    const qreal totalWidth = qMax<qreal>(clusters.size() * clusterWidth + (clusters.size() - 1) * clusterGap, 300);
    addVault(totalWidth / 2);
    qreal bottom = clusterTop;
    for (int i = 0; i < clusters.size(); ++i)
        bottom = qMax(bottom, addCluster(clusters.at(i), i * (clusterWidth + clusterGap), clusterTop));
    for (const TopologyLink& link : m_model->links())
        addLink(link);
    addLegend(bottom + 40);
    setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
    highlightSelection();
    Q_EMIT laidOut();
}

qreal TopologyScene::addVault(qreal centreX)
{
    const VaultNode& vault = m_model->vault();
    const QRectF rect(centreX - 170, 0, 340, 96);
    const Health health = vaultHealthClass(vault);
    auto* box = new QGraphicsPathItem(roundedRect(rect, 8));
    box->setBrush(m_colours.fill(health));
    box->setPen(QPen(m_colours.health(health), 2));
    addItem(remember(box, u"vault"_s, u"vault"_s));
    m_anchors.insert(u"vault"_s, rect);
    static const QStringList states {tr("unknown"), tr("active"), tr("sealed"), tr("unreachable")};
    const QString state = states.at(int(vault.health));
    text(tr("Vault"), box, rect.topLeft() + QPointF(pad, 8), m_colours.text(), 2, true);
    text(vault.address.isEmpty() ? tr("address not known yet") : vault.address, box, rect.topLeft() + QPointF(pad, 34),
        m_colours.text());
    const QString pod
        = vault.pod ? tr("pod %1: %2").arg(vault.pod->name, vault.pod->status.status) : tr("no server pod seen");
    text(tr("%1 · %2").arg(state, pod), box, rect.topLeft() + QPointF(pad, 56), m_colours.text());
    box->setToolTip(
        tr("<b>Vault</b><br>state: %1<br>%2<br>%3").arg(state, vault.reason.toHtmlEscaped(), pod.toHtmlEscaped()));
    if (vault.pod) {
        box->setData(KindKey, u"pod"_s);
        box->setData(DatacenterKey, vault.datacenter);
        box->setData(PodKeyKey, PodModel::keyOf(*vault.pod));
    }
    return rect.bottom();
}

QString TopologyScene::clusterSubtitle(const ClusterNode& cluster) const
{
    QString connection;
    switch (cluster.connection) {
    case ClusterConnectionState::Connected:
        connection = tr("connected");
        break;
    case ClusterConnectionState::Reconnecting:
        connection = tr("reconnecting: %1").arg(cluster.connectionReason);
        break;
    case ClusterConnectionState::Failed:
        connection = tr("failed: %1").arg(cluster.connectionReason);
        break;
    case ClusterConnectionState::Unknown:
        connection = tr("not connected");
        break;
    }
    return tr("%1 · %2").arg(cluster.kubeContext.isEmpty() ? tr("no context") : cluster.kubeContext, connection);
}

qreal TopologyScene::addCluster(const ClusterNode& cluster, qreal x, qreal y)
{
    auto* frame = new QGraphicsRectItem;
    addItem(remember(frame, u"cluster:"_s + cluster.datacenter, u"cluster"_s));
    const QString role = cluster.primary ? tr("primary") : tr("secondary");
    text(tr("%1 (%2)").arg(cluster.datacenter, role), frame, {x + pad, y + 8}, m_colours.text(), 2, true);
    const QString subtitle = clusterSubtitle(cluster);
    auto* sub = text(elided(subtitle, QFont(), clusterWidth - 130), frame, {x + pad, y + 32},
        cluster.connection == ClusterConnectionState::Failed ? m_colours.health(Health::Failing) : m_colours.text());
    sub->setData(IdKey, QString(u"connection:"_s + cluster.datacenter));
    m_items.insert(u"connection:"_s + cluster.datacenter, sub);

    const QRectF api(x + clusterWidth - 110, y + 10, 98, 28);
    auto* apiBox = new QGraphicsPathItem(roundedRect(api, 4), frame);
    apiBox->setPen(QPen(m_colours.frame(), 1.5));
    apiBox->setBrush(m_colours.groupFill());
    remember(apiBox, cluster.datacenter + u"/api"_s, u"api"_s);
    text(tr("API server"), apiBox, api.topLeft() + QPointF(10, 6), m_colours.text());
    m_anchors.insert(cluster.datacenter + u"/api"_s, api);

    qreal cursor = y + headerHeight;
    for (const PodGroup& group : cluster.groups)
        cursor = addGroup(cluster, group, frame, x + pad, cursor) + gap * 2;
    const QRectF rect(x, y, clusterWidth, cursor - y + pad);
    frame->setRect(rect);
    frame->setBrush(m_colours.clusterFill());
    QPen pen(cluster.stale ? m_colours.mutedText() : m_colours.frame(), 2);
    pen.setStyle(cluster.stale ? Qt::DashLine : Qt::SolidLine);
    frame->setPen(pen);
    const QString stale = cluster.stale ? tr("<br><b>stale</b>: the pods shown may be out of date") : QString();
    frame->setToolTip(tr("<b>%1</b><br>%2<br>%n pod(s)%3", nullptr, cluster.podCount)
                          .arg(cluster.datacenter, subtitle.toHtmlEscaped(), stale));
    if (cluster.stale) {
        auto* badge = text(tr("STALE"), frame, {x + clusterWidth - 60, y + 40}, m_colours.mutedText(), 0, true);
        m_items.insert(u"stale:"_s + cluster.datacenter, badge);
        for (QGraphicsItem* child : frame->childItems()) {
            if (child != badge)
                child->setOpacity(0.5);
        }
    }
    return rect.bottom();
}

qreal TopologyScene::addGroup(
    const ClusterNode& cluster, const PodGroup& group, QGraphicsItem* parent, qreal x, qreal y)
{
    auto* box = new QGraphicsRectItem(parent);
    remember(box, group.id, u"group"_s);
    auto* marker = new QGraphicsRectItem(x + pad, y + 10, 10, 10, box);
    marker->setBrush(m_colours.health(group.health));
    marker->setPen(Qt::NoPen);
    const QString title = tr("%1 · %n pod(s)", nullptr, int(group.pods.size())).arg(groupTitle(group.kind));
    text(title, box, {x + pad + 16, y + 6}, m_colours.text(), 0, true);
    qreal bottom = y + 28;
    if (group.pods.isEmpty()) {
        text(tr("no pods"), box, {x + pad, bottom}, m_colours.mutedText());
        bottom += 22;
    } else if (group.pods.size() > m_foldThreshold && !isUnfolded(group.id)) {
        addFolded(group, box, x + pad, bottom);
        bottom += 44;
    } else {
        if (group.pods.size() > m_foldThreshold) {
            auto* fold = text(tr("fold"), box, {x + groupWidth - pad - 40, y + 6}, m_colours.highlight());
            remember(fold, u"fold:"_s + group.id, u"fold"_s);
        }
        bottom = addChips(cluster, group, box, x + pad, bottom);
    }
    const QRectF rect(x, y, groupWidth, bottom - y + pad / 2);
    box->setRect(rect);
    box->setBrush(m_colours.groupFill());
    box->setPen(QPen(m_colours.frame(), 1));
    m_anchors.insert(group.id, rect);
    return rect.bottom();
}

void TopologyScene::addFolded(const PodGroup& group, QGraphicsItem* parent, qreal x, qreal y)
{
    QStringList parts;
    for (const auto& [status, count] : group.statusCounts())
        parts << tr("%1 %2").arg(status).arg(count);
    const QRectF rect(x, y, groupWidth - 2 * pad, 38);
    auto* summary = new QGraphicsPathItem(roundedRect(rect, 4), parent);
    summary->setBrush(m_colours.fill(group.health));
    summary->setPen(QPen(m_colours.health(group.health), 1));
    remember(summary, u"fold:"_s + group.id, u"fold"_s);
    const QString counts = parts.join(tr(", "));
    auto* line
        = text(elided(counts, QFont(), rect.width() - 16), summary, rect.topLeft() + QPointF(8, 3), m_colours.text());
    line->setData(IdKey, QString(u"counts:"_s + group.id));
    line->setData(PodKeyKey, counts);
    text(tr("click to show every pod"), summary, rect.topLeft() + QPointF(8, 20), m_colours.mutedText(), -1);
    summary->setToolTip(counts);
}

qreal TopologyScene::addChips(
    const ClusterNode& cluster, const PodGroup& group, QGraphicsItem* parent, qreal x, qreal y)
{
    for (int i = 0; i < group.pods.size(); ++i)
        addChip(cluster, group.pods.at(i), parent,
            {x + (i % columns) * (chipWidth + gap), y + (i / columns) * (chipHeight + gap)});
    const int rows = int((group.pods.size() + columns - 1) / columns);
    return y + rows * (chipHeight + gap);
}

void TopologyScene::addChip(const ClusterNode& cluster, const PodSummary& pod, QGraphicsItem* parent, QPointF at)
{
    const Health health = healthOf(pod.status.health);
    auto* chip = new QGraphicsPathItem(roundedRect({at, QSizeF(chipWidth, chipHeight)}, 4), parent);
    chip->setBrush(m_colours.fill(health));
    chip->setPen(QPen(m_colours.health(health), 1));
    chip->setData(BorderKey, m_colours.health(health));
    chip->setData(DatacenterKey, cluster.datacenter);
    chip->setData(PodKeyKey, PodModel::keyOf(pod));
    remember(chip, u"pod:"_s + cluster.datacenter + u'/' + PodModel::keyOf(pod), u"pod"_s);
    auto* name = text(QString(), chip, at + QPointF(6, 2), m_colours.text());
    name->setText(elided(pod.name, name->font(), chipWidth - 12));
    auto* status = text(QString(), chip, at + QPointF(6, 18), m_colours.text(), -1, true);
    status->setText(elided(pod.status.status, status->font(), chipWidth - 12));
    chip->setToolTip(podToolTip(pod));
}

QString TopologyScene::podToolTip(const PodSummary& pod) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return tr("<b>%1</b> (%2)<br>READY %3 · STATUS %4<br>RESTARTS %5 · AGE %6<br>NODE %7")
        .arg(pod.name.toHtmlEscaped(), pod.namespaceName.toHtmlEscaped(), pod.status.readyText(),
            pod.status.status.toHtmlEscaped(), pod.status.restartsText(now), pod.status.ageText(now),
            pod.node.isEmpty() ? tr("<none>").toHtmlEscaped() : pod.node.toHtmlEscaped());
}

QString TopologyScene::linkTitle(const TopologyLink& link) const
{
    const QString primary = m_model->clusters().isEmpty() ? QString() : m_model->clusters().first().datacenter;
    switch (link.kind) {
    case LinkKind::AgentsToVault:
        return tr("Vault agents in %1 → Vault").arg(link.datacenter);
    case LinkKind::VaultToApiServer:
        return tr("Vault → API server of %1 (token review)").arg(link.datacenter);
    case LinkKind::ServersToApiServer:
        return tr("Consul servers of %1 → API server of %2 (k8sAuthMethodHost)").arg(primary, link.datacenter);
    case LinkKind::MeshGatewayWan:
        return tr("Mesh gateway of %1 → mesh gateway of %2 (WAN)").arg(link.datacenter, primary);
    }
    return {};
}

void TopologyScene::addLink(const TopologyLink& link)
{
    if (!m_anchors.contains(link.from) || !m_anchors.contains(link.to))
        return;
    const QRectF from = m_anchors.value(link.from);
    const QRectF to = m_anchors.value(link.to);
    const QPainterPath path
        = link.kind == LinkKind::ServersToApiServer ? routeAboveClusters(from, to) : straight(from, to);
    auto* line = new QGraphicsPathItem(path);
    line->setPen(m_colours.linkPen(link.state));
    line->setZValue(10);
    addItem(remember(line, u"link:"_s + link.id, u"link"_s));
    // A routed link is labelled on its vertical run in the gap between clusters.
    const QPointF labelAt = path.elementCount() > 2 ? (QPointF(path.elementAt(1)) + QPointF(path.elementAt(2))) / 2
                                                    : path.pointAtPercent(0.5);
    addLinkLabel(link, line, labelAt);
    static const QStringList states {tr("not verified"), tr("works"), tr("failing")};
    const QString source = link.fromEngine ? tr("checked by the setup engine") : tr("read from the pods");
    line->setToolTip(
        tr("<b>%1</b><br>%2 (%3)<br>%4")
            .arg(linkTitle(link).toHtmlEscaped(), states.at(int(link.state)), source, link.evidence.toHtmlEscaped()));
    for (QGraphicsItem* child : line->childItems())
        child->setToolTip(line->toolTip());
}

QPainterPath TopologyScene::straight(const QRectF& from, const QRectF& to)
{
    QPainterPath path(edgePoint(from, to.center()));
    path.lineTo(edgePoint(to, from.center()));
    return path;
}

QPainterPath TopologyScene::routeAboveClusters(const QRectF& from, const QRectF& to)
{
    // From the side of the group, through the gap after its cluster, above the cluster frames,
    // down into the API server box: no group or title is crossed.
    const qreal gapX = from.right() + pad + clusterGap / 2;
    const qreal aboveY = clusterTop - 14;
    QPainterPath path({from.right(), from.center().y()});
    path.lineTo(gapX, from.center().y());
    path.lineTo(gapX, aboveY);
    path.lineTo(to.center().x(), aboveY);
    path.lineTo(to.center().x(), to.top());
    return path;
}

void TopologyScene::addLinkLabel(const TopologyLink& link, QGraphicsItem* line, QPointF centre)
{
    static const QStringList labels {tr("agents"), tr("token review"), tr("k8sAuthMethodHost"), tr("WAN")};
    auto* label = new QGraphicsSimpleTextItem(labels.at(int(link.kind)));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() - 1);
    label->setFont(font);
    label->setBrush(m_colours.text());
    const QRectF bounds = label->boundingRect().adjusted(-4, -2, 4, 2);
    auto* badge = new QGraphicsPathItem(roundedRect(bounds, 3), line);
    badge->setBrush(m_colours.groupFill());
    badge->setPen(QPen(m_colours.linkPen(link.state).color(), 1));
    label->setParentItem(badge);
    badge->setPos(centre - bounds.center());
}

void TopologyScene::addLegend(qreal y)
{
    auto* legend = new QGraphicsRectItem;
    addItem(remember(legend, u"legend"_s, u"legend"_s));
    text(tr("Pods"), legend, {0, y}, m_colours.text(), 0, true);
    const QList<std::pair<Health, QString>> pods {{Health::Healthy, tr("running and ready, completed")},
        {Health::Progressing, tr("starting: Pending, Init, ContainerCreating")},
        {Health::Failing, tr("failing: CrashLoopBackOff, Error")}, {Health::Unknown, tr("no pods")}};
    qreal x = 60;
    for (const auto& [health, label] : pods) {
        auto* swatch = new QGraphicsRectItem(x, y + 2, 14, 14, legend);
        swatch->setBrush(m_colours.fill(health));
        swatch->setPen(QPen(m_colours.health(health), 1.5));
        x = text(label, legend, {x + 20, y}, m_colours.text())->sceneBoundingRect().right() + 24;
    }
    text(tr("Links"), legend, {0, y + 26}, m_colours.text(), 0, true);
    const QList<std::pair<LinkState, QString>> links {{LinkState::Ok, tr("works (solid)")},
        {LinkState::Failing, tr("failing (dashed)")}, {LinkState::Unknown, tr("not verified (dotted)")}};
    x = 60;
    for (const auto& [state, label] : links) {
        auto* sample = new QGraphicsPathItem(legend);
        QPainterPath path({x, y + 35});
        path.lineTo(x + 40, y + 35);
        sample->setPath(path);
        sample->setPen(m_colours.linkPen(state));
        x = text(label, legend, {x + 48, y + 26}, m_colours.text())->sceneBoundingRect().right() + 24;
    }
    text(tr("Stale clusters are drawn with a dashed frame and marked STALE."), legend, {0, y + 52},
        m_colours.mutedText());
}

} // namespace meshfed
