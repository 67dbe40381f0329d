// `meshfed apply` through the command line: the demo runs the default plan against the embedded
// simulator to verified Consul in both datacenters; its dry run and bad input.
#include "gui/cli/CommandLine.h"
#include "gui/cli/Commands.h"

#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runMeshfed(const QStringList& args)
{
    CommandLine commandLine;
    registerCommands(commandLine);
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Console console {out, err};
    run.exitCode = commandLine.run(QStringList {u"meshfed"_s} + args, console);
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestApplyCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoEndsVerified()
    {
        QTemporaryDir values;
        const Run run = runMeshfed({u"apply"_s, u"--demo"_s, u"--values-dir"_s, values.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(u"[done] verify/dc2 — Verify dc2"_s));
        QVERIFY2(run.out.contains(u"Verification passed in dc1, dc2"_s), qPrintable(run.out));
        QVERIFY(QFile::exists(values.filePath(u"consul-dc2.yaml"_s)));
    }

    void demoDryRunListsChanges()
    {
        const Run run = runMeshfed({u"apply"_s, u"--demo"_s, u"--dry-run"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"[to do] kv-mount"_s));
        QVERIFY(run.out.contains(u"helm upgrade --install vault-dc1 vault"_s));
        QVERIFY(run.out.contains(u"nothing written"_s));
    }

    void unknownStepAndMissingPlanAreErrors()
    {
        Run run = runMeshfed({u"apply"_s, u"--demo"_s, u"--step"_s, u"no-such-step"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"no-such-step"_s));
        run = runMeshfed({u"apply"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--plan"_s));
    }
};

QTEST_GUILESS_MAIN(TestApplyCommand)
#include "tst_applycommand.moc"
