// A simulated Kubernetes API server, spoken to over HTTPS by Qt's client and, when it is
// installed, by the real kubectl.
#include "services/sim/kube/SimCluster.h"

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

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
};

} // namespace

class TestSimCluster : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimCluster> m_cluster;
    QNetworkAccessManager m_nam;

    QNetworkRequest request(const QString& path, const QString& token) const
    {
        QNetworkRequest r(QUrl(m_cluster->url().toString() + path));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(m_cluster->caPem()));
        r.setSslConfiguration(tls);
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        return r;
    }

    Answer call(const QByteArray& method, const QString& path, const QJsonObject& body = {}, QString token = u"admin"_s)
    {
        if (token == u"admin"_s)
            token = m_cluster->adminToken();
        const QByteArray data = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson();
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request(path, token), method, data));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(5000);
        const QByteArray raw = reply->readAll();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(raw).object(), raw};
    }

    static QJsonObject serviceAccount(const QString& name)
    {
        return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"ServiceAccount"_s},
            {u"metadata"_s, QJsonObject {{u"name"_s, name}}}};
    }

    static QJsonObject tokenSecret(const QString& name, const QString& sa)
    {
        return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Secret"_s},
            {u"type"_s, u"kubernetes.io/service-account-token"_s},
            {u"metadata"_s,
                QJsonObject {{u"name"_s, name},
                    {u"annotations"_s, QJsonObject {{u"kubernetes.io/service-account.name"_s, sa}}}}}};
    }

    static QJsonObject delegatorBinding(const QString& sa)
    {
        return {{u"apiVersion"_s, u"rbac.authorization.k8s.io/v1"_s}, {u"kind"_s, u"ClusterRoleBinding"_s},
            {u"metadata"_s, QJsonObject {{u"name"_s, sa}}},
            {u"roleRef"_s,
                QJsonObject {{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s}, {u"kind"_s, u"ClusterRole"_s},
                    {u"name"_s, u"system:auth-delegator"_s}}},
            {u"subjects"_s,
                QJsonArray {
                    QJsonObject {{u"kind"_s, u"ServiceAccount"_s}, {u"name"_s, sa}, {u"namespace"_s, u"default"_s}}}}};
    }

    QString reviewerToken(const QString& sa)
    {
        call("POST", u"/api/v1/namespaces/default/serviceaccounts"_s, serviceAccount(sa));
        return call("POST", u"/api/v1/namespaces/default/serviceaccounts/%1/token"_s.arg(sa),
            {{u"spec"_s, QJsonObject {{u"expirationSeconds"_s, 3600}}}})
            .json.value(u"status"_s)
            .toObject()
            .value(u"token"_s)
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_cluster = std::make_unique<SimCluster>(u"sim-dc1"_s);
        m_cluster->setTokenControllerDelayMs(50);
        m_cluster->setLoadBalancerDelayMs(50);
        QVERIFY(m_cluster->start());
    }

    void versionAndDiscovery()
    {
        QCOMPARE(call("GET", u"/version"_s, {}, {}).json.value(u"minor"_s).toString(), u"32"_s);
        QCOMPARE(call("GET", u"/api"_s).json.value(u"versions"_s).toArray().first().toString(), u"v1"_s);
        const QJsonObject core = call("GET", u"/api/v1"_s).json;
        QCOMPARE(core.value(u"kind"_s).toString(), u"APIResourceList"_s);
        QVERIFY(QJsonDocument(core).toJson().contains("\"pods/log\""));
        QVERIFY(QJsonDocument(call("GET", u"/apis"_s).json).toJson().contains("rbac.authorization.k8s.io/v1"));
    }

    void unauthenticatedIs401()
    {
        const Answer a = call("GET", u"/api/v1/namespaces/default/pods"_s, {}, u"forged"_s);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.json.value(u"reason"_s).toString(), u"Unauthorized"_s);
    }

    void createConflictAndNotFoundAreStatusBodies()
    {
        QCOMPARE(
            call("POST", u"/api/v1/namespaces/default/serviceaccounts"_s, serviceAccount(u"vault-dc2-auth-method"_s))
                .status,
            201);
        const Answer again
            = call("POST", u"/api/v1/namespaces/default/serviceaccounts"_s, serviceAccount(u"vault-dc2-auth-method"_s));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json.value(u"reason"_s).toString(), u"AlreadyExists"_s);
        QCOMPARE(again.json.value(u"details"_s).toObject().value(u"kind"_s).toString(), u"serviceaccounts"_s);
        const Answer missing = call("GET", u"/api/v1/namespaces/default/secrets/nope"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(u"message"_s).toString(), u"secrets \"nope\" not found"_s);
        const Answer noNamespace = call("POST", u"/api/v1/namespaces/ghost/serviceaccounts"_s, serviceAccount(u"x"_s));
        QCOMPARE(noNamespace.status, 404);
        QCOMPARE(noNamespace.json.value(u"message"_s).toString(), u"namespaces \"ghost\" not found"_s);
    }

    void tokenControllerFillsTheSecret()
    {
        call("POST", u"/api/v1/namespaces/default/serviceaccounts"_s, serviceAccount(u"reviewer"_s));
        m_cluster->setTokenControllerDelayMs(3000); // long enough to see it empty on a loaded machine
        QCOMPARE(
            call("POST", u"/api/v1/namespaces/default/secrets"_s, tokenSecret(u"reviewer"_s, u"reviewer"_s)).status,
            201);
        m_cluster->setTokenControllerDelayMs(50);
        QVERIFY(
            call("GET", u"/api/v1/namespaces/default/secrets/reviewer"_s).json.value(u"data"_s).toObject().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(call("GET", u"/api/v1/namespaces/default/secrets/reviewer"_s)
                                     .json.value(u"data"_s)
                                     .toObject()
                                     .contains(u"token"_s),
            10000);
        const QJsonObject data
            = call("GET", u"/api/v1/namespaces/default/secrets/reviewer"_s).json.value(u"data"_s).toObject();
        QCOMPARE(QByteArray::fromBase64(data.value(u"ca.crt"_s).toString().toLatin1()), m_cluster->caPem());
        // A Secret for a service account that does not exist is removed by the controller.
        QCOMPARE(
            call("POST", u"/api/v1/namespaces/default/secrets"_s, tokenSecret(u"orphan"_s, u"ghost"_s)).status, 201);
        QTRY_COMPARE(call("GET", u"/api/v1/namespaces/default/secrets/orphan"_s).status, 404);
    }

    void tokenReviewNeedsAuthDelegator()
    {
        const QString subject = reviewerToken(u"consul-server"_s);
        const QString reviewer = reviewerToken(u"vault-dc2-auth-method"_s);
        const QJsonObject review {{u"apiVersion"_s, u"authentication.k8s.io/v1"_s}, {u"kind"_s, u"TokenReview"_s},
            {u"spec"_s, QJsonObject {{u"token"_s, subject}}}};
        const Answer refused = call("POST", u"/apis/authentication.k8s.io/v1/tokenreviews"_s, review, reviewer);
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.json.value(u"message"_s)
                    .toString()
                    .contains(u"system:serviceaccount:default:vault-dc2-auth-method"_s));

        QCOMPARE(call("POST", u"/apis/rbac.authorization.k8s.io/v1/clusterrolebindings"_s,
                     delegatorBinding(u"vault-dc2-auth-method"_s))
                     .status,
            201);
        const Answer accepted = call("POST", u"/apis/authentication.k8s.io/v1/tokenreviews"_s, review, reviewer);
        QCOMPARE(accepted.status, 201);
        const QJsonObject status = accepted.json.value(u"status"_s).toObject();
        QVERIFY(status.value(u"authenticated"_s).toBool());
        QCOMPARE(status.value(u"user"_s).toObject().value(u"username"_s).toString(),
            u"system:serviceaccount:default:consul-server"_s);

        QJsonObject forged = review;
        forged.insert(u"spec"_s, QJsonObject {{u"token"_s, u"eyJhbGciOiJIUzI1NiJ9.e30.forged"_s}});
        const Answer rejected = call("POST", u"/apis/authentication.k8s.io/v1/tokenreviews"_s, forged, reviewer);
        QCOMPARE(rejected.status, 201);
        QVERIFY(!rejected.json.value(u"status"_s).toObject().value(u"authenticated"_s).toBool());
    }

    void roleRefCannotChange()
    {
        call("POST", u"/apis/rbac.authorization.k8s.io/v1/clusterrolebindings"_s, delegatorBinding(u"r"_s));
        QJsonObject changed = delegatorBinding(u"r"_s);
        changed.insert(u"roleRef"_s,
            QJsonObject {{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s}, {u"kind"_s, u"ClusterRole"_s},
                {u"name"_s, u"cluster-admin"_s}});
        QCOMPARE(call("PUT", u"/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/r"_s, changed).status, 422);
    }

    void loadBalancerAddressArrivesLater_data()
    {
        QTest::addColumn<bool>("hostname");
        QTest::newRow("ip, like GKE") << false;
        QTest::newRow("hostname, like EKS") << true;
    }

    void loadBalancerAddressArrivesLater()
    {
        QFETCH(bool, hostname);
        m_cluster->setLoadBalancerStyle(hostname ? LoadBalancerStyle::Hostname : LoadBalancerStyle::Ip);
        const QJsonObject service {{u"metadata"_s, QJsonObject {{u"name"_s, u"vault-dc1"_s}}},
            {u"spec"_s,
                QJsonObject {
                    {u"type"_s, u"LoadBalancer"_s}, {u"ports"_s, QJsonArray {QJsonObject {{u"port"_s, 8200}}}}}}};
        m_cluster->setLoadBalancerDelayMs(3000); // long enough to see it absent on a loaded machine
        QCOMPARE(call("POST", u"/api/v1/namespaces/default/services"_s, service).status, 201);
        m_cluster->setLoadBalancerDelayMs(50);
        auto ingress = [this] {
            return call("GET", u"/api/v1/namespaces/default/services/vault-dc1"_s)
                .json.value(u"status"_s)
                .toObject()
                .value(u"loadBalancer"_s)
                .toObject()
                .value(u"ingress"_s)
                .toArray();
        };
        QVERIFY(ingress().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ingress().size(), 1, 10000);
        QCOMPARE(ingress().first().toObject().contains(u"hostname"_s), hostname);
    }

    void listWithLabelSelector()
    {
        for (const auto& [name, component] : {std::pair {u"consul-server-0"_s, u"server"_s},
                 std::pair {u"consul-mesh-gateway-x"_s, u"mesh-gateway"_s}, std::pair {u"other"_s, u"web"_s}})
            m_cluster->store().create({u"pods"_s, u"default"_s, name},
                {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
                    {u"metadata"_s,
                        QJsonObject {
                            {u"labels"_s, QJsonObject {{u"app"_s, u"consul"_s}, {u"component"_s, component}}}}}});
        const QJsonArray items = call("GET",
            u"/api/v1/namespaces/default/pods?labelSelector=app%3Dconsul%2Ccomponent%20in%20(server%2Cmesh-gateway)"_s)
                                     .json.value(u"items"_s)
                                     .toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(call("GET", u"/api/v1/pods"_s).json.value(u"items"_s).toArray().size(), 3);
    }

    void watchStreamsResumesAndExpires()
    {
        const qint64 start = m_cluster->store().resourceVersion();
        m_cluster->store().create({u"pods"_s, u"default"_s, u"a"_s}, {{u"kind"_s, u"Pod"_s}});
        QNetworkRequest r = request(
            u"/api/v1/namespaces/default/pods?watch=1&allowWatchBookmarks=true&resourceVersion=%1"_s.arg(start),
            m_cluster->adminToken());
        std::unique_ptr<QNetworkReply> reply(m_nam.get(r));
        QByteArray received;
        connect(reply.get(), &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
        QTRY_VERIFY(received.contains("\"type\":\"ADDED\""));
        m_cluster->store().update({u"pods"_s, u"default"_s, u"a"_s}, [](QJsonObject& o) {
            o.insert(u"status"_s, QJsonObject {{u"phase"_s, u"Running"_s}});
        });
        QTRY_VERIFY(received.contains("\"type\":\"MODIFIED\""));
        m_cluster->dropWatches();
        QTRY_VERIFY(reply->isFinished());

        m_cluster->store().compact();
        std::unique_ptr<QNetworkReply> expired(m_nam.get(request(
            u"/api/v1/namespaces/default/pods?watch=1&resourceVersion=%1"_s.arg(start), m_cluster->adminToken())));
        QSignalSpy finished(expired.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        const QByteArray line = expired->readAll();
        QVERIFY2(line.contains("\"type\":\"ERROR\"") && line.contains("\"code\":410"), line.constData());
    }

    void podLogsWithTail()
    {
        m_cluster->store().create({u"pods"_s, u"default"_s, u"p"_s},
            {{u"kind"_s, u"Pod"_s},
                {u"spec"_s, QJsonObject {{u"containers"_s, QJsonArray {QJsonObject {{u"name"_s, u"consul"_s}}}}}}});
        for (int i = 1; i <= 5; ++i)
            m_cluster->appendLog(u"default"_s, u"p"_s, u"vault-agent-init"_s, u"line %1"_s.arg(i));
        const Answer tail
            = call("GET", u"/api/v1/namespaces/default/pods/p/log?container=vault-agent-init&tailLines=2"_s);
        QCOMPARE(tail.raw, QByteArray("line 4\nline 5\n"));
    }

    void realKubectlCanRead()
    {
        const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed (CI installs kubernetes-client in the Debian 13 root)");
        m_cluster->store().create({u"pods"_s, u"default"_s, u"vault-dc1-0"_s},
            {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
                {u"spec"_s, QJsonObject {{u"containers"_s, QJsonArray {QJsonObject {{u"name"_s, u"vault"_s}}}}}},
                {u"status"_s, QJsonObject {{u"phase"_s, u"Running"_s}}}});
        m_cluster->appendLog(u"default"_s, u"vault-dc1-0"_s, u"vault"_s, u"==> Vault server started!"_s);
        QTemporaryDir dir;
        QFile config(dir.filePath(u"kubeconfig"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(u"apiVersion: v1\nkind: Config\ncurrent-context: sim-dc1\nclusters:\n- name: sim-dc1\n  cluster:\n"
                     u"    server: %1\n    certificate-authority-data: %2\ncontexts:\n- name: sim-dc1\n  context:\n"
                     u"    cluster: sim-dc1\n    user: admin\nusers:\n- name: admin\n  user:\n    token: %3\n"_s
                         .arg(m_cluster->url().toString(), QString::fromLatin1(m_cluster->caPem().toBase64()),
                             m_cluster->adminToken())
                         .toUtf8());
        config.close();
        auto kubectlRun = [&](const QStringList& args) {
            QProcess p;
            p.setProcessEnvironment([&] {
                auto e = QProcessEnvironment::systemEnvironment();
                e.insert(u"KUBECONFIG"_s, config.fileName());
                e.insert(u"HOME"_s, dir.path());
                return e;
            }());
            p.start(kubectl, args);
            // kubectl runs in another process: keep serving while waiting for it.
            for (int waited = 0; p.state() != QProcess::NotRunning && waited < 30000; waited += 20)
                QTest::qWait(20);
            return std::pair {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
        };
        const auto [podsExit, pods] = kubectlRun({u"get"_s, u"pods"_s, u"-A"_s});
        QVERIFY2(podsExit == 0, qPrintable(pods));
        // kubectl prints the server's table: our STATUS column, not its own NAME/AGE fallback.
        QVERIFY2(pods.contains(u"READY"_s) && pods.contains(u"vault-dc1-0"_s) && pods.contains(u"Running"_s),
            qPrintable(pods));
        const auto [svcExit, svc] = kubectlRun({u"get"_s, u"svc"_s, u"-A"_s});
        QVERIFY2(svcExit == 0, qPrintable(svc));
        const auto [logExit, log] = kubectlRun({u"logs"_s, u"vault-dc1-0"_s});
        QVERIFY2(logExit == 0 && log.contains(u"Vault server started"_s), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestSimCluster)
#include "tst_simcluster.moc"
