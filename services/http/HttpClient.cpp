#include "services/http/HttpClient.h"

#include "services/http/HttpMessages.h"
#include "services/http/HttpReplyInspection.h"
#include "services/Logging.h"

#include <QCoro/QCoroNetworkReply>
#include <QCoro/QCoroTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace meshfed {

using namespace httpdetail;

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
    watchReply(reply.get(), request, state, request.maxBodyBytes());
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

std::unique_ptr<HttpStream> HttpClient::stream(HttpRequest request)
{
    QNetworkReply* reply = nullptr;
    if (!request.isCancelled() && m_nam)
        reply = m_nam->sendCustomRequest(toNetworkRequest(request), request.method(), request.body());
    return std::make_unique<HttpStream>(reply, std::move(request));
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
