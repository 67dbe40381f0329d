// KeychainCredentialStore against a real Secret Service (gnome-keyring in a private D-Bus session,
// see run-with-keyring.sh), and without any keychain service (a child process whose D-Bus address
// leads nowhere): a clear message, and no file written.
#include "services/credentials/KeychainCredentialStore.h"
#include "tests/support/FakeCredentialStore.h"

#include <QCoreApplication>
#include <QCoro/QCoroTask>
#include <QDirIterator>
#include <QProcess>
#include <qt6keychain/keychain.h>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace meshfed;

namespace {

const QString childMode = u"MESHFED_CREDENTIAL_STORE_CHILD"_s;
const QString childSecret = u"child-secret-value-9f2"_s;

/// In the child: write, then read, and print "<kind> <message>" of each on its own line.
int runChild()
{
    KeychainCredentialStore store;
    const CredentialResult written
        = QCoro::waitFor(store.write(CredentialStore::vaultTokenKey(u"https://vault:8200"_s), childSecret));
    const CredentialResult read = QCoro::waitFor(store.read(CredentialStore::vaultTokenKey(u"https://vault:8200"_s)));
    for (const CredentialResult& result : {written, read})
        std::printf("%d %s\n", int(result.error), qPrintable(result.message));
    return 0;
}

QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    KeychainCredentialStore m_store;

private Q_SLOTS:
    void keysAreNamespacedByPurpose()
    {
        QCOMPARE(CredentialStore::vaultTokenKey(u"https://vault.example:8200/"_s),
            u"vault-token/https://vault.example:8200"_s);
        QCOMPARE(CredentialStore::kubeTokenKey(u"kind-dc1"_s), u"kube-token/kind-dc1"_s);
    }

    void writesReadsAndDeletes()
    {
        const QString key = CredentialStore::vaultTokenKey(u"https://vault:8200"_s);
        QVERIFY(QCoro::waitFor(m_store.write(key, u"hvs.first"_s)).ok());
        QVERIFY(QCoro::waitFor(m_store.write(key, u"hvs.second"_s)).ok());
        const CredentialResult read = QCoro::waitFor(m_store.read(key));
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, u"hvs.second"_s);
        QVERIFY(QCoro::waitFor(m_store.remove(key)).ok());
        QCOMPARE(QCoro::waitFor(m_store.read(key)).error, CredentialErrorKind::NotFound);
    }

    void missingEntryIsNotFound()
    {
        const CredentialResult read = QCoro::waitFor(m_store.read(CredentialStore::kubeTokenKey(u"never-stored"_s)));
        QCOMPARE(read.error, CredentialErrorKind::NotFound);
        QVERIFY(read.secret.isEmpty());
        QCOMPARE(read.message, u"No secret is stored for kube-token/never-stored."_s);
        QVERIFY(QCoro::waitFor(m_store.remove(CredentialStore::kubeTokenKey(u"never-stored"_s))).ok());
    }

    void keysOfDifferentPurposesDoNotCollide()
    {
        const QString vault = CredentialStore::vaultTokenKey(u"dc1"_s);
        const QString kube = CredentialStore::kubeTokenKey(u"dc1"_s);
        QVERIFY(QCoro::waitFor(m_store.write(vault, u"vault-secret"_s)).ok());
        QVERIFY(QCoro::waitFor(m_store.write(kube, u"kube-secret"_s)).ok());
        QCOMPARE(QCoro::waitFor(m_store.read(vault)).secret, u"vault-secret"_s);
        QCOMPARE(QCoro::waitFor(m_store.read(kube)).secret, u"kube-secret"_s);
        QCOMPARE(QCoro::waitFor(KeychainCredentialStore(u"meshfed-other"_s).read(vault)).error,
            CredentialErrorKind::NotFound);
    }

    void withoutAKeychainServiceNothingIsRememberedOrWritten()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(childMode, u"1"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1/no-bus"_s.arg(home.path()));
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QString expected = u"%1 No keychain service is available"_s.arg(int(CredentialErrorKind::NoBackend));
        for (const QString& line : lines) {
            QVERIFY2(line.startsWith(expected), qPrintable(output));
            QVERIFY2(
                line.contains(u"Secrets will not be remembered and must be entered each time."_s), qPrintable(line));
        }
        QVERIFY(!output.contains(childSecret));
        QCOMPARE(filesUnder(home.path()), QStringList());
    }

    void classifiesKeychainErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QString() << int(CredentialErrorKind::NotFound);
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString()
                                    << int(CredentialErrorKind::NoBackend);
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QString()
                                        << int(CredentialErrorKind::AccessDenied);
        QTest::newRow("no bus") << int(QKeychain::OtherError) << u"Could not connect: No such file or directory"_s
                                << int(CredentialErrorKind::NoBackend);
        QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << u"The name org.freedesktop.secrets was not provided by any .service files"_s
            << int(CredentialErrorKind::NoBackend);
        QTest::newRow("other") << int(QKeychain::OtherError) << u"Unknown error"_s << int(CredentialErrorKind::Other);
    }

    void classifiesKeychainErrors()
    {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(int, kind);
        QCOMPARE(int(KeychainCredentialStore::classify(code, text)), kind);
    }

    void fakeStoreBehavesLikeTheRealOne()
    {
        meshfed::test::FakeCredentialStore fake;
        QCOMPARE(QCoro::waitFor(fake.read(u"k"_s)).error, CredentialErrorKind::NotFound);
        QVERIFY(QCoro::waitFor(fake.write(u"k"_s, u"v"_s)).ok());
        QCOMPARE(QCoro::waitFor(fake.read(u"k"_s)).secret, u"v"_s);
        fake.unavailable = true;
        QCOMPARE(QCoro::waitFor(fake.read(u"k"_s)).error, CredentialErrorKind::NoBackend);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("MESHFED_CREDENTIAL_STORE_CHILD"))
        return runChild();
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
