// `meshfed sim` as a user runs it: it writes a kubeconfig and vault.env, serves, and stops on Ctrl+C.
#include "model/kube/Kubeconfig.h"
#include "tests/support/TestSupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestSimCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesUntilInterrupted()
    {
        QTemporaryDir dir;
        QProcess sim;
        sim.setProcessEnvironment(test::headlessEnvironment());
        sim.start(test::binaryPath(u"meshfed"_s), {u"sim"_s, u"--out"_s, dir.path()});
        QVERIFY(sim.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(u"vault.env"_s)), 10000);

        const Kubeconfig config
            = Kubeconfig::load(KubeconfigSources::fromEnvironment(dir.filePath(u"kubeconfig"_s), {}, {}));
        QStringList names;
        for (const auto& context : config.contexts())
            names << context.name;
        names.sort();
        QCOMPARE(names, (QStringList {u"sim-dc1"_s, u"sim-dc2"_s}));
        QCOMPARE(config.currentContext(), u"sim-dc1"_s);

        const QString env = test::readText(dir.filePath(u"vault.env"_s));
        const QString address = env.section(u'\n', 0, 0).section(u'=', 1);
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> health(nam.get(QNetworkRequest(QUrl(address + u"/v1/sys/health"_s))));
        QSignalSpy finished(health.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

        ::kill(pid_t(sim.processId()), SIGINT);
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
    }

    void needsAnOutputFolder()
    {
        QProcess sim;
        sim.setProcessEnvironment(test::headlessEnvironment());
        sim.start(test::binaryPath(u"meshfed"_s), {u"sim"_s});
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY(sim.readAllStandardError().contains("--out"));
    }
};

QTEST_GUILESS_MAIN(TestSimCommand)
#include "tst_simcommand.moc"
