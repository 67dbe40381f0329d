#pragma once

#include "services/sim/http/FaultInjector.h"
#include "services/sim/http/HttpExchange.h"

#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <optional>

namespace meshfed {

/// A small HTTP/1.1 server for the simulator: keep-alive connections, Content-Length and
/// chunked request bodies, plain or streamed (chunked) responses, optional TLS, and fault
/// injection at the byte level. Written by hand rather than with QHttpServer for the chunked
/// watch streams and the faults (see docs/ARCHITECTURE.md).
///
/// Usage:
///     HttpServer server([](HttpExchange* exchange) { exchange->respond(200, "{}"); });
///     server.setTls(configuration);            // optional: https
///     server.listenLocal();                    // 127.0.0.1, a free port
///     QUrl url = server.baseUrl();
class HttpServer : public QTcpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(HttpExchange*)>;
    /// Builds the body of an injected error status (Vault and Kubernetes shape them differently).
    using ErrorBody = std::function<QByteArray(int status, const QString& message)>;

    struct Counters
    {
        int reads = 0;  ///< GET, HEAD, LIST
        int writes = 0; ///< everything else
    };

    explicit HttpServer(Handler handler, QObject* parent = nullptr);

    void setTls(const QSslConfiguration& configuration);
    void setErrorBody(ErrorBody errorBody) { m_errorBody = std::move(errorBody); }
    bool listenLocal(quint16 port = 0);
    QUrl baseUrl() const;

    FaultInjector& faults() { return m_faults; }
    Counters counters() const { return m_counters; }
    void resetCounters() { m_counters = {}; }
    qsizetype maxBodySize() const { return m_maxBodySize; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class HttpConnection;
    void dispatch(HttpExchange* exchange);
    void applyFault(HttpExchange* exchange, const FaultRule& fault);

    Handler m_handler;
    ErrorBody m_errorBody;
    std::optional<QSslConfiguration> m_tls;
    FaultInjector m_faults;
    Counters m_counters;
    qsizetype m_maxBodySize = 32 * 1024 * 1024;
};

} // namespace meshfed
