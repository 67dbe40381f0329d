// Reading a LIST of pods from the same API server: Meshfed's way (HTTPS GET, JSON parse, kubectl's
// STATUS for every pod into the pod table) against `kubectl get pods -A -o json`.
// Run: build/bench/bin/bench_listdecode   (MESHFED_BENCH_PODS, default 10,000; figures in
// docs/PERFORMANCE.md). The kubectl half is skipped when kubectl is not installed.
#include "model/kube/PodModel.h"
#include "services/sim/kube/SimCluster.h"
#include "tests/support/PodFixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

int podCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("MESHFED_BENCH_PODS");
    return fromEnvironment > 0 ? fromEnvironment : 10000;
}

} // namespace

class BenchListDecode : public QObject
{
    Q_OBJECT

private:
    SimCluster m_cluster {u"bench"_s};
    QNetworkAccessManager m_nam;
    QTemporaryDir m_home;

    void writeKubeconfig()
    {
        QFile config(m_home.filePath(u"kubeconfig"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(u"apiVersion: v1\nkind: Config\ncurrent-context: bench\nclusters:\n- name: bench\n  cluster:\n"
                     u"    server: %1\n    certificate-authority-data: %2\ncontexts:\n- name: bench\n  context:\n"
                     u"    cluster: bench\n    user: admin\nusers:\n- name: admin\n  user:\n    token: %3\n"_s
                         .arg(m_cluster.url().toString(), QString::fromLatin1(m_cluster.caPem().toBase64()),
                             m_cluster.adminToken())
                         .toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cluster.start());
        for (int i = 0; i < podCount(); ++i) {
            QJsonObject pod = test::realisticPod(i);
            const QJsonObject metadata = pod.value(u"metadata"_s).toObject();
            m_cluster.store().create(
                {u"pods"_s, metadata.value(u"namespace"_s).toString(), metadata.value(u"name"_s).toString()}, pod);
        }
        writeKubeconfig();
    }

    void meshfedListIntoThePodTable()
    {
        QNetworkRequest request(QUrl(m_cluster.url().toString() + u"/api/v1/pods"_s));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(m_cluster.caPem()));
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + m_cluster.adminToken().toUtf8());
        PodModel model;
        QBENCHMARK
        {
            std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            QVERIFY(finished.wait(60000));
            const QJsonArray items = QJsonDocument::fromJson(reply->readAll()).object().value(u"items"_s).toArray();
            model.resetFromList(items);
        }
        QCOMPARE(model.rowCount(), podCount());
    }

    void kubectlGetPodsJson()
    {
        const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KUBECONFIG"_s, m_home.filePath(u"kubeconfig"_s));
        env.insert(u"HOME"_s, m_home.path());
        QBENCHMARK
        {
            QProcess process;
            process.setProcessEnvironment(env);
            process.setStandardOutputFile(QProcess::nullDevice());
            process.start(kubectl, {u"get"_s, u"pods"_s, u"-A"_s, u"-o"_s, u"json"_s});
            // The server runs in this process: keep its event loop going while kubectl reads.
            while (process.state() != QProcess::NotRunning)
                QTest::qWait(5);
            QCOMPARE(process.exitCode(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(BenchListDecode)
#include "bench_listdecode.moc"
