// ProcessHelmRunner: the exact helm command line, outcomes and release(), with a fake helm script
// that records its arguments, and with the real helm when one is on PATH.
#include "services/helm/ProcessHelmRunner.h"

#include <QCoro/QCoroTask>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

const QString kFake = QStringLiteral(MESHFED_SOURCE_DIR "/tests/data/helm/fake-helm");

HelmInstall request()
{
    HelmInstall r;
    r.release = u"vault-dc1"_s;
    r.chart = u"vault"_s;
    r.repository = u"https://helm.releases.hashicorp.com"_s;
    r.version = u"0.34.1"_s;
    r.kubeContext = u"kind-dc1"_s;
    r.kubeNamespace = u"default"_s;
    r.valuesFile = u"/tmp/values dir/vault-dc1.yaml"_s;
    r.timeout = std::chrono::seconds(300);
    return r;
}

} // namespace

class TestProcessHelmRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString logFile() const { return m_dir.filePath(u"helm.log"_s); }
    QStringList recorded() const
    {
        QFile file(logFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n');
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(logFile());
        qputenv("FAKE_HELM_LOG", logFile().toUtf8());
        qunsetenv("FAKE_HELM_FAIL");
        qunsetenv("FAKE_HELM_STATUS");
        qunsetenv("FAKE_HELM_VALUES");
        qunsetenv("FAKE_HELM_STATUS_ERROR");
    }

    void upgradeRunsTheExactCommandLine()
    {
        ProcessHelmRunner helm(kFake);
        const HelmOutcome outcome = QCoro::waitFor(helm.upgradeInstall(request()));
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(outcome.output.contains(u"Happy Helming"_s));
        const QStringList expected {u"upgrade"_s, u"--install"_s, u"vault-dc1"_s, u"vault"_s, u"--repo"_s,
            u"https://helm.releases.hashicorp.com"_s, u"--version"_s, u"0.34.1"_s, u"--kube-context"_s, u"kind-dc1"_s,
            u"--namespace"_s, u"default"_s, u"--create-namespace"_s, u"-f"_s, u"/tmp/values dir/vault-dc1.yaml"_s,
            u"--wait"_s, u"--timeout"_s, u"300s"_s, QString(), QString()};
        QCOMPARE(recorded(), expected);
    }

    void failureCarriesHelmsMessage()
    {
        qputenv("FAKE_HELM_FAIL", "context deadline exceeded");
        ProcessHelmRunner helm(kFake);
        const HelmOutcome outcome = QCoro::waitFor(helm.upgradeInstall(request()));
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(u"vault-dc1"_s) && outcome.message.contains(u"kind-dc1"_s)
                && outcome.message.contains(u"context deadline exceeded"_s),
            qPrintable(outcome.message));
    }

    void releaseReadsStatusAndValues()
    {
        ProcessHelmRunner helm(kFake);
        HelmReleaseInfo info = QCoro::waitFor(helm.release(u"consul-dc1"_s, u"kind-dc1"_s, u"default"_s));
        QVERIFY(!info.exists);
        QCOMPARE(info.error, QString()); // "release: not found": helm could tell
        QCOMPARE(recorded().mid(0, 8),
            (QStringList {u"status"_s, u"consul-dc1"_s, u"--kube-context"_s, u"kind-dc1"_s, u"--namespace"_s,
                u"default"_s, u"-o"_s, u"json"_s}));
        qputenv("FAKE_HELM_STATUS",
            R"({"name":"consul-dc1","info":{"status":"deployed"},"chart":{"metadata":{"version":"2.0.3"}},"version":3})");
        qputenv("FAKE_HELM_VALUES", "global:\n  datacenter: dc1");
        info = QCoro::waitFor(helm.release(u"consul-dc1"_s, u"kind-dc1"_s, u"default"_s));
        QVERIFY(info.exists);
        QCOMPARE(info.status, u"deployed"_s);
        QCOMPARE(info.revision, 3);
        QCOMPARE(info.chartVersion, u"2.0.3"_s);
        QCOMPARE(info.values, QByteArray("global:\n  datacenter: dc1\n"));
        QVERIFY(recorded().join(u' ').contains(
            u"get values consul-dc1 --kube-context kind-dc1 --namespace default -o yaml"_s));
    }

    void releaseThatCannotBeReadIsAnErrorNotAbsent()
    {
        qputenv("FAKE_HELM_STATUS_ERROR", "Kubernetes cluster unreachable: dial tcp 10.0.0.1:6443: i/o timeout");
        ProcessHelmRunner helm(kFake);
        const HelmReleaseInfo info = QCoro::waitFor(helm.release(u"consul-dc1"_s, u"kind-dc1"_s, u"default"_s));
        QVERIFY(!info.exists);
        QVERIFY2(info.error.contains(u"helm status consul-dc1 in context kind-dc1 failed"_s)
                && info.error.contains(u"cluster unreachable"_s),
            qPrintable(info.error));
    }

    void missingHelmSaysWhatToInstall()
    {
        ProcessHelmRunner helm(u"meshfed-no-such-helm"_s);
        const HelmOutcome outcome = QCoro::waitFor(helm.upgradeInstall(request()));
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(u"install helm 3"_s)
                && outcome.message.contains(u"https://helm.sh/docs/intro/install/"_s),
            qPrintable(outcome.message));
        const HelmReleaseInfo info = QCoro::waitFor(helm.release(u"x"_s, u"y"_s, u"z"_s));
        QVERIFY(!info.exists);
        QVERIFY(info.error.contains(u"install helm 3"_s));
    }

    void realHelmAnswersForAMissingContext()
    {
        if (QStandardPaths::findExecutable(u"helm"_s).isEmpty())
            QSKIP("helm is not on PATH");
        ProcessHelmRunner helm;
        const HelmReleaseInfo info
            = QCoro::waitFor(helm.release(u"vault-dc1"_s, u"meshfed-no-such-context"_s, u"default"_s));
        QVERIFY(!info.exists);
        QVERIFY2(!info.error.isEmpty(), "a context helm cannot use is not a missing release");
    }
};

QTEST_GUILESS_MAIN(TestProcessHelmRunner)
#include "tst_processhelmrunner.moc"
