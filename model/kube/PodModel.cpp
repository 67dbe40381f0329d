#include "model/kube/PodModel.h"

#include <QSet>
#include <QVariantMap>

#include <algorithm>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

/// Calls `emitRange(first, last)` for each run of consecutive values in ascending `rows`.
template <typename Emit> void forEachRange(const std::vector<int>& rows, Emit emitRange)
{
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        emitRange(rows[i], rows[j]);
        i = j + 1;
    }
}

void sortUnique(std::vector<int>& rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
}

} // namespace

/// What one applyEvents() call collected before it tells the views.
struct PodModel::Batch
{
    std::vector<int> changedRows;
    std::vector<int> removedRows;
    QList<PodSummary> pending;  ///< new pods, appended at the end
    QList<bool> pendingDropped; ///< added then deleted within the batch
    QHash<QString, qsizetype> pendingByKey;
    QSet<QString> removedKeys; ///< still in the store until the batch ends
};

std::optional<PodEvent::Type> PodEvent::typeFromName(QStringView name)
{
    if (name == u"ADDED")
        return Type::Added;
    if (name == u"MODIFIED")
        return Type::Modified;
    if (name == u"DELETED")
        return Type::Deleted;
    return std::nullopt;
}

PodModel::PodModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void PodModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refreshAges();
}

void PodModel::setClusterName(const QString& name)
{
    m_clusterName = name;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); // ClusterRole is on every column
}

void PodModel::resetFromList(const QJsonArray& items)
{
    beginResetModel();
    m_store.clear();
    m_store.reserve(items.size());
    for (const QJsonValue& item : items) {
        PodSummary pod = PodSummary::fromJson(item.toObject());
        if (const int row = m_store.rowOf(keyOf(pod)); row >= 0)
            m_store.replace(row, std::move(pod)); // a list never repeats a pod; keep the last if it does
        else
            m_store.append(std::move(pod));
    }
    endResetModel();
}

void PodModel::clear()
{
    beginResetModel();
    m_store.clear();
    endResetModel();
}

void PodModel::applyEvent(PodEvent::Type type, const QJsonObject& pod)
{
    applyEvents({PodEvent::fromJson(type, pod)});
}

void PodModel::applyEvents(const QList<PodEvent>& events)
{
    Batch batch;
    for (const PodEvent& event : events)
        applyToBatch(batch, event);
    sortUnique(batch.removedRows);
    emitChanged(std::move(batch.changedRows), batch.removedRows);
    removeRowRanges(std::move(batch.removedRows));
    insertPending(batch);
}

void PodModel::applyToBatch(Batch& batch, const PodEvent& event)
{
    const QString key = keyOf(event.pod);
    const int row = batch.removedKeys.contains(key) ? -1 : m_store.rowOf(key);
    const auto pending = batch.pendingByKey.constFind(key);
    if (event.type == PodEvent::Type::Deleted) {
        if (row >= 0) {
            batch.removedRows.push_back(row);
            batch.removedKeys.insert(key);
        } else if (pending != batch.pendingByKey.constEnd()) {
            batch.pendingDropped[*pending] = true;
            batch.pendingByKey.erase(pending);
        }
        return;
    }
    if (row >= 0) {
        m_store.replace(row, event.pod);
        batch.changedRows.push_back(row);
    } else if (pending != batch.pendingByKey.constEnd()) {
        batch.pending[*pending] = event.pod;
    } else {
        batch.pendingByKey.insert(key, batch.pending.size());
        batch.pending.append(event.pod);
        batch.pendingDropped.append(false);
    }
}

void PodModel::emitChanged(std::vector<int> rows, const std::vector<int>& removed)
{
    sortUnique(rows);
    // A row modified and then deleted in the same batch only needs its removal.
    std::vector<int> kept;
    kept.reserve(rows.size());
    std::set_difference(rows.begin(), rows.end(), removed.begin(), removed.end(), std::back_inserter(kept));
    forEachRange(
        kept, [this](int first, int last) { Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1)); });
}

void PodModel::removeRowRanges(std::vector<int> rows)
{
    if (rows.empty())
        return;
    // From the bottom up, so the row numbers of the ranges still to remove stay valid.
    std::vector<std::pair<int, int>> ranges;
    forEachRange(rows, [&ranges](int first, int last) { ranges.emplace_back(first, last); });
    for (auto it = ranges.rbegin(); it != ranges.rend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_store.removeRange(it->first, it->second);
        endRemoveRows();
    }
    m_store.renumberFrom(rows.front());
}

