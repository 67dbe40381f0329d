#include "services/sim/SimCrypto.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestSimCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rootIsASelfSignedCa()
    {
        const SimCertificateAuthority ca = SimCertificateAuthority::create(u"Consul CA"_s, 3600);
        const CertificateSummary summary = summarizeCertificate(ca.certificate().certificatePem);
        QCOMPARE(summary.commonName, u"Consul CA"_s);
        QCOMPARE(summary.issuerCommonName, u"Consul CA"_s);
        QVERIFY(summary.isCa);
        QVERIFY(ca.certificate().serialNumber.count(u':') == 15);
        QVERIFY(!QSslKey(ca.certificate().privateKeyPem, QSsl::Ec).isNull());
    }

    void issuedCertificateVerifiesAgainstItsCa()
    {
        const SimCertificateAuthority ca = SimCertificateAuthority::create(u"sim CA"_s, 3600);
        const IssuedCertificate leaf
            = ca.issue(u"server.dc1.consul"_s, {u"localhost"_s, u"*.consul-server"_s}, {u"127.0.0.1"_s}, 600);
        const CertificateSummary summary = summarizeCertificate(leaf.certificatePem);
        QCOMPARE(summary.commonName, u"server.dc1.consul"_s);
        QCOMPARE(summary.issuerCommonName, u"sim CA"_s);
        QCOMPARE(summary.dnsNames, (QStringList {u"localhost"_s, u"*.consul-server"_s}));
        QVERIFY(!summary.isCa);

        const QSslCertificate cert(leaf.certificatePem);
        QVERIFY(!cert.isNull());
        QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addSecs(500));
        QVERIFY(isSignedBy(leaf.certificatePem, ca.certificate().certificatePem));
        const SimCertificateAuthority other = SimCertificateAuthority::create(u"other"_s, 3600);
        QVERIFY(!isSignedBy(leaf.certificatePem, other.certificate().certificatePem));
    }

    void garbageIsNotACertificate() { QVERIFY(summarizeCertificate("not a certificate").commonName.isEmpty()); }
};

QTEST_GUILESS_MAIN(TestSimCrypto)
#include "tst_simcrypto.moc"
