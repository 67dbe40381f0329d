#include "services/http/HttpClient.h"

#include "services/http/HttpMessages.h"
#include "services/Logging.h"

#include <QCoro/QCoroNetworkReply>
#include <QCoro/QCoroTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace meshfed {

namespace {

struct LaterDeleter
{
    void operator()(QNetworkReply* reply) const
    {
        if (reply)
            reply->deleteLater();
    }
};
using ReplyPointer = std::unique_ptr<QNetworkReply, LaterDeleter>;

/// Why we aborted a reply ourselves, and what TLS said; shared with the reply's handlers.
struct AttemptState
{
    enum class Abort { None, Cancelled, TooLarge } abort = Abort::None;
    QList<QSslError> sslErrors;
};

QNetworkRequest toNetworkRequest(const HttpRequest& request)
{
    QNetworkRequest out(request.url());
    for (const HttpRequest::Header& header : request.headers())
        out.setRawHeader(header.first, header.second);
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    out.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    out.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    out.setTransferTimeout(request.timeout());
#else
    out.setTransferTimeout(int(request.timeout().count()));
#endif
    if (request.url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = request.tls().configuration;
        if (request.tls().insecureSkipVerify)
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        out.setSslConfiguration(tls);
        if (!request.tls().peerVerifyName.isEmpty())
            out.setPeerVerifyName(request.tls().peerVerifyName);
    }
    return out;
}

void watchReply(QNetworkReply* reply, const HttpRequest& request, const std::shared_ptr<AttemptState>& state)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
        [state](const QList<QSslError>& errors) { state->sslErrors = errors; });
    const qint64 limit = request.maxBodyBytes();
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [state, reply, limit](qint64 got, qint64 total) {
        if ((got > limit || total > limit) && state->abort == AttemptState::Abort::None) {
            state->abort = AttemptState::Abort::TooLarge;
            reply->abort();
        }
    });
    if (CancelToken* token = request.cancelToken()) {
        QObject::connect(token, &CancelToken::cancelled, reply, [state, reply] {
            state->abort = AttemptState::Abort::Cancelled;
            reply->abort();
        });
    }
}

HttpError classify(QNetworkReply& reply, const HttpRequest& request, const AttemptState& state, int status)
{
    const QString call = HttpMessages::describeCall(request.method(), request.url());
    if (state.abort == AttemptState::Abort::Cancelled)
        return {HttpErrorKind::Cancelled, HttpMessages::cancelledMessage(call)};
    if (state.abort == AttemptState::Abort::TooLarge)
        return {HttpErrorKind::TooLarge, HttpMessages::tooLargeMessage(call, request.maxBodyBytes())};
    const QNetworkReply::NetworkError code = reply.error();
    if (status > 0 && (code == QNetworkReply::NoError || HttpMessages::isHttpAnswer(code))) {
        if (status >= 400)
            return {HttpErrorKind::HttpStatus, HttpMessages::statusMessage(call, status)};
        return {};
    }
    const HttpErrorKind kind = HttpMessages::kindOf(code);
    switch (kind) {
    case HttpErrorKind::None:
        return {};
    case HttpErrorKind::Timeout:
        return {kind, HttpMessages::timeoutMessage(call, request.timeout())};
    case HttpErrorKind::Tls:
        return {kind, HttpMessages::tlsMessage(call, state.sslErrors)};
    case HttpErrorKind::HttpStatus:
        return {HttpErrorKind::Network, HttpMessages::transportMessage(HttpErrorKind::Network, call, code)};
    default:
        return {kind, HttpMessages::transportMessage(kind, call, code)};
    }
}

bool isRedirect(const HttpResponse& response)
{
    return response.status >= 300 && response.status < 400 && response.status != 304 && !response.error.isError()
        && !response.header(QByteArrayLiteral("Location")).isEmpty();
}

} // namespace

HttpClient::HttpClient(QNetworkAccessManager* nam)
    : m_nam(nam)
    , m_sleeper(&HttpClient::sleep)
{ }

