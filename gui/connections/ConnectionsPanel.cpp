#include "gui/connections/ConnectionsPanel.h"

#include "gui/connections/ConnectionResult.h"
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
        showConnectionResult(label, false, tr("choose a context first"));
        co_return;
    }
    QList<KubeconfigProblem> problems;
    const auto resolved = m_kubeconfig.resolve(contextName, &problems);
    if (!resolved) {
        showConnectionResult(label, false, problems.value(0).toString());
        co_return;
    }
    label->setText(tr("testing…"));
    KubeClient client(m_nam, *resolved);
    client.setPrompter(m_prompter);
    const auto version = co_await client.version();
    if (!label)
        co_return;
    if (!version.ok()) {
        showConnectionResult(label, false, version.error.message);
        co_return;
    }
    const QString ns = m_plan->plan().datacenters.value(i).kubeNamespace;
    const auto pods = co_await client.listPods(ns);
    if (!label)
        co_return;
    if (!pods.ok())
        showConnectionResult(
            label, false, tr("Kubernetes %1, but: %2").arg(version.value.gitVersion, pods.error.message));
    else
        showConnectionResult(label, true, tr("Kubernetes %1 · can list pods in %2").arg(version.value.gitVersion, ns));
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
