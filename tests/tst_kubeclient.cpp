// KubeClient against a scripted HTTP(S) server: TLS from the kubeconfig, credentials, Status
// error mapping, retry rules, the K-calls' requests and answers, and that no token leaks.
#include "services/kube/KubeClient.h"
#include "tests/support/LogCapture.h"
#include "tests/support/TestHttpServer.h"
#include "tests/support/TestSupport.h"

#include <QCoro/QCoroTask>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace meshfed;
using meshfed::test::ScriptedResponse;
using meshfed::test::TestHttpServer;

namespace {

const QString token = u"sekrit-bearer-token-0123"_s;

QByteArray readData(const QString& relative)
{
    QFile file(test::dataPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray status(int code, const QString& reason, const QString& message)
{
    const QJsonObject object {{u"kind"_s, u"Status"_s}, {u"apiVersion"_s, u"v1"_s}, {u"metadata"_s, QJsonObject()},
        {u"status"_s, u"Failure"_s}, {u"message"_s, message}, {u"reason"_s, reason}, {u"code"_s, code}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QByteArray versionBody = R"({"major":"1","minor":"30","gitVersion":"v1.30.2","platform":"linux/amd64"})";

} // namespace

class TestKubeClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    QList<std::chrono::milliseconds> m_waits;
    QDateTime m_now;

    ResolvedKubeContext context(const TestHttpServer& server)
    {
        ResolvedKubeContext context;
        context.contextName = u"dc1"_s;
        context.namespaceName = u"consul"_s;
        context.server = server.url();
        context.caPem = readData(u"tls/ca.pem"_s);
        context.token = token;
        context.authKind = KubeAuthKind::Token;
        return context;
    }

    std::unique_ptr<KubeClient> client(const ResolvedKubeContext& context)
    {
        auto kube = std::make_unique<KubeClient>(&m_nam, context);
        kube->setTimeout(5s);
        kube->setClock([this] { return m_now; });
        kube->http().setSleeper([this](std::chrono::milliseconds wait, QPointer<CancelToken>) -> QCoro::Task<void> {
            m_waits.append(wait);
            co_return;
        });
        return kube;
    }

    static bool listenTls(TestHttpServer& server, const QString& name, const QString& clientCa = {})
    {
        return server.listenTls(test::dataPath(u"tls/"_s + name + u".pem"_s),
            test::dataPath(u"tls/"_s + name + u"-key.pem"_s),
            clientCa.isEmpty() ? QString() : test::dataPath(clientCa));
    }

private Q_SLOTS:
    void init()
    {
        m_nam.clearConnectionCache();
        m_waits.clear();
        m_now = QDateTime(QDate(2026, 5, 1), QTime(10, 0), QTimeZone::utc());
    }

    void trustedCaIsAccepted()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.enqueue(ScriptedResponse::json(200, versionBody));
        const auto version = QCoro::waitFor(client(context(server))->version());
        QVERIFY2(version.ok(), qPrintable(version.error.message));
        QCOMPARE(version.value.gitVersion, u"v1.30.2"_s);
        QCOMPARE(version.value.minor, u"30"_s);
        QCOMPARE(server.requests().first().header("Authorization"), "Bearer " + token.toUtf8());
    }

    void untrustedServersAreRefused_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("hint");
        QTest::newRow("unknown CA") << u"unknown-server"_s << u"unknown authority"_s;
        QTest::newRow("wrong host name") << u"wronghost"_s << u"not valid for this host name"_s;
    }

    void untrustedServersAreRefused()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, hint);
        TestHttpServer server;
        QVERIFY(listenTls(server, certificate));
        server.enqueue(ScriptedResponse::json(200, versionBody));
        const auto version = QCoro::waitFor(client(context(server))->version());
        QCOMPARE(version.error.kind, KubeErrorKind::Tls);
        const QString& message = version.error.message;
        QVERIFY2(message.contains(u"Cluster \"dc1\""_s), qPrintable(message));
        QVERIFY2(message.contains(u"GET https://127.0.0.1:%1/version"_s.arg(server.port())), qPrintable(message));
        QVERIFY2(message.contains(hint), qPrintable(message));
        QCOMPARE(m_waits.size(), 0); // TLS failures are never retried
    }

    void tlsServerNameIsHonoured()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"wronghost"_s));
        server.enqueue(ScriptedResponse::json(200, versionBody));
        ResolvedKubeContext config = context(server);
        config.tlsServerName = u"wrong.example"_s;
        const auto version = QCoro::waitFor(client(config)->version());
        QVERIFY2(version.ok(), qPrintable(version.error.message));
    }

    void insecureSkipVerifyWarns()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"unknown-server"_s));
        server.enqueue(ScriptedResponse::json(200, versionBody));
        ResolvedKubeContext config = context(server);
        config.caPem.clear();
        config.insecureSkipTlsVerify = true;
        const auto version = QCoro::waitFor(client(config)->version());
        QVERIFY2(version.ok(), qPrintable(version.error.message));
        QCOMPARE(version.warnings.size(), 1);
        QVERIFY(version.warnings.first().contains(u"switched off"_s));
    }

    void clientCertificateIsPresented()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s, u"tls/client-ca.pem"_s));
        server.enqueue(ScriptedResponse::json(200, versionBody));
        ResolvedKubeContext config = context(server);
        config.token.clear();
        config.clientCertificatePem = readData(u"tls/client.pem"_s);
        config.clientKeyPem = readData(u"tls/client-key.pem"_s);
        const auto version = QCoro::waitFor(client(config)->version());
        QVERIFY2(version.ok(), qPrintable(version.error.message));
        QCOMPARE(server.requests().first().clientCertificateName, u"meshfed-client"_s);
        QVERIFY(server.requests().first().header("Authorization").isEmpty());
    }

    void missingClientCertificateFails()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s, u"tls/client-ca.pem"_s));
        server.enqueue(ScriptedResponse::json(200, versionBody));
        ResolvedKubeContext config = context(server);
        auto kube = client(config);
        kube->setRetryPolicy(RetryPolicy::none());
        const auto version = QCoro::waitFor(kube->version());
        QVERIFY(!version.ok());
        QVERIFY2(version.error.message.contains(u"Cluster \"dc1\""_s), qPrintable(version.error.message));
    }

    void plainHttpSendsNoCredentials()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(200, versionBody));
        QVERIFY(QCoro::waitFor(client(context(server))->version()).ok());
        QVERIFY(server.requests().first().header("Authorization").isEmpty());
    }

    void basicAuthIsSent()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.enqueue(ScriptedResponse::json(200, versionBody));
        ResolvedKubeContext config = context(server);
        config.token.clear();
        config.username = u"admin"_s;
        config.password = u"pa55"_s;
        QVERIFY(QCoro::waitFor(client(config)->version()).ok());
        QCOMPARE(server.requests().first().header("Authorization"), "Basic " + QByteArray("admin:pa55").toBase64());
    }

    void tokenFileIsReReadAboutOnceAMinute()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"token"_s);
        auto write = [&](const QByteArray& text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
        };
        write("first-file-token\n");
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.setHandler([](const auto&) { return ScriptedResponse::json(200, versionBody); });
        ResolvedKubeContext config = context(server);
        config.tokenFile = path;
        auto kube = client(config);
        QVERIFY(QCoro::waitFor(kube->version()).ok());
        write("second-file-token");
        m_now = m_now.addSecs(30);
        QVERIFY(QCoro::waitFor(kube->version()).ok());
        m_now = m_now.addSecs(31);
        QVERIFY(QCoro::waitFor(kube->version()).ok());
        QFile::remove(path);
        m_now = m_now.addSecs(61);
        QVERIFY(QCoro::waitFor(kube->version()).ok());
        const auto& requests = server.requests();
        QCOMPARE(requests.size(), 4);
        QCOMPARE(requests[0].header("Authorization"), "Bearer first-file-token");
        QCOMPARE(requests[1].header("Authorization"), "Bearer first-file-token");
        QCOMPARE(requests[2].header("Authorization"), "Bearer second-file-token");
        QCOMPARE(requests[3].header("Authorization"), "Bearer " + token.toUtf8()); // unreadable: the token
    }

    void statusErrorsAreMapped_data()
    {
        QTest::addColumn<bool>("create");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("serverMessage");
        QTest::newRow("404") << false << 404 << u"NotFound"_s << u"serviceaccounts \"vault-auth\" not found"_s;
        QTest::newRow("403") << false << 403 << u"Forbidden"_s
                             << u"serviceaccounts \"vault-auth\" is forbidden: User \"alice\" cannot get resource"_s;
        QTest::newRow("401") << false << 401 << u"Unauthorized"_s << u"Unauthorized"_s;
        QTest::newRow("410") << false << 410 << u"Expired"_s << u"too old resource version: 1 (2)"_s;
        QTest::newRow("409") << true << 409 << u"AlreadyExists"_s << u"serviceaccounts \"vault-auth\" already exists"_s;
        QTest::newRow("422") << true << 422 << u"Invalid"_s
                             << u"ServiceAccount \"Vault_Auth\" is invalid: metadata.name: Invalid value"_s;
    }

    void statusErrorsAreMapped()
    {
        QFETCH(bool, create);
        QFETCH(int, code);
        QFETCH(QString, reason);
        QFETCH(QString, serverMessage);
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.enqueue(ScriptedResponse::json(code, status(code, reason, serverMessage)));
        auto kube = client(context(server));
        const auto result = QCoro::waitFor(create ? kube->createServiceAccount(u"vault"_s, u"vault-auth"_s)
                                                  : kube->getServiceAccount(u"vault"_s, u"vault-auth"_s));
        QCOMPARE(result.error.kind, KubeErrorKind::Status);
        QCOMPARE(result.error.code, code);
        QCOMPARE(result.error.reason, reason);
        QCOMPARE(result.error.serverMessage, serverMessage);
        const QString call = create ? u"POST https://127.0.0.1:%1/api/v1/namespaces/vault/serviceaccounts"_s
                                    : u"GET https://127.0.0.1:%1/api/v1/namespaces/vault/serviceaccounts/vault-auth"_s;
        const QString& message = result.error.message;
        QVERIFY2(message.contains(u"Cluster \"dc1\""_s), qPrintable(message));
        QVERIFY2(message.contains(call.arg(server.port())), qPrintable(message));
        QVERIFY2(message.contains(serverMessage), qPrintable(message));
        QCOMPARE(result.error.isNotFound(), code == 404);
        QCOMPARE(result.error.isAlreadyExists(), code == 409);
        QCOMPARE(result.error.isGone(), code == 410);
        QCOMPARE(server.requestCount(), 1);
    }

    void nonStatusBodyGetsTheDefaultReason()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        ScriptedResponse html = ScriptedResponse::json(404, "<html>not here</html>");
        server.enqueue(html);
        const auto result = QCoro::waitFor(client(context(server))->getJob(u"consul"_s, u"acl-init"_s));
        QCOMPARE(result.error.code, 404);
        QCOMPARE(result.error.reason, u"NotFound"_s);
        QVERIFY(result.error.message.contains(u"/apis/batch/v1/namespaces/consul/jobs/acl-init"_s));
    }

    void readsAreRetriedHonouringRetryAfter()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.enqueue(ScriptedResponse::json(429, status(429, u"TooManyRequests"_s, u"slow down"_s))
                           .withHeader("Retry-After", "3"));
        server.enqueue(ScriptedResponse::json(503, status(503, u"ServiceUnavailable"_s, u"busy"_s)));
        server.enqueue(ScriptedResponse::json(200, versionBody));
        const auto version = QCoro::waitFor(client(context(server))->version());
        QVERIFY2(version.ok(), qPrintable(version.error.message));
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(m_waits.size(), 2);
        QCOMPARE(m_waits[0], 3000ms);
        QVERIFY(m_waits[1] >= 500ms && m_waits[1] <= 2000ms); // backoff with jitter
    }

    void createsAreNeverRetried()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.enqueue(ScriptedResponse::json(429, status(429, u"TooManyRequests"_s, u"slow down"_s))
                           .withHeader("Retry-After", "1"));
        server.enqueue(ScriptedResponse::json(201, "{}"));
        const auto created = QCoro::waitFor(client(context(server))->createServiceAccount(u"vault"_s, u"x"_s));
        QCOMPARE(created.error.code, 429);
        QCOMPARE(created.error.attempts, 1);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(m_waits.isEmpty());
    }

    void execCredentialIsSentAndRefreshedAfter401()
    {
        QTemporaryDir dir;
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.enqueue(ScriptedResponse::json(401, status(401, u"Unauthorized"_s, u"Unauthorized"_s)));
        server.enqueue(ScriptedResponse::json(200, versionBody));
        ResolvedKubeContext config = context(server);
        config.token.clear();
        KubeExecConfig exec;
        exec.apiVersion = KubeExecConfig::ApiV1;
        exec.command = QDir::cleanPath(test::dataPath(u"exec/token-plugin.sh"_s));
        exec.interactiveMode = u"Never"_s;
        exec.env = {{u"RECORD"_s, dir.filePath(u"record"_s)}, {u"API_VERSION"_s, KubeExecConfig::ApiV1},
            {u"TOKEN"_s, u"exec-token-abcdef"_s}};
        config.exec = exec;
        auto kube = client(config);
        const auto refused = QCoro::waitFor(kube->version());
        QVERIFY(refused.error.isUnauthorized()); // the 401 itself is returned
        QVERIFY2(refused.error.message.contains(u"token may have expired"_s), qPrintable(refused.error.message));
        QVERIFY(QCoro::waitFor(kube->version()).ok());
        QCOMPARE(kube->execProvider()->runCount(), 2); // run again once for the next request
        QCOMPARE(server.requests()[1].header("Authorization"), QByteArray("Bearer exec-token-abcdef"));
    }

    void failingExecPluginIsACredentialsError()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        ResolvedKubeContext config = context(server);
        KubeExecConfig exec;
        exec.apiVersion = KubeExecConfig::ApiV1;
        exec.command = QDir::cleanPath(test::dataPath(u"exec/fail-plugin.sh"_s));
        exec.interactiveMode = u"Never"_s;
        config.exec = exec;
        const auto pods = QCoro::waitFor(client(config)->listPods(u"consul"_s));
        QCOMPARE(pods.error.kind, KubeErrorKind::Credentials);
        QVERIFY2(pods.error.message.contains(u"Cluster \"dc1\""_s), qPrintable(pods.error.message));
        QVERIFY2(
            pods.error.message.contains(u"GET https://127.0.0.1:%1/api/v1/namespaces/consul/pods"_s.arg(server.port())),
            qPrintable(pods.error.message));
        QVERIFY2(pods.error.message.contains(u"aws sso login"_s), qPrintable(pods.error.message));
        QCOMPARE(server.requestCount(), 0);
    }

    void noTokenInLogsOrMessages()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        // A server (or proxy) that echoes the credential back must not make us print it.
        server.enqueue(
            ScriptedResponse::json(403, status(403, u"Forbidden"_s, u"token "_s + token + u" is not allowed"_s)));
        server.enqueue(
            ScriptedResponse::json(201, R"({"status":{"authenticated":false,"error":"invalid bearer token"}})"));
        test::LogCapture logs;
        auto kube = client(context(server));
        const auto forbidden = QCoro::waitFor(kube->getSecret(u"vault"_s, u"vault-auth"_s));
        const auto review = QCoro::waitFor(kube->reviewToken("reviewed-jwt-abcdef", "reviewer-jwt-123456"));
        QVERIFY(!forbidden.ok());
        QVERIFY(review.ok());
        const QString everything = logs.text() + forbidden.error.message + forbidden.error.serverMessage;
        for (const QString& secret : {token, u"reviewed-jwt-abcdef"_s, u"reviewer-jwt-123456"_s})
            QVERIFY2(!everything.contains(secret), qPrintable(everything));
        QVERIFY(forbidden.error.message.contains(u"***"_s));
    }

    void tokenReviewUsesTheReviewersToken()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.enqueue(ScriptedResponse::json(201,
            R"({"status":{"authenticated":true,"user":{"username":)"
            R"("system:serviceaccount:consul:server","uid":"u-1","groups":)"
            R"(["system:serviceaccounts","system:authenticated"]},)"
            R"("audiences":["vault"]}})"));
        const auto review
            = QCoro::waitFor(client(context(server))->reviewToken("pod-jwt", "reviewer-jwt", {u"vault"_s}));
        QVERIFY2(review.ok(), qPrintable(review.error.message));
        QVERIFY(review.value.authenticated);
        QCOMPARE(review.value.username, u"system:serviceaccount:consul:server"_s);
        QCOMPARE(review.value.groups.size(), 2);
        const auto& request = server.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path(), u"/apis/authentication.k8s.io/v1/tokenreviews"_s);
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer reviewer-jwt"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(u"kind"_s).toString(), u"TokenReview"_s);
        QCOMPARE(body.value(u"spec"_s).toObject().value(u"token"_s).toString(), u"pod-jwt"_s);
        QCOMPARE(body.value(u"spec"_s).toObject().value(u"audiences"_s).toArray().first().toString(), u"vault"_s);
    }

    void serviceLoadBalancerAddresses()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.enqueue(ScriptedResponse::json(200,
            R"({"spec":{"type":"LoadBalancer","ports":[{"name":"gateway",)"
            R"("port":443,"protocol":"TCP","nodePort":31443,"targetPort":8443}]},)"
            R"("status":{"loadBalancer":{"ingress":[{"hostname":)"
            R"("a1.elb.amazonaws.com"},{"ip":"203.0.113.7"}]}}})"));
        const auto service = QCoro::waitFor(client(context(server))->getService(u"consul"_s, u"consul-mesh-gateway"_s));
        QVERIFY2(service.ok(), qPrintable(service.error.message));
        QCOMPARE(service.value.type, u"LoadBalancer"_s);
        QCOMPARE(service.value.ingress.size(), 2);
        QCOMPARE(service.value.ingress[0].address(), u"a1.elb.amazonaws.com"_s);
        QCOMPARE(service.value.ingress[1].address(), u"203.0.113.7"_s);
        QCOMPARE(service.value.ports.first().port, 443);
        QCOMPARE(service.value.ports.first().nodePort, 31443);
        QCOMPARE(service.value.ports.first().targetPort, u"8443"_s);
        QCOMPARE(server.requests().first().path(), u"/api/v1/namespaces/consul/services/consul-mesh-gateway"_s);
    }

    void waitsForTheTokenController()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.enqueue(ScriptedResponse::json(200, R"({"type":"kubernetes.io/service-account-token"})"));
        server.enqueue(ScriptedResponse::json(200,
            R"({"data":{"token":")" + QByteArray("jwt-value").toBase64() + R"(","ca.crt":")"
                + QByteArray("PEM").toBase64() + R"("}})"));
        const auto secret = QCoro::waitFor(
            client(context(server))->waitForServiceAccountToken(u"vault"_s, u"vault-auth"_s, 5s, 10ms));
        QVERIFY2(secret.ok(), qPrintable(secret.error.message));
        QCOMPARE(secret.value.token, QByteArray("jwt-value"));
        QCOMPARE(secret.value.caCertificate, QByteArray("PEM"));
        QCOMPARE(server.requestCount(), 2);
    }

    void waitingForTheTokenIsBounded()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.setHandler([](const auto&) { return ScriptedResponse::json(200, "{}"); });
        const auto secret = QCoro::waitFor(
            client(context(server))->waitForServiceAccountToken(u"vault"_s, u"vault-auth"_s, 100ms, 20ms));
        QVERIFY(!secret.ok());
        QVERIFY2(secret.error.message.contains(u"token controller"_s), qPrintable(secret.error.message));
    }

    void requestsAndBodiesOfTheCalls()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.setHandler([](const auto&) {
            return ScriptedResponse::json(200,
                R"({"metadata":{"resourceVersion":"42"},"items":[{}],)"
                R"("status":{"token":"t","expirationTimestamp":"2026-05-01T11:00:00Z"}})");
        });
        auto kube = client(context(server));
        const auto pods = QCoro::waitFor(kube->listPods(u"consul"_s, u"app=consul,component in (server)"_s));
        QCOMPARE(pods.value.resourceVersion, u"42"_s);
        QCOMPARE(pods.value.items.size(), 1);
        QVERIFY(QCoro::waitFor(kube->listPods({})).ok());
        QVERIFY(QCoro::waitFor(kube->listEvents(u"consul"_s, u"consul-server-0"_s, u"uid-1"_s)).ok());
        const auto issued = QCoro::waitFor(kube->requestToken(u"vault"_s, u"vault-auth"_s, 600));
        QCOMPARE(issued.value.expiration, QDateTime(QDate(2026, 5, 1), QTime(11, 0), QTimeZone::utc()));
        QVERIFY(
            QCoro::waitFor(kube->createClusterRoleBinding(u"crb"_s, u"system:auth-delegator"_s, u"vault"_s, u"sa"_s))
                .ok());
        QVERIFY(QCoro::waitFor(kube->deleteServiceAccount(u"vault"_s, u"tmp"_s)).ok());
        const auto& r = server.requests();
        QCOMPARE(r[0].target,
            QByteArray("/api/v1/namespaces/consul/pods?labelSelector=app%3Dconsul%2Ccomponent%20in%20%28server%29"));
        QCOMPARE(r[1].target, QByteArray("/api/v1/pods"));
        QCOMPARE(r[2].target,
            QByteArray("/api/v1/namespaces/consul/"
                       "events?fieldSelector=involvedObject.name%3Dconsul-server-0%2CinvolvedObject.uid%3Duid-1"));
        QCOMPARE(r[3].path(), u"/api/v1/namespaces/vault/serviceaccounts/vault-auth/token"_s);
        QCOMPARE(QJsonDocument::fromJson(r[3].body)[u"spec"_s][u"expirationSeconds"_s].toInt(), 600);
        QCOMPARE(r[4].path(), u"/apis/rbac.authorization.k8s.io/v1/clusterrolebindings"_s);
        const QJsonObject crb = QJsonDocument::fromJson(r[4].body).object();
        QCOMPARE(crb[u"roleRef"_s][u"name"_s].toString(), u"system:auth-delegator"_s);
        QCOMPARE(crb[u"subjects"_s][0][u"namespace"_s].toString(), u"vault"_s);
        QCOMPARE(r[5].method, QByteArray("DELETE"));
        QCOMPARE(r[5].path(), u"/api/v1/namespaces/vault/serviceaccounts/tmp"_s);
    }

    void podLogsWithContainerAndTail()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.enqueue(ScriptedResponse::json(200, "line 1\nline 2\n"));
        const auto logs
            = QCoro::waitFor(client(context(server))->podLogs(u"consul"_s, u"web-0"_s, u"vault-agent-init"_s, 200));
        QVERIFY2(logs.ok(), qPrintable(logs.error.message));
        QCOMPARE(logs.value, QByteArray("line 1\nline 2\n"));
        QCOMPARE(server.requests().first().target,
            QByteArray("/api/v1/namespaces/consul/pods/web-0/log?container=vault-agent-init&tailLines=200"));
    }

    void followedLogsArriveAsAStream()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.enqueue(ScriptedResponse::stream({{"one\n", 0}, {"two\n", 100}}));
        auto opened = QCoro::waitFor(client(context(server))->followPodLogs(u"consul"_s, u"web-0"_s, {}, 10));
        QVERIFY2(opened.ok(), qPrintable(opened.error.message));
        const QByteArray first = QCoro::waitFor(opened.value->nextChunk());
        QCOMPARE(first, QByteArray("one\n"));
        QCOMPARE(QCoro::waitFor(opened.value->readAll()), QByteArray("two\n"));
        QCOMPARE(server.requests().first().target,
            QByteArray("/api/v1/namespaces/consul/pods/web-0/log?follow=true&tailLines=10"));
    }

    void proxyUrlIsUsedForThisClient()
    {
        TestHttpServer proxy;
        QVERIFY(proxy.listen());
        proxy.enqueue(ScriptedResponse::json(200, versionBody));
        ResolvedKubeContext config = context(proxy);
        config.server = QUrl(u"http://kube.invalid:6443"_s);
        config.proxyUrl = proxy.url();
        const auto version = QCoro::waitFor(client(config)->version());
        QVERIFY2(version.ok(), qPrintable(version.error.message));
        QCOMPARE(proxy.requests().first().target, QByteArray("http://kube.invalid:6443/version"));
        QVERIFY(m_nam.proxy().type() != QNetworkProxy::HttpProxy); // the shared manager is untouched
    }

    void serverPathPrefixIsKept()
    {
        TestHttpServer server;
        QVERIFY(listenTls(server, u"server"_s));
        server.enqueue(ScriptedResponse::json(200, versionBody));
        ResolvedKubeContext config = context(server);
        config.server = server.url(u"/k8s/clusters/c-1/"_s);
        QVERIFY(QCoro::waitFor(client(config)->version()).ok());
        QCOMPARE(server.requests().first().path(), u"/k8s/clusters/c-1/version"_s);
    }
};

QTEST_GUILESS_MAIN(TestKubeClient)
#include "tst_kubeclient.moc"
