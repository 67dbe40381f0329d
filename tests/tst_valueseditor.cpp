// The values editor as a user meets it: typing invalid YAML, editing, and changing the plan.
#include "gui/values/CodeEditor.h"
#include "gui/values/ValuesEditorWidget.h"
#include "gui/values/YamlHighlighting.h"
#include "model/plan/ValuesGenerator.h"
#include "tests/support/PlanFixtures.h"

#include <QApplication>
#include <QFrame>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace { } // namespace

class TestValuesEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneTabPerCompleteFile()
    {
        ValuesEditorWidget editor;
        FederationPlan incomplete = FederationPlan::defaults();
        editor.setGeneratedFiles(ValuesGenerator::all(incomplete));
        QCOMPARE(editor.documents().size(), 2); // vault-dc1 and consul-dc1; dc2 waits for run-time values
        editor.setGeneratedFiles(ValuesGenerator::all(test::documentedPlan()));
        QCOMPARE(editor.documents().size(), 4);
        QVERIFY(editor.statusText(u"consul-dc2.yaml"_s).contains(u"as generated"_s));
        QVERIFY(!yamlHighlightingBackend().isEmpty());
    }

    void invalidYamlIsMarkedAtItsLineAndBlocksInstalling()
    {
        ValuesEditorWidget editor;
        editor.show();
        editor.setGeneratedFiles(ValuesGenerator::all(test::documentedPlan()));
        CodeEditor* text = editor.editor(u"vault-dc1.yaml"_s);
        QVERIFY(text);
        text->setFocus();
        QTextCursor cursor = text->textCursor();
        cursor.movePosition(QTextCursor::End);
        text->setTextCursor(cursor);
        QTest::keyClicks(text, u"extra: [unclosed"_s);
        QTest::keyClick(text, Qt::Key_Return);
        QTRY_VERIFY(!editor.blockedFiles().isEmpty());
        QCOMPARE(editor.blockedFiles(), QStringList {u"vault-dc1.yaml"_s});
        QTRY_VERIFY(!text->issues().isEmpty()); // marked once the debounced check ran
        const int lines = text->blockCount();
        QVERIFY(text->issues().first().line >= lines - 1);
        QVERIFY2(editor.statusText(u"vault-dc1.yaml"_s).contains(u"blocked"_s),
            qPrintable(editor.statusText(u"vault-dc1.yaml"_s)));
        QVERIFY(editor.findChild<QTabWidget*>()->tabText(0).endsWith(u" *"_s));
        editor.resetToGenerated(u"vault-dc1.yaml"_s);
        QVERIFY(editor.blockedFiles().isEmpty());
    }

    void unknownKeyIsAWarningNotABlock()
    {
        ValuesEditorWidget editor;
        editor.setGeneratedFiles(ValuesGenerator::all(test::documentedPlan()));
        CodeEditor* text = editor.editor(u"consul-dc2.yaml"_s);
        text->setPlainText(text->toPlainText() + u"controller:\n  enabled: true\n"_s);
        QTRY_VERIFY(!text->issues().isEmpty());
        QVERIFY(text->issues().first().message.contains(u"controller is not a key of the consul chart"_s));
        QVERIFY(editor.blockedFiles().isEmpty());
    }

    void aFileThatCanNoLongerBeGeneratedGoesUnlessEdited()
    {
        ValuesEditorWidget editor;
        const FederationPlan plan = test::documentedPlan();
        editor.setGeneratedFiles(ValuesGenerator::all(plan));
        QVERIFY(editor.document(u"consul-dc2.yaml"_s) && editor.document(u"vault-dc2.yaml"_s));
        editor.editor(u"vault-dc2.yaml"_s)
            ->setPlainText(editor.editor(u"vault-dc2.yaml"_s)->toPlainText() + u"# mine\n"_s);
        FederationPlan unknown = plan; // Vault's address and the mesh gateway are not known (any more)
        unknown.vault.address.clear();
        unknown.primary().meshGatewayAddress.clear();
        editor.setGeneratedFiles(ValuesGenerator::all(unknown));
        QVERIFY(!editor.document(u"consul-dc2.yaml"_s)); // as generated: it goes
        QVERIFY(!editor.editor(u"consul-dc2.yaml"_s));
        QVERIFY(editor.document(u"vault-dc2.yaml"_s)); // edited: the admin's text stays
        QCOMPARE(editor.findChild<QTabWidget*>()->count(), int(editor.documents().size()));
    }

    void editsSurviveAPlanChangeWhenKept()
    {
        ValuesEditorWidget editor;
        FederationPlan p = test::documentedPlan();
        editor.setGeneratedFiles(ValuesGenerator::all(p));
        CodeEditor* text = editor.editor(u"consul-dc1.yaml"_s);
        text->setPlainText(text->toPlainText() + u"ui:\n  enabled: true\n"_s);
        QVERIFY(editor.document(u"consul-dc1.yaml"_s)->isEdited());

        p.datacenters[0].replicas.server = 3;
        editor.setGeneratedFiles(ValuesGenerator::all(p));
        auto* banner = editor.findChildren<QFrame*>(u"regenerationBanner"_s).at(2);
        QVERIFY(editor.document(u"consul-dc1.yaml"_s)->hasPendingRegeneration());
        Q_UNUSED(banner)
        QVERIFY(editor.document(u"consul-dc1.yaml"_s)->text().contains("ui:\n  enabled: true"));

        editor.keepEdits(u"consul-dc1.yaml"_s);
        const ValuesDocument* doc = editor.document(u"consul-dc1.yaml"_s);
        QVERIFY(doc->text().contains("ui:\n  enabled: true"));
        QVERIFY(doc->generated().contains("replicas: 3"));
        QVERIFY(editor.diff(u"consul-dc1.yaml"_s).contains(u"+ui:"_s));

        p.datacenters[0].replicas.server = 5;
        editor.setGeneratedFiles(ValuesGenerator::all(p));
        editor.regenerate(u"consul-dc1.yaml"_s);
        QVERIFY(!editor.document(u"consul-dc1.yaml"_s)->isEdited());
        QVERIFY(editor.editor(u"consul-dc1.yaml"_s)->toPlainText().contains(u"replicas: 5"_s));
    }

    void diffIsOfferedForATab()
    {
        ValuesEditorWidget editor;
        editor.setGeneratedFiles(ValuesGenerator::all(test::documentedPlan()));
        QSignalSpy requested(&editor, &ValuesEditorWidget::diffRequested);
        CodeEditor* text = editor.editor(u"vault-dc2.yaml"_s);
        text->setPlainText(text->toPlainText().replace(u"enabled: false"_s, u"enabled: true"_s));
        QTest::mouseClick(editor.findChild<QPushButton*>(u"diff:vault-dc2.yaml"_s), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QVERIFY(requested.first().at(1).toString().contains(u"+  enabled: true"_s));
    }
};

QTEST_MAIN(TestValuesEditor)
#include "tst_valueseditor.moc"
