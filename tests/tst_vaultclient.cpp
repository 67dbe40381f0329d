// VaultClient against a scripted Vault on 127.0.0.1: the error matrix users see, health states,
// KV check-and-set, warnings, 204, headers, and a leak check over a whole session.
#include "services/vault/VaultClient.h"
#include "services/vault/VaultParsing.h"
#include "tests/support/LogCapture.h"
#include "tests/support/TestHttpServer.h"
#include "tests/support/TestSupport.h"

#include <QCoro/QCoroTask>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace meshfed;
using meshfed::test::RecordedRequest;
using meshfed::test::ScriptedResponse;
using meshfed::test::TestHttpServer;

Q_DECLARE_METATYPE(QList<ScriptedResponse>)

namespace {

const QString token = u"hvs.ROOT-TOKEN-never-shown"_s;

ScriptedResponse answer(int status, const char* body)
{
    return ScriptedResponse::json(status, QByteArray(body));
}

QList<ScriptedResponse> times(int count, const ScriptedResponse& response)
{
    return QList<ScriptedResponse>(count, response);
}

QJsonObject jsonBody(const RecordedRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

/// A stateful KV v2 mount "consul" with check-and-set, like Vault's.
struct FakeKv
{
    QMap<QString, std::pair<int, QJsonObject>> secrets;

    ScriptedResponse handle(const RecordedRequest& request)
    {
        const QString key = request.path().mid(QStringLiteral("/v1/consul/data/").size());
        if (request.method == "GET") {
            if (!secrets.contains(key))
                return answer(404, "{\"errors\":[]}");
            const QJsonObject body {{u"data"_s,
                QJsonObject {{u"data"_s, secrets[key].second},
                    {u"metadata"_s, QJsonObject {{u"version"_s, secrets[key].first}}}}}};
            return ScriptedResponse::json(200, QJsonDocument(body).toJson());
        }
        const QJsonObject body = jsonBody(request);
        const int current = secrets.value(key).first;
        if (body.contains(u"options"_s) && body[u"options"_s].toObject()[u"cas"_s].toInt() != current)
            return answer(400, "{\"errors\":[\"check-and-set parameter did not match the current version\"]}");
        secrets[key] = {current + 1, body[u"data"_s].toObject()};
        return ScriptedResponse::json(200, "{\"data\":{\"version\":" + QByteArray::number(current + 1) + "}}");
    }
};

} // namespace

class TestVaultClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    QList<std::chrono::milliseconds> m_waits;

    std::unique_ptr<VaultClient> client(const QUrl& address, const QString& nameSpace = {})
    {
        VaultSettings settings;
        settings.address = address.toString();
        settings.token = token;
        settings.nameSpace = nameSpace;
        settings.caCertFile = meshfed::test::dataPath(u"tls/ca.pem"_s);
        auto vault = std::make_unique<VaultClient>(&m_nam, VaultConfigResolver::resolve(settings, {}, {}));
        vault->setTimeout(2s);
        m_waits.clear();
        vault->http().setSleeper([this](std::chrono::milliseconds wait, QPointer<CancelToken>) -> QCoro::Task<void> {
            m_waits.append(wait);
            co_return;
        });
        return vault;
    }

private Q_SLOTS:
    void init() { m_nam.clearConnectionCache(); }

