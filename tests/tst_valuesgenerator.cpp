#include "model/plan/PlanExport.h"
#include "model/plan/PlanFile.h"
#include "model/plan/ValuesGenerator.h"
#include "tests/support/PlanFixtures.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

FederationPlan customPlan()
{
    QList<FileProblem> problems;
    const auto plan = PlanFile::load(test::dataPath(u"plan/custom/plan.yaml"_s), &problems);
    return plan.value_or(FederationPlan {});
}

/// Key paths of a chart's values.yaml with their default type, from resources/charts/*.tsv.
QHash<QString, QString> chartKeys(const QString& tsv)
{
    QHash<QString, QString> keys;
    QFile file(QStringLiteral(MESHFED_SOURCE_DIR "/resources/charts/") + tsv);
    if (!file.open(QIODevice::ReadOnly))
        return keys;
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> cells = file.readLine().trimmed().split('\t');
        if (cells.size() == 2)
            keys.insert(QString::fromUtf8(cells[0]), QString::fromUtf8(cells[1]));
    }
    return keys;
}

} // namespace

class TestValuesGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenFiles_data()
    {
        QTest::addColumn<QString>("planName");
        QTest::newRow("default") << u"default"_s;
        QTest::newRow("custom") << u"custom"_s;
    }

    void goldenFiles()
    {
        QFETCH(QString, planName);
        const FederationPlan plan = planName == u"default"_s ? test::documentedPlan() : customPlan();
        QVERIFY(!plan.datacenters.isEmpty());
        const QList<GeneratedFile> files = PlanExport::files(plan);
        QCOMPARE(files.size(), 4 + 8 + 1);
        for (const GeneratedFile& file : files) {
            QVERIFY2(file.isComplete(), qPrintable(file.name));
            QString difference;
            QVERIFY2(test::matchesGolden(file.content, u"plan/%1/%2"_s.arg(planName, file.name), &difference),
                qPrintable(difference));
        }
    }

    void generationIsByteStable()
    {
        const FederationPlan plan = test::documentedPlan();
        const auto first = PlanExport::files(plan);
        const auto second = PlanExport::files(plan);
        for (qsizetype i = 0; i < first.size(); ++i)
            QCOMPARE(first.at(i).content, second.at(i).content);
    }

    void everyKeyExistsInThePinnedChart_data()
    {
        QTest::addColumn<QString>("planName");
        QTest::newRow("default") << u"default"_s;
        QTest::newRow("custom") << u"custom"_s;
    }

    void everyKeyExistsInThePinnedChart()
    {
        QFETCH(QString, planName);
        const FederationPlan plan = planName == u"default"_s ? test::documentedPlan() : customPlan();
        const auto consulKeys = chartKeys(u"consul-2.0.3-keys.tsv"_s);
        auto vaultKeys = chartKeys(u"vault-0.34.1-keys.tsv"_s);
        vaultKeys.insert(chartKeys(u"vault-0.34.1-template-keys.tsv"_s));
        QVERIFY(consulKeys.size() > 400 && vaultKeys.size() > 100);
        for (const GeneratedFile& file : ValuesGenerator::all(plan)) {
            const auto& keys = file.name.startsWith(u"consul"_s) ? consulKeys : vaultKeys;
            for (const QString& path : test::yamlLeafPaths(file.content))
                QVERIFY2(keys.contains(path), qPrintable(file.name + u": "_s + path + u" is not a chart key"_s));
        }
    }

    void noObsoleteOrDeprecatedKeys()
    {
        for (const GeneratedFile& file : ValuesGenerator::all(test::documentedPlan())) {
            QVERIFY2(!file.content.contains("controller:"), qPrintable(file.name));
            QVERIFY2(!file.content.contains("${"), qPrintable(file.name));
            QVERIFY2(
                !test::yamlLeafPaths(file.content).contains(u"injector.externalVaultAddr"_s), qPrintable(file.name));
        }
    }

    void authPathPrefixOnlyWhereTheChartWantsIt()
    {
        const FederationPlan plan = test::documentedPlan();
        const QByteArray vaultDc2 = ValuesGenerator::vaultValues(plan, plan.datacenters[1]).content;
        const QByteArray consulDc2 = ValuesGenerator::consulValues(plan, plan.datacenters[1]).content;
        QVERIFY(vaultDc2.contains("authPath: auth/kubernetes-dc2"));
        QVERIFY(consulDc2.contains("authMethodPath: kubernetes-dc2"));
    }

    void planChoicesFlowIntoTheFiles()
    {
        const FederationPlan plan = customPlan();
        const QByteArray east = ValuesGenerator::consulValues(plan, plan.datacenters[0]).content;
        const QByteArray west = ValuesGenerator::consulValues(plan, plan.datacenters[1]).content;
        QVERIFY(east.contains("address: \"http://vault-east.mesh:8200\""));
        QVERIFY(east.contains("name: hashi"));
        QVERIFY(west.contains("- \"a1b2c3.elb.us-east-1.amazonaws.com:443\""));
        QVERIFY(west.contains("primaryDatacenter: east"));
        QVERIFY(west.contains("replicas: 3"));
    }

    void missingRunTimeValuesNameTheirStep_data()
    {
        QTest::addColumn<QString>("clearField");
        QTest::addColumn<QStringList>("incompleteFiles");
        QTest::addColumn<QString>("option");
        QTest::newRow("vault address") << u"vault.address"_s << QStringList {u"vault-dc2.yaml"_s, u"consul-dc2.yaml"_s}
                                       << u"--vault-addr"_s;
        QTest::newRow("api url") << u"apiServerUrl"_s << QStringList {u"consul-dc2.yaml"_s} << u"--dc2-api-url"_s;
        QTest::newRow("mesh gateway") << u"meshGatewayAddress"_s << QStringList {u"consul-dc2.yaml"_s}
                                      << u"--mesh-gateway"_s;
    }

    void missingRunTimeValuesNameTheirStep()
    {
        QFETCH(QString, clearField);
        QFETCH(QStringList, incompleteFiles);
        QFETCH(QString, option);
        FederationPlan plan = test::documentedPlan();
        if (clearField == u"vault.address"_s)
            plan.vault.address.clear();
        else if (clearField == u"apiServerUrl"_s)
            plan.datacenters[1].apiServerUrl.clear();
        else
            plan.datacenters[0].meshGatewayAddress.clear();
        QStringList incomplete;
        for (const GeneratedFile& file : ValuesGenerator::all(plan)) {
            if (file.isComplete())
                continue;
            incomplete << file.name;
            QVERIFY(file.content.isEmpty());
            QCOMPARE(file.missing.size(), 1);
            QCOMPARE(file.missing.first().option, option);
            QVERIFY(file.missing.first().providedBy.contains(u"step"_s));
        }
        QCOMPARE(incomplete, incompleteFiles);
    }
};

QTEST_GUILESS_MAIN(TestValuesGenerator)
#include "tst_valuesgenerator.moc"
