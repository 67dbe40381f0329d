#include "services/http/PrivateKey.h"

namespace meshfed {

QSslKey privateKeyFromPem(const QByteArray& pem)
{
    // QSslKey needs the algorithm up front; the PEM header does not always say (PKCS#8).
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace meshfed
