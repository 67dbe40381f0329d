#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace meshfed {

/// Why a request did not produce a usable answer.
enum class HttpErrorKind {
    None,
    ConnectionRefused,
    HostNotFound,
    Network, ///< any other connection problem (reset, closed, proxy ...)
    Timeout,
    Tls,        ///< certificate or handshake failure; message names the certificate problem
    HttpStatus, ///< the server answered with a status >= 400 (the body is kept)
    Redirect,   ///< a redirect was not followed (other origin, or following was not allowed)
    Cancelled,
    TooLarge,        ///< the body exceeded the request's limit
    InvalidResponse, ///< the answer could not be understood (set by the client parsing it)
};

/// A typed error with a translated message fit for the user. The message names the call
/// ("GET https://host:8200/v1/sys/health") but never headers, tokens, query strings or bodies.
struct HttpError
{
    HttpErrorKind kind = HttpErrorKind::None;
    QString message;

    bool isError() const { return kind != HttpErrorKind::None; }
};

/// The outcome of HttpClient::send(): a status and body, or an error (or both, for HttpStatus).
struct HttpResponse
{
    using Header = std::pair<QByteArray, QByteArray>;

    QByteArray method;
    QUrl url;       ///< the URL asked for (after same-origin redirects); do not log it, use displayUrl()
    int status = 0; ///< 0 when no HTTP answer arrived
    QList<Header> headers;
    QByteArray body;
    HttpError error;
    QStringList warnings; ///< translated, e.g. TLS verification switched off
    int attempts = 0;

    /// Transport worked and the status is 2xx.
    bool isSuccess() const { return !error.isError() && status >= 200 && status < 300; }
    /// First value of a header (case-insensitive); empty when absent.
    QByteArray header(const QByteArray& name) const
    {
        for (const Header& header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }
};

} // namespace meshfed
