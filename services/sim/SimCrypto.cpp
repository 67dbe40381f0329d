#include "services/sim/SimCrypto.h"

#include <functional>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct X509Free
{
    void operator()(X509* cert) const { X509_free(cert); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;

Pkey generateKey()
{
    return Pkey(EVP_EC_gen("P-256"));
}

QByteArray toPem(const std::function<int(BIO*)>& write)
{
    BIO* bio = BIO_new(BIO_s_mem());
    write(bio);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, size);
    BIO_free(bio);
    return pem;
}

QByteArray certificatePem(X509* cert)
{
    return toPem([cert](BIO* bio) { return PEM_write_bio_X509(bio, cert); });
}

QByteArray keyPem(EVP_PKEY* key)
{
    return toPem([key](BIO* bio) { return PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr); });
}

void addExtension(X509* cert, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (ext) {
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
}

QString randomSerial(X509* cert)
{
    unsigned char bytes[16];
    RAND_bytes(bytes, sizeof bytes);
    bytes[0] &= 0x7f; // positive
    BIGNUM* bn = BN_bin2bn(bytes, sizeof bytes, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert));
    BN_free(bn);
    QStringList hex;
    for (unsigned char b : bytes)
        hex << u"%1"_s.arg(int(b), 2, 16, QLatin1Char('0'));
    return hex.join(u':');
}

Cert newCertificate(const QString& commonName, EVP_PKEY* subjectKey, qint64 validSeconds, QString* serial)
{
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    *serial = randomSerial(cert.get());
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validSeconds));
    X509_set_pubkey(cert.get(), subjectKey);
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    return cert;
}

QDateTime secondsFromNow(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds);
}

} // namespace

struct SimCertificateAuthority::Keys
{
    Pkey key;
    Cert cert;
};

SimCertificateAuthority::SimCertificateAuthority()
    : m_keys(std::make_unique<Keys>())
{ }

SimCertificateAuthority::~SimCertificateAuthority() = default;
SimCertificateAuthority::SimCertificateAuthority(SimCertificateAuthority&&) noexcept = default;
SimCertificateAuthority& SimCertificateAuthority::operator=(SimCertificateAuthority&&) noexcept = default;

SimCertificateAuthority SimCertificateAuthority::create(const QString& commonName, qint64 validSeconds)
{
    SimCertificateAuthority ca;
    ca.m_keys->key = generateKey();
    ca.m_keys->cert = newCertificate(commonName, ca.m_keys->key.get(), validSeconds, &ca.m_self.serialNumber);
    X509* cert = ca.m_keys->cert.get();
    X509_set_issuer_name(cert, X509_get_subject_name(cert));
    addExtension(cert, cert, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(cert, cert, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    addExtension(cert, cert, NID_subject_key_identifier, "hash");
    X509_sign(cert, ca.m_keys->key.get(), EVP_sha256());
    ca.m_self.certificatePem = certificatePem(cert);
    ca.m_self.privateKeyPem = keyPem(ca.m_keys->key.get());
    ca.m_self.notAfter = secondsFromNow(validSeconds);
    return ca;
}

IssuedCertificate SimCertificateAuthority::issue(
    const QString& commonName, const QStringList& dnsNames, const QStringList& ipAddresses, qint64 validSeconds) const
{
    IssuedCertificate issued;
    const Pkey key = generateKey();
    const Cert cert = newCertificate(commonName, key.get(), validSeconds, &issued.serialNumber);
    X509* ca = m_keys->cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(ca));
    addExtension(cert.get(), ca, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), ca, NID_key_usage, "critical,digitalSignature,keyEncipherment,keyAgreement");
    addExtension(cert.get(), ca, NID_ext_key_usage, "serverAuth,clientAuth");
    QStringList sans;
    for (const QString& dns : dnsNames)
        sans << u"DNS:"_s + dns;
    for (const QString& ip : ipAddresses)
        sans << u"IP:"_s + ip;
    if (!sans.isEmpty())
        addExtension(cert.get(), ca, NID_subject_alt_name, sans.join(u',').toUtf8());
    X509_sign(cert.get(), m_keys->key.get(), EVP_sha256());
    issued.certificatePem = certificatePem(cert.get());
    issued.privateKeyPem = keyPem(key.get());
    issued.notAfter = secondsFromNow(validSeconds);
    return issued;
}

Cert readCertificate(const QByteArray& pem)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    Cert cert(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return cert;
}

bool isSignedBy(const QByteArray& certificatePem, const QByteArray& issuerPem)
{
    const Cert cert = readCertificate(certificatePem);
    const Cert issuer = readCertificate(issuerPem);
    if (!cert || !issuer)
        return false;
    EVP_PKEY* key = X509_get0_pubkey(issuer.get());
    return key && X509_verify(cert.get(), key) == 1;
}

CertificateSummary summarizeCertificate(const QByteArray& pem)
{
    CertificateSummary summary;
    const Cert cert = readCertificate(pem);
    if (!cert)
        return summary;
    auto commonNameOf = [](X509_NAME* name) {
        char buffer[256] = {};
        X509_NAME_get_text_by_NID(name, NID_commonName, buffer, sizeof buffer);
        return QString::fromUtf8(buffer);
    };
    summary.commonName = commonNameOf(X509_get_subject_name(cert.get()));
    summary.issuerCommonName = commonNameOf(X509_get_issuer_name(cert.get()));
    summary.isCa = X509_check_ca(cert.get()) > 0;
    auto* names = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME* entry = sk_GENERAL_NAME_value(names, i);
        if (entry->type == GEN_DNS)
            summary.dnsNames << QString::fromUtf8(
                reinterpret_cast<const char*>(ASN1_STRING_get0_data(entry->d.dNSName)));
    }
    GENERAL_NAMES_free(names);
    return summary;
}

} // namespace meshfed
