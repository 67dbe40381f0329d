#include "services/kube/KubeTypes.h"

using namespace Qt::StringLiterals;

namespace meshfed {

KubeService KubeService::fromJson(const QJsonObject& service)
{
    KubeService out;
    out.object = service;
    const QJsonObject spec = service.value(u"spec"_s).toObject();
    out.type = spec.value(u"type"_s).toString(u"ClusterIP"_s);
    const QJsonArray ingress
        = service.value(u"status"_s).toObject().value(u"loadBalancer"_s).toObject().value(u"ingress"_s).toArray();
    for (const QJsonValue& entry : ingress) {
        const QJsonObject item = entry.toObject();
        out.ingress.append({item.value(u"ip"_s).toString(), item.value(u"hostname"_s).toString()});
    }
    for (const QJsonValue& entry : spec.value(u"ports"_s).toArray()) {
        const QJsonObject port = entry.toObject();
        const QJsonValue target = port.value(u"targetPort"_s);
        out.ports.append({port.value(u"name"_s).toString(), port.value(u"port"_s).toInt(),
            port.value(u"protocol"_s).toString(u"TCP"_s), port.value(u"nodePort"_s).toInt(),
            target.isDouble() ? QString::number(target.toInt()) : target.toString()});
    }
    return out;
}

} // namespace meshfed
