// The plan form and the plan document behind it.
#include "gui/plan/PlanForm.h"
#include "model/plan/PlanDocument.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestPlanForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problemsAppearNextToTheirField()
    {
        PlanDocument document;
        PlanForm form(&document);
        form.show();
        auto* ns = qobject_cast<QLineEdit*>(form.field(u"datacenters[1].namespace"_s));
        QVERIFY(ns);
        QCOMPARE(ns->text(), u"default"_s);
        ns->selectAll();
        QTest::keyClicks(ns, u"Consul"_s);
        QCOMPARE(document.plan().datacenters.at(1).kubeNamespace, u"Consul"_s);
        QVERIFY(document.isModified());
        QLabel* problem = form.problemLabel(u"datacenters[1].namespace"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"lower-case"_s), qPrintable(problem->text()));
        QVERIFY(ns->toolTip().contains(u"lower-case"_s));
        QVERIFY(!form.problemLabel(u"datacenters[0].namespace"_s)->isVisible());
    }

    void aThirdDatacenterIsOneClick()
    {
        PlanDocument document;
        PlanForm form(&document);
        QVERIFY(!form.field(u"datacenters[2].name"_s));
        QTest::mouseClick(form.findChild<QPushButton*>(u"addDatacenter"_s), Qt::LeftButton);
        QCOMPARE(document.plan().datacenters.size(), 3);
        auto* name = qobject_cast<QLineEdit*>(form.field(u"datacenters[2].name"_s));
        QVERIFY(name);
        QCOMPARE(name->text(), u"dc3"_s);
        QVERIFY(form.field(u"datacenters[2].apiServerUrl"_s));
        QTest::mouseClick(form.findChild<QPushButton*>(u"removeDatacenter2"_s), Qt::LeftButton);
        QCOMPARE(document.plan().datacenters.size(), 2);
    }

    void numbersAreSpinBoxes()
    {
        PlanDocument document;
        PlanForm form(&document);
        auto* servers = qobject_cast<QSpinBox*>(form.field(u"datacenters[0].replicas.server"_s));
        QVERIFY(servers);
        servers->setValue(3);
        QCOMPARE(document.plan().primary().replicas.server, 3);
    }

    void documentSavesOpensAndTracksChanges()
    {
        QTemporaryDir dir;
        PlanDocument document;
        QSignalSpy modified(&document, &PlanDocument::modifiedChanged);
        FederationPlan plan = document.plan();
        plan.consul.globalName = u"hashi"_s;
        document.setPlan(plan);
        QVERIFY(document.isModified());
        QString error;
        QVERIFY(document.saveAs(dir.filePath(u"plan.yaml"_s), &error));
        QVERIFY(!document.isModified());
        QCOMPARE(modified.size(), 2);

        PlanDocument other;
        QList<FileProblem> problems;
        QVERIFY(other.open(dir.filePath(u"plan.yaml"_s), &problems));
        QCOMPARE(other.plan().consul.globalName, u"hashi"_s);
        QCOMPARE(other.path(), dir.filePath(u"plan.yaml"_s));
        // A broken file leaves the current plan untouched.
        QVERIFY(!other.open(dir.filePath(u"missing.yaml"_s), &problems));
        QCOMPARE(other.plan().consul.globalName, u"hashi"_s);
        QVERIFY(!problems.isEmpty());
    }
};

QTEST_MAIN(TestPlanForm)
#include "tst_planform.moc"
