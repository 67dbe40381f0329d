// The main window's setup, end to end in demo mode, by clicking and typing as an admin does: from a
// new plan through Connect, the dry run and Run all to every pod Running; invalid YAML typed into
// a values tab blocks its install step with the line; edits kept through a plan change are what
// helm gets and what Export writes; and no secret lands in QSettings or a saved plan.
#include "gui/app/DemoSession.h"
#include "gui/app/MainWindow.h"
#include "gui/app/PlanFileActions.h"
#include "gui/app/SetupWorkspace.h"
#include "gui/common/Dialogs.h"
#include "gui/connections/ConnectionsPanel.h"
#include "gui/plan/PlanForm.h"
#include "gui/steps/StepsPanel.h"
#include "gui/values/CodeEditor.h"
#include "gui/values/ValuesEditorWidget.h"
#include "model/kube/PodModel.h"
#include "model/plan/PlanDocument.h"
#include "services/sim/helm/SimHelm.h"
#include "services/sim/Simulator.h"
#include "services/sim/vault/SimVault.h"
#include "services/vault/VaultClient.h"
#include "tests/support/SimScenario.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestSetupWindow : public QObject
{
    Q_OBJECT

private:
    struct Demo
    {
        DemoSession session;
        MainWindow window;
        SetupWorkspace* setup() const { return window.setupWorkspace(); }
        Simulator& sim() { return session.simulator(); }
    };

    /// The demo's simulator and window, with its plan and connections filled in.
    static bool start(Demo& demo, SimulatorOptions options = scenario::fastSimulator())
    {
        QString error;
        if (!demo.session.start(options, &error))
            return false;
        demo.window.showWorkspace(demo.session.workspace());
        demo.setup()->planDocument()->adopt(demo.session.plan());
        demo.setup()->connections()->setKubeconfigPath(demo.session.kubeconfigPath());
        demo.setup()->connections()->setVaultToken(demo.sim().vault().rootToken());
        demo.setup()->setHelm(&demo.sim().helm());
        return true;
    }

    static RunResult click(Demo& demo, const QString& button)
    {
        StepsPanel* panel = demo.setup()->steps();
        QSignalSpy finished(panel, &StepsPanel::runFinished);
        QTest::mouseClick(panel->findChild<QPushButton*>(button), Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(180000))
            return {};
        return finished.at(0).at(0).value<RunResult>();
    }

    static QByteArray deployedValues(Demo& demo, const QString& datacenter, bool vault)
    {
        const DatacenterPlan& dc = *demo.setup()->planDocument()->plan().find(datacenter);
        const QString release = vault ? dc.vaultRelease : dc.consulRelease;
        return QCoro::waitFor(demo.sim().helm().release(release, dc.kubeContext, dc.kubeNamespace)).values;
    }

    /// Every pod of every datacenter is Running (a Job's pod Completed), as the pod tables show it.
    static QString podsNotRunning(const Demo& demo)
    {
        QStringList notRunning;
        for (const auto& [datacenter, pods] : demo.session.workspace().pods) {
            if (pods->rowCount() == 0)
                notRunning << datacenter + u": no pods"_s;
            for (int row = 0; row < pods->rowCount(); ++row) {
                const QString name = pods->index(row, PodModel::NameColumn).data().toString();
                const QString status = pods->index(row, PodModel::StatusColumn).data().toString();
                const bool job = name.contains(u"-acl-init"_s) || name.contains(u"-gateway-resources-"_s);
                if (status != u"Running"_s && !(job && status == u"Completed"_s))
                    notRunning << datacenter + u"/"_s + name + u" "_s + status;
            }
        }
        return notRunning.join(u", "_s);
    }

    static void typeAtEnd(CodeEditor* editor, const QString& text)
    {
        editor->setFocus();
        QTextCursor cursor = editor->textCursor();
        cursor.movePosition(QTextCursor::End);
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void fromANewPlanToEveryPodRunning()
    {
        Demo demo;
        QString error;
        QVERIFY2(demo.session.start(scenario::fastSimulator(), &error), qPrintable(error));
        demo.window.showWorkspace(demo.session.workspace());
        demo.setup()->setHelm(&demo.sim().helm());
        demo.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&demo.window));

        // File → New plan; under Connections the kubeconfig, a context per datacenter and Vault's token.
        demo.setup()->fileActions()->newAction()->trigger();
        QVERIFY(demo.setup()->planDocument()->plan().vault.address.isEmpty()); // found once Vault runs
        ConnectionsPanel* connections = demo.setup()->connections();
        auto* kubeconfig = connections->findChild<QLineEdit*>(u"kubeconfigPath"_s);
        kubeconfig->clear();
        QTest::keyClicks(kubeconfig, demo.session.kubeconfigPath());
        QTest::keyClick(kubeconfig, Qt::Key_Return);
        for (int i = 0; i < 2; ++i) {
            QComboBox* context = connections->contextBox(i);
            QTRY_VERIFY(context->findData(Simulator::contextName(i)) >= 0);
            context->setCurrentIndex(context->findData(Simulator::contextName(i)));
        }
        QCOMPARE(demo.setup()->planDocument()->plan().datacenters.at(1).kubeContext, Simulator::contextName(1));
        QTest::keyClicks(connections->findChild<QLineEdit*>(u"vaultToken"_s), demo.sim().vault().rootToken());

        // Connect tests both clusters; Vault's address is not known before Vault is installed.
        demo.window.findChild<QAction*>(u"actionConnect"_s)->trigger();
        QTRY_VERIFY(connections->clusterResult(0)->text().startsWith(u"✔"_s));
        QTRY_VERIFY(connections->clusterResult(1)->text().startsWith(u"✔"_s));
        QTRY_VERIFY(connections->vaultResult()->text().contains(u"install Vault first"_s));

        const RunResult dry = click(demo, u"dryRun"_s);
        QVERIFY2(dry.ok && dry.toDo.contains(u"preflight/dc1"_s), qPrintable(dry.message));
        QCOMPARE(demo.sim().helm().installCount(), 0);

        const RunResult all = click(demo, u"runAll"_s);
        QVERIFY2(all.ok && all.verified, qPrintable(all.failedStep + u": "_s + all.message));
        QCOMPARE(demo.setup()->steps()->engine()->model()->state(u"preflight/dc2"_s), StepState::Done);
        QTRY_VERIFY2_WITH_TIMEOUT(podsNotRunning(demo).isEmpty(), qPrintable(podsNotRunning(demo)), 30000);

        // The values found on the way are shown, not written into the plan: the editor shows every
        // file helm got, and the next run finds Vault's address and the mesh gateway again.
        const FederationPlan plan = demo.setup()->planDocument()->plan();
        QVERIFY(plan.vault.address.isEmpty() && plan.primary().meshGatewayAddress.isEmpty());
        QCOMPARE(connections->vaultToken(), demo.sim().vault().rootToken());
        auto* address = connections->findChild<QLineEdit*>(u"vaultAddress"_s);
        QVERIFY2(
            address->placeholderText().contains(u"found by the last run"_s), qPrintable(address->placeholderText()));
        QCoro::waitFor(connections->testVault()); // against the Vault the run found, with its token
        QVERIFY2(connections->vaultResult()->text().contains(u"token policies"_s),
            qPrintable(connections->vaultResult()->text()));
        const ValuesDocument* consulDc2 = demo.setup()->valuesEditor()->document(u"consul-dc2.yaml"_s);
        QVERIFY(consulDc2);
        QCOMPARE(consulDc2->text(), deployedValues(demo, u"dc2"_s, false));

        // Another cluster for dc2: what was found for sim-dc2 no longer holds, and its file goes.
        FederationPlan elsewhere = plan;
        elsewhere.datacenters[1].kubeContext = u"elsewhere"_s;
        demo.setup()->planDocument()->setPlan(elsewhere);
        QVERIFY(!demo.setup()->valuesEditor()->document(u"consul-dc2.yaml"_s));
        QVERIFY(!address->placeholderText().contains(u"found by the last run"_s));
    }

    void invalidYamlBlocksItsInstallStep()
    {
        Demo demo;
        QVERIFY(start(demo));
        ValuesEditorWidget* values = demo.setup()->valuesEditor();
        CodeEditor* editor = values->editor(u"vault-dc2.yaml"_s);
        QVERIFY(editor);
        typeAtEnd(editor, u"injector: logLevel: debug"_s); // a map value where YAML allows none
        const int line = editor->blockCount() - 1;         // the line typed (the Return opened an empty one)
        QTRY_VERIFY(!editor->issues().isEmpty());
        QCOMPARE(editor->issues().first().line, line);
        QVERIFY2(values->statusText(u"vault-dc2.yaml"_s).contains(u"blocked"_s),
            qPrintable(values->statusText(u"vault-dc2.yaml"_s)));

        // Before any run, the steps panel says which step the file blocks and why.
        auto* notice = demo.setup()->steps()->findChild<QLabel*>(u"blockedNotice"_s);
        QTRY_VERIFY(!notice->isHidden());
        QVERIFY2(notice->text().contains(
                     u"vault-install/dc2 is blocked: vault-dc2.yaml has invalid YAML at line %1"_s.arg(line)),
            qPrintable(notice->text()));

        const RunResult result = click(demo, u"runAll"_s);
        QCOMPARE(result.failedStep, u"vault-install/dc2"_s);
        QVERIFY2(result.message.contains(u"vault-dc2.yaml cannot be installed: invalid YAML at line %1"_s.arg(line)),
            qPrintable(result.message));
        QCOMPARE(demo.setup()->steps()->engine()->model()->state(u"vault-install/dc2"_s), StepState::Failed);
        QVERIFY(deployedValues(demo, u"dc2"_s, true).isEmpty());  // never installed
        QVERIFY(!deployedValues(demo, u"dc1"_s, true).isEmpty()); // the other files were not blocked
        QVERIFY(demo.setup()->steps()->findChild<QLabel*>(u"runSummary"_s)->text().contains(u"line %1"_s.arg(line)));
        // Fixed in the editor: the notice goes.
        values->resetToGenerated(u"vault-dc2.yaml"_s);
        QTRY_VERIFY(notice->isHidden());
    }

    void editsKeptThroughAPlanChangeAreWhatHelmGetsAndExportWrites()
    {
        Demo demo;
        QVERIFY(start(demo));
        ValuesEditorWidget* values = demo.setup()->valuesEditor();
        typeAtEnd(values->editor(u"consul-dc1.yaml"_s), u"# reviewed by the platform team"_s);
        QTRY_VERIFY(values->document(u"consul-dc1.yaml"_s)->isEdited());

        FederationPlan plan = demo.setup()->planDocument()->plan();
        plan.primary().replicas.meshGateway = 2; // consul-dc1.yaml now generates differently
        demo.setup()->planDocument()->setPlan(plan);
        auto* notice = demo.setup()->steps()->findChild<QLabel*>(u"blockedNotice"_s);
        QTRY_VERIFY2(notice->text().contains(u"consul-install/dc1 is blocked: consul-dc1.yaml was edited"_s),
            qPrintable(notice->text()));
        auto* keep = values->editor(u"consul-dc1.yaml"_s)->parentWidget()->findChild<QPushButton*>(u"keepEdits"_s);
        QVERIFY(keep && !keep->isHidden() && !keep->parentWidget()->isHidden());
        QTest::mouseClick(keep, Qt::LeftButton);
        const QByteArray shown = values->document(u"consul-dc1.yaml"_s)->text();
        QTRY_VERIFY(notice->isHidden()); // the admin chose
        QVERIFY(shown.contains("# reviewed by the platform team"));

        const RunResult all = click(demo, u"runAll"_s);
        QVERIFY2(all.ok && all.verified, qPrintable(all.failedStep + u": "_s + all.message));
        // helm was given exactly what the tab shows (`helm get values` drops comments: compare as YAML).
        const QByteArray deployed = deployedValues(demo, u"dc1"_s, false);
        QVERIFY2(deployed.contains("replicas: 1") && !deployed.contains("replicas: 2"), deployed.constData());
        QFile given(QDir(demo.setup()->helmValuesDirectory()).filePath(u"consul-dc1.yaml"_s));
        QVERIFY(given.open(QIODevice::ReadOnly));
        QCOMPARE(given.readAll(), shown);

        QTemporaryDir out;
        FileDialogs::setNextFileName(out.path());
        demo.setup()->exportAction()->trigger();
        QFile exported(out.filePath(u"consul-dc1.yaml"_s));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), shown);
    }

    void valuesAreReadOnlyWhileARunGoesOn()
    {
        std::optional<bool> appearedReadOnly; // before the demo: the panel's signal outlives nothing
        Demo demo;
        QVERIFY(start(demo));
        ValuesEditorWidget* values = demo.setup()->valuesEditor();
        CodeEditor* editor = values->editor(u"vault-dc1.yaml"_s);
        QVERIFY(!editor->isReadOnly());
        QVERIFY(!values->editor(u"consul-dc2.yaml"_s)); // needs the mesh gateway's address
        StepsPanel* panel = demo.setup()->steps();
        // consul-dc2.yaml appears when the mesh gateway is found, while the run goes on.
        connect(panel, &StepsPanel::stepFinished, panel, [&appearedReadOnly, values](const QString& id) {
            if (id == u"mesh-gateway"_s && values->editor(u"consul-dc2.yaml"_s))
                appearedReadOnly = values->editor(u"consul-dc2.yaml"_s)->isReadOnly();
        });
        QSignalSpy finished(panel, &StepsPanel::runFinished);
        QTest::mouseClick(panel->findChild<QPushButton*>(u"runAll"_s), Qt::LeftButton);
        QVERIFY(panel->isRunning());
        QVERIFY(editor->isReadOnly()); // the run took the files as they were
        // ... and the plan and the connections, which cannot change under it.
        QVERIFY(!demo.setup()->planForm()->isEnabled());
        QVERIFY(!demo.setup()->connections()->isEnabled());
        QVERIFY(!demo.setup()->fileActions()->openAction()->isEnabled());
        QVERIFY(finished.wait(180000));
        QCOMPARE(appearedReadOnly, std::optional<bool>(true));
        QVERIFY(!editor->isReadOnly());
        QVERIFY(!values->editor(u"consul-dc2.yaml"_s)->isReadOnly());
        QVERIFY(demo.setup()->planForm()->isEnabled() && demo.setup()->connections()->isEnabled());
        QVERIFY(demo.setup()->fileActions()->openAction()->isEnabled());
    }

    void connectionsWithoutTlsVerificationAreWarnedAboutWhereTheStepsRun()
    {
        Demo demo;
        QVERIFY(start(demo));
        QFile original(demo.session.kubeconfigPath());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(original.readAll());
        // dc2's cluster entry (the second one) without its CA and with verification off.
        const qsizetype second = text.indexOf(u"certificate-authority-data:"_s, text.indexOf(u"- name: sim-dc2"_s));
        QVERIFY(second > 0);
        text.replace(second, text.indexOf(u'\n', second) - second, u"insecure-skip-tls-verify: true"_s);
        QTemporaryDir dir;
        QFile insecure(dir.filePath(u"kubeconfig"_s));
        QVERIFY(insecure.open(QIODevice::WriteOnly));
        insecure.write(text.toUtf8());
        insecure.close();
        demo.setup()->connections()->setKubeconfigPath(insecure.fileName());

        click(demo, u"dryRun"_s);
        auto* warning = demo.setup()->steps()->findChild<QLabel*>(u"tlsWarning"_s);
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(u"TLS verification is switched off for dc2 (context sim-dc2)"_s),
            qPrintable(warning->text()));
        QVERIFY(!warning->text().contains(u"for dc1"_s));
        QVERIFY(demo.window.runLog()->toPlainText().contains(u"TLS verification is switched off for dc2"_s));
    }

    void noSecretInSettingsOrSavedPlanAfterARun()
    {
        QTemporaryDir dir;
        const QString planPath = dir.filePath(u"plan.yaml"_s);
        QStringList secrets;
        {
            Demo demo;
            SimulatorOptions options = scenario::fastSimulator();
            options.vaultRootToken = u"hvs.meshfed-test-root-7f3a9c"_s; // one a search can find
            QVERIFY(start(demo, options));
            QVERIFY(click(demo, u"runAll"_s).verified);
            const FederationPlan plan = demo.setup()->planDocument()->plan();
            VaultConfig root;
            root.address = demo.sim().vault().address();
            root.token = demo.sim().vault().rootToken();
            QNetworkAccessManager nam;
            VaultClient vault(&nam, root);
            secrets << root.token;
            for (const KvSecretRef& ref : {plan.vault.gossip, plan.vault.bootstrapToken, plan.vault.replicationToken}) {
                const auto secret = QCoro::waitFor(vault.readKv(plan.vault.kvMount, ref.path));
                QVERIFY2(secret.ok(), qPrintable(ref.path));
                secrets << secret.value.data.value(ref.key).toString();
            }
            const QString log = demo.window.runLog()->toPlainText();
            QVERIFY2(log.contains(u"preflight/dc2 → "_s), qPrintable(log.right(2000)));
            for (const QString& secret : std::as_const(secrets))
                QVERIFY2(!log.contains(secret), "a secret is in the run log");
            QDirIterator given(demo.setup()->helmValuesDirectory(), QDir::Files);
            int files = 0;
            while (given.hasNext()) {
                ++files;
                QFile file(given.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray text = file.readAll();
                for (const QString& secret : std::as_const(secrets))
                    QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
            QCOMPARE(files, 4); // vault-dc1, vault-dc2, consul-dc1, consul-dc2 were given to helm
            QString error;
            QVERIFY2(demo.setup()->planDocument()->saveAs(planPath, &error), qPrintable(error));
            demo.window.close(); // writes the geometry, the state and the recent plans
        }
        QSettings settings;
        settings.sync();
        QFile settingsFile(settings.fileName());
        QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        QFile planFile(planPath);
        QVERIFY(planFile.open(QIODevice::ReadOnly));
        const QByteArray settingsText = settingsFile.readAll();
        const QByteArray planText = planFile.readAll();
        for (const QString& secret : std::as_const(secrets)) {
            QVERIFY(secret.size() >= 8);
            QVERIFY2(!settingsText.contains(secret.toUtf8()), "a secret is in QSettings");
            QVERIFY2(!planText.contains(secret.toUtf8()), "a secret is in the saved plan");
        }
        QVERIFY(!settingsText.isEmpty()); // the check read the real file
        for (const QString& key : settings.allKeys())
            QVERIFY2(!key.contains(u"token"_s, Qt::CaseInsensitive), qPrintable(key));
    }
};

QTEST_MAIN(TestSetupWindow)
#include "tst_setupwindow.moc"
