#pragma once

#include "services/http/CancelToken.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <utility>

namespace meshfed {

/// TLS settings chosen by the caller. Certificates are verified against `configuration`'s CA
/// certificates unless `insecureSkipVerify` is set explicitly (the response then carries a warning).
struct TlsOptions
{
    /// CA certificates, client certificate and key, protocol; default: the system configuration.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    /// Host name to verify the server certificate against, when it differs from the URL's host.
    QString peerVerifyName;
    /// Switches certificate verification off. Only ever from an explicit user choice.
    bool insecureSkipVerify = false;
};

/// One HTTP request as a value, built with fluent setters and sent by HttpClient.
///
/// Usage: `HttpRequest(QByteArrayLiteral("GET"), url).setHeader("X-Vault-Token", token).setIdempotent(true)`
class HttpRequest
{
public:
    using Header = std::pair<QByteArray, QByteArray>;

    /// Overridable default for every request that sets no timeout itself (tests lower it).
    static inline std::chrono::milliseconds defaultTimeout {std::chrono::seconds(60)};
    /// Default cap of a response body.
    static constexpr qint64 defaultMaxBodyBytes = 32 * 1024 * 1024;

    HttpRequest() = default;
    HttpRequest(QByteArray method, QUrl url)
        : m_method(std::move(method))
        , m_url(std::move(url))
    { }

    HttpRequest& setHeader(const QByteArray& name, const QByteArray& value);
    HttpRequest& setBody(QByteArray body, const QByteArray& contentType = QByteArrayLiteral("application/json"));
    HttpRequest& setTimeout(std::chrono::milliseconds timeout);
    HttpRequest& setMaxBodyBytes(qint64 bytes);
    /// 0 (the default) reports a redirect instead of following it; cross-origin ones never are.
    HttpRequest& setMaxRedirects(int redirects);
    HttpRequest& setTls(TlsOptions tls);
    HttpRequest& setCancelToken(CancelToken* token);
    /// Only idempotent requests are ever retried.
    HttpRequest& setIdempotent(bool idempotent);
    HttpRequest& setUrl(QUrl url);
    HttpRequest& setMethod(QByteArray method);

    const QByteArray& method() const { return m_method; }
    const QUrl& url() const { return m_url; }
    const QList<Header>& headers() const { return m_headers; }
    const QByteArray& body() const { return m_body; }
    std::chrono::milliseconds timeout() const { return m_timeout.count() > 0 ? m_timeout : defaultTimeout; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    int maxRedirects() const { return m_maxRedirects; }
    const TlsOptions& tls() const { return m_tls; }
    CancelToken* cancelToken() const { return m_cancel.data(); }
    bool isIdempotent() const { return m_idempotent; }
    bool isCancelled() const { return m_cancel && m_cancel->isCancelled(); }

private:
    QByteArray m_method = QByteArrayLiteral("GET");
    QUrl m_url;
    QList<Header> m_headers;
    QByteArray m_body;
    std::chrono::milliseconds m_timeout {0};
    qint64 m_maxBodyBytes = defaultMaxBodyBytes;
    int m_maxRedirects = 0;
    TlsOptions m_tls;
    QPointer<CancelToken> m_cancel;
    bool m_idempotent = false;
};

} // namespace meshfed
