#pragma once

#include "services/http/HttpRequest.h"
#include "services/http/HttpResponse.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <memory>

namespace meshfed {

/// Internal to services/http: what HttpClient::send() and HttpStream share so that buffered and
/// streamed exchanges map errors, TLS and cancellation the same way.
namespace httpdetail {

/// Why we aborted a reply ourselves, and what TLS said; shared with the reply's handlers.
struct AttemptState
{
    enum class Abort { None, Cancelled, TooLarge } abort = Abort::None;
    QList<QSslError> sslErrors;
};

/// The QNetworkRequest for `request`: headers, manual redirects, no cache, transfer timeout, TLS.
QNetworkRequest toNetworkRequest(const HttpRequest& request);
/// Records TLS errors, enforces `bodyLimit` (negative: none) and connects the cancel token.
void watchReply(
    QNetworkReply* reply, const HttpRequest& request, const std::shared_ptr<AttemptState>& state, qint64 bodyLimit);
/// The error of a finished reply (None for a successful one), with its translated message.
HttpError classify(QNetworkReply& reply, const HttpRequest& request, const AttemptState& state, int status);

} // namespace httpdetail
} // namespace meshfed
