// Benchmarks for the pod table: decoding a LIST of 10,000 pods and applying 10,000 watch events.
// Not a test: run it by hand (see docs/PERFORMANCE.md). MESHFED_BENCH_PODS=<n> shrinks it for a smoke run.
#include "model/kube/PodModel.h"
#include "tests/support/PodFixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

int podCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("MESHFED_BENCH_PODS");
    return fromEnvironment > 0 ? fromEnvironment : 10000;
}

} // namespace

class BenchPodModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodeListJson();
    void computeStatuses();
    void resetModelFromList();
    void applyWatchEvents_data();
    void applyWatchEvents();
    void decodeWatchLines();

private:
    QJsonArray m_items;
    QByteArray m_listJson;
    QList<QByteArray> m_watchLines;
    QList<PodEvent> m_events[2]; ///< alternating: each list undoes the other's deletions and additions
};

void BenchPodModel::initTestCase()
{
    const int count = podCount();
    for (int i = 0; i < count; ++i)
        m_items.append(test::realisticPod(i));
    const QJsonObject list {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PodList"_s}, {u"items"_s, m_items}};
    m_listJson = QJsonDocument(list).toJson(QJsonDocument::Compact);
    qInfo("%d pods, list JSON %.1f MiB", count, double(m_listJson.size()) / (1024 * 1024));

    // 10,000 events per run: 80% MODIFIED, 10% DELETED, 10% ADDED, spread over the table.
    const int tenth = count / 10;
    for (int phase = 0; phase < 2; ++phase) {
        const QString gone = phase == 0 ? QString() : u"-b"_s;
        const QString back = phase == 0 ? u"-b"_s : QString();
        for (int i = 0; i < count; ++i) {
            const int pod = (i * 7919) % count; // a scattered order
            if (pod < tenth)
                m_events[phase].append(PodEvent::fromJson(PodEvent::Type::Deleted, test::realisticPod(pod, gone)));
            else if (pod < 2 * tenth)
                m_events[phase].append(
                    PodEvent::fromJson(PodEvent::Type::Added, test::realisticPod(pod - tenth, back)));
            else
                m_events[phase].append(PodEvent::fromJson(PodEvent::Type::Modified, test::realisticPod(pod)));
        }
    }
    for (int i = 0; i < count; ++i) {
        const QJsonObject line {{u"type"_s, u"MODIFIED"_s}, {u"object"_s, test::realisticPod(i)}};
        m_watchLines.append(QJsonDocument(line).toJson(QJsonDocument::Compact));
    }
}

void BenchPodModel::decodeListJson()
{
    QBENCHMARK
    {
        const QJsonDocument document = QJsonDocument::fromJson(m_listJson);
        QCOMPARE(document.object().value(u"items"_s).toArray().size(), m_items.size());
    }
}

void BenchPodModel::computeStatuses()
{
    QBENCHMARK
    {
        int failing = 0;
        for (const QJsonValue& item : std::as_const(m_items))
            failing += PodSummary::fromJson(item.toObject()).status.health == PodHealth::Failing;
        QVERIFY(failing > 0);
    }
}

void BenchPodModel::resetModelFromList()
{
    PodModel model;
    QBENCHMARK
    {
        model.resetFromList(m_items);
    }
    QCOMPARE(model.rowCount(), int(m_items.size()));
}

void BenchPodModel::applyWatchEvents_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<bool>("sortingProxy");
    QTest::newRow("one event per call") << 1 << false;
    QTest::newRow("batches of 500") << 500 << false;
    QTest::newRow("batches of 500, sorted proxy") << 500 << true;
}

void BenchPodModel::applyWatchEvents()
{
    QFETCH(int, batchSize);
    QFETCH(bool, sortingProxy);
    PodModel model;
    model.resetFromList(m_items);
    QSortFilterProxyModel proxy;
    if (sortingProxy) {
        proxy.setSourceModel(&model);
        proxy.setSortRole(PodModel::SortRole);
        proxy.sort(PodModel::StatusColumn);
    }
    int run = 0;
    QBENCHMARK
    {
        const QList<PodEvent>& events = m_events[run++ % 2];
        for (qsizetype i = 0; i < events.size(); i += batchSize)
            model.applyEvents(events.mid(i, batchSize));
    }
    QCOMPARE(model.rowCount(), int(m_items.size()));
}

void BenchPodModel::decodeWatchLines()
{
    QBENCHMARK
    {
        QList<PodEvent> events;
        events.reserve(m_watchLines.size());
        for (const QByteArray& line : std::as_const(m_watchLines)) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            const auto type = PodEvent::typeFromName(object.value(u"type"_s).toString());
            events.append(PodEvent::fromJson(*type, object.value(u"object"_s).toObject()));
        }
        QCOMPARE(events.size(), m_watchLines.size());
    }
}

QTEST_GUILESS_MAIN(BenchPodModel)
#include "bench_podmodel.moc"
