#include "model/plan/ValuesGenerator.h"
#include "model/values/ChartKeys.h"
#include "model/values/ValuesLinter.h"

#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ChartKeys::Verdict)

class TestValuesLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chartKeys_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("path");
        QTest::addColumn<ChartKeys::Verdict>("verdict");
        QTest::newRow("consul leaf") << u"consul"_s << u"global.tls.enabled"_s << ChartKeys::Verdict::Known;
        QTest::newRow("obsolete controller") << u"consul"_s << u"controller.enabled"_s << ChartKeys::Verdict::Unknown;
        QTest::newRow("below a free-form map")
            << u"consul"_s << u"meshGateway.service.annotations.foo"_s << ChartKeys::Verdict::FreeForm;
        QTest::newRow("below a null default")
            << u"consul"_s << u"global.federation.k8sAuthMethodHost.x"_s << ChartKeys::Verdict::FreeForm;
        QTest::newRow("vault template-only key") << u"vault"_s << u"server.service.type"_s << ChartKeys::Verdict::Known;
        QTest::newRow("vault unknown") << u"vault"_s << u"injector.authpath"_s << ChartKeys::Verdict::Unknown;
        QTest::newRow("no chart") << u"other"_s << u"anything"_s << ChartKeys::Verdict::Unknown;
    }

    void chartKeys()
    {
        QFETCH(QString, chart);
        QFETCH(QString, path);
        QFETCH(ChartKeys::Verdict, verdict);
        QCOMPARE(ChartKeys::forChart(chart).check(path), verdict);
    }

    void suggestsTheClosestSibling()
    {
        QCOMPARE(ChartKeys::forChart(u"vault"_s).suggestion(u"injector.authpath"_s), u"injector.authPath"_s);
        QCOMPARE(ChartKeys::forChart(u"consul"_s).suggestion(u"global.datacentre"_s), u"global.datacenter"_s);
        QVERIFY(ChartKeys::forChart(u"consul"_s).suggestion(u"global.zzzzzzzzzz"_s).isEmpty());
    }

    void generatedFilesAreClean()
    {
        FederationPlan plan = FederationPlan::defaults();
        plan.vault.address = u"http://203.0.113.10:8200"_s;
        plan.primary().meshGatewayAddress = u"192.0.2.30"_s;
        plan.datacenters[1].apiServerUrl = u"https://198.51.100.20:6443"_s;
        for (const GeneratedFile& file : ValuesGenerator::all(plan)) {
            const auto issues
                = ValuesLinter::lint(file.content, file.name.startsWith(u"vault"_s) ? u"vault"_s : u"consul"_s);
            QVERIFY2(issues.isEmpty(), qPrintable(file.name + u": "_s + issues.value(0).message));
        }
    }

    void findsProblems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("chart");
        QTest::addColumn<bool>("error");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("obsolete controller key (published consul-dc2.yaml)")
            << QByteArray("global:\n  datacenter: dc2\ncontroller:\n  enabled: true\n") << u"consul"_s << false << 3
            << 1 << u"controller is not a key of the consul chart: Helm ignores it"_s;
        QTest::newRow("typo with a suggestion")
            << QByteArray("injector:\n  enabled: true\n  authpath: auth/kubernetes-dc1\n") << u"vault"_s << false << 3
            << 3 << u"(did you mean injector.authPath?)"_s;
        QTest::newRow("unclosed flow sequence")
            << QByteArray("global:\n  federation:\n    primaryGateways: [\"192.0.2.30:443\"\n") << u"consul"_s << true
            << 4 << 1 << u"not valid YAML"_s;
        QTest::newRow("bad indentation") << QByteArray("server:\n  replicas: 1\n   serverCert: x\n") << u"consul"_s
                                         << true << 3 << 14 << u"not valid YAML"_s;
        QTest::newRow("map where a boolean goes") << QByteArray("server:\n  enabled:\n    x: 1\n") << u"vault"_s
                                                  << false << 2 << 3 << u"expects a single value"_s;
        QTest::newRow("not a boolean") << QByteArray("global:\n  tls:\n    enabled: sure\n") << u"consul"_s << false
                                       << 3 << 5 << u"expects true or false, not \"sure\""_s;
        QTest::newRow("a list at the top")
            << QByteArray("- a\n- b\n") << u"consul"_s << true << 1 << 1 << u"must be a map of keys"_s;
    }

    void findsProblems()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, chart);
        QFETCH(bool, error);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const QList<ValuesIssue> issues = ValuesLinter::lint(text, chart);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().message));
        QCOMPARE(issues.first().line, line);
        QCOMPARE(issues.first().column, column);
        QCOMPARE(ValuesLinter::hasErrors(issues), error);
    }

    void emptyFileIsFine() { QVERIFY(ValuesLinter::lint("# nothing yet\n", u"vault"_s).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestValuesLinter)
#include "tst_valueslinter.moc"
