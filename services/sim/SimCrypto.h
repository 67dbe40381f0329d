#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace meshfed {

/// A certificate and its private key, PEM encoded.
struct IssuedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QString serialNumber; ///< colon-separated hex, as Vault prints it
    QDateTime notAfter;
};

/// A certificate authority made with OpenSSL's libcrypto (EC P-256 keys, SHA-256 signatures):
/// the API servers' CAs and Vault PKI roots of the simulator are real X.509 certificates that
/// Qt's TLS stack and openssl verify.
///
/// Usage:
///     SimCertificateAuthority ca = SimCertificateAuthority::create(u"sim-dc1 CA"_s, days);
///     IssuedCertificate tls = ca.issue(u"127.0.0.1"_s, {u"localhost"_s}, {u"127.0.0.1"_s}, ttl);
class SimCertificateAuthority
{
public:
    static SimCertificateAuthority create(const QString& commonName, qint64 validSeconds);
    ~SimCertificateAuthority();
    SimCertificateAuthority(SimCertificateAuthority&&) noexcept;
    SimCertificateAuthority& operator=(SimCertificateAuthority&&) noexcept;

    const IssuedCertificate& certificate() const { return m_self; }
    IssuedCertificate issue(const QString& commonName, const QStringList& dnsNames, const QStringList& ipAddresses,
        qint64 validSeconds) const;

private:
    SimCertificateAuthority();
    struct Keys;
    std::unique_ptr<Keys> m_keys;
    IssuedCertificate m_self;
};

/// Reads the subject common name and the DNS names of a PEM certificate (for tests and checks).
struct CertificateSummary
{
    QString commonName;
    QString issuerCommonName;
    QStringList dnsNames;
    bool isCa = false;
};
CertificateSummary summarizeCertificate(const QByteArray& pem);

/// True when `certificatePem` carries a valid signature by the key of `issuerPem`.
bool isSignedBy(const QByteArray& certificatePem, const QByteArray& issuerPem);

} // namespace meshfed
