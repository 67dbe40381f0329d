// How long generating every file of a plan takes (values files, policies, setup.sh).
// Run: build/dev/bin/bench_plangeneration   (figures in docs/PERFORMANCE.md)
#include "model/plan/PlanExport.h"
#include "model/plan/PlanFile.h"

#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class BenchPlanGeneration : public QObject
{
    Q_OBJECT

private:
    static FederationPlan plan(int secondaries)
    {
        FederationPlan p = FederationPlan::defaults();
        p.vault.address = u"http://203.0.113.10:8200"_s;
        p.primary().meshGatewayAddress = u"192.0.2.30"_s;
        p.datacenters[1].apiServerUrl = u"https://198.51.100.20:6443"_s;
        for (int i = 2; i <= secondaries; ++i)
            p.addSecondary(u"dc%1"_s.arg(i + 1)).apiServerUrl = u"https://198.51.100.%1:6443"_s.arg(i + 20);
        return p;
    }

private Q_SLOTS:
    void generateAllFiles_data()
    {
        QTest::addColumn<int>("secondaries");
        QTest::newRow("2 datacenters") << 1;
        QTest::newRow("10 datacenters") << 9;
    }

    void generateAllFiles()
    {
        QFETCH(int, secondaries);
        const FederationPlan p = plan(secondaries);
        qsizetype bytes = 0;
        QBENCHMARK
        {
            bytes = 0;
            for (const GeneratedFile& file : PlanExport::files(p))
                bytes += file.content.size();
        }
        QVERIFY(bytes > 0);
    }

    void parseAndSerializePlan()
    {
        const QByteArray text = PlanFile::serialize(plan(1));
        QList<FileProblem> problems;
        QBENCHMARK
        {
            const auto loaded = PlanFile::parse(text, u"plan.yaml"_s, &problems);
            QVERIFY(loaded);
        }
    }
};

QTEST_GUILESS_MAIN(BenchPlanGeneration)
#include "bench_plangeneration.moc"
