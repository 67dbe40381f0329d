#include "model/values/ValuesDiff.h"
#include "model/values/ValuesDocument.h"

#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestValuesDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untouchedFileFollowsThePlan()
    {
        ValuesDocument doc(u"consul-dc1.yaml"_s, u"consul"_s, "server:\n  replicas: 1\n");
        QVERIFY(!doc.isEdited());
        QCOMPARE(doc.setGenerated("server:\n  replicas: 3\n"), ValuesDocument::Regeneration::Replaced);
        QCOMPARE(doc.text(), QByteArray("server:\n  replicas: 3\n"));
        QCOMPARE(doc.setGenerated("server:\n  replicas: 3\n"), ValuesDocument::Regeneration::Unchanged);
    }

    void editedFileAsksBeforeChanging()
    {
        ValuesDocument doc(u"consul-dc1.yaml"_s, u"consul"_s, "server:\n  replicas: 1\n");
        doc.setText("server:\n  replicas: 1\n  extraLabels:\n    team: mesh\n");
        QVERIFY(doc.isEdited());
        QCOMPARE(doc.setGenerated("server:\n  replicas: 3\n"), ValuesDocument::Regeneration::NeedsDecision);
        QVERIFY(doc.hasPendingRegeneration());
        QVERIFY(doc.text().contains("team: mesh")); // nothing replaced behind the user's back

        ValuesDocument kept = doc;
        kept.keepEdits();
        QVERIFY(!kept.hasPendingRegeneration());
        QVERIFY(kept.text().contains("team: mesh"));
        QCOMPARE(kept.generated(), QByteArray("server:\n  replicas: 3\n"));

        doc.regenerate();
        QCOMPARE(doc.text(), QByteArray("server:\n  replicas: 3\n"));
        QVERIFY(!doc.isEdited());
    }

    void invalidYamlBlocksInstalling()
    {
        ValuesDocument doc(u"vault-dc1.yaml"_s, u"vault"_s, "server:\n  dev:\n    enabled: true\n");
        QVERIFY(!doc.blocksInstall());
        doc.setText("server:\n  dev: [\n");
        QVERIFY(doc.blocksInstall());
        QCOMPARE(doc.issues().first().line, 3);
        QVERIFY2(doc.blockReason().startsWith(u"invalid YAML at line 3, column "_s), qPrintable(doc.blockReason()));
        doc.resetToGenerated();
        QVERIFY(!doc.blocksInstall());
        QCOMPARE(doc.blockReason(), QString());
    }

    void unifiedDiffOfAnEdit()
    {
        const QString before = u"a\nb\nc\nd\ne\nf\ng\nh\n"_s;
        const QString after = u"a\nb\nc\nD\ne\nf\ng\nh\ni\n"_s;
        QCOMPARE(ValuesDiff::unified(before, after, u"old"_s, u"new"_s, 1),
            u"--- old\n+++ new\n@@ -3,3 +3,3 @@\n c\n-d\n+D\n e\n@@ -8,1 +8,2 @@\n h\n+i\n"_s);
        QVERIFY(ValuesDiff::unified(before, before, u"old"_s, u"new"_s).isEmpty());
        const auto lines = ValuesDiff::lines(u"x\n"_s, u"y\n"_s);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first().kind, DiffLine::Kind::Removed);
        QCOMPARE(lines.last().kind, DiffLine::Kind::Added);
    }

    void documentDiffNamesTheFile()
    {
        ValuesDocument doc(u"vault-dc2.yaml"_s, u"vault"_s, "server:\n  enabled: false\n");
        doc.setText("server:\n  enabled: false\ninjector:\n  enabled: true\n");
        const QString diff = doc.diffFromGenerated();
        QVERIFY(diff.startsWith(u"--- generated/vault-dc2.yaml\n+++ edited/vault-dc2.yaml\n"_s));
        QVERIFY(diff.contains(u"+injector:\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestValuesDocument)
#include "tst_valuesdocument.moc"
