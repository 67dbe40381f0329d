#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace meshfed {

/// Identifies a stored object: its resource (plural, e.g. "pods"), namespace and name.
struct ObjectKey
{
    QString resource;
    QString ns; ///< empty for cluster-scoped resources
    QString name;

    bool operator<(const ObjectKey& o) const
    {
        return std::tie(resource, ns, name) < std::tie(o.resource, o.ns, o.name);
    }
    bool operator==(const ObjectKey& o) const = default;
};

/// One change, as a watch delivers it.
struct StoreEvent
{
    qint64 resourceVersion = 0;
    QString type; ///< ADDED, MODIFIED, DELETED
    ObjectKey key;
    QJsonObject object;
};

/// The simulated cluster's etcd: objects with uid, creationTimestamp and a cluster-wide
/// resourceVersion, an event history for watches that a compaction can cut (410 Gone), and
/// label selectors.
///
/// Usage:
///     store.create(key, object);                      // fills metadata
///     store.list(u"pods"_s, u"default"_s, selector);   // objects and the list resourceVersion
///     store.eventsSince(rv, &gone);                    // for a watch resuming at rv
class SimObjectStore : public QObject
{
    Q_OBJECT

public:
    using Selector = std::function<bool(const QJsonObject&)>;

    explicit SimObjectStore(QObject* parent = nullptr);

    std::optional<QJsonObject> get(const ObjectKey& key) const;
    QList<QJsonObject> list(const QString& resource, const QString& ns, const Selector& selector = {}) const;
    /// Fills uid, resourceVersion, creationTimestamp (and namespace); nullopt when it exists.
    std::optional<QJsonObject> create(const ObjectKey& key, QJsonObject object);
    /// Replaces the whole object (keeping uid and creationTimestamp); nullopt when absent.
    std::optional<QJsonObject> replace(const ObjectKey& key, QJsonObject object);
    /// Changes an object in place through `edit`; nullopt when absent.
    std::optional<QJsonObject> update(const ObjectKey& key, const std::function<void(QJsonObject&)>& edit);
    std::optional<QJsonObject> remove(const ObjectKey& key);

    qint64 resourceVersion() const { return m_resourceVersion; }
    /// Events after `resourceVersion`; `gone` when that version was compacted away.
    QList<StoreEvent> eventsSince(qint64 resourceVersion, bool* gone) const;
    /// Forgets the event history up to now: older resourceVersions answer 410 Gone.
    void compact();

    /// Parses "app=consul,component in (server,mesh-gateway),!x,y!=z" into a selector.
    static std::optional<Selector> labelSelector(const QString& text);

Q_SIGNALS:
    void changed(const meshfed::StoreEvent& event);

private:
    QJsonObject stamp(QJsonObject object, const ObjectKey& key, const QJsonObject& previousMetadata);
    void record(const QString& type, const ObjectKey& key, const QJsonObject& object);

    QMap<ObjectKey, QJsonObject> m_objects;
    QList<StoreEvent> m_history;
    qint64 m_resourceVersion = 1000;
    qint64 m_compactedAt = 0;
};

} // namespace meshfed
