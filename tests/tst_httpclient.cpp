// HttpClient against a real server on 127.0.0.1: timeouts, cancel, size cap, redirects, TLS,
// retries and what reaches the log.
#include "services/http/HttpClient.h"
#include "services/http/HttpMessages.h"
#include "tests/support/LogCapture.h"
#include "tests/support/TestHttpServer.h"
#include "tests/support/TestSupport.h"

#include <QCoro/QCoroTask>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace meshfed;
using meshfed::test::ScriptedResponse;
using meshfed::test::TestHttpServer;

Q_DECLARE_METATYPE(std::chrono::milliseconds)

namespace {

const QByteArray token = QByteArrayLiteral("hvs.TOP-SECRET-TOKEN");

QList<QSslCertificate> trustedCa()
{
    return QSslCertificate::fromPath(meshfed::test::dataPath(u"tls/ca.pem"_s));
}

TlsOptions trustingTestCa()
{
    TlsOptions tls;
    tls.configuration.setCaCertificates(trustedCa());
    return tls;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    QList<std::chrono::milliseconds> m_waits;

    HttpResponse send(const HttpRequest& request) { return QCoro::waitFor(m_http->send(request)); }
    HttpResponse send(const HttpRequest& request, const RetryPolicy& policy)
    {
        return QCoro::waitFor(m_http->send(request, policy));
    }
    static HttpRequest get(const QUrl& url) { return HttpRequest(QByteArrayLiteral("GET"), url); }

    HttpResponse tlsGet(const QString& cert, const TlsOptions& tls)
    {
        TestHttpServer server;
        if (!server.listenTls(meshfed::test::dataPath(cert + u".pem"_s), meshfed::test::dataPath(cert + u"-key.pem"_s)))
            qFatal("cannot listen with TLS");
        server.enqueue(ScriptedResponse::json(200, "{}"));
        return send(get(server.url(u"/v1/sys/health"_s)).setTls(tls).setTimeout(5s));
    }

private Q_SLOTS:
    void init()
    {
        m_nam.clearConnectionCache();
        m_http = std::make_unique<HttpClient>(&m_nam);
        m_waits.clear();
        m_http->setSleeper([this](std::chrono::milliseconds wait, QPointer<CancelToken>) -> QCoro::Task<void> {
            m_waits.append(wait);
            co_return;
        });
    }

    void answersWithStatusHeadersAndBody()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(201, "{\"a\":1}").withHeader("X-Thing", "yes"));
        const HttpResponse response = send(
            HttpRequest("PUT", server.url(u"/v1/x"_s)).setHeader("X-Vault-Token", token).setBody("{\"k\":\"v\"}"));
        QVERIFY(response.isSuccess());
        QCOMPARE(response.status, 201);
        QCOMPARE(response.body, QByteArray("{\"a\":1}"));
        QCOMPARE(response.header("x-thing"), QByteArray("yes"));
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests().first().method, QByteArray("PUT"));
        QCOMPARE(server.requests().first().header("X-Vault-Token"), token);
        QCOMPARE(server.requests().first().body, QByteArray("{\"k\":\"v\"}"));
    }

    void statusAtOrAbove400IsAnHttpStatusErrorWithTheBodyKept()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(404, "{\"errors\":[]}"));
        const QUrl url = server.url(u"/v1/missing"_s);
        const HttpResponse response = send(get(url));
        QCOMPARE(response.error.kind, HttpErrorKind::HttpStatus);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.body, QByteArray("{\"errors\":[]}"));
        QCOMPARE(response.error.message, u"GET %1 answered HTTP 404."_s.arg(url.toString()));
    }

    void timesOutOnAHangingServer()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::hang());
        const QUrl url = server.url(u"/slow"_s);
        const HttpResponse response = send(get(url).setTimeout(300ms));
        QCOMPARE(response.error.kind, HttpErrorKind::Timeout);
        QCOMPARE(response.error.message, u"GET %1 timed out after 0.3 s without an answer."_s.arg(url.toString()));
    }

    void defaultTimeoutIsOverridable()
    {
        const auto saved = HttpRequest::defaultTimeout;
        HttpRequest::defaultTimeout = 200ms;
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::hang());
        const HttpResponse response = send(get(server.url(u"/slow"_s)));
        HttpRequest::defaultTimeout = saved;
        QCOMPARE(response.error.kind, HttpErrorKind::Timeout);
    }

    void cancelAbortsTheRequestInFlight()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::hang());
        CancelToken cancel;
        QTimer::singleShot(100ms, &cancel, &CancelToken::cancel);
        const QUrl url = server.url(u"/slow"_s);
        const HttpResponse response = send(get(url).setCancelToken(&cancel).setTimeout(10s));
        QCOMPARE(response.error.kind, HttpErrorKind::Cancelled);
        QCOMPARE(response.error.message, u"GET %1 was cancelled."_s.arg(url.toString()));
    }

    void cancelledBeforeSendingSendsNothingAndStopsRetries()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        CancelToken cancel;
        cancel.cancel();
        const HttpResponse response
            = send(get(server.url(u"/x"_s)).setCancelToken(&cancel).setIdempotent(true), RetryPolicy::vault());
        QCOMPARE(response.error.kind, HttpErrorKind::Cancelled);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(server.requestCount(), 0);
    }

    void cancelDuringTheRetryWaitEndsAtOnce()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(503, "{}"));
        HttpClient realSleeps(&m_nam);
        CancelToken cancel;
        QTimer::singleShot(200ms, &cancel, &CancelToken::cancel);
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = QCoro::waitFor(realSleeps.send(
            get(server.url(u"/x"_s)).setCancelToken(&cancel).setIdempotent(true), RetryPolicy::vault()));
        QVERIFY(clock.elapsed() < 900); // the first wait alone would be at least 1 s
        QCOMPARE(response.error.kind, HttpErrorKind::Cancelled);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(server.requestCount(), 1);
    }

    void bodyAboveTheLimitIsRefusedNamingTheLimit()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(200, QByteArray(5000, 'x')));
        const QUrl url = server.url(u"/big"_s);
        const HttpResponse response = send(get(url).setMaxBodyBytes(1000));
        QCOMPARE(response.error.kind, HttpErrorKind::TooLarge);
        QVERIFY(response.body.isEmpty());
        QCOMPARE(response.error.message,
            u"GET %1 failed: the response is larger than the limit of 1000 bytes."_s.arg(url.toString()));
    }

    void crossOriginRedirectIsNeverFollowed()
    {
        TestHttpServer origin;
        TestHttpServer other;
        QVERIFY(origin.listen());
        QVERIFY(other.listen());
        const QUrl elsewhere = other.url(u"/v1/sys/mounts?secret=1"_s);
        origin.enqueue(ScriptedResponse::json(307, {}).withHeader("Location", elsewhere.toEncoded()));
        other.enqueue(ScriptedResponse::json(200, "{}"));
        const QUrl url = origin.url(u"/v1/sys/mounts"_s);
        const HttpResponse response = send(get(url).setHeader("X-Vault-Token", token).setMaxRedirects(5));
        QCOMPARE(response.error.kind, HttpErrorKind::Redirect);
        QCOMPARE(other.requestCount(), 0);
        QCOMPARE(response.error.message,
            u"GET %1 was redirected to another server (http://127.0.0.1:%2). The redirect was not followed, so that "
            u"credentials are never sent there."_s.arg(url.toString())
                .arg(other.port()));
    }

    void sameOriginRedirectIsFollowedUpToTheCap()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(307, {}).withHeader("Location", "/v1/second"));
        server.enqueue(ScriptedResponse::json(200, "{\"ok\":true}"));
        const HttpResponse followed = send(get(server.url(u"/v1/first"_s)).setMaxRedirects(3));
        QVERIFY(followed.isSuccess());
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.requests().at(1).path(), u"/v1/second"_s);

        server.enqueue(ScriptedResponse::json(307, {}).withHeader("Location", "/v1/second"));
        const HttpResponse notFollowed = send(get(server.url(u"/v1/first"_s)));
        QCOMPARE(notFollowed.error.kind, HttpErrorKind::Redirect);
        QCOMPARE(notFollowed.status, 307);
        QCOMPARE(server.requestCount(), 3);
    }

    void tlsWithTheTrustedCaIsAccepted()
    {
        const HttpResponse response = tlsGet(u"tls/server"_s, trustingTestCa());
        QVERIFY2(response.isSuccess(), qPrintable(response.error.message));
        QVERIFY(response.warnings.isEmpty());
    }

    void tlsFromAnUnknownCaIsRefused()
    {
        const HttpResponse response = tlsGet(u"tls/unknown-server"_s, trustingTestCa());
        QCOMPARE(response.error.kind, HttpErrorKind::Tls);
        QVERIFY2(response.error.message.contains(u"the server's certificate was not accepted"_s),
            qPrintable(response.error.message));
        QVERIFY2(
            response.error.message.contains(u"issued by an unknown authority"_s), qPrintable(response.error.message));
    }

    void tlsForAnotherHostNameIsRefused()
    {
        const HttpResponse response = tlsGet(u"tls/wronghost"_s, trustingTestCa());
        QCOMPARE(response.error.kind, HttpErrorKind::Tls);
        QVERIFY2(response.error.message.contains(u"The host name did not match"_s), qPrintable(response.error.message));
        QVERIFY2(
            response.error.message.contains(u"not valid for this host name"_s), qPrintable(response.error.message));
    }

    void peerVerifyNameSelectsTheNameToCheck()
    {
        TlsOptions tls = trustingTestCa();
        tls.peerVerifyName = u"wrong.example"_s;
        const HttpResponse response = tlsGet(u"tls/wronghost"_s, tls);
        QVERIFY2(response.isSuccess(), qPrintable(response.error.message));
    }

    void insecureFlagAcceptsAnyCertificateWithAWarning()
    {
        TlsOptions tls;
        tls.insecureSkipVerify = true;
        const HttpResponse response = tlsGet(u"tls/unknown-server"_s, tls);
        QVERIFY2(response.isSuccess(), qPrintable(response.error.message));
        QCOMPARE(response.warnings.size(), 1);
        QVERIFY(response.warnings.first().contains(u"TLS certificate verification is switched off"_s));
    }

    void retriesAsThePolicySays_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<int>("attempts");
        QTest::newRow("500 idempotent") << 500 << true << 3;
        QTest::newRow("502") << 502 << true << 3;
        QTest::newRow("503") << 503 << true << 3;
        QTest::newRow("501 never") << 501 << true << 1;
        QTest::newRow("412") << 412 << true << 3;
        QTest::newRow("429") << 429 << true << 3;
        QTest::newRow("400 never") << 400 << true << 1;
        QTest::newRow("403 never") << 403 << true << 1;
        QTest::newRow("404 never") << 404 << true << 1;
        QTest::newRow("500 not idempotent") << 500 << false << 1;
        QTest::newRow("reset idempotent") << 0 << true << 3;
        QTest::newRow("reset not idempotent") << 0 << false << 1;
    }

    void retriesAsThePolicySays()
    {
        QFETCH(int, status);
        QFETCH(bool, idempotent);
        QFETCH(int, attempts);
        TestHttpServer server;
        QVERIFY(server.listen());
        for (int i = 0; i < 5; ++i)
            server.enqueue(status ? ScriptedResponse::json(status, "{\"errors\":[]}") : ScriptedResponse::reset());
        const HttpResponse response
            = send(get(server.url(u"/v1/x"_s)).setIdempotent(idempotent), RetryPolicy::vault([] { return 0.5; }));
        QCOMPARE(response.attempts, attempts);
        QCOMPARE(server.requestCount(), attempts);
        QList<std::chrono::milliseconds> expectedWaits;
        if (attempts == 3)
            expectedWaits = {1250ms, 2500ms};
        QCOMPARE(m_waits, expectedWaits);
    }

    void connectionRefusedIsRetriedThenReported()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QUrl url(u"http://127.0.0.1:%1/v1/sys/health"_s.arg(port));
        const HttpResponse response = send(get(url).setIdempotent(true), RetryPolicy::vault());
        QCOMPARE(response.error.kind, HttpErrorKind::ConnectionRefused);
        QCOMPARE(response.attempts, 3);
        QCOMPARE(response.error.message,
            u"GET %1 failed: the connection was refused. Is the server running, and are address and port right?"_s.arg(
                url.toString()));
    }

    void retryAfterIsHonouredWhenThePolicySaysSo()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(429, "{}").withHeader("Retry-After", "7"));
        server.enqueue(ScriptedResponse::json(200, "{}"));
        const HttpResponse response
            = send(get(server.url(u"/api/v1/pods"_s)).setIdempotent(true), RetryPolicy::kubernetes());
        QVERIFY(response.isSuccess());
        QCOMPARE(response.attempts, 2);
        QCOMPARE(m_waits, QList<std::chrono::milliseconds>({7000ms}));
    }

    void vaultPolicyIgnoresRetryAfterLikeTheGoClient()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(429, "{}").withHeader("Retry-After", "7"));
        server.enqueue(ScriptedResponse::json(200, "{}"));
        const HttpResponse response
            = send(get(server.url(u"/v1/x"_s)).setIdempotent(true), RetryPolicy::vault([] { return 0.0; }));
        QCOMPARE(response.attempts, 2);
        QCOMPARE(m_waits, QList<std::chrono::milliseconds>({1000ms}));
    }

    void kubernetesPolicyRidesOutAServerRestart_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attempts");
        QTest::newRow("503 is retried") << 503 << 2;
        QTest::newRow("500 is retried") << 500 << 2;
        QTest::newRow("501 is not") << 501 << 1;
        QTest::newRow("404 is not") << 404 << 1;
    }

    void kubernetesPolicyRidesOutAServerRestart()
    {
        QFETCH(int, status);
        QFETCH(int, attempts);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(status, "{}"));
        server.enqueue(ScriptedResponse::json(200, "{}"));
        const HttpResponse response
            = send(get(server.url(u"/api"_s)).setIdempotent(true), RetryPolicy::kubernetes([] { return 0.0; }));
        QCOMPARE(response.attempts, attempts);
        if (attempts == 2)
            QCOMPARE(m_waits, QList<std::chrono::milliseconds>({500ms})); // the first backoff, no jitter
    }

    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("date") << QByteArray("Wed, 21 Oct 2015 07:28:10 GMT") << qint64(10000);
        QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }

    void parsesRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
        const auto parsed = parseRetryAfter(value, now);
        QCOMPARE(parsed ? parsed->count() : -1, expectedMs);
    }

    void displayUrlDropsUserInfoQueryAndFragment_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"https://vault:8200/v1/sys/health"_s << u"https://vault:8200/v1/sys/health"_s;
        QTest::newRow("query") << u"https://vault/v1/x?token=abc"_s << u"https://vault/v1/x"_s;
        QTest::newRow("userinfo") << u"https://user:pw@vault/v1/x#f"_s << u"https://vault/v1/x"_s;
    }

    void displayUrlDropsUserInfoQueryAndFragment()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(HttpMessages::displayUrl(QUrl(url)), expected);
    }

    void logsNameMethodUrlAndStatusOnly()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(500, "{\"errors\":[\"body-secret\"]}"));
        server.enqueue(ScriptedResponse::json(200, "{\"data\":\"body-secret\"}"));
        const QUrl url = server.url(u"/v1/x?query-secret=1"_s);
        HttpResponse response;
        meshfed::test::LogCapture logs;
        response = send(HttpRequest("POST", url)
                            .setHeader("X-Vault-Token", token)
                            .setBody("{\"password\":\"body-secret\"}")
                            .setIdempotent(true),
            RetryPolicy::vault());
        const QString text = logs.text();
        QVERIFY(response.isSuccess());
        QVERIFY2(text.contains(u"POST http://127.0.0.1:%1/v1/x -> 500"_s.arg(server.port())), qPrintable(text));
        QVERIFY2(text.contains(u"-> 200"_s), qPrintable(text));
        for (const QString& secret : {QString::fromLatin1(token), u"query-secret"_s, u"body-secret"_s})
            QVERIFY2(!text.contains(secret), qPrintable(text));
    }

    void streamDeliversChunksAsTheyArrive()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::stream({{"first\n", 0}, {"sec", 100}, {"ond\n", 100}}));
        std::unique_ptr<HttpStream> stream = m_http->stream(get(server.url(u"/watch"_s)).setTimeout(5s));
        QCoro::waitFor(stream->waitForHeaders());
        QCOMPARE(stream->status(), 200);
        QVERIFY(!stream->isFinished());
        QList<QByteArray> pieces;
        while (!stream->atEnd()) {
            const QByteArray piece = QCoro::waitFor(stream->nextChunk());
            if (!piece.isEmpty())
                pieces.append(piece);
        }
        QVERIFY2(pieces.size() >= 2, "the pieces must arrive separately, not as one buffered body");
        QCOMPARE(pieces.join(), QByteArray("first\nsecond\n"));
        QVERIFY(!stream->error().isError());
    }

    void streamReportsStatusErrorsWithBody()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(410, R"({"kind":"Status","code":410})"));
        std::unique_ptr<HttpStream> stream = m_http->stream(get(server.url(u"/watch"_s)).setTimeout(5s));
        const QByteArray body = QCoro::waitFor(stream->readAll());
        QCOMPARE(stream->status(), 410);
        QCOMPARE(stream->error().kind, HttpErrorKind::HttpStatus);
        QVERIFY(stream->error().message.contains(u"GET http://127.0.0.1:%1/watch"_s.arg(server.port())));
        QCOMPARE(body, QByteArray(R"({"kind":"Status","code":410})"));
    }

    void streamCutMidwayDeliversWhatArrived()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::stream({{"partial\n", 0}}, ScriptedResponse::StreamEnd::Cut));
        std::unique_ptr<HttpStream> stream = m_http->stream(get(server.url(u"/watch"_s)).setTimeout(5s));
        const QByteArray body = QCoro::waitFor(stream->readAll());
        QCOMPARE(body, QByteArray("partial\n"));
        QVERIFY(stream->isFinished());
        // Qt 6.4 reports a chunked body cut by the peer as an error only sometimes (often as a clean
        // end), so callers must treat a clean end of an endless stream (a watch) as "resume".
        QVERIFY(!stream->error().isError() || stream->error().kind != HttpErrorKind::HttpStatus);
    }

    void streamCancelEndsItAsCancelled()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::stream({{"x\n", 0}}, ScriptedResponse::StreamEnd::Hang));
        CancelToken token;
        std::unique_ptr<HttpStream> stream
            = m_http->stream(get(server.url(u"/watch"_s)).setTimeout(5s).setCancelToken(&token));
        QCoro::waitFor(stream->waitForHeaders());
        QTimer::singleShot(50, &token, &CancelToken::cancel);
        QCoro::waitFor(stream->readAll());
        QCOMPARE(stream->error().kind, HttpErrorKind::Cancelled);
    }

    void streamTlsFollowsTheSameRules()
    {
        TestHttpServer server;
        QVERIFY(server.listenTls(meshfed::test::dataPath(u"tls/unknown-server.pem"_s),
            meshfed::test::dataPath(u"tls/unknown-server-key.pem"_s)));
        server.enqueue(ScriptedResponse::stream({{"x\n", 0}}));
        std::unique_ptr<HttpStream> stream
            = m_http->stream(get(server.url(u"/watch"_s)).setTls(trustingTestCa()).setTimeout(5s));
        QCoro::waitFor(stream->readAll());
        QCOMPARE(stream->error().kind, HttpErrorKind::Tls);
        QVERIFY(stream->error().message.contains(u"unknown authority"_s));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
