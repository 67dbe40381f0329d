#include "services/http/HttpRequest.h"

namespace meshfed {

HttpRequest& HttpRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (Header& header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return *this;
        }
    }
    m_headers.append({name, value});
    return *this;
}

HttpRequest& HttpRequest::setBody(QByteArray body, const QByteArray& contentType)
{
    m_body = std::move(body);
    if (!contentType.isEmpty())
        setHeader(QByteArrayLiteral("Content-Type"), contentType);
    return *this;
}

HttpRequest& HttpRequest::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    return *this;
}

HttpRequest& HttpRequest::setMaxBodyBytes(qint64 bytes)
{
    m_maxBodyBytes = bytes;
    return *this;
}

HttpRequest& HttpRequest::setMaxRedirects(int redirects)
{
    m_maxRedirects = redirects;
    return *this;
}

HttpRequest& HttpRequest::setTls(TlsOptions tls)
{
    m_tls = std::move(tls);
    return *this;
}

HttpRequest& HttpRequest::setCancelToken(CancelToken* token)
{
    m_cancel = token;
    return *this;
}

HttpRequest& HttpRequest::setIdempotent(bool idempotent)
{
    m_idempotent = idempotent;
    return *this;
}

HttpRequest& HttpRequest::setUrl(QUrl url)
{
    m_url = std::move(url);
    return *this;
}

HttpRequest& HttpRequest::setMethod(QByteArray method)
{
    m_method = std::move(method);
    return *this;
}

} // namespace meshfed
