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

    /// Maps a QtKeychain error code and text to a kind. Pure; a generic error whose text shows that
    /// no D-Bus session or Secret Service could be reached counts as NoBackend.
    static CredentialErrorKind classify(int keychainError, const QString& text);

private:
    QString m_service;
};

} // namespace meshfed
