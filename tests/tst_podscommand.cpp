// `meshfed pods` against a scripted API server: kubectl's columns and widths, -A, -n, -w, errors.
#include "tests/support/CliRun.h"
#include "tests/support/TestHttpServer.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace meshfed;
using namespace Qt::StringLiterals;
using meshfed::test::ScriptedResponse;
using StreamEnd = meshfed::test::ScriptedResponse::StreamEnd;

namespace {

/// `meshfed pods <args>`, in-process.
test::CliRun run(const QStringList& args)
{
    return test::runMeshfed(QStringList {u"pods"_s} + args);
}

QString ago(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(-seconds).toString(Qt::ISODate);
}

QJsonObject pod(const QString& ns, const QString& name, bool ready, const QString& waiting, int restarts, qint64 age)
{
    const QJsonObject state = waiting.isEmpty() ? QJsonObject {{u"running"_s, QJsonObject {{u"startedAt"_s, ago(age)}}}}
                                                : QJsonObject {{u"waiting"_s, QJsonObject {{u"reason"_s, waiting}}}};
    const QJsonObject container {
        {u"name"_s, u"main"_s}, {u"ready"_s, ready}, {u"restartCount"_s, restarts}, {u"state"_s, state}};
    QJsonObject status {{u"phase"_s, u"Running"_s}, {u"containerStatuses"_s, QJsonArray {container}},
        {u"conditions"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"Ready"_s}, {u"status"_s, ready ? u"True"_s : u"False"_s}}}}};
    QJsonObject out;
    out.insert(u"metadata"_s,
        QJsonObject {{u"name"_s, name}, {u"namespace"_s, ns}, {u"uid"_s, QString(ns + name)},
            {u"resourceVersion"_s, u"7"_s}, {u"creationTimestamp"_s, ago(age)}});
    out.insert(u"spec"_s, QJsonObject {{u"containers"_s, QJsonArray {QJsonObject {{u"name"_s, u"main"_s}}}}});
    out.insert(u"status"_s, status);
    return out;
}

QByteArray podList(const QJsonArray& items)
{
    QJsonObject list;
    list.insert(u"kind"_s, u"PodList"_s);
    list.insert(u"metadata"_s, QJsonObject {{u"resourceVersion"_s, u"10"_s}});
    list.insert(u"items"_s, items);
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

const qint64 threeHours = 3 * 3600 + 5;
const qint64 twoDays = 2 * 86400 + 5;

} // namespace

class TestPodsCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestHttpServer> m_server;
    QString m_kubeconfig;

    QJsonArray twoPods() const
    {
        return {pod(u"consul"_s, u"consul-server-0"_s, true, {}, 0, threeHours),
            pod(u"consul"_s, u"consul-connect-injector-x"_s, false, u"CrashLoopBackOff"_s, 4, twoDays)};
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<test::TestHttpServer>();
        QVERIFY(m_server->listen());
        m_kubeconfig = m_dir.filePath(u"config"_s);
        QFile file(m_kubeconfig);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("apiVersion: v1\nkind: Config\nclusters:\n- name: c1\n  cluster:\n    server: "
            + m_server->url().toEncoded()
            + "\ncontexts:\n- name: dc1\n  context:\n    cluster: c1\n    user: u1\n    namespace: consul\n"
              "users:\n- name: u1\n  user:\n    token: abc123\ncurrent-context: dc1\n");
    }

    void printsLikeKubectl()
    {
        m_server->enqueue(ScriptedResponse::json(200, podList(twoPods())));
        const test::CliRun result = run({u"--context"_s, u"dc1"_s, u"--kubeconfig"_s, m_kubeconfig});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out,
            u"NAME                        READY   STATUS             RESTARTS   AGE\n"
            "consul-server-0             1/1     Running            0          3h\n"
            "consul-connect-injector-x   0/1     CrashLoopBackOff   4          2d\n"_s);
        QCOMPARE(m_server->requests().first().target, QByteArray("/api/v1/namespaces/consul/pods"));
    }

    void allNamespacesPutsNamespaceFirst()
    {
        QJsonArray pods = twoPods();
        pods.prepend(pod(u"kube-system"_s, u"coredns-1"_s, true, {}, 1, threeHours));
        m_server->enqueue(ScriptedResponse::json(200, podList(pods)));
        const test::CliRun result
            = run({u"--context"_s, u"dc1"_s, u"--kubeconfig"_s, m_kubeconfig, u"-A"_s, u"-l"_s, u"app=consul"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out,
            u"NAMESPACE     NAME                        READY   STATUS             RESTARTS   AGE\n"
            "kube-system   coredns-1                   1/1     Running            1          3h\n"
            "consul        consul-server-0             1/1     Running            0          3h\n"
            "consul        consul-connect-injector-x   0/1     CrashLoopBackOff   4          2d\n"_s);
        QCOMPARE(m_server->requests().first().target, QByteArray("/api/v1/pods?labelSelector=app%3Dconsul"));
    }

    void narrowColumnsKeepTheMinimumWidth()
    {
        m_server->enqueue(ScriptedResponse::json(200, podList({pod(u"x"_s, u"a"_s, true, {}, 0, threeHours)})));
        const test::CliRun result = run({u"--kubeconfig"_s, m_kubeconfig, u"-n"_s, u"x"_s});
        QCOMPARE(result.out,
            u"NAME   READY   STATUS    RESTARTS   AGE\n"
            "a      1/1     Running   0          3h\n"_s);
        QCOMPARE(m_server->requests().first().target, QByteArray("/api/v1/namespaces/x/pods"));
    }

    void emptyListSaysSoOnStderr()
    {
        m_server->enqueue(ScriptedResponse::json(200, podList({})));
        const test::CliRun result = run({u"--kubeconfig"_s, m_kubeconfig});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.endsWith(u"\nNo resources found in consul namespace.\n"_s), qPrintable(result.err));
    }

    void errorsNameContextAndCall()
    {
        m_server->enqueue(ScriptedResponse::json(403,
            "{\"kind\":\"Status\",\"code\":403,\"reason\":\"Forbidden\",\"message\":\"pods is forbidden: User bob "
            "cannot list resource pods\"}"));
        const test::CliRun result = run({u"--context"_s, u"dc1"_s, u"--kubeconfig"_s, m_kubeconfig});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"Cluster \"dc1\""_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"GET http://127.0.0.1:%1/api/v1/namespaces/consul/pods"_s.arg(m_server->port())),
            qPrintable(result.err));
        QVERIFY2(result.err.contains(u"cannot list resource"_s), qPrintable(result.err));
        QVERIFY(!result.err.contains(u"abc123"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("-n with -A") << QStringList {u"-n"_s, u"x"_s, u"-A"_s} << u"cannot be combined"_s;
        QTest::newRow("unknown context") << QStringList {u"--context"_s, u"nope"_s} << u"nope"_s;
        QTest::newRow("unknown option") << QStringList {u"--bogus"_s} << u"bogus"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const test::CliRun result = run(args + QStringList {u"--kubeconfig"_s, m_kubeconfig});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void watchPrintsChangedRows()
    {
        m_server->enqueue(ScriptedResponse::json(200, podList(twoPods())));
        QByteArray modified
            = QJsonDocument(QJsonObject {{u"type"_s, u"MODIFIED"_s},
                                {u"object"_s, pod(u"consul"_s, u"consul-connect-injector-x"_s, true, {}, 5, twoDays)}})
                  .toJson(QJsonDocument::Compact)
            + '\n';
        m_server->enqueue(ScriptedResponse::stream({{modified, 0}}, StreamEnd::Finish));
        m_server->enqueue(
            ScriptedResponse::json(403, R"({"kind":"Status","code":403,"reason":"Forbidden","message":"no"})"));
        const test::CliRun result = run({u"--context"_s, u"dc1"_s, u"--kubeconfig"_s, m_kubeconfig, u"-w"_s});
        QCOMPARE(result.exitCode, 1); // the watch failed for good (403)
        QCOMPARE(result.out,
            u"NAME                        READY   STATUS             RESTARTS   AGE\n"
            "consul-server-0             1/1     Running            0          3h\n"
            "consul-connect-injector-x   0/1     CrashLoopBackOff   4          2d\n"
            "consul-connect-injector-x   1/1     Running            5          2d\n"_s);
        QVERIFY2(result.err.contains(u"Forbidden"_s), qPrintable(result.err));
    }

    void watchWithoutTlsVerificationWarnsOnce()
    {
        test::TestHttpServer server;
        QVERIFY(server.listenTls(test::dataPath(u"tls/server.pem"_s), test::dataPath(u"tls/server-key.pem"_s)));
        QFile file(m_kubeconfig);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: c1\n  cluster:\n    insecure-skip-tls-verify: true\n"
            "    server: "
            + server.url().toEncoded()
            + "\ncontexts:\n- name: dc1\n  context:\n    cluster: c1\n    user: u1\n    namespace: consul\n"
              "users:\n- name: u1\n  user:\n    token: abc123\ncurrent-context: dc1\n");
        file.close();
        server.enqueue(ScriptedResponse::json(200, podList(twoPods())));
        server.enqueue(
            ScriptedResponse::json(403, R"({"kind":"Status","code":403,"reason":"Forbidden","message":"no"})"));
        const test::CliRun result = run({u"--context"_s, u"dc1"_s, u"--kubeconfig"_s, m_kubeconfig, u"-w"_s});
        QVERIFY2(result.out.contains(u"consul-server-0"_s), qPrintable(result.err));
        QCOMPARE(result.err.count(u"TLS certificate verification is switched off"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestPodsCommand)
#include "tst_podscommand.moc"
