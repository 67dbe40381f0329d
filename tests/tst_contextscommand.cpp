#include "tests/support/CliRun.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

/// `meshfed <args>`, in-process.
test::CliRun run(const QStringList& args)
{
    return test::runMeshfed(args);
}

QString kubeData(const QString& name)
{
    return QDir::cleanPath(test::dataPath(u"kube/"_s + name));
}

} // namespace

class TestContextsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsMergedContextsLikeKubectl();
    void explicitFileIsUsedAlone();
    void badFileGoesToStderrAndGoodContextsStillList();
    void noContextIsAUsageError_data();
    void noContextIsAUsageError();
    void validationProblemsNameTheContext();
};

void TestContextsCommand::listsMergedContextsLikeKubectl()
{
    qputenv("KUBECONFIG", (kubeData(u"merge/first.yaml"_s) + u':' + kubeData(u"merge/second.yaml"_s)).toLocal8Bit());
    const auto restore = qScopeGuard([] { qunsetenv("KUBECONFIG"); });
    const test::CliRun result = run({u"contexts"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
        u"CURRENT   NAME         CLUSTER      SERVER                       NAMESPACE    AUTH\n"
        "          cert-ctx     shared       https://first.example:6443                client certificate\n"
        "*         second-ctx   first-only   https://first-only.example                token\n"
        "          shared-ctx   shared       https://first.example:6443   from-first   token file\n"_s);
    QCOMPARE(result.err, QString());
}

void TestContextsCommand::explicitFileIsUsedAlone()
{
    qputenv("KUBECONFIG", kubeData(u"merge/first.yaml"_s).toLocal8Bit());
    const auto restore = qScopeGuard([] { qunsetenv("KUBECONFIG"); });
    const test::CliRun result = run({u"contexts"_s, u"--kubeconfig"_s, kubeData(u"bad/good.yaml"_s)});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(u'\n'), 2);
    QVERIFY(result.out.contains(u"*         good      good      https://good.example               token"_s));
}

void TestContextsCommand::badFileGoesToStderrAndGoodContextsStillList()
{
    qputenv("KUBECONFIG", (kubeData(u"bad/malformed.yaml"_s) + u':' + kubeData(u"bad/good.yaml"_s)).toLocal8Bit());
    const auto restore = qScopeGuard([] { qunsetenv("KUBECONFIG"); });
    const test::CliRun result = run({u"contexts"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, kubeData(u"bad/malformed.yaml"_s) + u":6:4: end of map not found\n"_s);
    QVERIFY(result.out.contains(u"good"_s));
}

void TestContextsCommand::noContextIsAUsageError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("firstError");
    QTest::addColumn<QString>("reason");
    QTest::newRow("malformed") << kubeData(u"bad/malformed.yaml"_s)
                               << kubeData(u"bad/malformed.yaml"_s) + u":6:4: end of map not found"_s
                               << u"meshfed contexts: no kubeconfig file could be read"_s;
    QTest::newRow("missing") << u"/no/such/kubeconfig"_s << u"/no/such/kubeconfig: the kubeconfig file does not exist"_s
                             << u"meshfed contexts: no kubeconfig file could be read"_s;
    QTest::newRow("empty") << kubeData(u"merge/empty.yaml"_s) << QString()
                           << u"meshfed contexts: no contexts are defined in "_s + kubeData(u"merge/empty.yaml"_s);
}

void TestContextsCommand::noContextIsAUsageError()
{
    QFETCH(QString, file);
    QFETCH(QString, firstError);
    QFETCH(QString, reason);
    const test::CliRun result = run({u"contexts"_s, u"--kubeconfig"_s, file});
    QCOMPARE(result.exitCode, int(ExitUsage));
    QVERIFY(result.out.isEmpty());
    QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
    if (!firstError.isEmpty())
        QCOMPARE(lines.takeFirst(), firstError);
    QCOMPARE(lines, QStringList {reason});
}

void TestContextsCommand::validationProblemsNameTheContext()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("clusters:\n- name: c\n  cluster: {server: https://c}\nusers:\n- name: u\n  user:\n"
               "    auth-provider: {name: gcp}\ncontexts:\n- name: old-gke\n  context: {cluster: c, user: u}\n");
    file.close();
    const test::CliRun result = run({u"contexts"_s, u"--kubeconfig"_s, path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.startsWith(path
                 + u":5: context \"old-gke\": auth-provider: user \"u\" uses the "
                   "auth-provider \"gcp\", which kubectl no longer supports"_s),
        qPrintable(result.err));
    QVERIFY(result.out.contains(u"auth-provider"_s));
}

QTEST_GUILESS_MAIN(TestContextsCommand)
#include "tst_contextscommand.moc"
