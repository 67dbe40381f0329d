#include "tests/support/TestHttpServer.h"

#include <QFile>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace meshfed::test {

QByteArray RecordedRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString RecordedRequest::path() const
{
    const qsizetype query = target.indexOf('?');
    return QString::fromLatin1(query < 0 ? target : target.left(query));
}

ScriptedResponse ScriptedResponse::json(int status, const QByteArray& body)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    if (!body.isEmpty())
        response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

ScriptedResponse ScriptedResponse::hang()
{
    ScriptedResponse response;
    response.behaviour = Behaviour::Hang;
    return response;
}

ScriptedResponse ScriptedResponse::reset()
{
    ScriptedResponse response;
    response.behaviour = Behaviour::Reset;
    return response;
}

ScriptedResponse ScriptedResponse::stream(QList<Chunk> chunks, StreamEnd end)
{
    ScriptedResponse response;
    response.behaviour = Behaviour::Stream;
    response.chunks = std::move(chunks);
    response.streamEnd = end;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

ScriptedResponse& ScriptedResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

TestHttpServer::TestHttpServer(QObject* parent)
    : QObject(parent)
{ }

TestHttpServer::~TestHttpServer() = default;

bool TestHttpServer::listen()
{
    m_scheme = u"http"_s;
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &TestHttpServer::accept);
    return m_server->listen(QHostAddress::LocalHost);
}

bool TestHttpServer::listenTls(const QString& certificateFile, const QString& keyFile, const QString& clientCaFile)
{
    QFile keyData(keyFile);
    if (!keyData.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile);
    if (chain.isEmpty())
        return false;
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(QSslKey(keyData.readAll(), QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!clientCaFile.isEmpty()) {
        tls.setCaCertificates(QSslCertificate::fromPath(clientCaFile));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    m_scheme = u"https"_s;
    m_server = std::move(server);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &TestHttpServer::accept);
    return m_server->listen(QHostAddress::LocalHost);
}

QUrl TestHttpServer::url(const QString& path) const
{
    QUrl url;
    url.setScheme(m_scheme);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

quint16 TestHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void TestHttpServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
        if (socket->bytesAvailable() > 0)
            read(socket);
    }
}

static bool parseRequest(const QByteArray& buffer, RecordedRequest& request)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
    request.method = start.value(0);
    request.target = start.value(1);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return false;
    request.body = buffer.mid(end + 4, length);
    return true;
}

void TestHttpServer::read(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    RecordedRequest request;
    if (!parseRequest(buffer, request))
        return;
    buffer.clear();
    if (auto* tls = qobject_cast<QSslSocket*>(socket); tls && !tls->peerCertificate().isNull())
        request.clientCertificateName = tls->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0);
    m_requests.append(request);
    answer(socket, request);
}

void TestHttpServer::answer(QTcpSocket* socket, const RecordedRequest& request)
{
    ScriptedResponse response;
    if (!m_queue.isEmpty())
        response = m_queue.takeFirst();
    else if (m_handler)
        response = m_handler(request);
    else
        response = ScriptedResponse::json(404, QByteArrayLiteral("{\"errors\":[]}"));
    if (response.behaviour == ScriptedResponse::Behaviour::Hang)
        return;
    if (response.behaviour == ScriptedResponse::Behaviour::Reset) {
        // A partial answer, then the connection drops (a reset before any byte would make Qt resend).
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial");
        socket->flush();
        socket->abort();
        return;
    }
    if (response.behaviour == ScriptedResponse::Behaviour::Stream) {
        writeStream(socket, response);
        return;
    }
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(response.delayMs, this, [guarded, response] {
        if (guarded)
            write(guarded, response);
    });
}

void TestHttpServer::write(QTcpSocket* socket, const ScriptedResponse& response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

void TestHttpServer::writeStream(QTcpSocket* socket, const ScriptedResponse& response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Transfer-Encoding: chunked\r\n";
    // With "Connection: close" Qt may take a cut as the end of the body; a keep-alive cut is an error.
    if (response.streamEnd == ScriptedResponse::StreamEnd::Finish)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    QPointer<QTcpSocket> guarded(socket);
    int at = response.delayMs;
    for (const ScriptedResponse::Chunk& chunk : response.chunks) {
        at += chunk.delayMs;
        const QByteArray framed = QByteArray::number(chunk.data.size(), 16) + "\r\n" + chunk.data + "\r\n";
        QTimer::singleShot(at, this, [guarded, framed] {
            if (guarded) {
                guarded->write(framed);
                guarded->flush();
            }
        });
    }
    const ScriptedResponse::StreamEnd end = response.streamEnd;
    QTimer::singleShot(at + 50, this, [guarded, end] { // after the last chunk surely left
        if (!guarded || end == ScriptedResponse::StreamEnd::Hang)
            return;
        if (end == ScriptedResponse::StreamEnd::Cut) {
            guarded->flush();
            guarded->abort();
            return;
        }
        guarded->write("0\r\n\r\n");
        guarded->disconnectFromHost();
    });
}

} // namespace meshfed::test