    void errorsReachTheUserAsTypedMessages_data()
    {
        QTest::addColumn<QList<ScriptedResponse>>("script");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("attempts");
        const QString call = u"GET %URL%"_s;
        QTest::newRow("400") << QList {answer(400, "{\"errors\":[\"invalid request\"]}")}
                             << int(VaultErrorKind::BadRequest)
                             << u"Vault rejected %1 (HTTP 400): invalid request."_s.arg(call) << 1;
        QTest::newRow("403 wrapped")
            << QList {answer(403, "{\"errors\":[\"1 error occurred:\\n\\t* permission denied\\n\\n\"]}")}
            << int(VaultErrorKind::PermissionDenied)
            << u"Permission denied on sys/mounts (%1, HTTP 403): permission denied."_s.arg(call) << 1;
        QTest::newRow("404 empty") << QList {answer(404, "{\"errors\":[]}")} << int(VaultErrorKind::NotFound)
                                   << u"Nothing found at sys/mounts (%1, HTTP 404)."_s.arg(call) << 1;
        QTest::newRow("412") << times(3, answer(412, "{\"errors\":[]}")) << int(VaultErrorKind::NotConsistent)
                             << u"Vault was not yet consistent for %1 (HTTP 412). Gave up after 3 attempts."_s.arg(call)
                             << 3;
        QTest::newRow("429 Retry-After")
            << times(3,
                   answer(429, "{\"errors\":[\"request path \\\"sys/mounts\\\": rate limit quota exceeded\"]}")
                       .withHeader("Retry-After", "30"))
            << int(VaultErrorKind::RateLimited)
            << u"Vault's request rate limit was reached for %1 (HTTP 429): request path \"sys/mounts\": rate limit quota exceeded. Gave up after 3 attempts."_s
                   .arg(call)
            << 3;
        QTest::newRow("500")
            << times(3, answer(500, "{\"errors\":[\"internal error\"]}")) << int(VaultErrorKind::ServerError)
            << u"Vault failed to handle %1 (HTTP 500): internal error. Gave up after 3 attempts."_s.arg(call) << 3;
        QTest::newRow("500 then 200") << QList {answer(500, "{\"errors\":[]}"), answer(200, "{\"data\":{}}")}
                                      << int(VaultErrorKind::None) << QString() << 2;
        QTest::newRow("503 sealed")
            << times(3, answer(503, "{\"errors\":[\"Vault is sealed\"]}")) << int(VaultErrorKind::Sealed)
            << u"Vault is sealed (%1, HTTP 503); unseal it, then try again. Gave up after 3 attempts."_s.arg(call) << 3;
        QTest::newRow("invalid JSON") << QList {answer(200, "<html>proxy login</html>")}
                                      << int(VaultErrorKind::InvalidResponse)
                                      << u"Vault's answer to %1 is not the JSON expected (HTTP 200)."_s.arg(call) << 1;
        QTest::newRow("403 in HTML from a proxy")
            << QList {answer(403, "<html><body>Forbidden by proxy</body></html>")}
            << int(VaultErrorKind::PermissionDenied) << u"Permission denied on sys/mounts (%1, HTTP 403)."_s.arg(call)
            << 1;
        QTest::newRow("timeout") << times(3, ScriptedResponse::hang()) << int(VaultErrorKind::Transport)
                                 << u"%1 timed out after 0.3 s without an answer. Gave up after 3 attempts."_s.arg(call)
                                 << 3;
    }

    void errorsReachTheUserAsTypedMessages()
    {
        QFETCH(QList<ScriptedResponse>, script);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(int, attempts);
        TestHttpServer server;
        QVERIFY(server.listen());
        for (const ScriptedResponse& response : script)
            server.enqueue(response);
        auto vault = client(server.url());
        vault->setTimeout(300ms);
        vault->setRetryPolicy(RetryPolicy::vault([] { return 0.0; }));
        const VaultResult<VaultMounts> result = QCoro::waitFor(vault->listMounts());
        QCOMPARE(int(result.error.kind), kind);
        QCOMPARE(result.error.message, message.replace(u"%URL%"_s, server.url(u"/v1/sys/mounts"_s).toString()));
        QCOMPARE(server.requestCount(), attempts);
        if (result.error.isError())
            QCOMPARE(result.error.attempts, attempts);
        QCOMPARE(m_waits.size(), attempts - 1);
        if (attempts == 3)
            QCOMPARE(m_waits, QList<std::chrono::milliseconds>({1000ms, 2000ms})); // Retry-After ignored, like Go
    }

