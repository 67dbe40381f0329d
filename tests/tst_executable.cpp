// The real meshfed binary, started as a user would, without any display.
#include "model/AppInfo.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExecutable : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Result runMeshfed(const QStringList& args)
    {
        QProcess process;
        process.setProcessEnvironment(meshfed::test::headlessEnvironment());
        process.start(meshfed::test::binaryPath(u"meshfed"_s), args);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void versionWithoutDisplay()
    {
        const Result result = runMeshfed({u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), u"Meshfed "_s + meshfed::appInfo().version);
    }

    void helpWithoutDisplay()
    {
        const Result result = runMeshfed({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"--demo"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"Vault"_s));
        QVERIFY(result.err.isEmpty());
    }

    void unknownCommandFailsWithUsage()
    {
        const Result result = runMeshfed({u"no-such-command"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"no-such-command"_s));
    }
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
