#include "gui/pods/PodDetailsView.h"
#include "services/sim/kube/SimCluster.h"
#include "services/sim/kube/SimPodDetailsSource.h"
#include "tests/support/PodFixtures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace meshfed;
using namespace meshfed::fixtures;
using namespace Qt::StringLiterals;

class TestPodDetails : public QObject
{
    Q_OBJECT

private:
    /// A simulated cluster's store and logs, as the details source reads them (no server needed).
    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<SimPodDetailsSource> m_source;

    QJsonObject failingPod()
    {
        return pod(u"consul-server-0"_s, consulLabels(u"consul-dc2"_s, u"server"_s), PodShape::InitCrashLoop);
    }

private Q_SLOTS:
    void init()
    {
        m_cluster = std::make_unique<SimCluster>(u"sim-dc2"_s);
        m_source = std::make_unique<SimPodDetailsSource>();
        m_source->addCluster(u"dc2"_s, m_cluster.get());
        const QJsonObject object = failingPod();
        m_cluster->store().create({u"pods"_s, u"default"_s, u"consul-server-0"_s}, object);
        const QJsonObject stored = *m_cluster->store().get({u"pods"_s, u"default"_s, u"consul-server-0"_s});
        m_cluster->recordEvent(stored, u"Normal"_s, u"Scheduled"_s, u"Successfully assigned default/consul-server-0"_s);
        m_cluster->recordEvent(
            stored, u"Warning"_s, u"BackOff"_s, u"Back-off restarting failed container vault-agent-init"_s);
        m_cluster->recordEvent(
            QJsonObject {{u"kind"_s, u"Pod"_s},
                {u"metadata"_s, QJsonObject {{u"name"_s, u"other"_s}, {u"namespace"_s, u"default"_s}}}},
            u"Normal"_s, u"Pulled"_s, u"not about our pod"_s);
        m_cluster->appendLog(u"default"_s, u"consul-server-0"_s, u"main"_s, u"main log"_s);
        for (int i = 0; i < 5; ++i)
            m_cluster->appendLog(u"default"_s, u"consul-server-0"_s, u"vault-agent-init"_s,
                u"[ERROR] agent.auth.handler: error authenticating: attempt %1: Code: 403 permission denied"_s.arg(i));
    }

    void choosesTheFailingContainerFirst()
    {
        QCOMPARE(PodDetailsView::initialContainer(PodSummary::fromJson(failingPod())), u"vault-agent-init"_s);
        QCOMPARE(
            PodDetailsView::initialContainer(PodSummary::fromJson(pod(u"x"_s, {}, PodShape::CrashLoop))), u"main"_s);
        QCOMPARE(PodDetailsView::initialContainer(PodSummary::fromJson(pod(u"x"_s, {}, PodShape::Running))), u"main"_s);
    }

    void failingPodOpensOnTheAgentLogWithItsEvents()
    {
        PodDetailsView view(m_source.get());
        view.showPod(u"dc2"_s, PodSummary::fromJson(failingPod()));
        QCOMPARE(view.currentContainer(), u"vault-agent-init"_s);
        QTRY_VERIFY(view.logText().contains(u"Code: 403 permission denied"_s));
        QVERIFY(!view.logText().contains(u"main log"_s));
        QTRY_COMPARE(view.eventCount(), 2);
        auto* events = view.findChild<QTreeWidget*>(u"podEvents"_s);
        QStringList reasons;
        for (int i = 0; i < events->topLevelItemCount(); ++i)
            reasons << events->topLevelItem(i)->text(1);
        QCOMPARE(reasons, (QStringList {u"Scheduled"_s, u"BackOff"_s}));
        auto* containers = view.findChild<QTreeWidget*>(u"podContainers"_s);
        QCOMPARE(containers->topLevelItemCount(), 2);
        QCOMPARE(containers->topLevelItem(0)->text(0), u"vault-agent-init"_s);
        QCOMPARE(containers->topLevelItem(0)->text(1), u"init"_s);
        QCOMPARE(containers->topLevelItem(0)->text(3), u"CrashLoopBackOff"_s);
        QCOMPARE(containers->topLevelItem(0)->text(5), u"3"_s);
    }

    void tailAndFollow()
    {
        PodDetailsView view(m_source.get());
        auto* tail = view.findChild<QSpinBox*>(u"logTail"_s);
        tail->setValue(10); // the minimum
        view.showPod(u"dc2"_s, PodSummary::fromJson(failingPod()));
        QTRY_VERIFY(view.logText().contains(u"attempt 4"_s));
        for (int i = 5; i < 20; ++i)
            m_cluster->appendLog(u"default"_s, u"consul-server-0"_s, u"vault-agent-init"_s, u"attempt %1"_s.arg(i));
        QCOMPARE(view.logText().count(u'\n'), 4); // not following: unchanged
        view.findChild<QCheckBox*>(u"logFollow"_s)->setChecked(true);
        QTRY_VERIFY(view.logText().contains(u"attempt 19"_s));
        QVERIFY(!view.logText().contains(u"attempt 9\n"_s)); // tail 10: attempts 10..19
        m_cluster->appendLog(u"default"_s, u"consul-server-0"_s, u"vault-agent-init"_s, u"attempt 20"_s);
        QVERIFY(view.logText().endsWith(u"attempt 20"_s));
        m_cluster->appendLog(u"default"_s, u"consul-server-0"_s, u"main"_s, u"not followed"_s);
        QVERIFY(!view.logText().contains(u"not followed"_s));
    }

    void otherContainerOnRequest()
    {
        PodDetailsView view(m_source.get());
        view.showPod(u"dc2"_s, PodSummary::fromJson(failingPod()));
        QTRY_VERIFY(!view.logText().isEmpty());
        view.findChild<QComboBox*>(u"logContainer"_s)->setCurrentText(u"main"_s);
        QTRY_COMPARE(view.logText(), u"main log"_s);
    }

    void aChangedPodKeepsItsLog()
    {
        PodDetailsView view(m_source.get());
        view.showPod(u"dc2"_s, PodSummary::fromJson(failingPod()));
        QTRY_VERIFY(view.logText().contains(u"attempt 4"_s));
        view.updatePod(PodSummary::fromJson(
            pod(u"consul-server-0"_s, consulLabels(u"consul-dc2"_s, u"server"_s), PodShape::Running)));
        auto* containers = view.findChild<QTreeWidget*>(u"podContainers"_s);
        QCOMPARE(containers->topLevelItem(0)->text(3), u"Completed"_s);
        QVERIFY(view.findChild<QLabel*>(u"podTitle"_s)->text().contains(u"Running"_s));
        QVERIFY(view.logText().contains(u"attempt 4"_s));
        view.updatePod(PodSummary::fromJson(pod(u"another"_s, {}, PodShape::Pending))); // not the shown pod
        QVERIFY(view.findChild<QLabel*>(u"podTitle"_s)->text().contains(u"consul-server-0"_s));
    }

    void unknownClusterFails()
    {
        PodDetailsView view(m_source.get());
        QSignalSpy failed(m_source.get(), &PodDetailsSource::failed);
        view.showPod(u"dc9"_s, PodSummary::fromJson(failingPod()));
        QTRY_VERIFY(!failed.isEmpty());
        QTRY_VERIFY(view.logText().contains(u"dc9"_s));
    }
};

QTEST_MAIN(TestPodDetails)
#include "tst_poddetails.moc"
