#pragma once

#include "model/kube/Kubeconfig.h"
#include "model/topology/TopologyTypes.h"

#include <QCoro/QCoroTask>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace meshfed {

class CredentialStore;
class ExecPrompter;
class PlanDocument;

/// Where Meshfed connects: the kubeconfig (found as kubectl finds it, or chosen), the context of
/// each datacenter's cluster with its server and how it authenticates, Vault's address and token.
/// "Test" checks each connection (Kubernetes version and a permission; Vault health and the token)
/// and shows the result inline. The Vault token stays in memory, and in the system keychain when
/// the user ticks "remember" — never in settings or plan files.
///
/// Usage:
///     ConnectionsPanel panel(&planDocument, &keychain, &nam);
///     QString token = panel.vaultToken();   // for the setup engine
class ConnectionsPanel : public QWidget
{
    Q_OBJECT

public:
    ConnectionsPanel(
        PlanDocument* plan, CredentialStore* keychain, QNetworkAccessManager* nam, QWidget* parent = nullptr);

    void setKubeconfigPath(const QString& path);
    const Kubeconfig& kubeconfig() const { return m_kubeconfig; }
    QString vaultToken() const;
    void setVaultToken(const QString& token);
    void setExecPrompter(ExecPrompter* prompter) { m_prompter = prompter; }

    QCoro::Task<> testCluster(int datacenter);
    QCoro::Task<> testVault();
    /// Takes the typed Vault address into the plan; done before every test and run. true when a
    /// token given for another address was dropped (droppedTokenNotice() says so to the user).
    bool commitVaultAddress();
    QString droppedTokenNotice() const;
    /// The Vault address the last run found while the plan gives none (shown, and tested).
    void setFoundVaultAddress(const QString& address);
    /// Tests every cluster, then Vault (the tool bar's Connect).
    QCoro::Task<> testAll();
    QCoro::Task<> loadRememberedToken();

    QComboBox* contextBox(int datacenter) const;
    QLabel* clusterResult(int datacenter) const;
    QLabel* vaultResult() const { return m_vaultResult; }
    QLabel* keychainNotice() const { return m_keychainNotice; }
    QCheckBox* rememberBox() const { return m_remember; }

Q_SIGNALS:
    void vaultTokenChanged();
    /// The kubeconfig was (re)loaded: another path, or the user asked to reload it.
    void kubeconfigChanged();
    /// Test read Vault's sys/health (for the topology and the status bar).
    void vaultHealthRead(meshfed::VaultState state, const QString& detail);

private:
    void reload();
    void rebuildClusterRows();
    void describeContext(int datacenter);
    void onContextChosen(int datacenter, const QString& context);
    QCoro::Task<> rememberToken();
    bool onVaultAddressChanged();
    void updateRememberBox();

    PlanDocument* m_plan;
    CredentialStore* m_keychain;
    QNetworkAccessManager* m_nam;
    ExecPrompter* m_prompter = nullptr;
    QString m_kubeconfigPath;
    Kubeconfig m_kubeconfig;

    QLineEdit* m_kubeconfigEdit;
    QLabel* m_kubeconfigProblems;
    QFormLayout* m_clusters;
    QList<QComboBox*> m_contextBoxes;
    QList<QLabel*> m_contextDetails;
    QList<QLabel*> m_clusterResults;
    QLineEdit* m_vaultAddress;
    QLineEdit* m_vaultToken;
    QCheckBox* m_remember;
    QLabel* m_vaultResult;
    QLabel* m_keychainNotice;
    QString m_foundVaultAddress;
    QString m_droppedTokenAddress; ///< where the last dropped token was given for
    QString m_tokenAddress;        ///< the Vault address the token in the field belongs to
};

} // namespace meshfed
