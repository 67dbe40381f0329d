#pragma once

#include <QByteArray>
#include <QSslKey>

namespace meshfed {

/// A PEM private key of any kind a kubeconfig or the vault CLI accepts (RSA, EC, DSA; PKCS#1,
/// SEC1 or PKCS#8); a null key when the text holds none.
///
/// Usage:
///     tls.setPrivateKey(privateKeyFromPem(file.readAll()));
QSslKey privateKeyFromPem(const QByteArray& pem);

} // namespace meshfed
