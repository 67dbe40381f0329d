#include "model/kube/PodModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <map>
#include <memory>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());

/// A one-container pod; `waitingReason` empty means running and ready.
QJsonObject makePod(
    const QString& name, const QString& waitingReason = {}, int restarts = 0, const QString& uid = u"auto"_s)
{
    QJsonObject metadata {{u"name"_s, name}, {u"namespace"_s, u"shop"_s},
        {u"creationTimestamp"_s, u"2024-05-01T11:00:00Z"_s}, {u"labels"_s, QJsonObject {{u"app"_s, name}}}};
    if (!uid.isEmpty())
        metadata.insert(u"uid"_s, uid == u"auto"_s ? u"uid-"_s + name : uid);
    const QJsonObject state = waitingReason.isEmpty()
        ? QJsonObject {{u"running"_s, QJsonObject()}}
        : QJsonObject {{u"waiting"_s, QJsonObject {{u"reason"_s, waitingReason}}}};
    const QJsonObject containerStatus {{u"name"_s, u"app"_s}, {u"ready"_s, waitingReason.isEmpty()},
        {u"restartCount"_s, restarts}, {u"state"_s, state}};
    return {{u"metadata"_s, metadata},
        {u"spec"_s,
            QJsonObject {
                {u"nodeName"_s, u"node-1"_s}, {u"containers"_s, QJsonArray {QJsonObject {{u"name"_s, u"app"_s}}}}}},
        {u"status"_s,
            QJsonObject {{u"phase"_s, u"Running"_s}, {u"containerStatuses"_s, QJsonArray {containerStatus}}}}};
}

PodEvent podEvent(PodEvent::Type type, const QString& name, const QString& reason = {})
{
    return PodEvent::fromJson(type, makePod(name, reason));
}

QStringList names(const PodModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, PodModel::NameColumn).data().toString();
    return result;
}

QString cell(const PodModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestPodModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void resetShowsKubectlColumns();
    void singleEvents();
    void batchCoalescesSignals();
    void addedThenDeletedInOneBatchLeavesNoTrace();
    void podsWithoutUidAreKeyedByNamespaceAndName();
    void agesFollowTheInjectedClock();
    void staleFlag();
    void renamingTheClusterUpdatesEveryRow();
    void randomBatchesMatchAReferenceMap();

private:
    std::unique_ptr<PodModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now = kNow;
};

void TestPodModel::init()
{
    m_now = kNow;
    m_model = std::make_unique<PodModel>();
    m_model->setClock([this] { return m_now; });
    m_model->setClusterName(u"dc1"_s);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestPodModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestPodModel::resetShowsKubectlColumns()
{
    m_model->resetFromList(
        {makePod(u"web-0"_s), makePod(u"web-1"_s, u"CrashLoopBackOff"_s, 3), makePod(u"db-0"_s, u"Pending"_s)});
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(PodModel::ColumnCount));
    QCOMPARE(m_model->headerData(PodModel::StatusColumn, Qt::Horizontal).toString(), u"STATUS"_s);
    QCOMPARE(m_model->headerData(PodModel::ClusterColumn, Qt::Horizontal).toString(), u"CLUSTER"_s);
    QCOMPARE(cell(*m_model, 0, PodModel::NamespaceColumn), u"shop"_s);
    QCOMPARE(cell(*m_model, 0, PodModel::ReadyColumn), u"1/1"_s);
    QCOMPARE(cell(*m_model, 0, PodModel::StatusColumn), u"Running"_s);
    QCOMPARE(cell(*m_model, 1, PodModel::StatusColumn), u"CrashLoopBackOff"_s);
    QCOMPARE(cell(*m_model, 1, PodModel::RestartsColumn), u"3"_s);
    QCOMPARE(cell(*m_model, 1, PodModel::AgeColumn), u"60m"_s);
    QCOMPARE(cell(*m_model, 1, PodModel::NodeColumn), u"node-1"_s);
    QCOMPARE(cell(*m_model, 1, PodModel::ClusterColumn), u"dc1"_s);

    const QModelIndex crashing = m_model->index(1, 0);
    QCOMPARE(crashing.data(PodModel::HealthRole).toInt(), int(PodHealth::Failing));
    QCOMPARE(m_model->index(0, 0).data(PodModel::HealthRole).toInt(), int(PodHealth::Healthy));
    QCOMPARE(crashing.data(PodModel::NamespaceRole).toString(), u"shop"_s);
    QCOMPARE(crashing.data(PodModel::UidRole).toString(), u"uid-web-1"_s);
    QCOMPARE(crashing.data(PodModel::ClusterRole).toString(), u"dc1"_s);
    QCOMPARE(crashing.data(PodModel::LabelsRole).toMap().value(u"app"_s).toString(), u"web-1"_s);
    QCOMPARE(m_model->index(1, PodModel::RestartsColumn).data(PodModel::SortRole).toInt(), 3);
    QCOMPARE(m_model->index(1, PodModel::AgeColumn).data(PodModel::SortRole).toLongLong(), 3600);
    QCOMPARE(m_model->rowOfKey(u"uid-db-0"_s), 2);
    QCOMPARE(m_model->index(1, PodModel::StatusColumn).data(Qt::ToolTipRole).toString(),
        u"app: CrashLoopBackOff, restarts: 3"_s);
    QCOMPARE(m_model->index(0, PodModel::StatusColumn).data(Qt::ToolTipRole).toString(), QString());
}

