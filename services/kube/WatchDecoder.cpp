#include "services/kube/WatchDecoder.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace meshfed {

QList<WatchEvent> WatchDecoder::feed(const QByteArray& bytes)
{
    QList<WatchEvent> events;
    m_pending += bytes;
    qsizetype start = 0;
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n', start)) {
        const QByteArray line = m_pending.mid(start, end - start).trimmed();
        start = end + 1;
        if (!line.isEmpty())
            events.append(decodeLine(line));
    }
    m_pending.remove(0, start);
    return events;
}

WatchEvent WatchDecoder::decodeLine(const QByteArray& line)
{
    WatchEvent event;
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(line, &error).object();
    if (root.isEmpty()) {
        event.problem = error.error == QJsonParseError::NoError ? u"not a JSON object"_s : error.errorString();
        return event;
    }
    const QString type = root.value(u"type"_s).toString();
    event.object = root.value(u"object"_s).toObject();
    event.resourceVersion = event.object.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString();
    if (type == u"ADDED")
        event.type = WatchEvent::Type::Added;
    else if (type == u"MODIFIED")
        event.type = WatchEvent::Type::Modified;
    else if (type == u"DELETED")
        event.type = WatchEvent::Type::Deleted;
    else if (type == u"BOOKMARK")
        event.type = WatchEvent::Type::Bookmark;
    else if (type == u"ERROR")
        event.type = WatchEvent::Type::Error;
    else
        event.problem = u"unknown event type \"%1\""_s.arg(type);
    return event;
}

} // namespace meshfed
