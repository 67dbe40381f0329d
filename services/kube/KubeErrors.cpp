#include "services/kube/KubeErrors.h"

#include "services/http/HttpMessages.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace meshfed {

namespace {

QString hintFor(int code)
{
    switch (code) {
    case 401:
        return KubeErrors::tr("The credentials were refused: the token may have expired, or the certificate is not "
                              "accepted by this cluster.");
    case 403:
        return KubeErrors::tr("The user of this context lacks the permission for this call.");
    case 410:
        return KubeErrors::tr("The requested resource version is too old; list again.");
    default:
        return {};
    }
}

KubeErrorKind kindOf(HttpErrorKind kind)
{
    switch (kind) {
    case HttpErrorKind::None:
        return KubeErrorKind::None;
    case HttpErrorKind::Timeout:
        return KubeErrorKind::Timeout;
    case HttpErrorKind::Tls:
        return KubeErrorKind::Tls;
    case HttpErrorKind::Cancelled:
        return KubeErrorKind::Cancelled;
    case HttpErrorKind::TooLarge:
    case HttpErrorKind::InvalidResponse:
    case HttpErrorKind::Redirect:
        return KubeErrorKind::InvalidResponse;
    case HttpErrorKind::HttpStatus:
        return KubeErrorKind::Status;
    default:
        return KubeErrorKind::Unreachable;
    }
}

} // namespace

QString KubeErrors::defaultReason(int code)
{
    switch (code) {
    case 400:
        return u"BadRequest"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"NotFound"_s;
    case 405:
        return u"MethodNotAllowed"_s;
    case 409:
        return u"Conflict"_s;
    case 410:
        return u"Gone"_s;
    case 422:
        return u"Invalid"_s;
    case 429:
        return u"TooManyRequests"_s;
    case 500:
        return u"InternalError"_s;
    case 503:
        return u"ServiceUnavailable"_s;
    case 504:
        return u"Timeout"_s;
    default:
        return {};
    }
}

KubeError KubeErrors::fromResponse(const QString& cluster, const HttpResponse& response)
{
    KubeError error;
    if (response.isSuccess())
        return error;
    const QString call = HttpMessages::describeCall(response.method, response.url);
    if (response.error.isError() && response.error.kind != HttpErrorKind::HttpStatus)
        error = fromTransport(cluster, response.error);
    else
        error = fromStatus(cluster, call, response.status, response.body);
    error.attempts = response.attempts;
    return error;
}

KubeError KubeErrors::fromStatus(const QString& cluster, const QString& call, int httpStatus, const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.value(u"kind"_s).toString() == u"Status")
        return fromStatusObject(cluster, call, httpStatus, object);
    return fromStatusObject(cluster, call, httpStatus, {});
}

KubeError KubeErrors::fromStatusObject(
    const QString& cluster, const QString& call, int httpStatus, const QJsonObject& status)
{
    KubeError error;
    error.kind = KubeErrorKind::Status;
    error.code = status.value(u"code"_s).toInt(httpStatus);
    error.reason = status.value(u"reason"_s).toString();
    if (error.reason.isEmpty())
        error.reason = defaultReason(error.code);
    error.serverMessage = status.value(u"message"_s).toString();
    const QString what = error.serverMessage.isEmpty() ? error.reason : error.serverMessage;
    error.message = tr("Cluster \"%1\": %2 failed: %3 (%4, HTTP %5).")
                        .arg(cluster, call, what.isEmpty() ? tr("no reason given") : what, error.reason,
                            QString::number(error.code));
    const QString hint = hintFor(error.code);
    if (!hint.isEmpty())
        error.message += u' ' + hint;
    return error;
}

KubeError KubeErrors::fromTransport(const QString& cluster, const HttpError& transport)
{
    KubeError error;
    error.kind = kindOf(transport.kind);
    error.message = tr("Cluster \"%1\": %2").arg(cluster, transport.message);
    return error;
}

KubeError KubeErrors::credentials(const QString& cluster, const QString& call, const QString& detail)
{
    KubeError error;
    error.kind = KubeErrorKind::Credentials;
    error.message = tr("Cluster \"%1\": no credentials for %2: %3").arg(cluster, call, detail);
    return error;
}

KubeError KubeErrors::invalidResponse(const QString& cluster, const QString& call, const QString& detail)
{
    KubeError error;
    error.kind = KubeErrorKind::InvalidResponse;
    error.message = tr("Cluster \"%1\": %2 gave an unexpected answer: %3").arg(cluster, call, detail);
    return error;
}

} // namespace meshfed