void TestPodModel::singleEvents()
{
    m_model->resetFromList({makePod(u"a"_s), makePod(u"b"_s), makePod(u"c"_s)});
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->applyEvent(PodEvent::Type::Added, makePod(u"d"_s));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(inserted.first().at(2).toInt(), 3);

    m_model->applyEvent(PodEvent::Type::Modified, makePod(u"b"_s, u"ImagePullBackOff"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(cell(*m_model, 1, PodModel::StatusColumn), u"ImagePullBackOff"_s);

    m_model->applyEvent(PodEvent::Type::Deleted, makePod(u"a"_s));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(names(*m_model), (QStringList {u"b"_s, u"c"_s, u"d"_s}));
    QCOMPARE(m_model->rowOfKey(u"uid-d"_s), 2);
    QCOMPARE(m_model->rowOfKey(u"uid-a"_s), -1);

    // An ADDED for a pod already shown (a re-list race) updates it in place.
    m_model->applyEvent(PodEvent::Type::Added, makePod(u"c"_s, u"Error"_s));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(cell(*m_model, 1, PodModel::StatusColumn), u"Error"_s);
    // Deleting an unknown pod is ignored.
    m_model->applyEvent(PodEvent::Type::Deleted, makePod(u"zzz"_s));
    QCOMPARE(m_model->rowCount(), 3);
}

void TestPodModel::batchCoalescesSignals()
{
    QJsonArray pods;
    for (int i = 0; i < 10; ++i)
        pods.append(makePod(u"p%1"_s.arg(i)));
    m_model->resetFromList(pods);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    using T = PodEvent::Type;
    m_model->applyEvents({podEvent(T::Modified, u"p1"_s, u"Error"_s), podEvent(T::Modified, u"p0"_s, u"Error"_s),
        podEvent(T::Modified, u"p2"_s, u"Error"_s), podEvent(T::Modified, u"p2"_s, u"OOMKilled"_s),
        podEvent(T::Modified, u"p6"_s, u"Error"_s), podEvent(T::Deleted, u"p4"_s), podEvent(T::Deleted, u"p3"_s),
        podEvent(T::Modified, u"p8"_s, u"Error"_s), podEvent(T::Deleted, u"p8"_s), podEvent(T::Added, u"n1"_s),
        podEvent(T::Added, u"n2"_s), podEvent(T::Modified, u"n1"_s, u"Pending"_s)});

    QCOMPARE(changed.size(), 2); // rows 0-2 and row 6; p8 was deleted after its change
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 6);
    QCOMPARE(removed.size(), 2); // rows 3-4 and row 8
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(2).toInt() - inserted.first().at(1).toInt() + 1, 2);

    QCOMPARE(names(*m_model),
        (QStringList {u"p0"_s, u"p1"_s, u"p2"_s, u"p5"_s, u"p6"_s, u"p7"_s, u"p9"_s, u"n1"_s, u"n2"_s}));
    QCOMPARE(cell(*m_model, 2, PodModel::StatusColumn), u"OOMKilled"_s);
    QCOMPARE(cell(*m_model, 7, PodModel::StatusColumn), u"Pending"_s);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOfKey(m_model->index(row, 0).data(PodModel::KeyRole).toString()), row);
}

