// KubePodDetailsSource against the simulator's API server over real sockets: a pod's events (only
// its own), a container's last log lines, a followed log that stops when asked, and a clear
// failure for a datacenter without a cluster.
#include "services/kube/KubeClient.h"
#include "services/kube/KubePodDetailsSource.h"
#include "services/sim/kube/SimCluster.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace meshfed;

namespace {

QJsonObject pod(const QString& name)
{
    return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, name}, {u"namespace"_s, u"consul"_s}}}, {u"spec"_s, QJsonObject {}}};
}

} // namespace

class TestKubePodDetails : public QObject
{
    Q_OBJECT

private:
    SimCluster m_cluster {u"dc1"_s};
    QNetworkAccessManager m_nam;
    std::unique_ptr<KubeClient> m_kube;
    PodRef m_server;
    PodRef m_other;

    PodRef create(const QString& name)
    {
        const QJsonObject created
            = m_cluster.store().create({u"pods"_s, u"consul"_s, name}, pod(name)).value_or(QJsonObject {});
        const QString uid = created.value(u"metadata"_s).toObject().value(u"uid"_s).toString();
        return {u"dc1"_s, u"consul"_s, name, uid};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cluster.start());
        ResolvedKubeContext context;
        context.contextName = u"dc1"_s;
        context.namespaceName = u"consul"_s;
        context.server = m_cluster.url();
        context.caPem = m_cluster.caPem();
        context.authKind = KubeAuthKind::Token;
        context.token = m_cluster.adminToken();
        m_kube = std::make_unique<KubeClient>(&m_nam, context);
        m_server = create(u"consul-server-0"_s);
        m_other = create(u"consul-server-1"_s);
        QVERIFY(!m_server.uid.isEmpty());
    }

    void eventsAreThePodsOwn()
    {
        const QJsonObject server
            = m_cluster.store().get({u"pods"_s, u"consul"_s, m_server.name}).value_or(QJsonObject {});
        const QJsonObject other
            = m_cluster.store().get({u"pods"_s, u"consul"_s, m_other.name}).value_or(QJsonObject {});
        m_cluster.recordEvent(server, u"Warning"_s, u"BackOff"_s, u"Back-off restarting failed container"_s);
        m_cluster.recordEvent(server, u"Warning"_s, u"BackOff"_s, u"Back-off restarting failed container"_s);
        m_cluster.recordEvent(other, u"Normal"_s, u"Pulled"_s, u"Container image pulled"_s);

        KubePodDetailsSource details;
        details.addCluster(u"dc1"_s, m_kube.get());
        QSignalSpy ready(&details, &PodDetailsSource::eventsReady);
        details.requestEvents(m_server);
        QCOMPARE(ready.count(), 0); // answers come later, never from inside the request
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.at(0).at(0).value<PodRef>(), m_server);
        const auto events = ready.at(0).at(1).value<QList<PodEventRecord>>();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).reason, u"BackOff"_s);
        QCOMPARE(events.at(0).count, 2);
        QCOMPARE(events.at(0).source, u"kubelet"_s);
    }

    void lastLogLinesOfOneContainer()
    {
        for (int i = 1; i <= 5; ++i)
            m_cluster.appendLog(u"consul"_s, m_server.name, u"consul"_s, u"line %1"_s.arg(i));
        m_cluster.appendLog(u"consul"_s, m_server.name, u"vault-agent-init"_s, u"agent line"_s);

        KubePodDetailsSource details;
        details.addCluster(u"dc1"_s, m_kube.get());
        QSignalSpy ready(&details, &PodDetailsSource::logsReady);
        details.requestLogs(m_server, u"consul"_s, 2);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.at(0).at(1).toString(), u"consul"_s);
        QCOMPARE(ready.at(0).at(2).toStringList(), (QStringList {u"line 4"_s, u"line 5"_s}));
    }

    void aFollowedLogAppendsUntilStopped()
    {
        KubePodDetailsSource details;
        details.addCluster(u"dc1"_s, m_kube.get());
        QSignalSpy appended(&details, &PodDetailsSource::logLineAppended);
        details.setFollow(m_other, u"consul"_s, true);
        QTest::qWait(300); // the stream is open before the line is written
        m_cluster.appendLog(u"consul"_s, m_other.name, u"consul"_s, u"agent: joined"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!appended.isEmpty(), 10000);
        QCOMPARE(appended.last().at(2).toString(), u"agent: joined"_s);

        details.setFollow(m_other, u"consul"_s, false);
        const qsizetype before = appended.count();
        m_cluster.appendLog(u"consul"_s, m_other.name, u"consul"_s, u"after stop"_s);
        QTest::qWait(300);
        QCOMPARE(appended.count(), before);
    }

    void aDatacenterWithoutAClusterFails()
    {
        KubePodDetailsSource details;
        QSignalSpy failed(&details, &PodDetailsSource::failed);
        details.requestEvents({u"dc3"_s, u"consul"_s, u"consul-server-0"_s, u"uid"_s});
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.at(0).at(1).toString().contains(u"dc3"_s), qPrintable(failed.at(0).at(1).toString()));
    }
};

QTEST_GUILESS_MAIN(TestKubePodDetails)
#include "tst_kubepoddetails.moc"