    void connectionRefusedIsRetriedAndExplained()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl address(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        auto vault = client(address);
        const VaultResult<VaultTokenInfo> result = QCoro::waitFor(vault->lookupSelf());
        QCOMPARE(result.error.kind, VaultErrorKind::Transport);
        QCOMPARE(result.error.transport, HttpErrorKind::ConnectionRefused);
        QCOMPARE(result.error.attempts, 3);
        QCOMPARE(result.error.message,
            u"GET %1/v1/auth/token/lookup-self failed: the connection was refused. Is the server running, and are "
            u"address and port right? Gave up after 3 attempts."_s.arg(address.toString()));
    }

    void tlsFailureIsNotRetried()
    {
        TestHttpServer server;
        QVERIFY(server.listenTls(meshfed::test::dataPath(u"tls/unknown-server.pem"_s),
            meshfed::test::dataPath(u"tls/unknown-server-key.pem"_s)));
        auto vault = client(server.url());
        const VaultResult<VaultMounts> result = QCoro::waitFor(vault->listMounts());
        QCOMPARE(result.error.transport, HttpErrorKind::Tls);
        QCOMPARE(result.error.attempts, 1);
        QVERIFY(result.error.message.startsWith(u"GET %1 failed: the server's certificate was not accepted ("_s.arg(
            server.url(u"/v1/sys/mounts"_s).toString())));
        QVERIFY(result.error.message.endsWith(
            u"The certificate was issued by an unknown authority: give the CA certificate that signed it."_s));
    }

