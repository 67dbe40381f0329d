#include "gui/common/Dialogs.h"
#include "gui/topology/TopologyScene.h"
#include "gui/topology/TopologyView.h"
#include "gui/topology/TopologyWidget.h"
#include "model/kube/PodModel.h"
#include "tests/support/PodFixtures.h"

#include <QAbstractGraphicsShapeItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace meshfed;
using namespace meshfed::fixtures;
using namespace Qt::StringLiterals;

namespace {

/// Every text below an item, joined by newlines.
QString textsOf(const QGraphicsItem* item)
{
    QStringList texts;
    if (const auto* text = dynamic_cast<const QGraphicsSimpleTextItem*>(item))
        texts << text->text();
    for (const QGraphicsItem* child : item->childItems())
        texts << textsOf(child);
    texts.removeAll(QString());
    return texts.join(u'\n');
}

QPen penOf(const QGraphicsItem* item)
{
    return static_cast<const QAbstractGraphicsShapeItem*>(item)->pen();
}

QJsonObject server(const QString& dc, int i, PodShape shape)
{
    return pod(u"consul-server-%1"_s.arg(i), consulLabels(u"consul-"_s + dc, u"server"_s), shape);
}

} // namespace

class TestTopologyScene : public QObject
{
    Q_OBJECT

private:
    PodModel m_dc1;
    PodModel m_dc2;
    std::unique_ptr<TopologyModel> m_topology;
    std::unique_ptr<TopologyScene> m_scene;

private Q_SLOTS:
    void init()
    {
        m_dc1.clear();
        m_dc2.clear();
        m_topology = std::make_unique<TopologyModel>();
        m_topology->setPlan(FederationPlan::defaults());
        m_topology->setPodModel(u"dc1"_s, &m_dc1);
        m_topology->setPodModel(u"dc2"_s, &m_dc2);
        m_scene = std::make_unique<TopologyScene>(m_topology.get());
    }

    void showsVaultClustersGroupsLinksAndLegend()
    {
        for (const QString& id : {u"vault"_s, u"cluster:dc1"_s, u"cluster:dc2"_s, u"dc1/api"_s, u"dc2/api"_s,
                 u"dc1/consul-servers"_s, u"dc2/mesh-gateway"_s, u"legend"_s})
            QVERIFY2(m_scene->itemFor(id), qPrintable(id));
        QVERIFY(m_scene->itemFor(u"link:"_s + TopologyModel::wanLinkId(u"dc2"_s)));
        QVERIFY(textsOf(m_scene->itemFor(u"cluster:dc1"_s)).contains(u"dc1 (primary)"_s));
        QVERIFY(textsOf(m_scene->itemFor(u"dc1/consul-servers"_s)).contains(u"no pods"_s));
        // Vault sits above the clusters, which sit side by side, primary first.
        const QRectF vault = m_scene->itemFor(u"vault"_s)->sceneBoundingRect();
        const QRectF dc1 = m_scene->itemFor(u"cluster:dc1"_s)->sceneBoundingRect();
        const QRectF dc2 = m_scene->itemFor(u"cluster:dc2"_s)->sceneBoundingRect();
        QVERIFY(vault.bottom() < dc1.top());
        QVERIFY(dc1.right() < dc2.left());
        QVERIFY(vault.center().x() > dc1.right() && vault.center().x() < dc2.left());
    }

    void itemsFollowTheModel()
    {
        m_dc2.applyEvent(PodEvent::Type::Added, server(u"dc2"_s, 0, PodShape::InitCrashLoop));
        QTRY_VERIFY(m_scene->itemFor(u"pod:dc2/uid-consul-server-0"_s));
        const auto chip = [this] { return m_scene->itemFor(u"pod:dc2/uid-consul-server-0"_s); };
        QVERIFY(textsOf(chip()).contains(u"Init:CrashLoopBackOff"_s));
        QVERIFY(chip()->toolTip().contains(u"RESTARTS 3"_s));
        QVERIFY(chip()->toolTip().contains(u"NODE node-1"_s));
        QVERIFY(m_scene->itemFor(u"dc2/consul-servers"_s)->sceneBoundingRect().contains(chip()->sceneBoundingRect()));
        const QColor failing = penOf(chip()).color();
        // The agents→Vault link of dc2 is failing, drawn dashed.
        QTRY_COMPARE(
            penOf(m_scene->itemFor(u"link:"_s + TopologyModel::agentsToVaultLinkId(u"dc2"_s))).style(), Qt::DashLine);

        m_dc2.applyEvent(PodEvent::Type::Modified, server(u"dc2"_s, 0, PodShape::Running));
        QTRY_VERIFY(textsOf(chip()).contains(u"Running"_s));
        QVERIFY(penOf(chip()).color() != failing);
        QTRY_COMPARE(
            penOf(m_scene->itemFor(u"link:"_s + TopologyModel::agentsToVaultLinkId(u"dc2"_s))).style(), Qt::SolidLine);
        m_dc2.applyEvent(PodEvent::Type::Deleted, server(u"dc2"_s, 0, PodShape::Running));
        QTRY_VERIFY(!m_scene->itemFor(u"pod:dc2/uid-consul-server-0"_s));
    }

