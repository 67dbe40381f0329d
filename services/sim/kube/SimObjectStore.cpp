#include "services/sim/kube/SimObjectStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kHistoryLimit = 20000;

QJsonObject metadataOf(const QJsonObject& object)
{
    return object.value(u"metadata"_s).toObject();
}

/// One requirement of a label selector, e.g. "component in (server,mesh-gateway)".
std::optional<SimObjectStore::Selector> requirement(const QString& text)
{
    static const QRegularExpression setRe(u"^\\s*([\\w./-]+)\\s+(in|notin)\\s*\\(([^)]*)\\)\\s*$"_s);
    static const QRegularExpression eqRe(u"^\\s*([\\w./-]+)\\s*(==|=|!=)\\s*([\\w./-]*)\\s*$"_s);
    static const QRegularExpression existsRe(u"^\\s*(!?)([\\w./-]+)\\s*$"_s);
    if (const auto m = setRe.match(text); m.hasMatch()) {
        QStringList values = m.captured(3).split(u',');
        for (QString& v : values)
            v = v.trimmed();
        const bool in = m.captured(2) == u"in"_s;
        const QString key = m.captured(1);
        return [=](const QJsonObject& labels) {
            return values.contains(labels.value(key).toString()) == in && (labels.contains(key) || !in);
        };
    }
    if (const auto m = eqRe.match(text); m.hasMatch()) {
        const QString key = m.captured(1);
        const QString value = m.captured(3);
        const bool equal = m.captured(2) != u"!="_s;
        return [=](const QJsonObject& labels) {
            return (labels.value(key).toString() == value && labels.contains(key)) == equal;
        };
    }
    if (const auto m = existsRe.match(text); m.hasMatch()) {
        const QString key = m.captured(2);
        const bool present = m.captured(1).isEmpty();
        return [=](const QJsonObject& labels) { return labels.contains(key) == present; };
    }
    return std::nullopt;
}

/// Splits at commas that are not inside parentheses.
QStringList splitRequirements(const QString& text)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (const QChar c : text) {
        depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
        if (c == u',' && depth == 0) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        parts << current;
    return parts;
}

} // namespace

SimObjectStore::SimObjectStore(QObject* parent)
    : QObject(parent)
{ }

std::optional<QJsonObject> SimObjectStore::get(const ObjectKey& key) const
{
    const auto it = m_objects.constFind(key);
    return it == m_objects.cend() ? std::nullopt : std::optional(*it);
}

QList<QJsonObject> SimObjectStore::list(const QString& resource, const QString& ns, const Selector& selector) const
{
    QList<QJsonObject> result;
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        if (it.key().resource != resource || (!ns.isEmpty() && it.key().ns != ns))
            continue;
        if (selector && !selector(metadataOf(*it).value(u"labels"_s).toObject()))
            continue;
        result << *it;
    }
    return result;
}

QJsonObject SimObjectStore::stamp(QJsonObject object, const ObjectKey& key, const QJsonObject& previousMetadata)
{
    QJsonObject metadata = metadataOf(object);
    metadata.insert(u"name"_s, key.name);
    if (!key.ns.isEmpty())
        metadata.insert(u"namespace"_s, key.ns);
    metadata.insert(
        u"uid"_s, previousMetadata.value(u"uid"_s).toString(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    metadata.insert(u"creationTimestamp"_s,
        previousMetadata.value(u"creationTimestamp"_s).toString(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    metadata.insert(u"resourceVersion"_s, QString::number(++m_resourceVersion));
    object.insert(u"metadata"_s, metadata);
    return object;
}

void SimObjectStore::record(const QString& type, const ObjectKey& key, const QJsonObject& object)
{
    StoreEvent event {m_resourceVersion, type, key, object};
    m_history << event;
    if (m_history.size() > kHistoryLimit) {
        m_compactedAt = m_history.first().resourceVersion;
        m_history.removeFirst();
    }
    Q_EMIT changed(event);
}

std::optional<QJsonObject> SimObjectStore::create(const ObjectKey& key, QJsonObject object)
{
    if (m_objects.contains(key))
        return std::nullopt;
    object = stamp(object, key, {});
    m_objects.insert(key, object);
    record(u"ADDED"_s, key, object);
    return object;
}

std::optional<QJsonObject> SimObjectStore::replace(const ObjectKey& key, QJsonObject object)
{
    if (!m_objects.contains(key))
        return std::nullopt;
    object = stamp(object, key, metadataOf(m_objects.value(key)));
    m_objects.insert(key, object);
    record(u"MODIFIED"_s, key, object);
    return object;
}

std::optional<QJsonObject> SimObjectStore::update(const ObjectKey& key, const std::function<void(QJsonObject&)>& edit)
{
    auto current = get(key);
    if (!current)
        return std::nullopt;
    edit(*current);
    return replace(key, *current);
}

std::optional<QJsonObject> SimObjectStore::remove(const ObjectKey& key)
{
    auto object = get(key);
    if (!object)
        return std::nullopt;
    m_objects.remove(key);
    ++m_resourceVersion;
    QJsonObject metadata = metadataOf(*object);
    metadata.insert(u"resourceVersion"_s, QString::number(m_resourceVersion));
    object->insert(u"metadata"_s, metadata);
    record(u"DELETED"_s, key, *object);
    return object;
}

QList<StoreEvent> SimObjectStore::eventsSince(qint64 resourceVersion, bool* gone) const
{
    *gone = resourceVersion < m_compactedAt;
    QList<StoreEvent> events;
    if (*gone)
        return events;
    for (const StoreEvent& event : m_history) {
        if (event.resourceVersion > resourceVersion)
            events << event;
    }
    return events;
}

void SimObjectStore::compact()
{
    m_history.clear();
    m_compactedAt = m_resourceVersion;
}

std::optional<SimObjectStore::Selector> SimObjectStore::labelSelector(const QString& text)
{
    QList<Selector> requirements;
    for (const QString& part : splitRequirements(text)) {
        const auto r = requirement(part);
        if (!r)
            return std::nullopt;
        requirements << *r;
    }
    return [requirements](const QJsonObject& labels) {
        return std::all_of(requirements.begin(), requirements.end(), [&](const Selector& r) { return r(labels); });
    };
}

} // namespace meshfed