    void nonIdempotentWritesAreNeverRetried()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest&) { return answer(500, "{\"errors\":[\"boom\"]}"); });
        auto vault = client(server.url());
        QCOMPARE(QCoro::waitFor(vault->enableKvV2(u"consul"_s)).error.attempts, 1);
        QCOMPARE(QCoro::waitFor(vault->enableAuthMethod(u"kubernetes-dc1"_s, u"kubernetes"_s)).error.attempts, 1);
        QCOMPARE(QCoro::waitFor(vault->writeKv(u"consul"_s, u"secret/gossip"_s, {}, 0)).error.attempts, 1);
        QCOMPARE(QCoro::waitFor(vault->generateRootCa(u"pki"_s, {})).error.attempts, 1);
        QCOMPARE(QCoro::waitFor(vault->issueCertificate(u"pki"_s, u"r"_s, {})).error.attempts, 1);
        QCOMPARE(QCoro::waitFor(vault->login(u"kubernetes-dc1"_s, u"r"_s, u"jwt"_s)).error.attempts, 1);
        QCOMPARE(server.requestCount(), 6);
        QCOMPARE(QCoro::waitFor(vault->writePolicy(u"gossip"_s, u"path {}"_s)).error.attempts, 3);
        QCOMPARE(QCoro::waitFor(vault->tuneMount(u"pki"_s, {})).error.attempts, 3);
    }

    void healthStates_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("state");
        QTest::newRow("active") << 200 << int(VaultHealthState::Active);
        QTest::newRow("standby is not rate limiting") << 429 << int(VaultHealthState::Standby);
        QTest::newRow("DR secondary") << 472 << int(VaultHealthState::DrSecondary);
        QTest::newRow("performance standby") << 473 << int(VaultHealthState::PerformanceStandby);
        QTest::newRow("not initialized") << 501 << int(VaultHealthState::NotInitialized);
        QTest::newRow("sealed") << 503 << int(VaultHealthState::Sealed);
    }

    void healthStates()
    {
        QFETCH(int, status);
        QFETCH(int, state);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([status](const RecordedRequest&) {
            return ScriptedResponse::json(status,
                "{\"initialized\":" + QByteArray(status == 501 ? "false" : "true")
                    + ",\"sealed\":" + QByteArray(status == 503 ? "true" : "false") + ",\"version\":\"1.19.0\"}");
        });
        auto vault = client(server.url());
        const VaultResult<VaultHealth> result = QCoro::waitFor(vault->health());
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(int(result.value.state), state);
        QCOMPARE(result.value.status, status);
        QCOMPARE(result.value.sealed, status == 503);
        QCOMPARE(result.value.initialized, status != 501);
        QCOMPARE(result.value.version, u"1.19.0"_s);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(server.requests().first().header("X-Vault-Token").isEmpty());
    }

    void healthRetriesServerFailuresThatAreNoState()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest&) { return answer(500, "{\"errors\":[\"internal\"]}"); });
        auto vault = client(server.url());
        const VaultResult<VaultHealth> result = QCoro::waitFor(vault->health());
        QCOMPARE(result.error.kind, VaultErrorKind::ServerError);
        QCOMPARE(server.requestCount(), 3);
    }

    void vaultMaxRetriesFromTheEnvironmentIsHonoured()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest&) { return answer(500, "{\"errors\":[\"internal\"]}"); });
        VaultSettings settings;
        settings.address = server.url().toString();
        settings.token = token;
        VaultClient vault(&m_nam, VaultConfigResolver::resolve(settings, {{u"VAULT_MAX_RETRIES"_s, u"0"_s}}, {}));
        const VaultResult<VaultHealth> result = QCoro::waitFor(vault.health());
        QCOMPARE(result.error.kind, VaultErrorKind::ServerError);
        QCOMPARE(server.requestCount(), 1);
    }

    void kvCreateOnlyWriteOnAnExistingSecretChangesNothing()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        FakeKv kv;
        server.setHandler([&kv](const RecordedRequest& request) { return kv.handle(request); });
        auto vault = client(server.url());
        const QJsonObject first {{u"gossip"_s, u"first-key"_s}};
        const VaultResult<VaultKvWrite> created
            = QCoro::waitFor(vault->writeKv(u"consul"_s, u"secret/gossip"_s, first, 0));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.version, 1);

        const QJsonObject second {{u"gossip"_s, u"second-key"_s}};
        const VaultResult<VaultKvWrite> again
            = QCoro::waitFor(vault->writeKv(u"consul"_s, u"secret/gossip"_s, second, 0));
        QCOMPARE(again.error.kind, VaultErrorKind::AlreadyExists);
        QCOMPARE(again.error.status, 400);
        QCOMPARE(again.error.attempts, 1);
        QCOMPARE(again.error.message,
            u"consul/data/secret/gossip already exists in Vault and was left unchanged (POST %1, HTTP 400): "
            u"check-and-set parameter did not match the current version."_s.arg(
                server.url(u"/v1/consul/data/secret/gossip"_s).toString()));
        QCOMPARE(kv.secrets.value(u"secret/gossip"_s).first, 1);
        QCOMPARE(kv.secrets.value(u"secret/gossip"_s).second, first);

        const VaultResult<VaultKvSecret> read = QCoro::waitFor(vault->readKv(u"consul"_s, u"secret/gossip"_s));
        QVERIFY(read.ok() && read.value.exists);
        QCOMPARE(read.value.data, first);
        QCOMPARE(jsonBody(server.requests().first())[u"options"_s].toObject()[u"cas"_s].toInt(), 0);
    }

    void missingKvSecretIsAbsentNotAnError()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(answer(404, "{\"errors\":[]}"));
        auto vault = client(server.url());
        const VaultResult<VaultKvSecret> read = QCoro::waitFor(vault->readKv(u"consul"_s, u"secret/none"_s));
        QVERIFY(read.ok());
        QVERIFY(!read.value.exists);
        QCOMPARE(server.requestCount(), 1);
    }

    void warningsOfA200ArePassedOn()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(answer(200, "{\"data\":null,\"warnings\":[\"A role without an audience was used\"]}"));
        auto vault = client(server.url());
        const VaultResult<QJsonObject> written = QCoro::waitFor(vault->writeAuthRole(
            u"kubernetes-dc1"_s, u"consul-server"_s, {{u"bound_service_account_names"_s, u"consul-server"_s}}));
        QVERIFY(written.ok());
        QCOMPARE(written.warnings, QStringList {u"A role without an audience was used"_s});
        QCOMPARE(server.requests().first().path(), u"/v1/auth/kubernetes-dc1/role/consul-server"_s);
    }

    void noContentIsSuccessAndHeadersAreSent()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(204, {}));
        auto vault = client(server.url(), u"team/"_s);
        const VaultResult<QJsonObject> written = QCoro::waitFor(vault->writePolicy(u"gossip"_s, u"path \"x\" {}"_s));
        QVERIFY2(written.ok(), qPrintable(written.error.message));
        const RecordedRequest& request = server.requests().first();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path(), u"/v1/sys/policies/acl/gossip"_s);
        QCOMPARE(request.header("X-Vault-Token"), token.toUtf8());
        QCOMPARE(request.header("X-Vault-Request"), QByteArray("true"));
        QCOMPARE(request.header("X-Vault-Namespace"), QByteArray("team/"));
        QCOMPARE(jsonBody(request)[u"policy"_s].toString(), u"path \"x\" {}"_s);
    }

    void enableKvV2SendsTheVersionOption()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(204, {}));
        auto vault = client(server.url());
        QVERIFY(QCoro::waitFor(vault->enableKvV2(u"consul"_s)).ok());
        const QJsonObject body = jsonBody(server.requests().first());
        QCOMPARE(body[u"type"_s].toString(), u"kv"_s);
        QCOMPARE(body[u"options"_s].toObject()[u"version"_s].toString(), u"2"_s);
    }

    void parsesMountsAndTune()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(answer(200,
            "{\"request_id\":\"x\",\"data\":{\"consul/\":{\"type\":\"kv\",\"options\":{\"version\":\"2\"},"
            "\"config\":{\"max_lease_ttl\":0}},\"pki/\":{\"type\":\"pki\",\"options\":null,\"config\":{}}}}"));
        server.enqueue(answer(200, "{\"data\":{\"default_lease_ttl\":2764800,\"max_lease_ttl\":315360000}}"));
        auto vault = client(server.url());
        const VaultResult<VaultMounts> mounts = QCoro::waitFor(vault->listMounts());
        QVERIFY(mounts.ok());
        QCOMPARE(mounts.value.keys(), QStringList({u"consul/"_s, u"pki/"_s}));
        QVERIFY(mounts.value[u"consul/"_s].isKvVersion2());
        QVERIFY(!mounts.value[u"pki/"_s].isKvVersion2());
        const VaultResult<VaultMountTune> tune = QCoro::waitFor(vault->readMountTune(u"pki"_s));
        QCOMPARE(tune.value.maxLeaseTtl, 315360000);
        QCOMPARE(server.requests().at(1).path(), u"/v1/sys/mounts/pki/tune"_s);
    }

    void listsRolesWithTheListMethod()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(answer(200, "{\"data\":{\"keys\":[\"consul-server\",\"server-acl-init\"]}}"));
        server.enqueue(answer(404, "{\"errors\":[]}"));
        auto vault = client(server.url());
        const VaultResult<QStringList> roles = QCoro::waitFor(vault->listAuthRoles(u"kubernetes-dc1"_s));
        QCOMPARE(roles.value, QStringList({u"consul-server"_s, u"server-acl-init"_s}));
        QCOMPARE(server.requests().first().method, QByteArray("LIST"));
        const VaultResult<QStringList> none = QCoro::waitFor(vault->listAuthRoles(u"kubernetes-dc2"_s));
        QVERIFY(none.ok());
        QVERIFY(none.value.isEmpty());
    }

    void caCertificateAbsentEmptyOrPresent_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("state");
        QTest::newRow("absent") << 404 << QByteArray("{\"errors\":[]}") << int(VaultCaCertificate::State::Absent);
        QTest::newRow("empty") << 200 << QByteArray("{\"data\":{\"certificate\":\"\"}}")
                               << int(VaultCaCertificate::State::Empty);
        QTest::newRow("present") << 200 << QByteArray("{\"data\":{\"certificate\":\"-----BEGIN CERTIFICATE-----\"}}")
                                 << int(VaultCaCertificate::State::Present);
    }

    void caCertificateAbsentEmptyOrPresent()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, state);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(status, body));
        auto vault = client(server.url());
        const VaultResult<VaultCaCertificate> ca = QCoro::waitFor(vault->readCaCertificate(u"pki"_s));
        QVERIFY(ca.ok());
        QCOMPARE(int(ca.value.state), state);
        QCOMPARE(server.requests().first().path(), u"/v1/pki/cert/ca"_s);
    }

    void readsOfMissingItemsAreAbsent()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest&) { return answer(404, "{\"errors\":[]}"); });
        auto vault = client(server.url());
        QVERIFY(!QCoro::waitFor(vault->readPolicy(u"gossip"_s)).value.has_value());
        QVERIFY(!QCoro::waitFor(vault->readAuthRole(u"kubernetes-dc1"_s, u"x"_s)).value.has_value());
        QVERIFY(!QCoro::waitFor(vault->readAuthConfig(u"kubernetes-dc1"_s)).value.has_value());
        QVERIFY(!QCoro::waitFor(vault->readPkiRole(u"pki"_s, u"consul-cert-dc1"_s)).value.has_value());
        QCOMPARE(server.requestCount(), 4);
    }

    void tidiesVaultMessages_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("tidy");
        QTest::newRow("plain") << u"permission denied"_s << u"permission denied"_s;
        QTest::newRow("multi-error") << u"1 error occurred:\n\t* permission denied\n\n"_s << u"permission denied"_s;
        QTest::newRow("two errors") << u"2 errors occurred:\n\t* permission denied\n\t* invalid token\n\n"_s
                                    << u"permission denied; invalid token"_s;
    }

    void tidiesVaultMessages()
    {
        QFETCH(QString, raw);
        QFETCH(QString, tidy);
        QCOMPARE(VaultParsing::tidyMessage(raw), tidy);
    }

    void classifiesStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::newRow("cas") << 400 << u"check-and-set parameter did not match the current version"_s
                             << int(VaultErrorKind::AlreadyExists);
        QTest::newRow("mount in use") << 400 << u"path is already in use at consul/"_s
                                      << int(VaultErrorKind::AlreadyExists);
        QTest::newRow("bad request") << 400 << u"invalid role name"_s << int(VaultErrorKind::BadRequest);
        QTest::newRow("503 maintenance") << 503 << QString() << int(VaultErrorKind::ServerError);
        QTest::newRow("503 sealed") << 503 << u"Vault is sealed"_s << int(VaultErrorKind::Sealed);
        QTest::newRow("501") << 501 << QString() << int(VaultErrorKind::NotInitialized);
        QTest::newRow("405") << 405 << QString() << int(VaultErrorKind::UnexpectedStatus);
    }

    void classifiesStatuses()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(int, kind);
        const QStringList messages = message.isEmpty() ? QStringList() : QStringList {message};
        QCOMPARE(int(VaultParsing::kindFor(status, messages)), kind);
    }

    void deletedKvVersionIsNotAnExistingSecret()
    {
        const auto body = VaultParsing::parseObject(
            "{\"data\":{\"data\":null,\"metadata\":{\"version\":3,\"deletion_time\":\"2024-01-01T00:00:00Z\"}}}");
        QVERIFY(body);
        const VaultKvSecret secret = VaultParsing::kvSecret(*body);
        QVERIFY(!secret.exists);
        QVERIFY(secret.deleted);
        QCOMPARE(secret.version, 3);
    }

    void unusableConfigurationSendsNothing_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("message");
        QTest::newRow("no scheme") << u"vault:8200"_s << QString()
                                   << u"The Vault address \"vault:8200\" is not an http:// or https:// URL."_s;
        QTest::newRow("missing CA") << u"https://127.0.0.1:8200"_s << u"/nonexistent/ca.pem"_s
                                    << u"No PEM certificate could be read from the CA file /nonexistent/ca.pem."_s;
    }

    void unusableConfigurationSendsNothing()
    {
        QFETCH(QString, address);
        QFETCH(QString, caFile);
        QFETCH(QString, message);
        VaultConfig config;
        config.address = QUrl(address);
        config.caCertFile = caFile;
        VaultClient vault(&m_nam, config);
        const VaultResult<VaultHealth> result = QCoro::waitFor(vault.health());
        QCOMPARE(result.error.kind, VaultErrorKind::Configuration);
        QCOMPARE(result.error.message, message);
    }

    void aWholeSessionLeaksNoSecret()
    {
        const QString secretValue = u"gossip-key-c2VjcmV0"_s;
        const QString jwt = u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJl"_s;
        const QString childToken = u"hvs.CHILD-TOKEN-from-login"_s;
        const QString privateKey
            = u"-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIleakedkey\n-----END EC PRIVATE KEY-----"_s;
        TestHttpServer server;
        QVERIFY(server.listen());
        FakeKv kv;
        server.setHandler([&](const RecordedRequest& request) {
            const QString path = request.path();
            if (path.startsWith(u"/v1/consul/data/"_s))
                return kv.handle(request);
            if (path.endsWith(u"/login"_s))
                return ScriptedResponse::json(
                    200, "{\"auth\":{\"client_token\":\"" + childToken.toUtf8() + "\",\"policies\":[\"gossip\"]}}");
            if (path.startsWith(u"/v1/pki/issue/"_s))
                return ScriptedResponse::json(200,
                    QJsonDocument(QJsonObject {{u"data"_s, QJsonObject {{u"private_key"_s, privateKey}}}}).toJson());
            if (path == u"/v1/auth/token/lookup-self"_s)
                return answer(200, "{\"data\":{\"display_name\":\"root\",\"policies\":[\"root\"],\"ttl\":0}}");
            return answer(403, "{\"errors\":[\"permission denied\"]}");
        });
        QStringList errors;
        meshfed::test::LogCapture logs(u"meshfed.*=true\nqt.network.*=true"_s);
        {
            auto vault = client(server.url());
            vault->setRetryPolicy(RetryPolicy::vault([] { return 0.0; }));
            QCOMPARE(QCoro::waitFor(vault->lookupSelf()).value.displayName, u"root"_s);
            QVERIFY(
                QCoro::waitFor(vault->writeKv(u"consul"_s, u"secret/gossip"_s, {{u"gossip"_s, secretValue}}, 0)).ok());
            errors << QCoro::waitFor(vault->writeKv(u"consul"_s, u"secret/gossip"_s, {{u"gossip"_s, secretValue}}, 0))
                          .error.message;
            QCOMPARE(QCoro::waitFor(vault->readKv(u"consul"_s, u"secret/gossip"_s)).value.data[u"gossip"_s].toString(),
                secretValue);
            QCOMPARE(QCoro::waitFor(vault->login(u"kubernetes-dc1"_s, u"consul-server"_s, jwt)).value.clientToken,
                childToken);
            QCOMPARE(QCoro::waitFor(vault->issueCertificate(u"pki"_s, u"consul-cert-dc1"_s, {})).value.privateKey,
                privateKey);
            errors << QCoro::waitFor(vault->listMounts()).error.message;
            errors << QCoro::waitFor(vault->writeAuthConfig(u"kubernetes-dc2"_s, {{u"token_reviewer_jwt"_s, jwt}}))
                          .error.message;
        }
        const QString logged = logs.text();
        QVERIFY2(logged.contains(u"sys/mounts"_s), qPrintable(logged)); // debug logging was on
        for (const QString& secret : {token, secretValue, jwt, childToken, privateKey, u"MHcCAQEEIleakedkey"_s}) {
            QVERIFY2(!logged.contains(secret), qPrintable(secret));
            for (const QString& message : std::as_const(errors))
                QVERIFY2(!message.contains(secret), qPrintable(message));
        }
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors.at(1).startsWith(u"Permission denied on sys/mounts"_s));
    }
};

QTEST_GUILESS_MAIN(TestVaultClient)
#include "tst_vaultclient.moc"
