#pragma once

#include <QCoreApplication>
#include <QCoro/QCoroTask>
#include <QString>

namespace meshfed {

enum class CredentialErrorKind {
    None,
    NotFound,     ///< nothing stored under the key (first run): not a failure to show
    NoBackend,    ///< no keychain service: secrets are not remembered and must be entered each time
    AccessDenied, ///< the user refused, or the keychain is locked
    Other,
};

/// The result of a credential operation: the secret (for reads), or a typed error with a translated
/// message. The message never contains the secret.
struct CredentialResult
{
    QString secret;
    CredentialErrorKind error = CredentialErrorKind::None;
    QString message;

    bool ok() const { return error == CredentialErrorKind::None; }
};

/// Remembers secrets (Vault and Kubernetes tokens) in the operating system's keychain. Keys are
/// namespaced by purpose: use vaultTokenKey() / kubeTokenKey(). The real implementation is
/// KeychainCredentialStore; tests and the GUI's previews use a fake.
///
/// Usage: `CredentialResult r = co_await store.read(CredentialStore::vaultTokenKey(address));`
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::CredentialStore)

public:
    virtual ~CredentialStore() = default;

    virtual QCoro::Task<CredentialResult> read(QString key) = 0;
    virtual QCoro::Task<CredentialResult> write(QString key, QString secret) = 0;
    /// Removing a key that does not exist succeeds.
    virtual QCoro::Task<CredentialResult> remove(QString key) = 0;

    /// "vault-token/<address without trailing slash>".
    static QString vaultTokenKey(const QString& vaultAddress);
    /// "kube-token/<context>".
    static QString kubeTokenKey(const QString& context);

    /// The translated message of an error kind; `detail` is the backend's own text.
    static QString messageFor(CredentialErrorKind kind, const QString& key, const QString& detail);
};

} // namespace meshfed