QCoro::Task<void> HttpClient::sleep(std::chrono::milliseconds wait, QPointer<CancelToken> token)
{
    if (token && token->isCancelled())
        co_return;
    QTimer timer;
    timer.setSingleShot(true);
    if (token)
        QObject::connect(token, &CancelToken::cancelled, &timer, [&timer] { timer.start(0); });
    timer.start(wait);
    co_await timer;
}

QCoro::Task<HttpResponse> HttpClient::exchange(HttpRequest request)
{
    HttpResponse response;
    response.method = request.method();
    response.url = request.url();
    const QString call = HttpMessages::describeCall(request.method(), request.url());
    if (request.isCancelled() || !m_nam) {
        response.error = {HttpErrorKind::Cancelled, HttpMessages::cancelledMessage(call)};
        co_return response;
    }
    if (request.tls().insecureSkipVerify && request.url().scheme() == QLatin1String("https"))
        response.warnings.append(HttpMessages::insecureWarning(call));

    auto state = std::make_shared<AttemptState>();
    const QByteArray body = request.body();
    ReplyPointer reply(m_nam->sendCustomRequest(toNetworkRequest(request), request.method(), body));
    watchReply(reply.get(), request, state);
    co_await reply.get();

    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        response.body = reply->readAll();
    if (response.body.size() > request.maxBodyBytes())
        state->abort = AttemptState::Abort::TooLarge;
    response.error = classify(*reply, request, *state, response.status);
    if (response.error.kind == HttpErrorKind::TooLarge || response.error.kind == HttpErrorKind::Cancelled)
        response.body.clear();
    qCDebug(lcHttp).noquote() << call << "->" << response.status << (response.error.isError() ? "failed" : "ok");
    co_return response;
}

QCoro::Task<HttpResponse> HttpClient::send(HttpRequest request)
{
    for (int redirects = 0;; ++redirects) {
        HttpResponse response = co_await exchange(request);
        response.attempts = 1;
        if (!isRedirect(response))
            co_return response;
        const QString call = HttpMessages::describeCall(request.method(), request.url());
        const QUrl target = request.url().resolved(QUrl::fromEncoded(response.header(QByteArrayLiteral("Location"))));
        if (!HttpMessages::isSameOrigin(request.url(), target)) {
            response.error = {HttpErrorKind::Redirect, HttpMessages::crossOriginRedirectMessage(call, target)};
            co_return response;
        }
        if (redirects >= request.maxRedirects()) {
            response.error
                = {HttpErrorKind::Redirect, HttpMessages::redirectNotFollowedMessage(call, response.status, target)};
            co_return response;
        }
        qCDebug(lcHttp).noquote() << call << "redirected to" << HttpMessages::displayUrl(target);
        request.setUrl(target);
        if (response.status == 303)
            request.setMethod(QByteArrayLiteral("GET")).setBody({}, {});
    }
}

QCoro::Task<HttpResponse> HttpClient::send(HttpRequest request, RetryPolicy policy)
{
    for (int attempt = 1;; ++attempt) {
        HttpResponse response = co_await send(request);
        response.attempts = attempt;
        const bool mayRetry
            = request.isIdempotent() && attempt <= policy.maxRetries && policy.shouldRetry && !request.isCancelled();
        if (!mayRetry || !policy.shouldRetry(response))
            co_return response;
        const std::chrono::milliseconds wait = policy.waitBefore(attempt, response);
        qCDebug(lcHttp).noquote() << HttpMessages::describeCall(request.method(), request.url()) << "retry" << attempt
                                  << "in" << wait.count() << "ms";
        co_await m_sleeper(wait, request.cancelToken());
        if (request.isCancelled()) {
            response.error = {HttpErrorKind::Cancelled,
                HttpMessages::cancelledMessage(HttpMessages::describeCall(request.method(), request.url()))};
            co_return response;
        }
    }
}

} // namespace meshfed
