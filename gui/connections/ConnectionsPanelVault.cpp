// ConnectionsPanel, its Vault half: the address and the token (which Vault a token belongs to,
// the keychain), and Test.
#include "gui/connections/ConnectionResult.h"
#include "gui/connections/ConnectionsPanel.h"
#include "model/plan/PlanDocument.h"
#include "services/credentials/CredentialStore.h"
#include "services/vault/VaultClient.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>

namespace meshfed {

using namespace Qt::StringLiterals;

void ConnectionsPanel::updateRememberBox()
{
    // A token is remembered for its Vault's address; without one there is nothing to key it by.
    const bool known = !m_tokenAddress.isEmpty();
    if (!known && m_remember->isChecked()) {
        const QSignalBlocker block(m_remember);
        m_remember->setChecked(false);
    }
    m_remember->setEnabled(known);
    m_remember->setToolTip(known ? QString() : tr("Type Vault's address to remember a token for it."));
}

QString ConnectionsPanel::vaultToken() const
{
    return m_vaultToken->text();
}

void ConnectionsPanel::setVaultToken(const QString& token)
{
    m_vaultToken->setText(token);
    Q_EMIT vaultTokenChanged();
}

QCoro::Task<> ConnectionsPanel::testVault()
{
    QPointer<QLabel> label = m_vaultResult;
    QPointer<ConnectionsPanel> alive(this);
    if (commitVaultAddress()) { // a token typed for another address is never sent to this one
        co_await loadRememberedToken();
        if (!alive || !label)
            co_return;
        if (m_vaultToken->text().isEmpty()) {
            showConnectionResult(label, false, droppedTokenNotice());
            co_return;
        }
    }
    VaultSettings settings;
    settings.address = m_vaultAddress->text().trimmed();
    if (settings.address->isEmpty()) // the token was given for the Vault a run finds: this one
        settings.address = m_foundVaultAddress;
    settings.token = m_vaultToken->text();
    // VAULT_CACERT, VAULT_CAPATH, VAULT_NAMESPACE and client certificates apply as for the vault CLI.
    const VaultConfig config
        = VaultConfigResolver::resolve(settings, VaultConfigResolver::processEnvironment(), QDir::homePath());
    if (!config.address.isValid() || config.address.scheme().isEmpty() || settings.address->isEmpty()) {
        showConnectionResult(label, false, tr("type Vault's address, or install Vault first and let Meshfed find it"));
        co_return;
    }
    label->setText(tr("testing…"));
    VaultClient vault(m_nam, config);
    const auto health = co_await vault.health();
    if (!label)
        co_return;
    if (!health.ok()) {
        showConnectionResult(label, false, health.error.message);
        Q_EMIT vaultHealthRead(VaultState::Unreachable, health.error.message);
        co_return;
    }
    const bool active = health.value.state == VaultHealthState::Active;
    Q_EMIT vaultHealthRead(health.value.state == VaultHealthState::Sealed ? VaultState::Sealed
            : active                                                      ? VaultState::Active
                                                                          : VaultState::Unknown,
        tr("Vault %1 at %2, as Test found it").arg(health.value.version, config.address.toString()));
    const auto self = co_await vault.lookupSelf();
    if (!label)
        co_return;
    if (!self.ok()) {
        showConnectionResult(
            label, false, tr("Vault %1 answers, but the token: %2").arg(health.value.version, self.error.message));
        co_return;
    }
    const QString ttl
        = self.value.ttlSeconds == 0 ? tr("never expires") : tr("expires in %1 s").arg(self.value.ttlSeconds);
    QString text
        = tr("Vault %1 · token policies: %2 · %3").arg(health.value.version, self.value.policies.join(u", "_s), ttl);
    for (const QString& warning : config.warnings)
        text += u"\n⚠ "_s + warning;
    showConnectionResult(label, true, text);
    if (m_remember->isChecked())
        co_await rememberToken();
}

bool ConnectionsPanel::commitVaultAddress()
{
    // Also before a test or a run: a tool bar click does not end the editing of the address.
    const QString address = m_vaultAddress->text().trimmed();
    m_vaultAddress->setModified(false);
    if (address != m_plan->plan().vault.address) {
        FederationPlan p = m_plan->plan();
        p.vault.address = address;
        m_plan->setPlan(p);
    }
    return onVaultAddressChanged();
}

bool ConnectionsPanel::onVaultAddressChanged()
{
    const QString address = m_vaultAddress->text().trimmed();
    if (address == m_tokenAddress)
        return false;
    // A token belongs to the Vault it was given for: never send it to another address.
    const bool dropped = !m_vaultToken->text().isEmpty();
    m_droppedTokenAddress = dropped ? m_tokenAddress : QString();
    m_tokenAddress = address;
    const QSignalBlocker block(m_remember);
    m_vaultToken->clear();
    m_remember->setChecked(false);
    updateRememberBox();
    m_vaultResult->clear();
    Q_EMIT vaultTokenChanged();
    QCoro::connect(loadRememberedToken(), this, [] {});
    return dropped;
}

void ConnectionsPanel::setFoundVaultAddress(const QString& address)
{
    m_foundVaultAddress = address;
    m_vaultAddress->setPlaceholderText(address.isEmpty() ? tr("found after installing Vault; or type it in")
                                                         : tr("found by the last run: %1 (Test uses it)").arg(address));
}

QString ConnectionsPanel::droppedTokenNotice() const
{
    const QString from = m_droppedTokenAddress.isEmpty() ? tr("the Vault to be found") : m_droppedTokenAddress;
    return tr("The token typed for %1 was not sent to %2: type the token for %2 (or tick Remember once it works).")
        .arg(from, m_tokenAddress);
}

QCoro::Task<> ConnectionsPanel::rememberToken()
{
    QPointer<ConnectionsPanel> self(this);
    const QString key = CredentialStore::vaultTokenKey(m_tokenAddress);
    const QString token = m_vaultToken->text();
    // Separate statements: GCC 12 miscompiles co_await inside a conditional expression.
    CredentialResult result;
    if (m_remember->isChecked() && !token.isEmpty())
        result = co_await m_keychain->write(key, token);
    else
        result = co_await m_keychain->remove(key);
    if (!self)
        co_return;
    m_keychainNotice->setText(result.ok() ? QString() : result.message);
    m_keychainNotice->setVisible(!result.ok());
}

QCoro::Task<> ConnectionsPanel::loadRememberedToken()
{
    QPointer<ConnectionsPanel> self(this);
    const QString address = m_tokenAddress;
    if (address.isEmpty())
        co_return;
    const CredentialResult result = co_await m_keychain->read(CredentialStore::vaultTokenKey(address));
    if (!self || address != m_tokenAddress)
        co_return; // the address changed meanwhile: this token is for another Vault
    if (result.ok() && m_vaultToken->text().isEmpty()) {
        m_vaultToken->setText(result.secret);
        m_remember->setChecked(true);
        Q_EMIT vaultTokenChanged();
    }
    const bool notice
        = result.error == CredentialErrorKind::NoBackend || result.error == CredentialErrorKind::AccessDenied;
    m_keychainNotice->setText(notice ? result.message : QString());
    m_keychainNotice->setVisible(notice);
}

} // namespace meshfed
