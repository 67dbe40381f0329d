// VaultConfigResolver: what the plan or user gave, then VAULT_* variables, then ~/.vault-token.
#include "services/vault/VaultConfig.h"

#include <QFile>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace meshfed;

using Environment = QMap<QString, QString>;
Q_DECLARE_METATYPE(VaultSettings)

class TestVaultConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precedence_data()
    {
        QTest::addColumn<VaultSettings>("settings");
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QString>("tokenFile");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("source");

        const Environment env {{u"VAULT_ADDR"_s, u"https://env-vault:8200/"_s}, {u"VAULT_TOKEN"_s, u"env-token"_s}};
        VaultSettings given;
        given.address = u"https://plan-vault:8200"_s;
        given.token = u"given-token"_s;

        QTest::newRow("nothing: CLI default, no token")
            << VaultSettings {} << Environment {} << QString() << u"https://127.0.0.1:8200"_s << QString()
            << int(VaultConfig::TokenSource::None);
        QTest::newRow("token file only") << VaultSettings {} << Environment {} << u"file-token\n"_s
                                         << u"https://127.0.0.1:8200"_s << u"file-token"_s
                                         << int(VaultConfig::TokenSource::TokenFile);
        QTest::newRow("environment beats token file")
            << VaultSettings {} << env << u"file-token"_s << u"https://env-vault:8200"_s << u"env-token"_s
            << int(VaultConfig::TokenSource::Environment);
        QTest::newRow("given beats environment") << given << env << u"file-token"_s << u"https://plan-vault:8200"_s
                                                 << u"given-token"_s << int(VaultConfig::TokenSource::Given);
        QTest::newRow("empty VAULT_TOKEN falls back to the file")
            << VaultSettings {} << Environment {{u"VAULT_TOKEN"_s, QString()}} << u"file-token"_s
            << u"https://127.0.0.1:8200"_s << u"file-token"_s << int(VaultConfig::TokenSource::TokenFile);
    }

    void precedence()
    {
        QFETCH(VaultSettings, settings);
        QFETCH(Environment, environment);
        QFETCH(QString, tokenFile);
        QFETCH(QString, address);
        QFETCH(QString, token);
        QFETCH(int, source);
        QTemporaryDir home;
        if (!tokenFile.isNull()) {
            QFile file(home.filePath(u".vault-token"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(tokenFile.toUtf8());
        }
        const VaultConfig config = VaultConfigResolver::resolve(settings, environment, home.path());
        QCOMPARE(config.address, QUrl(address));
        QCOMPARE(config.token, token);
        QCOMPARE(int(config.tokenSource), source);
        QVERIFY(config.warnings.isEmpty());
    }

    void readsEveryVariable()
    {
        const Environment env {{u"VAULT_NAMESPACE"_s, u"ns1/"_s}, {u"VAULT_CACERT"_s, u"/ca.pem"_s},
            {u"VAULT_CAPATH"_s, u"/cas"_s}, {u"VAULT_CLIENT_CERT"_s, u"/client.pem"_s},
            {u"VAULT_CLIENT_KEY"_s, u"/client-key.pem"_s}};
        const VaultConfig config = VaultConfigResolver::resolve({}, env, {});
        QCOMPARE(config.nameSpace, u"ns1/"_s);
        QCOMPARE(config.caCertFile, u"/ca.pem"_s);
        QCOMPARE(config.caPath, u"/cas"_s);
        QCOMPARE(config.clientCertFile, u"/client.pem"_s);
        QCOMPARE(config.clientKeyFile, u"/client-key.pem"_s);
        QVERIFY(!config.skipVerify);
    }

    void skipVerify_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("skip");
        QTest::addColumn<int>("warnings");
        QTest::newRow("true") << u"true"_s << true << 1;
        QTest::newRow("1") << u"1"_s << true << 1;
        QTest::newRow("false") << u"false"_s << false << 0;
        QTest::newRow("not a boolean") << u"yes please"_s << false << 1;
    }

    void skipVerify()
    {
        QFETCH(QString, value);
        QFETCH(bool, skip);
        QFETCH(int, warnings);
        const VaultConfig config = VaultConfigResolver::resolve({}, {{u"VAULT_SKIP_VERIFY"_s, value}}, {});
        QCOMPARE(config.skipVerify, skip);
        QCOMPARE(config.warnings.size(), warnings);
        QCOMPARE(VaultConfigResolver::tlsOptions(config).options.insecureSkipVerify, skip);
    }

    void maxRetries_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("retries"); // -1: unset
        QTest::addColumn<int>("warnings");
        QTest::newRow("unset") << QString() << -1 << 0;
        QTest::newRow("0 switches retries off") << u"0"_s << 0 << 0;
        QTest::newRow("5") << u"5"_s << 5 << 0;
        QTest::newRow("negative") << u"-1"_s << -1 << 1;
        QTest::newRow("not a number") << u"three"_s << -1 << 1;
    }

    void maxRetries()
    {
        QFETCH(QString, value);
        QFETCH(int, retries);
        QFETCH(int, warnings);
        QMap<QString, QString> env;
        if (!value.isNull())
            env.insert(u"VAULT_MAX_RETRIES"_s, value);
        const VaultConfig config = VaultConfigResolver::resolve({}, env, {});
        QCOMPARE(config.maxRetries.value_or(-1), retries);
        QCOMPARE(config.warnings.size(), warnings);
        if (warnings > 0)
            QVERIFY(config.warnings.constFirst().contains(value));
    }

    void givenSkipVerifyOverridesTheEnvironment()
    {
        VaultSettings settings;
        settings.skipVerify = false;
        const VaultConfig config = VaultConfigResolver::resolve(settings, {{u"VAULT_SKIP_VERIFY"_s, u"1"_s}}, {});
        QVERIFY(!config.skipVerify);
        QVERIFY(config.warnings.isEmpty());
    }

    void tlsOptionsLoadTheFiles()
    {
        VaultConfig config;
        config.caCertFile = QStringLiteral(MESHFED_SOURCE_DIR "/tests/data/tls/ca.pem");
        config.clientCertFile = QStringLiteral(MESHFED_SOURCE_DIR "/tests/data/tls/server.pem");
        config.clientKeyFile = QStringLiteral(MESHFED_SOURCE_DIR "/tests/data/tls/server-key.pem");
        const VaultConfigResolver::TlsResult tls = VaultConfigResolver::tlsOptions(config);
        QVERIFY2(tls.error.isEmpty(), qPrintable(tls.error));
        QCOMPARE(tls.options.configuration.caCertificates().size(), 1);
        QVERIFY(!tls.options.configuration.localCertificate().isNull());
        QVERIFY(!tls.options.configuration.privateKey().isNull());
    }

    void unreadableCaFileIsAnError()
    {
        VaultConfig config;
        config.caCertFile = u"/nonexistent/ca.pem"_s;
        QCOMPARE(VaultConfigResolver::tlsOptions(config).error,
            u"No PEM certificate could be read from the CA file /nonexistent/ca.pem."_s);
    }
};

QTEST_GUILESS_MAIN(TestVaultConfig)
#include "tst_vaultconfig.moc"
