// The simulated Vault, spoken to by the real VaultClient over sockets.
#include "services/sim/SimCrypto.h"
#include "services/sim/vault/SimVault.h"
#include "services/vault/VaultClient.h"

#include <QCoro/QCoroTask>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

/// A stand-in API server answering TokenReview: "good-jwt" is consul-server in default; the
/// reviewer "no-delegator" is refused with 403 as Kubernetes does without system:auth-delegator.
class FakeApiServer
{
public:
    FakeApiServer()
        : m_ca(SimCertificateAuthority::create(u"fake cluster CA"_s, 3600))
        , m_server([this](HttpExchange* e) { review(e); })
    {
        const IssuedCertificate tls = m_ca.issue(u"127.0.0.1"_s, {u"localhost"_s}, {u"127.0.0.1"_s}, 3600);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(tls.certificatePem));
        config.setPrivateKey(QSslKey(tls.privateKeyPem, QSsl::Ec));
        m_server.setTls(config);
        m_server.listenLocal();
    }
    QString url() const { return m_server.baseUrl().toString(); }
    QString caPem() const { return QString::fromUtf8(m_ca.certificate().certificatePem); }
    int reviews = 0;

private:
    void review(HttpExchange* e)
    {
        ++reviews;
        if (e->request().header("authorization") == "Bearer no-delegator") {
            e->respondJson(403,
                QJsonDocument(QJsonObject {{u"kind"_s, u"Status"_s}, {u"code"_s, 403},
                    {u"message"_s, u"tokenreviews.authentication.k8s.io is forbidden"_s}}));
            return;
        }
        const QString token = e->request().json().object().value(u"spec"_s).toObject().value(u"token"_s).toString();
        const bool good = token == u"good-jwt"_s || token == u"other-sa-jwt"_s;
        const QString user = token == u"good-jwt"_s ? u"system:serviceaccount:default:consul-server"_s
                                                    : u"system:serviceaccount:default:intruder"_s;
        QJsonObject status {{u"authenticated"_s, good}};
        if (good)
            status.insert(u"user"_s, QJsonObject {{u"username"_s, user}});
        else
            status.insert(u"error"_s, u"invalid bearer token"_s);
        e->respondJson(201, QJsonDocument(QJsonObject {{u"kind"_s, u"TokenReview"_s}, {u"status"_s, status}}));
    }

    SimCertificateAuthority m_ca;
    HttpServer m_server;
};

template <typename T> T run(QCoro::Task<T>&& task)
{
    return QCoro::waitFor(std::move(task));
}

} // namespace

