// The plan, connections and values tabs together, with the File actions, as a user drives them.
#include "gui/app/PlanFileActions.h"
#include "gui/app/SetupWorkspace.h"
#include "gui/common/Dialogs.h"
#include "gui/plan/PlanForm.h"
#include "gui/values/ValuesEditorWidget.h"
#include "model/plan/PlanDocument.h"
#include "tests/support/FakeCredentialStore.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestSetupWorkspace : public QObject
{
    Q_OBJECT

private:
    test::FakeCredentialStore m_keychain;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void valuesFollowThePlanForm()
    {
        SetupWorkspace workspace(&m_keychain, &m_nam);
        QCOMPARE(workspace.valuesEditor()->documents().size(), 2); // dc2's files wait for run-time values
        auto* address = qobject_cast<QLineEdit*>(workspace.planForm()->field(u"vault.address"_s));
        QTest::keyClicks(address, u"http://203.0.113.10:8200"_s);
        QVERIFY(workspace.valuesEditor()->document(u"vault-dc2.yaml"_s));
        QVERIFY(workspace.valuesEditor()->document(u"vault-dc2.yaml"_s)->text().contains("http://203.0.113.10:8200"));
    }

    void unsavedChangesAreNotLostSilently()
    {
        SetupWorkspace workspace(&m_keychain, &m_nam);
        FederationPlan plan = workspace.planDocument()->plan();
        plan.consul.globalName = u"hashi"_s;
        workspace.planDocument()->setPlan(plan);

        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        workspace.fileActions()->newAction()->trigger();
        QCOMPARE(workspace.planDocument()->plan().consul.globalName, u"hashi"_s);

        const QString path = m_dir.filePath(u"plan.yaml"_s);
        MessageBoxes::setNextAnswer(QMessageBox::Save);
        FileDialogs::setNextFileName(path);
        workspace.fileActions()->newAction()->trigger();
        QVERIFY(QFile::exists(path));
        QCOMPARE(workspace.planDocument()->plan().consul.globalName, u"consul"_s); // a new plan after saving
        QCOMPARE(workspace.fileActions()->recentPlans().value(0), path);
    }

    void aBrokenPlanFileIsShownWithItsPositionAndChangesNothing()
    {
        const QString path = m_dir.filePath(u"broken.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: meshfed.org/v1\nkind: FederationPlan\nconsul:\n  nmae: x\n");
        file.close();
        SetupWorkspace workspace(&m_keychain, &m_nam);
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!workspace.fileActions()->openPath(path));
        QVERIFY2(MessageBoxes::shown().last().contains(path + u":4:3"_s), qPrintable(MessageBoxes::shown().last()));
        QVERIFY(workspace.planDocument()->path().isEmpty());
    }

    void settingsHoldNoSecret()
    {
        SetupWorkspace workspace(&m_keychain, &m_nam);
        const QString path = m_dir.filePath(u"saved.yaml"_s);
        FileDialogs::setNextFileName(path);
        QVERIFY(workspace.fileActions()->saveAs());
        QSettings settings;
        for (const QString& key : settings.allKeys()) {
            const QString value = settings.value(key).toString() + settings.value(key).toStringList().join(u' ');
            QVERIFY2(!value.contains(u"hvs."_s) && !value.contains(u"token"_s, Qt::CaseInsensitive), qPrintable(key));
        }
    }
};

QTEST_MAIN(TestSetupWorkspace)
#include "tst_setupworkspace.moc"
