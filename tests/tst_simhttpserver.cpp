// The simulator's HTTP server, spoken to over real sockets by Qt's own client.
#include "services/sim/http/HttpServer.h"
#include "services/sim/SimCrypto.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

QNetworkReply* waitFor(QNetworkReply* reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(5000);
    return reply;
}

} // namespace

class TestSimHttpServer : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    static HttpServer::Handler echo()
    {
        return [](HttpExchange* exchange) {
            const IncomingRequest& r = exchange->request();
            const QByteArray text = r.method + ' ' + r.path.toUtf8() + " q=" + r.query.queryItemValue(u"q"_s).toUtf8()
                + " body=" + r.body + " auth=" + r.header("authorization");
            exchange->respond(200, text, {{"Content-Type", "text/plain"}});
        };
    }

private Q_SLOTS:
    void answersRequestsOnOneConnection()
    {
        HttpServer server(echo());
        QVERIFY(server.listenLocal());
        QUrl url = server.baseUrl();
        url.setPath(u"/v1/sys/health"_s);
        url.setQuery(u"q=a%20b"_s);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer x");
        std::unique_ptr<QNetworkReply> get(waitFor(m_nam.get(request)));
        QCOMPARE(get->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(get->readAll(), QByteArray("GET /v1/sys/health q=a b body= auth=Bearer x"));

        std::unique_ptr<QNetworkReply> post(waitFor(m_nam.post(QNetworkRequest(url), QByteArray("{\"a\":1}"))));
        QCOMPARE(post->readAll(), QByteArray("POST /v1/sys/health q=a b body={\"a\":1} auth="));
        std::unique_ptr<QNetworkReply> list(waitFor(m_nam.sendCustomRequest(QNetworkRequest(url), "LIST")));
        QVERIFY(list->readAll().startsWith("LIST "));
        QCOMPARE(server.counters().reads, 2);
        QCOMPARE(server.counters().writes, 1);
    }

    void streamsChunkedResponses()
    {
        QPointer<HttpExchange> stream;
        HttpServer server([&](HttpExchange* exchange) {
            stream = exchange;
            exchange->beginStream(200, "application/json");
            exchange->write("{\"type\":\"ADDED\"}\n");
        });
        QVERIFY(server.listenLocal());
        std::unique_ptr<QNetworkReply> reply(m_nam.get(QNetworkRequest(server.baseUrl())));
        QByteArray received;
        connect(reply.get(), &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
        QTRY_COMPARE(received, QByteArray("{\"type\":\"ADDED\"}\n"));
        QVERIFY(stream);
        stream->write("{\"type\":\"MODIFIED\"}\n");
        QTRY_VERIFY(received.endsWith("MODIFIED\"}\n"));
        stream->endStream();
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
    }

    void injectedStatusWithRetryAfter()
    {
        HttpServer server(echo());
        server.setErrorBody([](int status, const QString& message) {
            return u"{\"errors\":[\"%1 %2\"]}"_s.arg(status).arg(message).toUtf8();
        });
        FaultRule rule;
        rule.kind = FaultRule::Kind::Status;
        rule.path = QRegularExpression(u"^/v1/sys/mounts"_s);
        rule.status = 429;
        rule.retryAfterSeconds = 3;
        rule.remaining = 1;
        server.faults().add(rule);
        QVERIFY(server.listenLocal());
        QUrl url = server.baseUrl();
        url.setPath(u"/v1/sys/mounts"_s);
        std::unique_ptr<QNetworkReply> first(waitFor(m_nam.get(QNetworkRequest(url))));
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QCOMPARE(first->rawHeader("Retry-After"), QByteArray("3"));
        QCOMPARE(first->readAll(), QByteArray("{\"errors\":[\"429 Too Many Requests\"]}"));
        std::unique_ptr<QNetworkReply> second(waitFor(m_nam.get(QNetworkRequest(url))));
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    void resetDropsTheConnectionMidBody()
    {
        HttpServer server([](HttpExchange* exchange) { exchange->respond(200, QByteArray(1000, 'x')); });
        FaultRule rule;
        rule.kind = FaultRule::Kind::Reset;
        rule.bytes = 100;
        server.faults().add(rule);
        QVERIFY(server.listenLocal());
        std::unique_ptr<QNetworkReply> reply(waitFor(m_nam.get(QNetworkRequest(server.baseUrl()))));
        QVERIFY(reply->error() != QNetworkReply::NoError);
    }

    void hangNeverAnswers()
    {
        HttpServer server(echo());
        FaultRule rule;
        rule.kind = FaultRule::Kind::Hang;
        server.faults().add(rule);
        QVERIFY(server.listenLocal());
        QNetworkRequest request(server.baseUrl());
        request.setTransferTimeout(300);
        std::unique_ptr<QNetworkReply> reply(waitFor(m_nam.get(request)));
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    }

    void faultsAreDeterministicFromTheSeed()
    {
        auto pattern = [](quint32 seed) {
            FaultInjector injector;
            injector.setSeed(seed);
            FaultRule rule;
            rule.probability = 0.5;
            injector.add(rule);
            QString hits;
            for (int i = 0; i < 32; ++i)
                hits += injector.pick("GET", u"/x"_s) ? u'1' : u'0';
            return hits;
        };
        QCOMPARE(pattern(7), pattern(7));
        QVERIFY(pattern(7) != pattern(8));
        QVERIFY(pattern(7).contains(u'1') && pattern(7).contains(u'0'));
    }

    void servesHttpsWithItsOwnCa()
    {
        const SimCertificateAuthority ca = SimCertificateAuthority::create(u"sim CA"_s, 3600);
        const IssuedCertificate tls = ca.issue(u"127.0.0.1"_s, {u"localhost"_s}, {u"127.0.0.1"_s}, 3600);
        QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
        serverTls.setLocalCertificate(QSslCertificate(tls.certificatePem));
        serverTls.setPrivateKey(QSslKey(tls.privateKeyPem, QSsl::Ec));
        HttpServer server(echo());
        server.setTls(serverTls);
        QVERIFY(server.listenLocal());
        QCOMPARE(server.baseUrl().scheme(), u"https"_s);

        QNetworkRequest trusted(server.baseUrl());
        QSslConfiguration clientTls = QSslConfiguration::defaultConfiguration();
        clientTls.setCaCertificates({QSslCertificate(ca.certificate().certificatePem)});
        trusted.setSslConfiguration(clientTls);
        std::unique_ptr<QNetworkReply> ok(waitFor(m_nam.get(trusted)));
        QCOMPARE(ok->error(), QNetworkReply::NoError);

        m_nam.clearConnectionCache(); // a new handshake, not the trusted connection again
        QNetworkRequest untrusted(server.baseUrl());
        untrusted.setSslConfiguration(QSslConfiguration::defaultConfiguration());
        std::unique_ptr<QNetworkReply> refused(waitFor(m_nam.get(untrusted)));
        QCOMPARE(refused->error(), QNetworkReply::SslHandshakeFailedError);
    }

    void chunkedRequestBodiesAreDecoded()
    {
        HttpServer server(echo());
        QVERIFY(server.listenLocal());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(
            "POST /p HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY((answer += socket.readAll()).contains("body=abcde"));
    }
};

QTEST_GUILESS_MAIN(TestSimHttpServer)
#include "tst_simhttpserver.moc"
