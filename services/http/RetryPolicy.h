#pragma once

#include "services/http/HttpResponse.h"

#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace meshfed {

/// When and how long HttpClient waits before repeating a request. Retries apply only to requests
/// marked idempotent (HttpRequest::setIdempotent); a cancelled request is never retried.
///
/// Usage: `client.send(request, RetryPolicy::vault())`; tests pass a fixed RandomSource and
/// install a recording sleeper on the client (HttpClient::setSleeper) so nothing really waits.
struct RetryPolicy
{
    /// Uniform random numbers in [0, 1); injectable for tests.
    using RandomSource = std::function<double()>;
    using Predicate = std::function<bool(const HttpResponse&)>;
    /// Wait before retry number `retry` (1 for the first retry).
    using Backoff = std::function<std::chrono::milliseconds(int retry)>;

    int maxRetries = 0;    ///< attempts = 1 + maxRetries at most
    Predicate shouldRetry; ///< empty: never retry
    Backoff backoff;
    bool honourRetryAfter = false; ///< a Retry-After header replaces the backoff (capped)
    std::chrono::milliseconds maxRetryAfter {std::chrono::seconds(60)};

    /// The wait before retry number `retry` after `last`.
    std::chrono::milliseconds waitBefore(
        int retry, const HttpResponse& last, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    static RetryPolicy none();
    /// Like Vault's Go client: 2 retries, linear jitter 1–1.5 s then 2–3 s, retry 412, 429, 5xx except
    /// 501 and connection failures (TLS failures never). Retry-After is not honoured (as in Go).
    static RetryPolicy vault(RandomSource random = {});
    /// Kubernetes reads (KubeClient's default): up to 4 retries of 429, 5xx except 501 and
    /// connection failures (TLS failures never), exponential backoff 0.5–8 s with up to 50 % jitter,
    /// Retry-After honoured (at most 60 s). client-go retries only answers that carry Retry-After;
    /// Meshfed also rides out an API server restarting under a setup run.
    static RetryPolicy kubernetes(RandomSource random = {});
};

/// n * uniform(min, max) for retry n (go-retryablehttp's LinearJitterBackoff).
RetryPolicy::Backoff linearJitterBackoff(
    std::chrono::milliseconds min, std::chrono::milliseconds max, RetryPolicy::RandomSource random = {});

/// Retry-After as seconds ("120") or an HTTP date; nullopt when absent or unreadable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& now);

/// No usable HTTP answer: nothing arrived, or it was cut off, cancelled, too large or a refused redirect.
bool isTransportFailure(const HttpResponse& response);

/// Transport failures worth repeating: refused, reset, unresolved, timed out. Not TLS, cancel,
/// redirect or size errors.
bool isRetryableTransportError(HttpErrorKind kind);

/// Vault's Go client rule: transport failures as above, 412, 429, and every status >= 500 but 501.
bool isVaultRetryable(const HttpResponse& response);

} // namespace meshfed
