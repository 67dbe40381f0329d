#include "services/credentials/CredentialStore.h"

using namespace Qt::StringLiterals;

namespace meshfed {

QString CredentialStore::vaultTokenKey(const QString& vaultAddress)
{
    QString address = vaultAddress.trimmed();
    while (address.endsWith(u'/'))
        address.chop(1);
    return u"vault-token/"_s + address;
}

QString CredentialStore::kubeTokenKey(const QString& context)
{
    return u"kube-token/"_s + context;
}

QString CredentialStore::messageFor(CredentialErrorKind kind, const QString& key, const QString& detail)
{
    switch (kind) {
    case CredentialErrorKind::None:
        return {};
    case CredentialErrorKind::NotFound:
        return tr("No secret is stored for %1.").arg(key);
    case CredentialErrorKind::NoBackend:
        return tr("No keychain service is available (%1). Secrets will not be remembered and must be entered "
                  "each time.")
            .arg(detail);
    case CredentialErrorKind::AccessDenied:
        return tr("Access to the keychain was denied for %1 (%2).").arg(key, detail);
    default:
        return tr("The keychain failed for %1: %2").arg(key, detail);
    }
}

} // namespace meshfed
