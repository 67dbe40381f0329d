// Benchmark of the topology and pod tables with many pods: 2 clusters × 10,000 pods filled into
// the pod models, the topology model and scene and two pod tables, shown; then 1,000 watch
// events per second for a while. Reports the time to show, the GUI thread's busy share (its CPU
// time over wall time), the longest stall of a 10 ms heartbeat timer, and the peak RSS.
// Not a test: run it by hand (docs/PERFORMANCE.md). MESHFED_BENCH_PODS (per cluster),
// MESHFED_BENCH_SECONDS and MESHFED_BENCH_RATE (events/s) shrink it for the ctest smoke run.
#include "gui/pods/PodTableView.h"
#include "gui/topology/TopologyScene.h"
#include "gui/topology/TopologyView.h"
#include "gui/topology/TopologyWidget.h"
#include "model/kube/PodModel.h"
#include "model/topology/TopologyModel.h"
#include "tests/support/PodFixtures.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTest>

#include <sys/resource.h>

using namespace meshfed;
using namespace meshfed::fixtures;
using namespace Qt::StringLiterals;

namespace {

int setting(const char* name, int fallback)
{
    const int value = qEnvironmentVariableIntValue(name);
    return value > 0 ? value : fallback;
}

double threadCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

long peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

const QStringList components {u"server"_s, u"connect-injector"_s, u"mesh-gateway"_s, u"client"_s};

PodShape shapeOf(quint32 roll)
{
    if (roll % 50 == 0)
        return PodShape::CrashLoop;
    if (roll % 97 == 0)
        return PodShape::InitCrashLoop;
    if (roll % 31 == 0)
        return PodShape::Pending;
    return PodShape::Running;
}

QJsonObject benchPod(const QString& dc, int i, quint32 roll)
{
    return pod(u"consul-%1-%2"_s.arg(components.at(i % 4)).arg(i),
        consulLabels(u"consul-"_s + dc, components.at(i % 4)), shapeOf(roll), true, u"node-%1"_s.arg(i % 40));
}

} // namespace

class BenchTopology : public QObject
{
    Q_OBJECT

private:
    int m_pods = setting("MESHFED_BENCH_PODS", 10000);
    int m_seconds = setting("MESHFED_BENCH_SECONDS", 20);
    int m_rate = setting("MESHFED_BENCH_RATE", 1000);
    PodModel m_models[2];
    TopologyModel m_topology;
    std::unique_ptr<QWidget> m_window;
    TopologyWidget* m_topologyWidget = nullptr;

private Q_SLOTS:
    void timeToShow()
    {
        QList<QJsonArray> lists(2);
        for (int c = 0; c < 2; ++c) {
            for (int i = 0; i < m_pods; ++i)
                lists[c].append(benchPod(c == 0 ? u"dc1"_s : u"dc2"_s, i, QRandomGenerator::global()->generate()));
        }
        QElapsedTimer clock;
        clock.start();
        for (int c = 0; c < 2; ++c)
            m_models[c].resetFromList(lists.at(c));
        const qint64 filled = clock.elapsed();
        m_topology.setPlan(FederationPlan::defaults());
        m_topology.setPodModel(u"dc1"_s, &m_models[0]);
        m_topology.setPodModel(u"dc2"_s, &m_models[1]);
        for (int c = 0; c < 2; ++c)
            m_topology.setConnectionState(c == 0 ? u"dc1"_s : u"dc2"_s, ClusterConnectionState::Connected);
        const qint64 modelled = clock.elapsed();
        m_window = std::make_unique<QWidget>();
        auto* tabs = new QTabWidget;
        m_topologyWidget = new TopologyWidget(&m_topology);
        tabs->addTab(new PodTableView(u"dc1"_s, &m_models[0]), u"dc1"_s);
        tabs->addTab(new PodTableView(u"dc2"_s, &m_models[1]), u"dc2"_s);
        auto* layout = new QHBoxLayout(m_window.get());
        layout->addWidget(m_topologyWidget, 2);
        layout->addWidget(tabs, 1);
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_topologyWidget->view()->fitToScene();
        m_topologyWidget->view()->viewport()->repaint();
        QCoreApplication::processEvents();
        const qint64 shown = clock.elapsed();
        qInfo(
            "%d pods per cluster: models filled %lld ms, topology %lld ms, shown and painted %lld ms, RSS peak %ld MiB",
            m_pods, filled, modelled - filled, shown, peakRssMiB());
        QCOMPARE(m_topology.cluster(u"dc1"_s)->podCount, m_pods);
    }

