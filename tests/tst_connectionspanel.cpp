// The connections panel against the simulator: contexts from a real kubeconfig, Test buttons
// that really connect, and the Vault token kept in the keychain only when asked.
#include "gui/connections/ConnectionsPanel.h"
#include "model/plan/PlanDocument.h"
#include "services/sim/kube/SimCluster.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"
#include "tests/support/FakeCredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestConnectionsPanel : public QObject
{
    Q_OBJECT

private:
    Simulator m_sim;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
        QVERIFY(m_sim.writeConnectionFiles(m_dir.path(), &error));
        // Only the token in the panel counts: no VAULT_TOKEN, no ~/.vault-token of this machine.
        qunsetenv("VAULT_TOKEN");
        qputenv("HOME", m_dir.path().toUtf8());
    }

    void contextsComeFromTheKubeconfigAndAreTested()
    {
        PlanDocument plan;
        test::FakeCredentialStore keychain;
        ConnectionsPanel panel(&plan, &keychain, &m_nam);
        panel.setKubeconfigPath(m_dir.filePath(u"kubeconfig"_s));
        QComboBox* dc1 = panel.contextBox(0);
        QVERIFY(dc1->findData(u"sim-dc1"_s) > 0);
        QVERIFY(panel.contextBox(1)->findData(u"sim-dc2"_s) > 0);
        dc1->setCurrentIndex(dc1->findData(u"sim-dc1"_s));
        QCOMPARE(plan.plan().datacenters.at(0).kubeContext, u"sim-dc1"_s);
        const auto* details = panel.findChild<QLabel*>(u"contextDetails:0"_s);
        QVERIFY(details->text().contains(m_sim.cluster(0).url().toString()));
        QVERIFY(details->text().contains(u"token"_s));

        QCoro::waitFor(panel.testCluster(0));
        QVERIFY2(panel.clusterResult(0)->text().contains(u"can list pods in default"_s),
            qPrintable(panel.clusterResult(0)->text()));
        QCoro::waitFor(panel.testCluster(1)); // no context chosen for dc2 yet
        QVERIFY(panel.clusterResult(1)->text().contains(u"choose a context"_s));
    }

    void vaultIsTestedAndTheTokenRememberedOnlyWhenAsked()
    {
        PlanDocument plan;
        test::FakeCredentialStore keychain;
        ConnectionsPanel panel(&plan, &keychain, &m_nam);
        auto* address = panel.findChild<QLineEdit*>(u"vaultAddress"_s);
        address->setText(m_sim.vault().address().toString());
        Q_EMIT address->editingFinished();
        QCOMPARE(plan.plan().vault.address, m_sim.vault().address().toString());
        panel.setVaultToken(m_sim.vault().rootToken());
        QCoro::waitFor(panel.testVault());
        QVERIFY2(
            panel.vaultResult()->text().contains(u"token policies: root"_s), qPrintable(panel.vaultResult()->text()));
        QVERIFY(keychain.entries.isEmpty());

        panel.rememberBox()->setChecked(true);
        QTRY_COMPARE(keychain.entries.value(CredentialStore::vaultTokenKey(m_sim.vault().address().toString())),
            m_sim.vault().rootToken());
        panel.rememberBox()->setChecked(false);
        QTRY_VERIFY(keychain.entries.isEmpty());
    }

    void aTokenIsForgottenWhenTheVaultAddressChanges()
    {
        PlanDocument plan;
        test::FakeCredentialStore keychain;
        keychain.entries.insert(CredentialStore::vaultTokenKey(u"https://vault-b:8200"_s), u"token-b"_s);
        ConnectionsPanel panel(&plan, &keychain, &m_nam);
        auto* address = panel.findChild<QLineEdit*>(u"vaultAddress"_s);
        auto* token = panel.findChild<QLineEdit*>(u"vaultToken"_s);
        QVERIFY(token);
        address->setText(u"https://vault-a:8200"_s);
        Q_EMIT address->editingFinished();
        panel.setVaultToken(u"token-a"_s);

        address->setText(u"https://vault-c:8200"_s);
        Q_EMIT address->editingFinished();
        QCOMPARE(token->text(), QString()); // token-a is never sent to vault-c

        address->setText(u"https://vault-b:8200"_s);
        Q_EMIT address->editingFinished();
        QTRY_COMPARE(token->text(), u"token-b"_s); // the token remembered for vault-b
        QVERIFY(panel.rememberBox()->isChecked());
    }

    void aTokenIsNeverSentToAnAddressItWasNotGivenFor_data()
    {
        QTest::addColumn<bool>("fromAPlan");
        QTest::newRow("typed, Test clicked without Enter") << false;
        QTest::newRow("another plan opened") << true;
    }

    void aTokenIsNeverSentToAnAddressItWasNotGivenFor()
    {
        QFETCH(bool, fromAPlan);
        PlanDocument plan;
        test::FakeCredentialStore keychain;
        ConnectionsPanel panel(&plan, &keychain, &m_nam);
        // The simulator's root token, typed before any address: were it sent to the simulator's
        // Vault, Test would show its policies.
        panel.setVaultToken(m_sim.vault().rootToken());
        QVERIFY(!panel.rememberBox()->isEnabled()); // nothing to remember it for without an address
        const QString other = m_sim.vault().address().toString();
        if (fromAPlan) {
            FederationPlan opened = FederationPlan::defaults();
            opened.vault.address = other;
            plan.adopt(opened);
        } else {
            QTest::keyClicks(panel.findChild<QLineEdit*>(u"vaultAddress"_s), other); // no Enter
        }
        QCoro::waitFor(panel.testVault());
        QCOMPARE(panel.vaultToken(), QString());
        QCOMPARE(plan.plan().vault.address, other);
        QVERIFY2(!panel.vaultResult()->text().contains(u"token policies"_s), qPrintable(panel.vaultResult()->text()));
        if (!fromAPlan) // dropped right at the test: the panel says why
            QVERIFY2(
                panel.vaultResult()->text().contains(u"was not sent to"_s), qPrintable(panel.vaultResult()->text()));
        QVERIFY(panel.rememberBox()->isEnabled());
        QVERIFY(keychain.entries.isEmpty());
    }

    void aWrongTokenIsReported()
    {
        PlanDocument plan;
        test::FakeCredentialStore keychain;
        ConnectionsPanel panel(&plan, &keychain, &m_nam);
        auto* address = panel.findChild<QLineEdit*>(u"vaultAddress"_s);
        address->setText(m_sim.vault().address().toString());
        Q_EMIT address->editingFinished();
        panel.setVaultToken(u"not-a-token"_s);
        QCoro::waitFor(panel.testVault());
        QVERIFY2(panel.vaultResult()->text().contains(u"✘"_s), qPrintable(panel.vaultResult()->text()));
        QVERIFY(!panel.vaultResult()->text().contains(u"not-a-token"_s));
    }

    void noKeychainIsSaidClearly()
    {
        PlanDocument plan;
        test::FakeCredentialStore keychain;
        keychain.unavailable = true;
        ConnectionsPanel panel(&plan, &keychain, &m_nam);
        panel.findChild<QLineEdit*>(u"vaultAddress"_s)->setText(m_sim.vault().address().toString());
        panel.setVaultToken(m_sim.vault().rootToken());
        panel.rememberBox()->setChecked(true);
        QTRY_VERIFY(!panel.keychainNotice()->text().isEmpty());
        QVERIFY(panel.keychainNotice()->text().contains(u"must be entered each time"_s));
    }
};

QTEST_MAIN(TestConnectionsPanel)
#include "tst_connectionspanel.moc"
