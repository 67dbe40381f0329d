#pragma once

#include "services/http/HttpRequest.h"
#include "services/http/HttpResponse.h"
#include "services/http/HttpStream.h"
#include "services/http/RetryPolicy.h"

#include <QCoro/QCoroTask>
#include <QNetworkAccessManager>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

namespace meshfed {

/// Sends HttpRequests over an injected QNetworkAccessManager, for every service that speaks HTTP
/// (Vault, Kubernetes). Adds per-request timeouts, cancellation, a body size cap, origin-safe
/// redirects, caller-chosen TLS, typed errors with translated messages, safe logging (lcHttp:
/// method, scheme://host/path and status only) and policy-driven retries.
///
/// Usage:
///     HttpClient http(&nam);
///     HttpResponse r = co_await http.send(HttpRequest("GET", url).setIdempotent(true), RetryPolicy::vault());
///     if (!r.isSuccess()) showError(r.error.message);
///     auto watch = http.stream(HttpRequest("GET", watchUrl));  // body in pieces, see HttpStream
class HttpClient
{
public:
    /// Waits before a retry; returns early when the token is cancelled. Tests install one that
    /// records the wait and returns at once.
    using Sleeper = std::function<QCoro::Task<void>(std::chrono::milliseconds, QPointer<CancelToken>)>;

    explicit HttpClient(QNetworkAccessManager* nam);

    /// One exchange (following same-origin redirects when the request allows), no retry.
    QCoro::Task<HttpResponse> send(HttpRequest request);
    /// Repeats idempotent requests as the policy says; `attempts` of the result counts them.
    QCoro::Task<HttpResponse> send(HttpRequest request, RetryPolicy policy);

    /// Starts a streamed exchange (watch, follow logs): the body arrives in pieces, see HttpStream.
    /// Never retried and no redirect followed; the request's timeout is an idle timeout.
    std::unique_ptr<HttpStream> stream(HttpRequest request);

    void setSleeper(Sleeper sleeper) { m_sleeper = std::move(sleeper); }
    QNetworkAccessManager* networkAccessManager() const { return m_nam; }

    /// The default sleeper: a timer that a cancel token cuts short.
    static QCoro::Task<void> sleep(std::chrono::milliseconds wait, QPointer<CancelToken> token);

private:
    QCoro::Task<HttpResponse> exchange(HttpRequest request);

    QPointer<QNetworkAccessManager> m_nam;
    Sleeper m_sleeper;
};

} // namespace meshfed