void TestPodModel::addedThenDeletedInOneBatchLeavesNoTrace()
{
    m_model->resetFromList({makePod(u"a"_s)});
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    using T = PodEvent::Type;
    m_model->applyEvents({podEvent(T::Added, u"tmp"_s), podEvent(T::Deleted, u"tmp"_s)});
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    // Deleted and re-created under the same key within one batch: a fresh row at the end.
    m_model->applyEvents({podEvent(T::Deleted, u"a"_s), podEvent(T::Added, u"a"_s, u"Pending"_s)});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(*m_model, 0, PodModel::StatusColumn), u"Pending"_s);
}

void TestPodModel::podsWithoutUidAreKeyedByNamespaceAndName()
{
    m_model->resetFromList({makePod(u"a"_s, {}, 0, {})});
    QCOMPARE(m_model->rowOfKey(u"shop/a"_s), 0);
    m_model->applyEvent(PodEvent::Type::Modified, makePod(u"a"_s, u"Error"_s, 0, {}));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(*m_model, 0, PodModel::StatusColumn), u"Error"_s);
}

void TestPodModel::agesFollowTheInjectedClock()
{
    m_model->resetFromList({makePod(u"a"_s)});
    QCOMPARE(cell(*m_model, 0, PodModel::AgeColumn), u"60m"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_now = kNow.addDays(2);
    m_model->refreshAges();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(PodModel::RestartsColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(PodModel::AgeColumn));
    QCOMPARE(cell(*m_model, 0, PodModel::AgeColumn), u"2d1h"_s);
}

void TestPodModel::staleFlag()
{
    QSignalSpy spy(m_model.get(), &PodModel::staleChanged);
    QVERIFY(!m_model->isStale());
    m_model->setStale(true);
    m_model->setStale(true);
    QCOMPARE(spy.size(), 1);
    QVERIFY(m_model->isStale());
    m_model->setStale(false);
    QCOMPARE(spy.size(), 2);
}

void TestPodModel::renamingTheClusterUpdatesEveryRow()
{
    m_model->resetFromList({makePod(u"a"_s), makePod(u"b"_s)});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setClusterName(u"dc2"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex(), m_model->index(1, PodModel::ColumnCount - 1));
    QCOMPARE(cell(*m_model, 1, PodModel::ClusterColumn), u"dc2"_s);
    QCOMPARE(m_model->index(0, PodModel::NameColumn).data(PodModel::ClusterRole).toString(), u"dc2"_s);
}

void TestPodModel::randomBatchesMatchAReferenceMap()
{
    QRandomGenerator random(42);
    std::map<QString, QString> expected; // name -> status
    const QStringList reasons {{}, u"Pending"_s, u"Error"_s, u"CrashLoopBackOff"_s};
    for (int round = 0; round < 50; ++round) {
        QList<PodEvent> batch;
        const int size = int(random.bounded(1, 40));
        for (int i = 0; i < size; ++i) {
            const QString name = u"pod-%1"_s.arg(random.bounded(60));
            const QString reason = reasons.at(random.bounded(int(reasons.size())));
            if (random.bounded(4) == 0) {
                batch.append(podEvent(PodEvent::Type::Deleted, name));
                expected.erase(name);
            } else {
                batch.append(podEvent(PodEvent::Type::Modified, name, reason));
                expected[name] = reason.isEmpty() ? u"Running"_s : reason;
            }
        }
        m_model->applyEvents(batch);
        QCOMPARE(m_model->rowCount(), int(expected.size()));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString name = cell(*m_model, row, PodModel::NameColumn);
            QCOMPARE(cell(*m_model, row, PodModel::StatusColumn), expected.at(name));
            QCOMPARE(m_model->rowOfKey(u"uid-"_s + name), row);
        }
    }
}

QTEST_GUILESS_MAIN(TestPodModel)
#include "tst_podmodel.moc"
