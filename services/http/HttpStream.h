#pragma once

#include "services/http/HttpRequest.h"
#include "services/http/HttpResponse.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QPointer>

#include <coroutine>
#include <functional>
#include <memory>

class QNetworkReply;

namespace meshfed {

namespace httpdetail {
struct AttemptState;
}

/// One streamed HTTP exchange (a Kubernetes watch, `kubectl logs -f`): the body is handed out in
/// pieces as they arrive instead of being buffered whole. Made by HttpClient::stream(); errors,
/// TLS, cancellation and logging follow the same rules as HttpClient::send(). There is no body cap
/// and no redirect is followed (a 3xx ends as HttpErrorKind::Redirect). The request's timeout is
/// an idle timeout: the stream fails when no byte arrives for that long.
///
/// Usage:
///     std::unique_ptr<HttpStream> stream = http.stream(request);
///     co_await stream->waitForHeaders();
///     if (stream->status() != 200) { QByteArray body = co_await stream->readAll(); ... }
///     while (!stream->atEnd()) consume(co_await stream->nextChunk());
///     if (stream->error().isError()) report(stream->error().message);
/// or connect to dataAvailable() and call takeAvailable(). Deleting the stream aborts it.
class HttpStream : public QObject
{
    Q_OBJECT

public:
    HttpStream(QNetworkReply* reply, HttpRequest request, QObject* parent = nullptr);
    ~HttpStream() override;

    const HttpRequest& request() const { return m_request; }
    /// 0 until the status line arrived (or when none ever does).
    int status() const { return m_status; }
    bool hasHeaders() const { return m_hasHeaders; }
    QByteArray header(const QByteArray& name) const;
    const QList<HttpResponse::Header>& headers() const { return m_headers; }
    /// Set once finished; HttpStatus for a status >= 400 (the body is still delivered).
    const HttpError& error() const { return m_error; }
    const QStringList& warnings() const { return m_warnings; }
    bool isFinished() const { return m_finished; }
    /// Finished and every received byte was taken.
    bool atEnd() const { return m_finished && m_buffer.isEmpty(); }

    /// The bytes received and not taken yet (possibly empty).
    QByteArray takeAvailable();
    /// Aborts; the stream finishes with HttpErrorKind::Cancelled.
    void cancel();

    /// Resumes once the status and headers arrived, or the stream finished without them.
    QCoro::Task<void> waitForHeaders();
    /// Resumes with the next bytes, or empty once the stream finished and everything was taken.
    QCoro::Task<QByteArray> nextChunk();
    /// Everything until the end (for error bodies and short answers).
    QCoro::Task<QByteArray> readAll();

Q_SIGNALS:
    void headersReceived();
    void dataAvailable();
    void finished();

private:
    /// Suspends the calling coroutine until `ready` holds (checked after every change).
    struct Wait
    {
        HttpStream* stream;
        std::function<bool()> ready;
        bool await_ready() const { return ready(); }
        void await_suspend(std::coroutine_handle<> waiting);
        void await_resume() const { }
    };
    /// Resumes a waiting coroutine from a posted event, never from inside a reply's signal, and at
    /// most one pending wake-up at a time (QCoro's signal awaiter is resumed once per queued
    /// emission, which breaks when a signal fires twice before the loop runs).
    void wake();
    void onMetaData();
    void onReadyRead();
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    HttpRequest m_request;
    std::shared_ptr<httpdetail::AttemptState> m_state;
    QString m_call;
    int m_status = 0;
    bool m_hasHeaders = false;
    bool m_finished = false;
    QList<HttpResponse::Header> m_headers;
    QByteArray m_buffer;
    HttpError m_error;
    QStringList m_warnings;
    std::coroutine_handle<> m_waiting;
    std::function<bool()> m_ready;
    bool m_wakePosted = false;
};

} // namespace meshfed
