#pragma once

#include "services/credentials/CredentialStore.h"

namespace meshfed {

/// CredentialStore over QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential
/// Manager). Service name "meshfed"; the insecure plain-file fallback is always off, so with no
/// backend nothing is stored and every call reports CredentialErrorKind::NoBackend.
class KeychainCredentialStore : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("meshfed"));

    QCoro::Task<CredentialResult> read(QString key) override;
    QCoro::Task<CredentialResult> write(QString key, QString secret) override;
    QCoro::Task<CredentialResult> remove(QString key) override;

private:
    QString m_service;
};

} // namespace meshfed
