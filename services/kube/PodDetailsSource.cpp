#include "services/kube/PodDetailsSource.h"

#include "model/kube/PodStatus.h"

namespace meshfed {

using namespace Qt::StringLiterals;

PodEventRecord PodEventRecord::fromJson(const QJsonObject& event)
{
    PodEventRecord record;
    record.type = event.value(u"type"_s).toString();
    record.reason = event.value(u"reason"_s).toString();
    record.message = event.value(u"message"_s).toString();
    record.source = event.value(u"source"_s).toObject().value(u"component"_s).toString();
    record.count = qMax(1, event.value(u"count"_s).toInt());
    for (const QString& field : {u"lastTimestamp"_s, u"eventTime"_s, u"firstTimestamp"_s}) {
        record.lastSeen = parseKubeTimestamp(event.value(field).toString());
        if (record.lastSeen.isValid())
            break;
    }
    return record;
}

} // namespace meshfed
