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

    QByteArray header(const QByteArray& name) const;
    QString path() const; ///< target without the query
};

/// What the server does with one request.
struct ScriptedResponse
{
    enum class Behaviour { Respond, Hang, Reset };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    Behaviour behaviour = Behaviour::Respond;

    static ScriptedResponse json(int status, const QByteArray& body);
    static ScriptedResponse hang();
    static ScriptedResponse reset();
    ScriptedResponse& withHeader(const QByteArray& name, const QByteArray& value);
};

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests, plain or TLS (QSslServer). Answers from a queue of
/// scripted responses, then from a handler, else 404; records every request. One request per
/// connection ("Connection: close").
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
    bool listenTls(const QString& certificateFile, const QString& keyFile);
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

    std::unique_ptr<QTcpServer> m_server;
    QString m_scheme;
    QList<ScriptedResponse> m_queue;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace meshfed::test
