#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace meshfed::test {

/// One request as the test server received it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; ///< path and query, as sent
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString clientCertificateName; ///< CN of the TLS client certificate, empty without one

    QByteArray header(const QByteArray& name) const;
    QString path() const; ///< target without the query
};

/// What the server does with one request.
struct ScriptedResponse
{
    enum class Behaviour { Respond, Hang, Reset, Stream };
    /// How a Stream response ends after its last chunk.
    enum class StreamEnd { Finish, Hang, Cut };
    struct Chunk
    {
        QByteArray data;
        int delayMs = 0; ///< after the previous chunk
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    Behaviour behaviour = Behaviour::Respond;
    QList<Chunk> chunks; ///< Stream: written with chunked transfer encoding, one by one
    StreamEnd streamEnd = StreamEnd::Finish;

    static ScriptedResponse json(int status, const QByteArray& body);
    static ScriptedResponse hang();
    static ScriptedResponse reset();
    /// 200, chunked: each chunk after its delay, then the end (Finish: terminating chunk and close;
    /// Hang: the connection stays open; Cut: the connection drops mid-stream).
    static ScriptedResponse stream(QList<Chunk> chunks, StreamEnd end = StreamEnd::Finish);
    ScriptedResponse& withHeader(const QByteArray& name, const QByteArray& value);
};

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests, plain or TLS (QSslServer). Answers from a queue of
/// scripted responses, then from a handler, else 404; records every request. One request per
/// connection ("Connection: close"). Stream responses send chunks over time (watch tests).
///
/// Usage: `TestHttpServer server; QVERIFY(server.listen()); server.enqueue(ScriptedResponse::json(200, "{}"));`
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedResponse(const RecordedRequest&)>;

    explicit TestHttpServer(QObject* parent = nullptr);
    ~TestHttpServer() override;

    bool listen();
    /// TLS with a certificate and key from PEM files.
    /// With `clientCaFile`, a client certificate signed by that CA is required.
    bool listenTls(const QString& certificateFile, const QString& keyFile, const QString& clientCaFile = {});
    /// http(s)://127.0.0.1:<port><path>
    QUrl url(const QString& path = {}) const;
    quint16 port() const;

    void enqueue(ScriptedResponse response) { m_queue.append(std::move(response)); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<RecordedRequest>& requests() const { return m_requests; }
    qsizetype requestCount() const { return m_requests.size(); }

private:
    void accept();
    void read(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const RecordedRequest& request);
    static void write(QTcpSocket* socket, const ScriptedResponse& response);
    void writeStream(QTcpSocket* socket, const ScriptedResponse& response);

    std::unique_ptr<QTcpServer> m_server;
    QString m_scheme;
    QList<ScriptedResponse> m_queue;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace meshfed::test