    /// What one change costs the GUI thread, apart: regrouping 2 × N pods, and rebuilding the scene.
    void recomputeAndRelayout()
    {
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 10; ++i)
            m_topology.setPlan(FederationPlan::defaults()); // recomputes everything, as a pod batch does
        const double recompute = clock.nsecsElapsed() / 1e7;
        clock.restart();
        for (int i = 0; i < 10; ++i)
            m_topologyWidget->scene()->relayoutNow();
        const double relayout = clock.nsecsElapsed() / 1e7;
        clock.restart();
        for (int i = 0; i < 10; ++i)
            m_topologyWidget->view()->viewport()->repaint();
        const double paint = clock.nsecsElapsed() / 1e7;
        qInfo("per change: topology recompute %.1f ms, scene relayout %.1f ms, repaint %.1f ms", recompute, relayout,
            paint);
        QVERIFY(m_topologyWidget->scene()->itemFor(u"fold:dc1/consul-servers"_s));
    }

    void eventsPerSecond()
    {
        const int batchesPerSecond = 10;
        const int batch = qMax(1, m_rate / batchesPerSecond);
        int nextNew = m_pods;
        QElapsedTimer heartbeat;
        heartbeat.start();
        qint64 longestStall = 0;
        QTimer beat;
        beat.setInterval(10);
        connect(&beat, &QTimer::timeout, this, [&] { longestStall = qMax(longestStall, heartbeat.restart() - 10); });
        QTimer feeder;
        feeder.setInterval(1000 / batchesPerSecond);
        int sent = 0;
        qint64 decodingNs = 0; // building and decoding the events: the watcher's work, not the views'
        QElapsedTimer decoding;
        connect(&feeder, &QTimer::timeout, this, [&] {
            for (int c = 0; c < 2; ++c) {
                decoding.start();
                QList<PodEvent> events;
                const QString dc = c == 0 ? u"dc1"_s : u"dc2"_s;
                for (int k = 0; k < batch / 2; ++k) {
                    const quint32 roll = QRandomGenerator::global()->generate();
                    const int i = int(roll % quint32(m_pods));
                    if (k % 20 == 0) { // churn: a new pod, and one deleted
                        events << PodEvent {PodEvent::Type::Added, PodSummary::fromJson(benchPod(dc, nextNew++, roll))};
                        events << PodEvent {
                            PodEvent::Type::Deleted, PodSummary::fromJson(benchPod(dc, nextNew - 50, roll))};
                    } else {
                        events << PodEvent {PodEvent::Type::Modified, PodSummary::fromJson(benchPod(dc, i, roll))};
                    }
                }
                decodingNs += decoding.nsecsElapsed();
                sent += int(events.size());
                m_models[c].applyEvents(events);
            }
        });
        const double cpuBefore = threadCpuMs();
        const int layoutsBefore = m_topologyWidget->scene()->layoutCount();
        QElapsedTimer wall;
        wall.start();
        beat.start();
        feeder.start();
        QTest::qWait(m_seconds * 1000);
        feeder.stop();
        beat.stop();
        const double busy = (threadCpuMs() - cpuBefore) / double(wall.elapsed());
        const double decodingShare = decodingNs / 1e6 / double(wall.elapsed());
        qInfo("%d events in %lld ms (%d/s asked): GUI thread busy %.1f %% (of which %.1f %% making and decoding the "
              "events), longest stall %lld ms, %d relayouts, RSS peak %ld MiB",
            sent, wall.elapsed(), m_rate, busy * 100, decodingShare * 100, longestStall,
            m_topologyWidget->scene()->layoutCount() - layoutsBefore, peakRssMiB());
        QVERIFY(sent > 0);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(BenchTopology)
#include "bench_topology.moc"
