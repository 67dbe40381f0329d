// ExecCredentialProvider with small shell scripts as fake plugins (tests/data/exec): the
// KUBERNETES_EXEC_INFO input, parsing, caching, 401 invalidation, failures, lookup and prompts.
#include "services/kube/ExecCredentialProvider.h"
#include "tests/support/TestSupport.h"

#include <QCoro/QCoroTask>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace meshfed;

namespace {

QString execData(const QString& name)
{
    return QDir::cleanPath(test::dataPath(u"exec/"_s + name));
}

/// Answers the plugin's prompt with a fixed code and remembers what it was shown.
class FakePrompter : public ExecPrompter
{
public:
    bool available = true;
    QString reply = u"123456"_s;
    QStringList shown;

    bool isAvailable() const override { return available; }
    QCoro::Task<std::optional<QString>> answer(QString, QString text) override
    {
        shown.append(text);
        co_return reply.isEmpty() ? std::nullopt : std::optional<QString>(reply);
    }
};

} // namespace

class TestExecCredential : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now;

    QString recordFile() const { return m_dir.filePath(u"record.jsonl"_s); }

    ResolvedKubeContext context(const QString& apiVersion, const QString& command = execData(u"token-plugin.sh"_s))
    {
        ResolvedKubeContext context;
        context.contextName = u"dc1"_s;
        context.server = QUrl(u"https://dc1.example:6443"_s);
        context.caPem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        context.tlsServerName = u"api.dc1.example"_s;
        context.execExtensionJson = R"({"audience":"meshfed"})";
        KubeExecConfig exec;
        exec.apiVersion = apiVersion;
        exec.command = command;
        exec.interactiveMode = u"Never"_s;
        exec.installHint = u"Install it with: apt install fake-plugin"_s;
        exec.env = {{u"RECORD"_s, recordFile()}, {u"API_VERSION"_s, apiVersion}, {u"TOKEN"_s, u"tok-abc"_s}};
        context.exec = exec;
        return context;
    }

    void setEnv(ResolvedKubeContext& context, const QString& name, const QString& value)
    {
        for (KubeExecEnvVar& variable : context.exec->env) {
            if (variable.name == name) {
                variable.value = value;
                return;
            }
        }
        context.exec->env.append({name, value});
    }

    std::unique_ptr<ExecCredentialProvider> provider(const ResolvedKubeContext& context)
    {
        auto out = std::make_unique<ExecCredentialProvider>(context);
        out->setClock([this] { return m_now; });
        out->setLoginShellPathLookup([]() -> QCoro::Task<QStringList> { co_return QStringList(); });
        return out;
    }

    QList<QJsonObject> recordedInfos() const
    {
        QFile file(recordFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QJsonObject> infos;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                infos.append(QJsonDocument::fromJson(line).object());
        }
        return infos;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(recordFile());
        m_now = QDateTime(QDate(2026, 5, 1), QTime(10, 0), QTimeZone::utc());
    }

    void runsThePluginWithExecInfo_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<bool>("provideClusterInfo");
        QTest::newRow("v1") << KubeExecConfig::ApiV1 << false;
        QTest::newRow("v1 with cluster info") << KubeExecConfig::ApiV1 << true;
        QTest::newRow("v1beta1") << KubeExecConfig::ApiV1Beta1 << false;
        QTest::newRow("v1beta1 with cluster info") << KubeExecConfig::ApiV1Beta1 << true;
    }

    void runsThePluginWithExecInfo()
    {
        QFETCH(QString, apiVersion);
        QFETCH(bool, provideClusterInfo);
        ResolvedKubeContext config = context(apiVersion);
        config.exec->provideClusterInfo = provideClusterInfo;
        auto plugin = provider(config);
        const auto result = QCoro::waitFor(plugin->credential());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.credential.token, u"tok-abc"_s); // TOKEN came from the kubeconfig's env entries
        QVERIFY(!result.credential.expiration.isValid());

        const QList<QJsonObject> infos = recordedInfos();
        QCOMPARE(infos.size(), 1);
        const QJsonObject& info = infos.first();
        QCOMPARE(info.value(u"kind"_s).toString(), u"ExecCredential"_s);
        QCOMPARE(info.value(u"apiVersion"_s).toString(), apiVersion);
        const QJsonObject spec = info.value(u"spec"_s).toObject();
        QCOMPARE(spec.value(u"interactive"_s).toBool(true), false);
        QCOMPARE(spec.contains(u"cluster"_s), provideClusterInfo);
        if (provideClusterInfo) {
            const QJsonObject cluster = spec.value(u"cluster"_s).toObject();
            QCOMPARE(cluster.value(u"server"_s).toString(), u"https://dc1.example:6443"_s);
            QCOMPARE(cluster.value(u"tls-server-name"_s).toString(), u"api.dc1.example"_s);
            QCOMPARE(QByteArray::fromBase64(cluster.value(u"certificate-authority-data"_s).toString().toLatin1()),
                config.caPem);
            QCOMPARE(cluster.value(u"config"_s).toObject().value(u"audience"_s).toString(), u"meshfed"_s);
        }
    }

    void cachesUntilExpiryThenRunsAgain()
    {
        ResolvedKubeContext config = context(KubeExecConfig::ApiV1);
        setEnv(config, u"EXPIRY"_s, u"2026-05-01T10:15:00Z"_s);
        auto plugin = provider(config);
        auto first = QCoro::waitFor(plugin->credential());
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.credential.expiration, QDateTime(QDate(2026, 5, 1), QTime(10, 15), QTimeZone::utc()));
        m_now = m_now.addSecs(600);
        QVERIFY(QCoro::waitFor(plugin->credential()).ok());
        QCOMPARE(plugin->runCount(), 1);
        m_now = m_now.addSecs(301); // 10:15:01, past the expiry
        QVERIFY(QCoro::waitFor(plugin->credential()).ok());
        QCOMPARE(plugin->runCount(), 2);
    }

    void a401InvalidatesOnlyTheCredentialUsed()
    {
        auto plugin = provider(context(KubeExecConfig::ApiV1));
        const auto first = QCoro::waitFor(plugin->credential());
        QVERIFY(first.ok());
        ExecCredential stale = first.credential;
        stale.token = u"an-older-token"_s;
        plugin->invalidate(stale); // a late 401 for an older credential changes nothing
        QVERIFY(QCoro::waitFor(plugin->credential()).ok());
        QCOMPARE(plugin->runCount(), 1);
        plugin->invalidate(first.credential);
        QVERIFY(QCoro::waitFor(plugin->credential()).ok());
        QCOMPARE(plugin->runCount(), 2);
        QVERIFY(QCoro::waitFor(plugin->credential()).ok());
        QCOMPARE(plugin->runCount(), 2); // re-run once, then cached again
    }

    void concurrentCallersShareOneRun()
    {
        auto plugin = provider(context(KubeExecConfig::ApiV1));
        auto both = [&]() -> QCoro::Task<bool> {
            auto a = plugin->credential();
            auto b = plugin->credential();
            const auto first = co_await a;
            const auto second = co_await b;
            co_return first.ok() && second.ok() && first.credential == second.credential;
        };
        QVERIFY(QCoro::waitFor(both()));
        QCOMPARE(plugin->runCount(), 1);
    }

    void failureShowsExitCodeAndStderr()
    {
        auto plugin = provider(context(KubeExecConfig::ApiV1, execData(u"fail-plugin.sh"_s)));
        const auto result = QCoro::waitFor(plugin->credential());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"fail-plugin.sh"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"exit code 3"_s), qPrintable(result.error));
        QVERIFY2(
            result.error.contains(u"the SSO session has expired; run 'aws sso login'"_s), qPrintable(result.error));
    }

    void missingCommandNamesTheFoldersAndTheHint()
    {
        auto plugin = provider(context(KubeExecConfig::ApiV1, u"no-such-credential-plugin"_s));
        QProcessEnvironment environment;
        environment.insert(u"PATH"_s, u"/nonexistent/a:/nonexistent/b"_s);
        plugin->setEnvironment(environment);
        plugin->setLoginShellPathLookup(
            []() -> QCoro::Task<QStringList> { co_return QStringList {u"/nonexistent/login"_s}; });
        const auto result = QCoro::waitFor(plugin->credential());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(u"exec: executable no-such-credential-plugin not found"_s),
            qPrintable(result.error));
        for (const QString& folder : {u"/nonexistent/a"_s, u"/nonexistent/b"_s, u"/nonexistent/login"_s})
            QVERIFY2(result.error.contains(folder), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"Install it with: apt install fake-plugin"_s), qPrintable(result.error));
        QCOMPARE(plugin->runCount(), 0);
    }

    void missingPathCommandNamesItsFolder()
    {
        auto plugin = provider(context(KubeExecConfig::ApiV1, u"/nonexistent/bin/plugin"_s));
        const auto result = QCoro::waitFor(plugin->credential());
        QVERIFY(!result.ok());
        QVERIFY2(
            result.error.contains(u"exec: executable /nonexistent/bin/plugin not found"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"/nonexistent/bin"_s), qPrintable(result.error));
    }

    void commandFoundThroughTheLoginShellPath()
    {
        auto plugin = provider(context(KubeExecConfig::ApiV1, u"token-plugin.sh"_s));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PATH"_s, u"/usr/bin:/bin"_s); // like a desktop launcher's
        plugin->setEnvironment(environment);
        const QString folder = QFileInfo(execData(u"token-plugin.sh"_s)).absolutePath();
        plugin->setLoginShellPathLookup([folder]() -> QCoro::Task<QStringList> { co_return QStringList {folder}; });
        const auto result = QCoro::waitFor(plugin->credential());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.credential.token, u"tok-abc"_s);
    }

    void loginShellPathIsReadFromTheShell()
    {
        const QStringList folders = QCoro::waitFor(ExecCredentialProvider::loginShellPath());
        QVERIFY(!folders.isEmpty());
        QVERIFY(QCoro::waitFor(ExecCredentialProvider::loginShellPath()) == folders); // cached
    }

    void interactivePromptGoesThroughThePrompter()
    {
        ResolvedKubeContext config = context(KubeExecConfig::ApiV1, execData(u"prompt-plugin.sh"_s));
        config.exec->interactiveMode = u"IfAvailable"_s;
        auto plugin = provider(config);
        FakePrompter prompter;
        plugin->setPrompter(&prompter);
        const auto result = QCoro::waitFor(plugin->credential());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.credential.token, u"token-for-123456"_s);
        QCOMPARE(prompter.shown, QStringList {u"Enter the code: "_s});
    }

    void promptCancelledByTheUser()
    {
        ResolvedKubeContext config = context(KubeExecConfig::ApiV1, execData(u"prompt-plugin.sh"_s));
        config.exec->interactiveMode = u"Always"_s;
        auto plugin = provider(config);
        FakePrompter prompter;
        prompter.reply.clear();
        plugin->setPrompter(&prompter);
        const auto result = QCoro::waitFor(plugin->credential());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"cancelled"_s), qPrintable(result.error));
    }

    void alwaysInteractiveWithoutAPrompterFails()
    {
        ResolvedKubeContext config = context(KubeExecConfig::ApiV1, execData(u"prompt-plugin.sh"_s));
        config.exec->interactiveMode = u"Always"_s;
        auto plugin = provider(config);
        FakePrompter unavailable;
        unavailable.available = false;
        plugin->setPrompter(&unavailable);
        const auto result = QCoro::waitFor(plugin->credential());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"interactiveMode Always"_s), qPrintable(result.error));
        QCOMPARE(plugin->runCount(), 0);
    }

    void ifAvailableWithoutAPrompterRunsWithStdinClosed()
    {
        ResolvedKubeContext config = context(KubeExecConfig::ApiV1);
        config.exec->interactiveMode = u"IfAvailable"_s;
        auto plugin = provider(config);
        const auto result = QCoro::waitFor(plugin->credential()); // the script exits 5 on an open stdin
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(recordedInfos().value(0).value(u"spec"_s).toObject().value(u"interactive"_s).toBool(true), false);
    }

    void wrongApiVersionIsRefused()
    {
        ResolvedKubeContext config = context(KubeExecConfig::ApiV1);
        setEnv(config, u"API_VERSION"_s, KubeExecConfig::ApiV1Beta1);
        auto plugin = provider(config);
        const auto result = QCoro::waitFor(plugin->credential());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(KubeExecConfig::ApiV1Beta1) && result.error.contains(KubeExecConfig::ApiV1),
            qPrintable(result.error));
        QVERIFY2(!result.error.contains(u"tok-abc"_s), qPrintable(result.error));
    }

    void parseRefusesIncompleteCredentials_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1",)";
        QTest::newRow("not JSON") << QByteArray("hello") << u"not an ExecCredential JSON object"_s;
        QTest::newRow("other kind") << QByteArray(R"({"kind":"Secret"})") << u"kind \"Secret\""_s;
        QTest::newRow("empty status") << head + R"("status":{}})" << u"neither a token nor a client certificate"_s;
        QTest::newRow("certificate without key")
            << head + R"("status":{"clientCertificateData":"PEM"}})" << u"only one of"_s;
        QTest::newRow("bad expiry") << head + R"("status":{"token":"t","expirationTimestamp":"soon"}})"
                                    << u"\"soon\" is not an RFC 3339 time"_s;
    }

    void parseRefusesIncompleteCredentials()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ExecProtocol::parse(output, KubeExecConfig::ApiV1, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void parseAcceptsAClientCertificate()
    {
        const QByteArray output = R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1",)"
                                  R"("status":{"clientCertificateData":"CERT","clientKeyData":"KEY"}})";
        QString error;
        const auto credential = ExecProtocol::parse(output, KubeExecConfig::ApiV1Beta1, &error);
        QVERIFY2(credential, qPrintable(error));
        QCOMPARE(credential->clientCertificatePem, QByteArray("CERT"));
        QCOMPARE(credential->clientKeyPem, QByteArray("KEY"));
        QVERIFY(credential->token.isEmpty());
    }

    void stderrQuotesAreTrimmedAndMasked()
    {
        QCOMPARE(ExecProtocol::quoteStderr("  token abc123 refused \n", u"abc123"_s), u"token *** refused"_s);
        QCOMPARE(ExecProtocol::quoteStderr(QByteArray(50, 'x'), {}, 10), QString(10, u'x') + u'…');
    }
};

QTEST_GUILESS_MAIN(TestExecCredential)
#include "tst_execcredential.moc"