    void relayoutIsThrottled()
    {
        const int before = m_scene->layoutCount();
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 40; ++i) {
            m_dc1.applyEvent(PodEvent::Type::Added, server(u"dc1"_s, i, PodShape::Running));
            QTest::qWait(10); // model changes every ~10 ms for ~400 ms
        }
        QTRY_VERIFY(
            m_scene->itemFor(u"pod:dc1/uid-consul-server-39"_s) || m_scene->itemFor(u"fold:dc1/consul-servers"_s));
        const int layouts = m_scene->layoutCount() - before;
        const int bound = int(clock.elapsed() / TopologyScene::minimumRelayoutIntervalMs) + 2;
        QVERIFY2(
            layouts <= bound, qPrintable(u"%1 layouts for 40 changes in %2 ms"_s.arg(layouts).arg(clock.elapsed())));
        QVERIFY(layouts >= 1);
    }

    void foldsLargeGroupsAndUnfoldsOnClick()
    {
        m_scene->setFoldThreshold(5);
        QList<PodEvent> events;
        for (int i = 0; i < 10; ++i)
            events << PodEvent::fromJson(PodEvent::Type::Added, server(u"dc1"_s, i, PodShape::Running));
        for (int i = 10; i < 12; ++i)
            events << PodEvent::fromJson(PodEvent::Type::Added, server(u"dc1"_s, i, PodShape::Pending));
        events << PodEvent::fromJson(PodEvent::Type::Added, server(u"dc1"_s, 12, PodShape::CrashLoop));
        m_dc1.applyEvents(events);
        m_topology->refresh();
        m_scene->relayoutNow();
        QGraphicsItem* folded = m_scene->itemFor(u"fold:dc1/consul-servers"_s);
        QVERIFY(folded);
        QVERIFY(!m_scene->itemFor(u"pod:dc1/uid-consul-server-0"_s));
        QVERIFY2(textsOf(folded).contains(u"Running 10, Pending 2, CrashLoopBackOff 1"_s), qPrintable(textsOf(folded)));

        TopologyView view;
        view.setScene(m_scene.get());
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.centerOn(folded);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(folded->sceneBoundingRect().center()));
        QVERIFY(m_scene->isUnfolded(u"dc1/consul-servers"_s));
        QVERIFY(m_scene->itemFor(u"pod:dc1/uid-consul-server-0"_s));
        QVERIFY(m_scene->itemFor(u"pod:dc1/uid-consul-server-12"_s));

        // Clicking a chip selects its pod.
        QSignalSpy selected(m_scene.get(), &TopologyScene::podSelected);
        QGraphicsItem* chip = m_scene->itemFor(u"pod:dc1/uid-consul-server-12"_s);
        view.centerOn(chip);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(chip->sceneBoundingRect().center()));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().at(0).toString(), u"dc1"_s);
        QCOMPARE(selected.first().at(1).toString(), u"uid-consul-server-12"_s);
        QCOMPARE(penOf(chip).widthF(), 3.0);

        // The header's "fold" folds the group again.
        QGraphicsItem* fold = m_scene->itemFor(u"fold:dc1/consul-servers"_s);
        view.centerOn(fold);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(fold->sceneBoundingRect().center()));
        QVERIFY(!m_scene->isUnfolded(u"dc1/consul-servers"_s));
        QVERIFY(!m_scene->itemFor(u"pod:dc1/uid-consul-server-0"_s));
    }

    void linkStatesAreDrawnWithPatterns()
    {
        const QString wan = TopologyModel::wanLinkId(u"dc2"_s);
        m_scene->relayoutNow();
        QCOMPARE(penOf(m_scene->itemFor(u"link:"_s + wan)).style(), Qt::DotLine);
        m_topology->setLinkResult(wan, LinkState::Failing, u"dial tcp 192.0.2.30:8443: i/o timeout"_s);
        m_scene->relayoutNow();
        QGraphicsItem* line = m_scene->itemFor(u"link:"_s + wan);
        QCOMPARE(penOf(line).style(), Qt::DashLine);
        QVERIFY(line->toolTip().contains(u"i/o timeout"_s));
        QVERIFY(line->toolTip().contains(u"setup engine"_s));
        m_topology->setLinkResult(wan, LinkState::Ok, u"WAN members: 2"_s);
        m_scene->relayoutNow();
        QCOMPARE(penOf(m_scene->itemFor(u"link:"_s + wan)).style(), Qt::SolidLine);
    }

    void connectionStateAndStaleAreShown()
    {
        m_topology->setConnectionState(u"dc1"_s, ClusterConnectionState::Connected);
        m_topology->setConnectionState(u"dc2"_s, ClusterConnectionState::Reconnecting, u"watch closed: EOF"_s);
        m_scene->relayoutNow();
        QVERIFY(textsOf(m_scene->itemFor(u"cluster:dc1"_s)).contains(u"connected"_s));
        QVERIFY(!m_scene->itemFor(u"stale:dc1"_s));
        QVERIFY(m_scene->itemFor(u"stale:dc2"_s));
        QVERIFY(m_scene->itemFor(u"cluster:dc2"_s)->toolTip().contains(u"watch closed: EOF"_s));
        QVERIFY(m_scene->itemFor(u"cluster:dc2"_s)->toolTip().contains(u"stale"_s));
        QCOMPARE(penOf(m_scene->itemFor(u"cluster:dc2"_s)).style(), Qt::DashLine);
        m_topology->setConnectionState(
            u"dc2"_s, ClusterConnectionState::Failed, u"x509: certificate signed by unknown authority"_s);
        m_scene->relayoutNow();
        QVERIFY(m_scene->itemFor(u"cluster:dc2"_s)->toolTip().contains(u"failed: x509"_s));
    }

    void thirdDatacenterAppears()
    {
        FederationPlan plan = FederationPlan::defaults();
        plan.addSecondary(u"dc3"_s);
        m_topology->setPlan(plan);
        m_scene->relayoutNow();
        QVERIFY(m_scene->itemFor(u"cluster:dc3"_s));
        QVERIFY(m_scene->itemFor(u"link:"_s + TopologyModel::serversToApiServerLinkId(u"dc3"_s)));
        QVERIFY(m_scene->itemFor(u"cluster:dc2"_s)->sceneBoundingRect().right()
            < m_scene->itemFor(u"cluster:dc3"_s)->sceneBoundingRect().left());
    }

    void viewZoomsPansAndFits()
    {
        TopologyView view;
        view.setScene(m_scene.get());
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.zoom(), 1.0);
        QTest::keyClick(&view, Qt::Key_Plus);
        QCOMPARE(view.zoom(), 1.25);
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_Minus);
        QCOMPARE(view.zoom(), 0.8);
        QWheelEvent wheel(QPointF(100, 100), view.mapToGlobal(QPointF(100, 100)), {}, {0, 120}, Qt::NoButton,
            Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &wheel);
        QCOMPARE(view.zoom(), 1.0);
        QTest::keyClick(&view, Qt::Key_F); // fit: every item is visible
        QVERIFY(view.zoom() < 1.0);
        QVERIFY(view.mapToScene(view.viewport()->rect()).boundingRect().contains(m_scene->itemsBoundingRect()));
        QCOMPARE(view.dragMode(), QGraphicsView::ScrollHandDrag);
    }

    void coloursFollowThePalette()
    {
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
        const TopologyPalette lightColours(light);
        const TopologyPalette darkColours(dark);
        QVERIFY(!lightColours.dark());
        QVERIFY(darkColours.dark());
        QVERIFY(lightColours.fill(Health::Failing).lightness() > darkColours.fill(Health::Failing).lightness());
        QVERIFY(lightColours.health(Health::Healthy) != lightColours.health(Health::Failing));
        m_scene->setColours(dark);
        m_scene->relayoutNow();
        QCOMPARE(m_scene->backgroundBrush().color(), dark.color(QPalette::Window));
    }

    void exportsPngAndSvgThroughTheFileDialogSeam()
    {
        m_dc1.applyEvent(PodEvent::Type::Added, server(u"dc1"_s, 0, PodShape::Running));
        m_topology->refresh();
        TopologyWidget widget(m_topology.get());
        QTemporaryDir dir;
        const QString png = dir.filePath(u"topology.png"_s);
        FileDialogs::setNextFileName(png);
        QVERIFY(widget.exportImage());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 500 && image.height() > 300);
        QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2).isValid());

        const QString svg = dir.filePath(u"topology.svg"_s);
        FileDialogs::setNextFileName(svg);
        QVERIFY(widget.exportImage());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("<svg"));
        QVERIFY(content.contains("consul-server-0"));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());

        FileDialogs::setNextFileName({}); // cancelled
        QVERIFY(!widget.exportImage());
    }
};

QTEST_MAIN(TestTopologyScene)
#include "tst_topologyscene.moc"
