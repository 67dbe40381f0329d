#pragma once

#include "model/kube/PodStatus.h"
#include "model/kube/PodStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>

#include <functional>
#include <optional>
#include <vector>

namespace meshfed {

/// One change from a pod watch, already decoded (decoding may happen off the GUI thread).
struct PodEvent
{
    enum class Type { Added, Modified, Deleted };
    Type type = Type::Added;
    PodSummary pod;

    static PodEvent fromJson(Type type, const QJsonObject& pod) { return {type, PodSummary::fromJson(pod)}; }
    /// "ADDED", "MODIFIED", "DELETED"; nullopt for BOOKMARK, ERROR and anything else.
    static std::optional<Type> typeFromName(QStringView name);
};

/// The pods of one cluster as a table, like `kubectl get pods -A -o wide` plus a CLUSTER column.
///
/// Usage:
///     PodModel model;
///     model.setClusterName(u"dc1"_s);
///     model.resetFromList(listResponse["items"].toArray());  // after LIST
///     model.applyEvents(decodedWatchEvents);                  // every few hundred milliseconds
///     model.setStale(true);                                   // while the watch reconnects
///     QTimer: model.refreshAges();                            // AGE and RESTARTS "(2m ago)" move with the clock
///
/// Rows keep arrival order (sort with a QSortFilterProxyModel and SortRole). A pod is identified
/// by metadata.uid, or "namespace/name" when it has none. applyEvents() coalesces a batch into at
/// most: one dataChanged per contiguous range of modified rows, one rowsRemoved per contiguous range
/// of deleted rows, and one rowsInserted for all new pods. Added/modified pods cost O(1); deletions
/// cost one renumbering of plain integers behind the first deleted row, once per batch.
class PodModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NamespaceColumn,
        NameColumn,
        ReadyColumn,
        StatusColumn,
        RestartsColumn,
        AgeColumn,
        NodeColumn,
        ClusterColumn,
        ColumnCount
    };
    enum Roles {
        HealthRole = Qt::UserRole, ///< int(PodHealth)
        NamespaceRole,
        NameRole,
        LabelsRole, ///< QVariantMap of label → value
        UidRole,
        KeyRole, ///< the identity used by the model (uid or namespace/name)
        ClusterRole,
        SortRole, ///< numbers for READY (ready count), RESTARTS and AGE (seconds), text otherwise
    };

    explicit PodModel(QObject* parent = nullptr);

    /// The clock for AGE and RESTARTS; defaults to QDateTime::currentDateTimeUtc.
    void setClock(std::function<QDateTime()> clock);
    void setClusterName(const QString& name);
    QString clusterName() const { return m_clusterName; }

    void resetFromList(const QJsonArray& items);
    void applyEvent(PodEvent::Type type, const QJsonObject& pod);
    void applyEvents(const QList<PodEvent>& events);
    void clear();
    /// Emits dataChanged for the AGE and RESTARTS columns of every row.
    void refreshAges();

    /// Stale: the data may be out of date (watch lost, reconnecting). Views grey it out.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    const PodSummary& podAt(int row) const { return m_store.at(row); }
    /// -1 when absent. Exact between applyEvents() calls (inside its removal signals it may be stale).
    int rowOfKey(const QString& key) const { return m_store.rowOf(key); }
    static QString keyOf(const PodSummary& pod) { return PodStore::keyOf(pod); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void staleChanged(bool stale);

private:
    struct Batch;
    void applyToBatch(Batch& batch, const PodEvent& event);
    void emitChanged(std::vector<int> rows, const std::vector<int>& removed);
    void removeRowRanges(std::vector<int> rows);
    void insertPending(Batch& batch);
    QVariant displayData(const PodSummary& pod, int column) const;
    QVariant sortData(const PodSummary& pod, int column) const;
    static QString containerStates(const PodSummary& pod);

    PodStore m_store;
    std::function<QDateTime()> m_clock;
    QString m_clusterName;
    bool m_stale = false;
};

} // namespace meshfed
