#include "services/sim/http/HttpExchange.h"

#include <QTcpSocket>

namespace meshfed {

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 412:
        return "Precondition Failed";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 472:
        return "Data Recovery Mode Replication Secondary and Active";
    case 473:
        return "Performance Standby";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

HttpExchange::HttpExchange(IncomingRequest request, QTcpSocket* socket, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_socket(socket)
{
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (m_streaming)
            Q_EMIT peerClosed();
        finish();
    });
}

bool HttpExchange::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray HttpExchange::head(int status, const HttpHeaders& headers, qsizetype contentLength) const
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\n";
    bool hasContentType = false;
    for (const auto& [name, value] : headers) {
        text += name + ": " + value + "\r\n";
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (contentLength >= 0)
        text += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    else
        text += "Transfer-Encoding: chunked\r\n";
    if (!hasContentType && contentLength > 0)
        text += "Content-Type: application/json\r\n";
    return text + "\r\n";
}

void HttpExchange::respond(int status, const QByteArray& body, const HttpHeaders& headers)
{
    if (m_answered)
        return;
    if (m_truncateAfter >= 0 && m_truncateAfter < body.size()) {
        respondTruncated(status, body, m_truncateAfter, headers);
        return;
    }
    m_answered = true;
    if (isOpen()) {
        const bool headOnly = m_request.method == "HEAD";
        m_socket->write(head(status, headers, headOnly ? 0 : body.size()));
        if (!headOnly)
            m_socket->write(body);
    }
    finish();
}

void HttpExchange::respondJson(int status, const QJsonDocument& body, const HttpHeaders& headers)
{
    HttpHeaders all = headers;
    all.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    respond(status, body.toJson(QJsonDocument::Compact), all);
}

void HttpExchange::respondTruncated(int status, const QByteArray& body, qsizetype bytes, const HttpHeaders& headers)
{
    if (m_answered)
        return;
    m_answered = true;
    if (isOpen()) {
        m_socket->write(head(status, headers, body.size()));
        m_socket->write(body.left(bytes));
        m_socket->flush();
    }
    abort();
}

void HttpExchange::beginStream(int status, const QByteArray& contentType)
{
    if (m_answered)
        return;
    m_answered = true;
    m_streaming = true;
    if (isOpen())
        m_socket->write(head(status, {{"Content-Type", contentType}, {"Cache-Control", "no-cache, private"}}, -1));
}

void HttpExchange::write(const QByteArray& chunk)
{
    if (!m_streaming || chunk.isEmpty() || !isOpen())
        return;
    if (m_truncateAfter >= 0 && m_bodyBytesSent + chunk.size() > m_truncateAfter) {
        // Half of the chunk, then the connection drops: an event split across the cut.
        const QByteArray part = chunk.left(m_truncateAfter - m_bodyBytesSent);
        m_socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + part);
        m_socket->flush();
        abort();
        return;
    }
    m_bodyBytesSent += chunk.size();
    m_socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
}

void HttpExchange::endStream()
{
    if (!m_streaming)
        return;
    m_streaming = false;
    if (isOpen())
        m_socket->write("0\r\n\r\n");
    finish();
}

void HttpExchange::abort()
{
    m_streaming = false;
    if (m_socket)
        m_socket->abort();
    finish();
}

void HttpExchange::finish()
{
    if (m_streaming || m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace meshfed
