#include "services/http/HttpMessages.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace meshfed {

QString HttpMessages::displayUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString();
}

QString HttpMessages::describeCall(const QByteArray& method, const QUrl& url)
{
    return QString::fromLatin1(method) + u' ' + displayUrl(url);
}

static int effectivePort(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == u"https"_s ? 443 : scheme == u"http"_s ? 80 : -1);
}

bool HttpMessages::isSameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

HttpErrorKind HttpMessages::kindOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return HttpErrorKind::None;
    case QNetworkReply::ConnectionRefusedError:
        return HttpErrorKind::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return HttpErrorKind::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout; our own aborts are tracked apart
        return HttpErrorKind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return HttpErrorKind::Tls;
    default:
        return isHttpAnswer(error) ? HttpErrorKind::HttpStatus : HttpErrorKind::Network;
    }
}

bool HttpMessages::isHttpAnswer(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code > 200 && code < 300) || (code > 400 && code < 500)
        || error == QNetworkReply::ProtocolInvalidOperationError;
}

QString HttpMessages::transportMessage(HttpErrorKind kind, const QString& call, QNetworkReply::NetworkError code)
{
    switch (kind) {
    case HttpErrorKind::ConnectionRefused:
        return tr("%1 failed: the connection was refused. Is the server running, and are address and port "
                  "right?")
            .arg(call);
    case HttpErrorKind::HostNotFound:
        return tr("%1 failed: the host name could not be resolved.").arg(call);
    default:
        break;
    }
    switch (code) {
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 failed: the server closed the connection before answering.").arg(call);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("%1 failed: the network is not available.").arg(call);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("%1 failed: the proxy could not be used.").arg(call);
    case QNetworkReply::ProtocolUnknownError:
        return tr("%1 failed: the address must start with http:// or https://.").arg(call);
    default:
        return tr("%1 failed: network error %2.").arg(call, QString::number(int(code)));
    }
}

QString HttpMessages::timeoutMessage(const QString& call, std::chrono::milliseconds timeout)
{
    return tr("%1 timed out after %2 s without an answer.")
        .arg(call, QLocale().toString(double(timeout.count()) / 1000.0, 'g', 3));
}

static QString tlsHint(const QList<QSslError>& errors)
{
    for (const QSslError& error : errors) {
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            return HttpMessages::tr("The certificate is not valid for this host name.");
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToVerifyFirstCertificate:
            return HttpMessages::tr("The certificate was issued by an unknown authority: give the CA certificate "
                                    "that signed it.");
        default:
            break;
        }
    }
    return {};
}

QString HttpMessages::tlsMessage(const QString& call, const QList<QSslError>& errors)
{
    QStringList reasons;
    for (const QSslError& error : errors)
        reasons.append(error.errorString());
    reasons.removeDuplicates();
    const QString detail = reasons.isEmpty() ? tr("the TLS handshake failed") : reasons.join(u"; "_s);
    const QString hint = tlsHint(errors);
    const QString message = tr("%1 failed: the server's certificate was not accepted (%2).").arg(call, detail);
    return hint.isEmpty() ? message : message + u' ' + hint;
}

QString HttpMessages::statusMessage(const QString& call, int status)
{
    return tr("%1 answered HTTP %2.").arg(call, QString::number(status));
}

QString HttpMessages::crossOriginRedirectMessage(const QString& call, const QUrl& target)
{
    const QString origin
        = target.adjusted(QUrl::RemovePath | QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
              .toDisplayString();
    return tr("%1 was redirected to another server (%2). The redirect was not followed, so that credentials are "
              "never sent there.")
        .arg(call, origin);
}

QString HttpMessages::redirectNotFollowedMessage(const QString& call, int status, const QUrl& target)
{
    return tr("%1 answered with a redirect (HTTP %2) to %3, which was not followed.")
        .arg(call)
        .arg(status)
        .arg(displayUrl(target));
}

QString HttpMessages::cancelledMessage(const QString& call)
{
    return tr("%1 was cancelled.").arg(call);
}

QString HttpMessages::tooLargeMessage(const QString& call, qint64 limit)
{
    return tr("%1 failed: the response is larger than the limit of %2 bytes.").arg(call).arg(limit);
}

QString HttpMessages::insecureWarning(const QString& call)
{
    return tr("TLS certificate verification is switched off for %1: the connection is not protected against "
              "impostors.")
        .arg(call);
}

} // namespace meshfed
