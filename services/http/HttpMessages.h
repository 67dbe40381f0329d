#pragma once

#include "services/http/HttpResponse.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslError>

#include <chrono>

namespace meshfed {

/// Pure helpers that describe requests for logs and users, and the one translated mapping from
/// transport failures to messages. Nothing here ever prints a header, user-info or query string.
class HttpMessages
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::HttpMessages)

public:
    /// scheme://host[:port]/path: no user-info, query or fragment. Safe to log.
    static QString displayUrl(const QUrl& url);
    /// "GET https://host:8200/v1/sys/health": how messages name a call.
    static QString describeCall(const QByteArray& method, const QUrl& url);
    /// Same scheme, host and port (default ports filled in).
    static bool isSameOrigin(const QUrl& a, const QUrl& b);
    /// The kind of a transport-level QNetworkReply error (codes below 200; later ones are HTTP answers).
    static HttpErrorKind kindOf(QNetworkReply::NetworkError error);
    /// True for errors that carry an HTTP answer (status and body), not a transport failure.
    static bool isHttpAnswer(QNetworkReply::NetworkError error);

    static QString transportMessage(HttpErrorKind kind, const QString& call, QNetworkReply::NetworkError code);
    static QString timeoutMessage(const QString& call, std::chrono::milliseconds timeout);
    static QString tlsMessage(const QString& call, const QList<QSslError>& errors);
    static QString statusMessage(const QString& call, int status);
    static QString crossOriginRedirectMessage(const QString& call, const QUrl& target);
    static QString redirectNotFollowedMessage(const QString& call, int status, const QUrl& target);
    static QString cancelledMessage(const QString& call);
    static QString tooLargeMessage(const QString& call, qint64 limit);
    static QString insecureWarning(const QString& call);
};

} // namespace meshfed