void PodModel::insertPending(Batch& batch)
{
    const qsizetype added = std::count(batch.pendingDropped.cbegin(), batch.pendingDropped.cend(), false);
    if (added == 0)
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(added) - 1);
    for (qsizetype i = 0; i < batch.pending.size(); ++i) {
        if (!batch.pendingDropped.at(i))
            m_store.append(std::move(batch.pending[i]));
    }
    endInsertRows();
}

void PodModel::refreshAges()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, RestartsColumn), index(rowCount() - 1, AgeColumn), {Qt::DisplayRole, SortRole});
}

void PodModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    Q_EMIT staleChanged(stale);
}

int PodModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_store.size();
}

int PodModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodModel::displayData(const PodSummary& pod, int column) const
{
    switch (column) {
    case NamespaceColumn:
        return pod.namespaceName;
    case NameColumn:
        return pod.name;
    case ReadyColumn:
        return pod.status.readyText();
    case StatusColumn:
        return pod.status.status;
    case RestartsColumn:
        return pod.status.restartsText(m_clock());
    case AgeColumn:
        return pod.status.ageText(m_clock());
    case NodeColumn:
        return pod.node.isEmpty() ? u"<none>"_s : pod.node;
    case ClusterColumn:
        return m_clusterName;
    }
    return {};
}

QVariant PodModel::sortData(const PodSummary& pod, int column) const
{
    switch (column) {
    case ReadyColumn:
        return pod.status.readyContainers;
    case RestartsColumn:
        return pod.status.restarts;
    case AgeColumn:
        return pod.status.created.isValid() ? pod.status.created.secsTo(m_clock()) : qint64(-1);
    }
    return displayData(pod, column);
}

/// One line per container that is not running and ready: "app: Error, exit code 1, restarts: 5".
QString PodModel::containerStates(const PodSummary& pod)
{
    QStringList lines;
    auto describe = [&lines](const ContainerSummary& container, const QString& prefix) {
        if (container.state == u"running"_s && (container.ready || !container.started))
            return;
        if (container.state == u"terminated"_s && container.exitCode == 0)
            return;
        QString line = prefix + container.name + u": "_s
            + (container.reason.isEmpty() ? (container.state.isEmpty() ? tr("unknown") : container.state)
                                          : container.reason);
        if (container.state == u"terminated"_s)
            line += tr(", exit code %1").arg(container.exitCode);
        if (container.restartCount > 0)
            line += tr(", restarts: %1").arg(container.restartCount);
        lines << line;
    };
    for (const ContainerSummary& container : pod.initContainers)
        describe(container, tr("init "));
    for (const ContainerSummary& container : pod.containers)
        describe(container, QString());
    return lines.join(u'\n');
}

QVariant PodModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PodSummary& pod = m_store.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(pod, index.column());
    case SortRole:
        return sortData(pod, index.column());
    case Qt::ToolTipRole:
        return index.column() == StatusColumn ? containerStates(pod) : QVariant();
    case HealthRole:
        return int(pod.status.health);
    case NamespaceRole:
        return pod.namespaceName;
    case NameRole:
        return pod.name;
    case LabelsRole: {
        QVariantMap labels;
        for (auto it = pod.labels.begin(); it != pod.labels.end(); ++it)
            labels.insert(it.key(), it.value());
        return labels;
    }
    case UidRole:
        return pod.uid;
    case KeyRole:
        return keyOf(pod);
    case ClusterRole:
        return m_clusterName;
    }
    return {};
}

QVariant PodModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NamespaceColumn:
        return tr("NAMESPACE");
    case NameColumn:
        return tr("NAME");
    case ReadyColumn:
        return tr("READY");
    case StatusColumn:
        return tr("STATUS");
    case RestartsColumn:
        return tr("RESTARTS");
    case AgeColumn:
        return tr("AGE");
    case NodeColumn:
        return tr("NODE");
    case ClusterColumn:
        return tr("CLUSTER");
    }
    return {};
}

QHash<int, QByteArray> PodModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(HealthRole, "health");
    names.insert(NamespaceRole, "namespace");
    names.insert(NameRole, "name");
    names.insert(LabelsRole, "labels");
    names.insert(UidRole, "uid");
    names.insert(KeyRole, "key");
    names.insert(ClusterRole, "cluster");
    names.insert(SortRole, "sort");
    return names;
}

} // namespace meshfed
