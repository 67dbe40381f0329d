#pragma once

#include "services/http/HttpResponse.h"
#include "services/kube/KubeTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace meshfed {

/// Maps API server answers and transport failures to KubeError with one translated message that
/// names the cluster (kubeconfig context) and the call. Pure.
///
/// Usage: `KubeError error = KubeErrors::fromResponse(u"dc1"_s, response);`
class KubeErrors
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::KubeErrors)

public:
    /// None for a 2xx answer; Status (with the Status body's code, reason, message) for >= 400;
    /// a kind of its own for transport failures.
    static KubeError fromResponse(const QString& cluster, const HttpResponse& response);
    /// An HTTP error status with its body (a Status object or anything else).
    static KubeError fromStatus(const QString& cluster, const QString& call, int httpStatus, const QByteArray& body);
    /// A Status object (the body of an error answer, or of a watch ERROR event).
    static KubeError fromStatusObject(
        const QString& cluster, const QString& call, int httpStatus, const QJsonObject& status);
    static KubeError fromTransport(const QString& cluster, const HttpError& error);
    static KubeError credentials(const QString& cluster, const QString& call, const QString& detail);
    static KubeError invalidResponse(const QString& cluster, const QString& call, const QString& detail);
    /// The Kubernetes reason of a status code when the body has none ("NotFound" for 404).
    static QString defaultReason(int code);
};

} // namespace meshfed
