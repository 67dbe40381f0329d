#include "services/http/HttpStream.h"

#include "services/http/HttpMessages.h"
#include "services/http/HttpReplyInspection.h"
#include "services/Logging.h"

#include <QNetworkReply>

namespace meshfed {

using namespace httpdetail;

HttpStream::HttpStream(QNetworkReply* reply, HttpRequest request, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_request(std::move(request))
    , m_state(std::make_shared<AttemptState>())
    , m_call(HttpMessages::describeCall(m_request.method(), m_request.url()))
{
    if (m_request.tls().insecureSkipVerify && m_request.url().scheme() == QLatin1String("https"))
        m_warnings.append(HttpMessages::insecureWarning(m_call));
    if (!m_reply) {
        m_finished = true;
        m_error = {HttpErrorKind::Cancelled, HttpMessages::cancelledMessage(m_call)};
        return;
    }
    watchReply(m_reply, m_request, m_state, -1);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpStream::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpStream::onFinished);
}

HttpStream::~HttpStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray HttpStream::header(const QByteArray& name) const
{
    for (const HttpResponse::Header& header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QByteArray HttpStream::takeAvailable()
{
    return std::exchange(m_buffer, {});
}

void HttpStream::cancel()
{
    if (m_finished || !m_reply)
        return;
    m_state->abort = AttemptState::Abort::Cancelled;
    m_reply->abort();
}

void HttpStream::onMetaData()
{
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_hasHeaders || !status.isValid())
        return;
    m_status = status.toInt();
    m_headers = m_reply->rawHeaderPairs();
    m_hasHeaders = true;
    qCDebug(lcHttp).noquote() << m_call << "->" << m_status << "streaming";
    wake();
    Q_EMIT headersReceived();
}

void HttpStream::onReadyRead()
{
    onMetaData();
    m_buffer += m_reply->readAll();
    wake();
    Q_EMIT dataAvailable();
}

void HttpStream::onFinished()
{
    if (m_finished)
        return;
    onMetaData();
    if (m_reply->isOpen())
        m_buffer += m_reply->readAll();
    if (m_status == 0)
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_error = classify(*m_reply, m_request, *m_state, m_status);
    if (!m_error.isError() && m_status >= 300 && m_status < 400) {
        const QUrl target = m_request.url().resolved(QUrl::fromEncoded(header(QByteArrayLiteral("Location"))));
        m_error = {HttpErrorKind::Redirect, HttpMessages::redirectNotFollowedMessage(m_call, m_status, target)};
    }
    if (m_error.kind == HttpErrorKind::Cancelled)
        m_buffer.clear();
    m_finished = true;
    qCDebug(lcHttp).noquote() << m_call << "->" << m_status << (m_error.isError() ? "stream failed" : "stream ended");
    m_reply->deleteLater();
    m_reply = nullptr;
    wake();
    if (!m_hasHeaders) {
        m_hasHeaders = true;
        Q_EMIT headersReceived();
    }
    Q_EMIT dataAvailable();
    Q_EMIT finished();
}

void HttpStream::Wait::await_suspend(std::coroutine_handle<> waiting)
{
    Q_ASSERT(!stream->m_waiting); // one reader at a time
    stream->m_waiting = waiting;
    stream->m_ready = ready;
}

void HttpStream::wake()
{
    if (!m_waiting || m_wakePosted)
        return;
    m_wakePosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_wakePosted = false;
            if (m_waiting && m_ready && m_ready()) {
                m_ready = {};
                std::exchange(m_waiting, {}).resume();
            }
        },
        Qt::QueuedConnection);
}

QCoro::Task<void> HttpStream::waitForHeaders()
{
    co_await Wait {this, [this] { return m_hasHeaders || m_finished; }};
}

QCoro::Task<QByteArray> HttpStream::nextChunk()
{
    co_await Wait {this, [this] { return !m_buffer.isEmpty() || m_finished; }};
    co_return takeAvailable();
}

QCoro::Task<QByteArray> HttpStream::readAll()
{
    co_await Wait {this, [this] { return m_finished; }};
    co_return takeAvailable();
}

} // namespace meshfed
