#include "model/kube/PodFilterProxy.h"
#include "model/kube/PodModel.h"
#include "tests/support/PodFixtures.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace meshfed;
using namespace meshfed::fixtures;
using namespace Qt::StringLiterals;

class TestPodFilterProxy : public QObject
{
    Q_OBJECT

private:
    static QStringList names(const QAbstractItemModel& model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, PodModel::NameColumn).data().toString();
        return result;
    }

    static void fill(PodModel& pods)
    {
        pods.resetFromList({pod(u"consul-server-0"_s, consulLabels(u"consul-dc1"_s, u"server"_s), PodShape::Running,
                                true, u"node-b"_s),
            pod(u"consul-server-1"_s, consulLabels(u"consul-dc1"_s, u"server"_s), PodShape::InitCrashLoop),
            pod(u"consul-mesh-gateway-x"_s, consulLabels(u"consul-dc1"_s, u"mesh-gateway"_s), PodShape::Pending),
            pod(u"nginx"_s, {{u"app"_s, u"web"_s}}, PodShape::CrashLoop, false, u"node-a"_s)});
    }

private Q_SLOTS:
    void filtersByText()
    {
        PodModel pods;
        PodFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&pods);
        fill(pods);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setFilterText(u"SERVER"_s); // case-insensitive, on the name
        QCOMPARE(names(proxy), (QStringList {u"consul-server-0"_s, u"consul-server-1"_s}));
        proxy.setFilterText(u"crashloop"_s); // on STATUS
        QCOMPARE(names(proxy), (QStringList {u"consul-server-1"_s, u"nginx"_s}));
        proxy.setFilterText(u"node-a"_s); // on NODE
        QCOMPARE(names(proxy), (QStringList {u"nginx"_s}));
        proxy.setFilterText(u"web"_s); // on a label value
        QCOMPARE(names(proxy), (QStringList {u"nginx"_s}));
        proxy.setFilterText(u"  "_s);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void filtersByHealthAndFollowsTheSource()
    {
        PodModel pods;
        PodFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&pods);
        fill(pods);
        proxy.setHealthFilter({PodHealth::Failing});
        QCOMPARE(names(proxy), (QStringList {u"consul-server-1"_s, u"nginx"_s}));
        proxy.setHealthFilter({PodHealth::Healthy, PodHealth::Progressing});
        QCOMPARE(names(proxy), (QStringList {u"consul-server-0"_s, u"consul-mesh-gateway-x"_s}));
        // A pod that turns healthy enters the filtered view; a deleted one leaves it.
        pods.applyEvent(PodEvent::Type::Modified,
            pod(u"consul-server-1"_s, consulLabels(u"consul-dc1"_s, u"server"_s), PodShape::Running));
        QCOMPARE(proxy.rowCount(), 3);
        pods.applyEvent(PodEvent::Type::Deleted, pod(u"consul-server-0"_s, {}, PodShape::Running));
        QCOMPARE(names(proxy), (QStringList {u"consul-server-1"_s, u"consul-mesh-gateway-x"_s}));
        proxy.setHealthFilter({});
        QCOMPARE(proxy.rowCount(), 3);
    }

    void sortsByKubectlColumns()
    {
        PodModel pods;
        PodFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&pods);
        fill(pods);
        proxy.sort(PodModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy),
            (QStringList {u"consul-mesh-gateway-x"_s, u"consul-server-0"_s, u"consul-server-1"_s, u"nginx"_s}));
        proxy.sort(PodModel::RestartsColumn, Qt::DescendingOrder); // numbers: 4 before 3 before 0
        QCOMPARE(names(proxy).mid(0, 2), (QStringList {u"nginx"_s, u"consul-server-1"_s}));
        // Sorting stays live while pods change.
        proxy.sort(PodModel::NameColumn, Qt::AscendingOrder);
        pods.applyEvent(PodEvent::Type::Added, pod(u"a-first"_s, {}, PodShape::Running, false));
        QCOMPARE(names(proxy).first(), u"a-first"_s);
        QCOMPARE(proxy.headerData(PodModel::ClusterColumn, Qt::Horizontal).toString(), u"CLUSTER"_s);
    }
};

QTEST_GUILESS_MAIN(TestPodFilterProxy)
#include "tst_podfilterproxy.moc"
