#include "services/sim/http/HttpServer.h"

#include "services/sim/SimLogging.h"

#include <QSslSocket>
#include <QTimer>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

/// Decodes a complete chunked body; returns false while more bytes are needed.
bool decodeChunked(const QByteArray& data, qsizetype start, QByteArray* body, qsizetype* end)
{
    qsizetype pos = start;
    body->clear();
    for (;;) {
        const qsizetype lineEnd = data.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const qsizetype size = data.mid(pos, lineEnd - pos).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok)
            return false;
        pos = lineEnd + 2;
        if (size == 0) {
            const qsizetype trailerEnd = data.indexOf("\r\n", pos);
            if (trailerEnd < 0)
                return false;
            *end = trailerEnd + 2;
            return true;
        }
        if (data.size() < pos + size + 2)
            return false;
        body->append(data.mid(pos, size));
        pos += size + 2;
    }
}

} // namespace

/// One client connection: parses requests in order and hands them to the server one at a time.
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpServer* server, QTcpSocket* socket)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        processBuffer();
    }

    void processBuffer()
    {
        while (!m_busy && m_socket->state() == QAbstractSocket::ConnectedState) {
            std::optional<IncomingRequest> request = takeRequest();
            if (!request)
                return;
            m_busy = true;
            const bool close = request->header("connection").toLower() == "close";
            auto* exchange = new HttpExchange(std::move(*request), m_socket, this);
            connect(exchange, &HttpExchange::finished, this, [this, exchange, close] {
                exchange->deleteLater();
                m_busy = false;
                if (close)
                    m_socket->disconnectFromHost();
                else
                    QTimer::singleShot(0, this, &HttpConnection::processBuffer);
            });
            m_server->dispatch(exchange);
        }
    }

    std::optional<IncomingRequest> takeRequest()
    {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > kMaxHeaderBytes)
                m_socket->abort();
            return std::nullopt;
        }
        IncomingRequest request;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3) {
            m_socket->abort();
            return std::nullopt;
        }
        request.method = requestLine.at(0);
        const QByteArray target = requestLine.at(1);
        const qsizetype question = target.indexOf('?');
        request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
        if (question >= 0)
            request.query = QUrlQuery(QString::fromLatin1(target.mid(question + 1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(
                    lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        qsizetype end = headerEnd + 4;
        if (!takeBody(request, headerEnd + 4, &end))
            return std::nullopt;
        m_buffer.remove(0, end);
        m_continueSent = false;
        return request;
    }

    bool takeBody(IncomingRequest& request, qsizetype bodyStart, qsizetype* end)
    {
        if (request.header("transfer-encoding").toLower().contains("chunked"))
            return decodeChunked(m_buffer, bodyStart, &request.body, end);
        const qsizetype length = request.header("content-length").toLongLong();
        if (length > m_server->maxBodySize()) {
            m_socket->abort();
            return false;
        }
        if (m_buffer.size() < bodyStart + length) {
            if (!m_continueSent && request.header("expect").toLower() == "100-continue") {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_continueSent = true;
            }
            return false;
        }
        request.body = m_buffer.mid(bodyStart, length);
        *end = bodyStart + length;
        return true;
    }

    HttpServer* m_server;
    QTcpSocket* m_socket;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_continueSent = false;
};

HttpServer::HttpServer(Handler handler, QObject* parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
    , m_errorBody([](int, const QString& message) { return message.toUtf8(); })
{ }

void HttpServer::setTls(const QSslConfiguration& configuration)
{
    m_tls = configuration;
}

bool HttpServer::listenLocal(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

QUrl HttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(serverPort());
    return url;
}

void HttpServer::incomingConnection(qintptr descriptor)
{
    if (!m_tls) {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        new HttpConnection(this, socket);
        return;
    }
    auto* socket = new QSslSocket(this);
    socket->setSslConfiguration(*m_tls);
    if (!socket->setSocketDescriptor(descriptor)) {
        socket->deleteLater();
        return;
    }
    new HttpConnection(this, socket);
    connect(socket, &QSslSocket::sslErrors, socket, [](const QList<QSslError>& errors) {
        qCDebug(lcSim) << "TLS handshake error with a client:" << errors.value(0).errorString();
    });
    socket->startServerEncryption();
}

void HttpServer::dispatch(HttpExchange* exchange)
{
    const IncomingRequest& request = exchange->request();
    // Calls between simulated components (Vault's token reviews) are not the client's.
    if (request.header("x-meshfed-sim-internal").isEmpty()) {
        if (request.isRead())
            ++m_counters.reads;
        else
            ++m_counters.writes;
    }
    if (const auto fault = m_faults.pick(request.method, request.path)) {
        applyFault(exchange, *fault);
        return;
    }
    m_handler(exchange);
}

void HttpServer::applyFault(HttpExchange* exchange, const FaultRule& fault)
{
    qCInfo(lcSim).noquote() << "fault injected on" << exchange->request().method << exchange->request().path;
    switch (fault.kind) {
    case FaultRule::Kind::Latency:
        QTimer::singleShot(fault.delayMs, exchange, [this, exchange] { m_handler(exchange); });
        return;
    case FaultRule::Kind::Status: {
        HttpHeaders headers {{"Content-Type", "application/json"}};
        if (fault.retryAfterSeconds > 0)
            headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        exchange->respond(
            fault.status, m_errorBody(fault.status, QString::fromLatin1(httpReasonPhrase(fault.status))), headers);
        return;
    }
    case FaultRule::Kind::Reset:
        exchange->setTruncation(fault.bytes);
        m_handler(exchange);
        return;
    case FaultRule::Kind::Hang:
        return;
    }
}

} // namespace meshfed
