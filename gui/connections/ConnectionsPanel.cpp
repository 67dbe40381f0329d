#include "gui/connections/ConnectionsPanel.h"

#include "gui/topology/TopologyPalette.h"
#include "model/plan/PlanDocument.h"
#include "services/credentials/CredentialStore.h"
#include "services/kube/KubeClient.h"
#include "services/vault/VaultClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

QLabel* resultLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showResult(QLabel* label, bool ok, const QString& text)
{
    label->setText((ok ? u"✔ "_s : u"✘ "_s) + text);
    // Green and red as the topology draws them, for the light or dark palette in use.
    const QColor colour = TopologyPalette(label->palette()).health(ok ? Health::Healthy : Health::Failing);
    label->setStyleSheet(u"color: %1;"_s.arg(colour.name()));
}

} // namespace

ConnectionsPanel::ConnectionsPanel(
    PlanDocument* plan, CredentialStore* keychain, QNetworkAccessManager* nam, QWidget* parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_keychain(keychain)
    , m_nam(nam)
    , m_kubeconfigEdit(new QLineEdit)
    , m_kubeconfigProblems(resultLabel(u"kubeconfigProblems"_s))
    , m_clusters(new QFormLayout)
    , m_vaultAddress(new QLineEdit)
    , m_vaultToken(new QLineEdit)
    , m_remember(new QCheckBox(tr("&Remember the token in the system keychain")))
    , m_vaultResult(resultLabel(u"vaultResult"_s))
    , m_keychainNotice(resultLabel(u"keychainNotice"_s))
{
    setObjectName(u"connectionsPanel"_s);
    auto* layout = new QVBoxLayout(this);
    auto* kube = new QGroupBox(tr("Kubernetes clusters"));
    auto* kubeLayout = new QVBoxLayout(kube);
    auto* pathRow = new QFormLayout;
    m_kubeconfigEdit->setObjectName(u"kubeconfigPath"_s);
    m_kubeconfigEdit->setPlaceholderText(tr("as kubectl finds it (KUBECONFIG, else ~/.kube/config)"));
    m_kubeconfigEdit->setAccessibleName(tr("Kubeconfig file"));
    pathRow->addRow(tr("&Kubeconfig:"), m_kubeconfigEdit);
    kubeLayout->addLayout(pathRow);
    kubeLayout->addWidget(m_kubeconfigProblems);
    kubeLayout->addLayout(m_clusters);
    layout->addWidget(kube);

    auto* vault = new QGroupBox(tr("Vault"));
    auto* vaultForm = new QFormLayout(vault);
    m_vaultAddress->setObjectName(u"vaultAddress"_s);
    m_vaultAddress->setPlaceholderText(tr("found after installing Vault; or type it in"));
    m_vaultToken->setObjectName(u"vaultToken"_s);
    m_vaultToken->setEchoMode(QLineEdit::Password);
    m_vaultToken->setAccessibleName(tr("Vault token"));
    m_remember->setObjectName(u"rememberToken"_s);
    auto* testVaultButton = new QPushButton(tr("&Test Vault"));
    testVaultButton->setObjectName(u"testVault"_s);
    vaultForm->addRow(tr("&Address:"), m_vaultAddress);
    vaultForm->addRow(tr("To&ken:"), m_vaultToken);
    vaultForm->addRow(QString(), m_remember);
    vaultForm->addRow(testVaultButton, m_vaultResult);
    vaultForm->addRow(QString(), m_keychainNotice);
    layout->addWidget(vault);
    layout->addStretch(1);

    connect(
        m_kubeconfigEdit, &QLineEdit::editingFinished, this, [this] { setKubeconfigPath(m_kubeconfigEdit->text()); });
    connect(m_vaultAddress, &QLineEdit::editingFinished, this, &ConnectionsPanel::commitVaultAddress);
    connect(m_vaultToken, &QLineEdit::textEdited, this, &ConnectionsPanel::vaultTokenChanged);
    connect(m_remember, &QCheckBox::toggled, this, [this] { QCoro::connect(rememberToken(), this, [] {}); });
    connect(testVaultButton, &QPushButton::clicked, this, [this] { QCoro::connect(testVault(), this, [] {}); });
    connect(m_plan, &PlanDocument::planChanged, this, [this] {
        if (m_contextBoxes.size() != m_plan->plan().datacenters.size())
            rebuildClusterRows();
        // Another plan's address replaces the field unless the user is typing one.
        if (!m_vaultAddress->isModified() && m_vaultAddress->text() != m_plan->plan().vault.address) {
            m_vaultAddress->setText(m_plan->plan().vault.address);
            onVaultAddressChanged();
        }
    });
    m_vaultAddress->setText(m_plan->plan().vault.address);
    m_tokenAddress = m_vaultAddress->text().trimmed();
    updateRememberBox();
    QCoro::connect(loadRememberedToken(), this, [] {});
    reload();
}

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

void ConnectionsPanel::setKubeconfigPath(const QString& path)
{
    m_kubeconfigPath = path.trimmed();
    m_kubeconfigEdit->setText(m_kubeconfigPath);
    reload();
}

void ConnectionsPanel::reload()
{
    m_kubeconfig = Kubeconfig::load(KubeconfigSources::fromSystem(m_kubeconfigPath));
    QStringList problems;
    for (const KubeconfigProblem& problem : m_kubeconfig.problems())
        problems << problem.toString();
    m_kubeconfigProblems->setText(problems.join(u'\n'));
    m_kubeconfigProblems->setVisible(!problems.isEmpty());
    rebuildClusterRows();
    Q_EMIT kubeconfigChanged();
}

void ConnectionsPanel::rebuildClusterRows()
{
    while (m_clusters->rowCount() > 0)
        m_clusters->removeRow(0);
    m_contextBoxes.clear();
    m_contextDetails.clear();
    m_clusterResults.clear();
    const FederationPlan& plan = m_plan->plan();
    for (int i = 0; i < plan.datacenters.size(); ++i) {
        auto* box = new QComboBox;
        box->setObjectName(u"context:%1"_s.arg(i));
        box->setAccessibleName(tr("Kube context of %1").arg(plan.datacenters.at(i).name));
        box->addItem(tr("(choose a context)"), QString());
        for (const KubeContext& context : m_kubeconfig.contexts())
            box->addItem(context.name, context.name);
        box->setCurrentIndex(std::max(0, box->findData(plan.datacenters.at(i).kubeContext)));
        auto* details = resultLabel(u"contextDetails:%1"_s.arg(i));
        auto* result = resultLabel(u"clusterResult:%1"_s.arg(i));
        auto* test = new QPushButton(tr("Test"));
        test->setObjectName(u"testCluster:%1"_s.arg(i));
        auto* row = new QHBoxLayout;
        row->addWidget(box, 1);
        row->addWidget(test);
        m_clusters->addRow(plan.datacenters.at(i).name + u':', row);
        m_clusters->addRow(QString(), details);
        m_clusters->addRow(QString(), result);
        m_contextBoxes << box;
        m_contextDetails << details;
        m_clusterResults << result;
        connect(box, &QComboBox::currentIndexChanged, this,
            [this, i, box] { onContextChosen(i, box->currentData().toString()); });
        connect(test, &QPushButton::clicked, this, [this, i] { QCoro::connect(testCluster(i), this, [] {}); });
        describeContext(i);
    }
}

void ConnectionsPanel::describeContext(int i)
{
    const QString name = m_contextBoxes.at(i)->currentData().toString();
    QString text;
    for (const KubeContext& context : m_kubeconfig.contexts()) {
        if (context.name != name)
            continue;
        QList<KubeconfigProblem> problems;
        const auto resolved = m_kubeconfig.resolve(name, &problems);
        text = resolved ? tr("%1 · %2").arg(resolved->server.toString(), kubeAuthKindName(resolved->authKind))
                        : problems.value(0).toString();
        if (resolved && resolved->insecureSkipTlsVerify)
            text += tr(" · warning: TLS verification is switched off by this kubeconfig");
    }
    m_contextDetails.at(i)->setText(text);
}

void ConnectionsPanel::onContextChosen(int i, const QString& context)
{
    describeContext(i);
    FederationPlan p = m_plan->plan();
    if (i < p.datacenters.size() && p.datacenters[i].kubeContext != context) {
        p.datacenters[i].kubeContext = context;
        m_plan->setPlan(p);
    }
}

QCoro::Task<> ConnectionsPanel::testAll()
{
    QPointer<ConnectionsPanel> self(this);
    for (int i = 0; i < m_contextBoxes.size(); ++i) { // the rows may be rebuilt meanwhile
        co_await testCluster(i);
        if (!self)
            co_return;
    }
    co_await testVault();
}

QCoro::Task<> ConnectionsPanel::testCluster(int i)
{
    QPointer<QLabel> label = m_clusterResults.value(i);
    if (!label)
        co_return;
    const QString contextName = m_contextBoxes.value(i) ? m_contextBoxes.at(i)->currentData().toString() : QString();
    if (contextName.isEmpty()) {
        showResult(label, false, tr("choose a context first"));
        co_return;
    }
    QList<KubeconfigProblem> problems;
    const auto resolved = m_kubeconfig.resolve(contextName, &problems);
    if (!resolved) {
        showResult(label, false, problems.value(0).toString());
        co_return;
    }
    label->setText(tr("testing…"));
    KubeClient client(m_nam, *resolved);
    client.setPrompter(m_prompter);
    const auto version = co_await client.version();
    if (!label)
        co_return;
    if (!version.ok()) {
        showResult(label, false, version.error.message);
        co_return;
    }
    const QString ns = m_plan->plan().datacenters.value(i).kubeNamespace;
    const auto pods = co_await client.listPods(ns);
    if (!label)
        co_return;
    if (!pods.ok())
        showResult(label, false, tr("Kubernetes %1, but: %2").arg(version.value.gitVersion, pods.error.message));
    else
        showResult(label, true, tr("Kubernetes %1 · can list pods in %2").arg(version.value.gitVersion, ns));
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
            showResult(label, false, droppedTokenNotice());
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
        showResult(label, false, tr("type Vault's address, or install Vault first and let Meshfed find it"));
        co_return;
    }
    label->setText(tr("testing…"));
    VaultClient vault(m_nam, config);
    const auto health = co_await vault.health();
    if (!label)
        co_return;
    if (!health.ok()) {
        showResult(label, false, health.error.message);
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
        showResult(
            label, false, tr("Vault %1 answers, but the token: %2").arg(health.value.version, self.error.message));
        co_return;
    }
    const QString ttl
        = self.value.ttlSeconds == 0 ? tr("never expires") : tr("expires in %1 s").arg(self.value.ttlSeconds);
    QString text
        = tr("Vault %1 · token policies: %2 · %3").arg(health.value.version, self.value.policies.join(u", "_s), ttl);
    for (const QString& warning : config.warnings)
        text += u"\n⚠ "_s + warning;
    showResult(label, true, text);
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

QComboBox* ConnectionsPanel::contextBox(int datacenter) const
{
    return m_contextBoxes.value(datacenter);
}

QLabel* ConnectionsPanel::clusterResult(int datacenter) const
{
    return m_clusterResults.value(datacenter);
}

} // namespace meshfed