class TestSimVault : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimVault> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<VaultClient> m_vault;

    VaultClient clientWithToken(const QString& token)
    {
        VaultConfig config = m_vault->config();
        config.token = token;
        VaultClient client(&m_nam, config);
        client.setRetryPolicy(RetryPolicy::none());
        return client;
    }

    void setUpKubernetesAuth(const FakeApiServer& api, const QString& reviewer)
    {
        QVERIFY(run(m_vault->enableAuthMethod(u"kubernetes-dc2"_s, u"kubernetes"_s)).ok());
        QVERIFY(run(m_vault->writeAuthConfig(u"kubernetes-dc2"_s,
                        {{u"kubernetes_host"_s, api.url()}, {u"kubernetes_ca_cert"_s, api.caPem()},
                            {u"token_reviewer_jwt"_s, reviewer}, {u"disable_local_ca_jwt"_s, true}}))
                    .ok());
        QVERIFY(run(m_vault->writePolicy(
                        u"gossip"_s, u"path \"consul/data/secret/gossip\" {\n  capabilities = [\"read\"]\n}\n"_s))
                    .ok());
        QVERIFY(run(m_vault->writeAuthRole(u"kubernetes-dc2"_s, u"consul-server"_s,
                        {{u"bound_service_account_names"_s, QJsonArray {u"consul-server"_s}},
                            {u"bound_service_account_namespaces"_s, QJsonArray {u"default"_s}},
                            {u"policies"_s, QJsonArray {u"gossip"_s}}, {u"ttl"_s, u"24h"_s}}))
                    .ok());
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<SimVault>();
        QVERIFY(m_sim->start());
        VaultConfig config;
        config.address = m_sim->address();
        config.token = m_sim->rootToken();
        m_vault = std::make_unique<VaultClient>(&m_nam, config);
        m_vault->setRetryPolicy(RetryPolicy::none());
    }

    void healthAndSeal()
    {
        auto health = run(m_vault->health());
        QVERIFY(health.ok());
        QCOMPARE(health.value.state, VaultHealthState::Active);
        m_sim->setSealed(true);
        health = run(m_vault->health());
        QCOMPARE(health.value.state, VaultHealthState::Sealed);
        const auto mounts = run(m_vault->listMounts());
        QCOMPARE(mounts.error.kind, VaultErrorKind::Sealed);
        QCOMPARE(mounts.error.status, 503);
    }

    void rootTokenLooksItselfUp()
    {
        const auto self = run(m_vault->lookupSelf());
        QVERIFY(self.ok());
        QCOMPARE(self.value.policies, QStringList {u"root"_s});
        QCOMPARE(self.value.ttlSeconds, 0);
    }

    void mountsLikeVault()
    {
        QVERIFY(run(m_vault->enableKvV2(u"consul"_s)).ok());
        const auto again = run(m_vault->enableKvV2(u"consul"_s));
        QCOMPARE(again.error.status, 400);
        QVERIFY2(again.error.messages.join(u' ').contains(u"path is already in use at consul/"_s),
            qPrintable(again.error.message));
        QVERIFY(run(m_vault->enableSecretsEngine(u"pki"_s, u"pki"_s)).ok());
        QVERIFY(run(m_vault->tuneMount(u"pki"_s, {{u"max_lease_ttl"_s, u"87600h"_s}})).ok());
        const auto tune = run(m_vault->readMountTune(u"pki"_s));
        QCOMPARE(tune.value.maxLeaseTtl, 315360000);
        const auto mounts = run(m_vault->listMounts());
        QVERIFY(mounts.value.contains(u"consul/"_s));
        QCOMPARE(mounts.value.value(u"consul/"_s).options.value(u"version"_s).toString(), u"2"_s);
        QVERIFY(mounts.value.contains(u"secret/"_s)); // the dev server's own
        QVERIFY(run(m_vault->enableSecretsEngine(u"kv1"_s, u"kv"_s)).ok());
        QVERIFY(run(m_vault->listMounts()).value.value(u"kv1/"_s).options.value(u"version"_s).toString() == u"1"_s);
    }

    void kvCheckAndSetNeverOverwrites()
    {
        QVERIFY(run(m_vault->enableKvV2(u"consul"_s)).ok());
        QVERIFY(!run(m_vault->readKv(u"consul"_s, u"secret/gossip"_s)).value.exists);
        const auto first = run(m_vault->writeKv(u"consul"_s, u"secret/gossip"_s, {{u"key"_s, u"original"_s}}, 0));
        QVERIFY(first.ok());
        QCOMPARE(first.value.version, 1);
        const auto second = run(m_vault->writeKv(u"consul"_s, u"secret/gossip"_s, {{u"key"_s, u"replaced"_s}}, 0));
        QCOMPARE(second.error.kind, VaultErrorKind::AlreadyExists);
        const auto read = run(m_vault->readKv(u"consul"_s, u"secret/gossip"_s));
        QCOMPARE(read.value.data.value(u"key"_s).toString(), u"original"_s);
        QCOMPARE(read.value.version, 1);
    }

    void policiesAreStoredAndParsed()
    {
        const QString hcl = u"path \"pki/cert/ca\" {\n  capabilities = [\"read\"]\n}\n"_s;
        QVERIFY(run(m_vault->writePolicy(u"ca-policy"_s, hcl)).ok());
        QCOMPARE(run(m_vault->readPolicy(u"ca-policy"_s)).value, std::optional<QString>(hcl));
        QCOMPARE(run(m_vault->readPolicy(u"nope"_s)).value, std::nullopt);
        const auto bad = run(m_vault->writePolicy(u"bad"_s, u"path \"x\" { capabilities = [\"fly\"] }"_s));
        QCOMPARE(bad.error.status, 400);
    }

    void missingObjectsAre404WithAnEmptyErrorList()
    {
        QNetworkRequest request(QUrl(m_sim->address().toString() + u"/v1/sys/policies/acl/absent"_s));
        request.setRawHeader("X-Vault-Token", "root");
        std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QCOMPARE(reply->readAll(), QByteArray("{\"errors\":[]}"));
    }

    void pkiRootIsRealAndASecondAddsAnIssuer()
    {
        QVERIFY(run(m_vault->enableSecretsEngine(u"pki"_s, u"pki"_s)).ok());
        QCOMPARE(run(m_vault->readCaCertificate(u"pki"_s)).value.state, VaultCaCertificate::State::Empty);
        const auto root
            = run(m_vault->generateRootCa(u"pki"_s, {{u"common_name"_s, u"Consul CA"_s}, {u"ttl"_s, u"700h"_s}}));
        QVERIFY(root.ok());
        QCOMPARE(summarizeCertificate(root.value.certificate.toUtf8()).commonName, u"Consul CA"_s);
        const auto ca = run(m_vault->readCaCertificate(u"pki"_s));
        QCOMPARE(ca.value.state, VaultCaCertificate::State::Present);
        QVERIFY(run(m_vault->generateRootCa(u"pki"_s, {{u"common_name"_s, u"Second"_s}})).ok());
        QCOMPARE(run(m_vault->readCaCertificate(u"pki"_s)).value.certificatePem, ca.value.certificatePem);
    }

    void pkiIssuesOnlyAllowedNames()
    {
        QVERIFY(run(m_vault->enableSecretsEngine(u"pki"_s, u"pki"_s)).ok());
        QVERIFY(run(m_vault->generateRootCa(u"pki"_s, {{u"common_name"_s, u"Consul CA"_s}})).ok());
        QVERIFY(run(m_vault->writePkiRole(u"pki"_s, u"consul-cert-dc1"_s,
                        {{u"allowed_domains"_s,
                             QJsonArray {u"dc1.consul"_s, u"consul-server"_s, u"consul-server.default"_s,
                                 u"consul-server.default.svc"_s}},
                            {u"allow_subdomains"_s, true}, {u"allow_bare_domains"_s, true},
                            {u"allow_localhost"_s, true}, {u"max_ttl"_s, u"720h"_s}}))
                    .ok());
        const auto issued = run(m_vault->issueCertificate(u"pki"_s, u"consul-cert-dc1"_s,
            {{u"common_name"_s, u"server.dc1.consul"_s},
                {u"alt_names"_s,
                    u"localhost,consul-server,*.consul-server,*.consul-server.default,consul-server.default,"
                    u"*.consul-server.default.svc,consul-server.default.svc,*.server.dc1.consul"_s},
                {u"ip_sans"_s, u"127.0.0.1,::1"_s}}));
        QVERIFY2(issued.ok(), qPrintable(issued.error.message));
        QVERIFY(isSignedBy(issued.value.certificate.toUtf8(), issued.value.issuingCa.toUtf8()));
        const auto refused = run(m_vault->issueCertificate(u"pki"_s, u"consul-cert-dc1"_s,
            {{u"common_name"_s, u"server.dc1.consul"_s}, {u"alt_names"_s, u"consul-server.consul.svc"_s}}));
        QCOMPARE(refused.error.status, 400);
        QVERIFY(refused.error.messages.join(u' ').contains(u"consul-server.consul.svc not allowed by this role"_s));
    }

    void kubernetesLoginReviewsTheTokenAndEnforcesPolicies()
    {
        FakeApiServer api;
        setUpKubernetesAuth(api, u"reviewer-jwt"_s);
        QVERIFY(run(m_vault->enableKvV2(u"consul"_s)).ok());
        QVERIFY(run(m_vault->writeKv(u"consul"_s, u"secret/gossip"_s, {{u"key"_s, u"k"_s}}, 0)).ok());
        QVERIFY(run(m_vault->writeKv(u"consul"_s, u"secret/bootstrap"_s, {{u"token"_s, u"t"_s}}, 0)).ok());

        const auto login = run(m_vault->login(u"kubernetes-dc2"_s, u"consul-server"_s, u"good-jwt"_s));
        QVERIFY2(login.ok(), qPrintable(login.error.message));
        QCOMPARE(api.reviews, 1);
        QVERIFY(login.value.policies.contains(u"gossip"_s) && login.value.policies.contains(u"default"_s));
        VaultClient pod = clientWithToken(login.value.clientToken);
        QCOMPARE(run(pod.readKv(u"consul"_s, u"secret/gossip"_s)).value.data.value(u"key"_s).toString(), u"k"_s);
        const auto denied = run(pod.readKv(u"consul"_s, u"secret/bootstrap"_s));
        QCOMPARE(denied.error.kind, VaultErrorKind::PermissionDenied);
        QVERIFY(run(pod.lookupSelf()).ok()); // the default policy
    }

    void loginFailuresAre403AndLogged_data()
    {
        QTest::addColumn<QString>("reviewer");
        QTest::addColumn<QString>("jwt");
        QTest::addColumn<bool>("wrongCa");
        QTest::addColumn<QString>("logged");
        QTest::newRow("reviewer without auth-delegator") << u"no-delegator"_s << u"good-jwt"_s << false << u"403"_s;
        QTest::newRow("wrong CA") << u"reviewer-jwt"_s << u"good-jwt"_s << true << u"Post \""_s;
        QTest::newRow("token rejected") << u"reviewer-jwt"_s << u"forged"_s << false << u"unauthorized"_s;
        QTest::newRow("service account not bound")
            << u"reviewer-jwt"_s << u"other-sa-jwt"_s << false << u"service account name not authorized: intruder"_s;
    }

    void loginFailuresAre403AndLogged()
    {
        QFETCH(QString, reviewer);
        QFETCH(QString, jwt);
        QFETCH(bool, wrongCa);
        QFETCH(QString, logged);
        FakeApiServer api;
        setUpKubernetesAuth(api, reviewer);
        if (wrongCa) {
            const SimCertificateAuthority other = SimCertificateAuthority::create(u"other"_s, 3600);
            QVERIFY(run(m_vault->writeAuthConfig(u"kubernetes-dc2"_s,
                            {{u"kubernetes_host"_s, api.url()},
                                {u"kubernetes_ca_cert"_s, QString::fromUtf8(other.certificate().certificatePem)},
                                {u"token_reviewer_jwt"_s, reviewer}, {u"disable_local_ca_jwt"_s, true}}))
                        .ok());
        }
        const auto login = run(m_vault->login(u"kubernetes-dc2"_s, u"consul-server"_s, jwt));
        QCOMPARE(login.error.kind, VaultErrorKind::PermissionDenied);
        QVERIFY2(m_sim->log().join(u'\n').contains(logged), qPrintable(m_sim->log().join(u'\n')));
    }

    void unknownRoleIs400()
    {
        FakeApiServer api;
        setUpKubernetesAuth(api, u"reviewer-jwt"_s);
        const auto login = run(m_vault->login(u"kubernetes-dc2"_s, u"nope"_s, u"good-jwt"_s));
        QCOMPARE(login.error.status, 400);
        QVERIFY(login.error.messages.join(u' ').contains(u"invalid role name \"nope\""_s));
    }

    void roleWithoutAudienceWarns()
    {
        FakeApiServer api;
        setUpKubernetesAuth(api, u"reviewer-jwt"_s);
        const auto write = run(m_vault->writeAuthRole(u"kubernetes-dc2"_s, u"consul-ca"_s,
            {{u"bound_service_account_names"_s, u"*"_s}, {u"bound_service_account_namespaces"_s, u"default"_s},
                {u"policies"_s, u"ca-policy"_s}, {u"ttl"_s, u"1h"_s}}));
        QVERIFY(write.ok());
        QVERIFY(write.warnings.join(u' ').contains(u"audience"_s));
        const auto read = run(m_vault->readAuthRole(u"kubernetes-dc2"_s, u"consul-ca"_s));
        QCOMPARE(read.value->value(u"token_ttl"_s).toInt(), 3600);
        QCOMPARE(
            run(m_vault->listAuthRoles(u"kubernetes-dc2"_s)).value, (QStringList {u"consul-ca"_s, u"consul-server"_s}));
    }

    void countersSeparateReadsFromWrites()
    {
        m_sim->server().resetCounters();
        run(m_vault->listMounts());
        run(m_vault->enableKvV2(u"consul"_s));
        QCOMPARE(m_sim->server().counters().reads, 1);
        QCOMPARE(m_sim->server().counters().writes, 1);
    }
};

QTEST_GUILESS_MAIN(TestSimVault)
#include "tst_simvault.moc"
