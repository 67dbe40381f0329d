#include "services/http/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace std::chrono_literals;

namespace meshfed {

std::chrono::milliseconds RetryPolicy::waitBefore(int retry, const HttpResponse& last, const QDateTime& now) const
{
    if (honourRetryAfter) {
        if (const auto told = parseRetryAfter(last.header(QByteArrayLiteral("Retry-After")), now))
            return std::min(*told, maxRetryAfter);
    }
    return backoff ? backoff(retry) : 0ms;
}

RetryPolicy RetryPolicy::none()
{
    return {};
}

RetryPolicy RetryPolicy::vault(RandomSource random)
{
    RetryPolicy policy;
    policy.maxRetries = 2;
    policy.shouldRetry = isVaultRetryable;
    policy.backoff = linearJitterBackoff(1000ms, 1500ms, std::move(random));
    return policy;
}

RetryPolicy RetryPolicy::kubernetes(RandomSource random)
{
    if (!random)
        random = [] { return QRandomGenerator::global()->generateDouble(); };
    RetryPolicy policy;
    policy.maxRetries = 4;
    policy.honourRetryAfter = true;
    policy.shouldRetry = [](const HttpResponse& response) {
        if (isTransportFailure(response))
            return isRetryableTransportError(response.error.kind);
        return response.status == 429 || (response.status >= 500 && response.status != 501);
    };
    policy.backoff = [random](int retry) {
        const double base = 500.0 * double(1 << std::min(retry - 1, 4));
        return std::chrono::milliseconds(qint64(base * (1.0 + random() * 0.5)));
    };
    return policy;
}

RetryPolicy::Backoff linearJitterBackoff(
    std::chrono::milliseconds min, std::chrono::milliseconds max, RetryPolicy::RandomSource random)
{
    if (!random)
        random = [] { return QRandomGenerator::global()->generateDouble(); };
    return [min, max, random](int retry) {
        const double span = double((max - min).count()) * random();
        return std::chrono::milliseconds(qint64(retry * (double(min.count()) + span)));
    };
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::milliseconds(seconds * 1000)) : std::nullopt;
    const QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed).remove(QStringLiteral(" GMT")), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    const QDateTime utc(when.date(), when.time(), QTimeZone::utc());
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(utc)));
}

bool isTransportFailure(const HttpResponse& response)
{
    return response.status == 0 || (response.error.isError() && response.error.kind != HttpErrorKind::HttpStatus);
}

bool isRetryableTransportError(HttpErrorKind kind)
{
    switch (kind) {
    case HttpErrorKind::ConnectionRefused:
    case HttpErrorKind::HostNotFound:
    case HttpErrorKind::Network:
    case HttpErrorKind::Timeout:
        return true;
    default:
        return false;
    }
}

bool isVaultRetryable(const HttpResponse& response)
{
    if (isTransportFailure(response))
        return isRetryableTransportError(response.error.kind);
    return response.status == 412 || response.status == 429 || (response.status >= 500 && response.status != 501);
}

} // namespace meshfed
