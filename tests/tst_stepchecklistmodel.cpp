// The steps panel's checklist: a mark per state (never colour alone), the state's colour from the
// palette, the state in the tooltip and the accessible text; a well-behaved proxy over StepModel.
#include "gui/steps/StepChecklistModel.h"
#include "model/engine/Procedure.h"
#include "model/engine/StepModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestStepChecklistModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStateHasItsMark_data()
    {
        QTest::addColumn<StepState>("state");
        QTest::addColumn<QString>("mark");
        QTest::addColumn<bool>("coloured");
        QTest::newRow("not checked") << StepState::NotChecked << u"○"_s << false;
        QTest::newRow("checking") << StepState::Checking << u"…"_s << true;
        QTest::newRow("done") << StepState::Done << u"✔"_s << true;
        QTest::newRow("to do") << StepState::ToDo << u"●"_s << true;
        QTest::newRow("running") << StepState::Running << u"▶"_s << true;
        QTest::newRow("failed") << StepState::Failed << u"✘"_s << true;
        QTest::newRow("conflict") << StepState::Conflict << u"⚠"_s << true;
    }

    void eachStateHasItsMark()
    {
        QFETCH(StepState, state);
        QFETCH(QString, mark);
        QFETCH(bool, coloured);
        const FederationPlan plan = FederationPlan::defaults();
        StepModel steps;
        steps.setSteps(Procedure::steps(plan), plan);
        StepChecklistModel checklist;
        QAbstractItemModelTester tester(&checklist, QAbstractItemModelTester::FailureReportingMode::QtTest);
        checklist.setSourceModel(&steps);
        checklist.setPalette(QApplication::palette());
        steps.setState(u"kv-mount"_s, state);
        steps.setMessage(u"kv-mount"_s, u"consul/ is a KV version 1 mount."_s);
        const QModelIndex row = checklist.index(steps.rowOf(u"kv-mount"_s), 0);
        const QString title = row.data(StepModel::TitleRole).toString();
        QCOMPARE(row.data().toString(), mark + u"  "_s + title);
        QCOMPARE(row.data(Qt::AccessibleTextRole).toString(), title + u", "_s + StepStateText::name(state));
        QCOMPARE(
            row.data(Qt::ToolTipRole).toString(), StepStateText::name(state) + u": consul/ is a KV version 1 mount."_s);
        QCOMPARE(row.data(Qt::ForegroundRole).isValid(), coloured);
        QCOMPARE(row.data(StepModel::IdRole).toString(), u"kv-mount"_s); // the rest passes through
    }

    void failedAndDoneTakeDifferentColours()
    {
        const FederationPlan plan = FederationPlan::defaults();
        StepModel steps;
        steps.setSteps(Procedure::steps(plan), plan);
        StepChecklistModel checklist;
        checklist.setSourceModel(&steps);
        checklist.setPalette(QApplication::palette());
        steps.setState(u"kv-mount"_s, StepState::Done);
        steps.setState(u"pki-mount"_s, StepState::Failed);
        const auto colour = [&](const QString& id) {
            return checklist.index(steps.rowOf(id), 0).data(Qt::ForegroundRole).value<QColor>();
        };
        QVERIFY(colour(u"kv-mount"_s).isValid() && colour(u"pki-mount"_s).isValid());
        QVERIFY(colour(u"kv-mount"_s) != colour(u"pki-mount"_s));
    }
};

QTEST_MAIN(TestStepChecklistModel)
#include "tst_stepchecklistmodel.moc"
