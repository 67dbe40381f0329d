#include "model/kube/ServiceAddress.h"

#include <QJsonArray>

namespace meshfed {

using namespace Qt::StringLiterals;

std::pair<QString, int> loadBalancerAddress(const QJsonObject& service)
{
    const QJsonObject ingress = service.value(u"status"_s)
                                    .toObject()
                                    .value(u"loadBalancer"_s)
                                    .toObject()
                                    .value(u"ingress"_s)
                                    .toArray()
                                    .first()
                                    .toObject();
    const QString ip = ingress.value(u"ip"_s).toString();
    const QString host = ip.isEmpty() ? ingress.value(u"hostname"_s).toString() : ip;
    const int port
        = service.value(u"spec"_s).toObject().value(u"ports"_s).toArray().first().toObject().value(u"port"_s).toInt();
    return {host, port};
}

} // namespace meshfed
