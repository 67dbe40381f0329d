// Proves the test environment of KEYRING tests: QtKeychain reaches a real Secret Service
// (gnome-keyring in a private D-Bus session), with the plain-text fallback switched off.
#include <QSignalSpy>
#include <qt6keychain/keychain.h>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKeyringEnvironment : public QObject
{
    Q_OBJECT

private:
    static QKeychain::Error finish(QKeychain::Job& job)
    {
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        QSignalSpy finished(&job, &QKeychain::Job::finished);
        job.start();
        if (!finished.wait(20000))
            return QKeychain::OtherError;
        return job.error();
    }

private Q_SLOTS:
    void isolatedFromTheUsersHome()
    {
        QVERIFY(qEnvironmentVariable("HOME").contains(u"meshfed-keyring"_s));
        QVERIFY(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty());
    }

    void writesAndReadsBackThroughSecretService()
    {
        QKeychain::WritePasswordJob write(u"meshfed-test"_s);
        write.setKey(u"environment-probe"_s);
        write.setTextData(u"probe-value"_s);
        QCOMPARE(finish(write), QKeychain::NoError);

        QKeychain::ReadPasswordJob read(u"meshfed-test"_s);
        read.setKey(u"environment-probe"_s);
        QCOMPARE(finish(read), QKeychain::NoError);
        QCOMPARE(read.textData(), u"probe-value"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeyringEnvironment)
#include "tst_keyringenvironment.moc"
