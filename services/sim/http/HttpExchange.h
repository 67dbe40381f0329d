#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

class QTcpSocket;

namespace meshfed {

/// A parsed HTTP/1.1 request as the simulator's servers see it.
struct IncomingRequest
{
    QByteArray method;
    QString path; ///< percent-decoded path, e.g. "/v1/sys/health"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    bool isRead() const { return method == "GET" || method == "HEAD" || method == "LIST"; }
};

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// One request and its response on a connection of HttpServer. A handler answers once with
/// respond(), or streams with beginStream()/write()/endStream() (chunked), possibly later
/// (asynchronously); the connection may be gone by then, which `isOpen()` tells.
///
/// Fault injection works at this level: abort() drops the connection mid-response.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    HttpExchange(IncomingRequest request, QTcpSocket* socket, QObject* parent = nullptr);

    const IncomingRequest& request() const { return m_request; }
    bool isOpen() const;
    bool isAnswered() const { return m_answered; }

    void respond(int status, const QByteArray& body, const HttpHeaders& headers = {});
    void respondJson(int status, const QJsonDocument& body, const HttpHeaders& headers = {});
    /// Sends headers and the first `bytes` of the body, then drops the connection.
    void respondTruncated(int status, const QByteArray& body, qsizetype bytes, const HttpHeaders& headers = {});

    /// Fault injection: the connection is dropped once `bytes` of the response body are sent.
    void setTruncation(qsizetype bytes) { m_truncateAfter = bytes; }

    void beginStream(int status, const QByteArray& contentType);
    void write(const QByteArray& chunk);
    void endStream();
    void abort();

Q_SIGNALS:
    /// The response is complete (or the connection closed); the server may read the next request.
    void finished();
    /// The peer closed the connection while a stream was open.
    void peerClosed();

private:
    QByteArray head(int status, const HttpHeaders& headers, qsizetype contentLength) const;
    void finish();

    IncomingRequest m_request;
    QPointer<QTcpSocket> m_socket;
    bool m_answered = false;
    bool m_streaming = false;
    bool m_finished = false;
    qsizetype m_truncateAfter = -1;
    qsizetype m_bodyBytesSent = 0;
};

/// The reason phrase of a status code ("Not Found").
QByteArray httpReasonPhrase(int status);

} // namespace meshfed
