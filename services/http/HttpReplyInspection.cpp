#include "services/http/HttpReplyInspection.h"

#include "services/http/HttpMessages.h"

namespace meshfed::httpdetail {

QNetworkRequest toNetworkRequest(const HttpRequest& request)
{
    QNetworkRequest out(request.url());
    for (const HttpRequest::Header& header : request.headers())
        out.setRawHeader(header.first, header.second);
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    out.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    out.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    out.setTransferTimeout(request.timeout());
#else
    out.setTransferTimeout(int(request.timeout().count()));
#endif
    if (request.url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = request.tls().configuration;
        // Only on the user's explicit choice (kubeconfig insecure-skip-tls-verify, VAULT_SKIP_VERIFY),
        // and never silently: HttpClient and HttpStream add insecureWarning() to every answer, and
        // the Connections panel and the CLI show it.
        if (request.tls().insecureSkipVerify)
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        out.setSslConfiguration(tls);
        if (!request.tls().peerVerifyName.isEmpty())
            out.setPeerVerifyName(request.tls().peerVerifyName);
    }
    return out;
}

void watchReply(
    QNetworkReply* reply, const HttpRequest& request, const std::shared_ptr<AttemptState>& state, qint64 bodyLimit)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
        [state](const QList<QSslError>& errors) { state->sslErrors = errors; });
    const qint64 limit = bodyLimit;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [state, reply, limit](qint64 got, qint64 total) {
        if (limit >= 0 && (got > limit || total > limit) && state->abort == AttemptState::Abort::None) {
            state->abort = AttemptState::Abort::TooLarge;
            reply->abort();
        }
    });
    if (CancelToken* token = request.cancelToken()) {
        QObject::connect(token, &CancelToken::cancelled, reply, [state, reply] {
            state->abort = AttemptState::Abort::Cancelled;
            reply->abort();
        });
    }
}

HttpError classify(QNetworkReply& reply, const HttpRequest& request, const AttemptState& state, int status)
{
    const QString call = HttpMessages::describeCall(request.method(), request.url());
    if (state.abort == AttemptState::Abort::Cancelled)
        return {HttpErrorKind::Cancelled, HttpMessages::cancelledMessage(call)};
    if (state.abort == AttemptState::Abort::TooLarge)
        return {HttpErrorKind::TooLarge, HttpMessages::tooLargeMessage(call, request.maxBodyBytes())};
    const QNetworkReply::NetworkError code = reply.error();
    if (status > 0 && (code == QNetworkReply::NoError || HttpMessages::isHttpAnswer(code))) {
        if (status >= 400)
            return {HttpErrorKind::HttpStatus, HttpMessages::statusMessage(call, status)};
        return {};
    }
    const HttpErrorKind kind = HttpMessages::kindOf(code);
    switch (kind) {
    case HttpErrorKind::None:
        return {};
    case HttpErrorKind::Timeout:
        return {kind, HttpMessages::timeoutMessage(call, request.timeout())};
    case HttpErrorKind::Tls:
        return {kind, HttpMessages::tlsMessage(call, state.sslErrors)};
    case HttpErrorKind::HttpStatus:
        return {HttpErrorKind::Network, HttpMessages::transportMessage(HttpErrorKind::Network, call, code)};
    default:
        return {kind, HttpMessages::transportMessage(kind, call, code)};
    }
}

} // namespace meshfed::httpdetail
