#include "gui/app/PlanExporter.h"
#include "gui/common/Dialogs.h"
#include "tests/support/PlanFixtures.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPlanExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsTheEditsAndAsksBeforeReplacing()
    {
        QTemporaryDir dir;
        const FederationPlan p = test::documentedPlan();
        ValuesDocument edited(u"consul-dc1.yaml"_s, u"consul"_s, ValuesGenerator::consulValues(p, p.primary()).content);
        edited.setText(edited.text() + "ui:\n  enabled: true\n");

        FileDialogs::setNextFileName(dir.path());
        QStringList written = PlanExporter::exportTo(nullptr, p, {edited});
        QCOMPARE(written.size(), 13);
        QVERIFY(read(dir.filePath(u"consul-dc1.yaml"_s)).endsWith("ui:\n  enabled: true\n"));
        QVERIFY(read(dir.filePath(u"policies/connect-ca-dc2.hcl"_s)).contains("/tune"));

        // Again: the files exist; "No" leaves them alone.
        QFile marker(dir.filePath(u"setup.sh"_s));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("# mine\n");
        marker.close();
        FileDialogs::setNextFileName(dir.path());
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QVERIFY(PlanExporter::exportTo(nullptr, p, {edited}).isEmpty());
        QCOMPARE(read(dir.filePath(u"setup.sh"_s)), QByteArray("# mine\n"));
        QVERIFY(MessageBoxes::shown().last().contains(u"setup.sh"_s));

        FileDialogs::setNextFileName(dir.path());
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(PlanExporter::exportTo(nullptr, p, {edited}).size(), 13);
        QVERIFY(read(dir.filePath(u"setup.sh"_s)).startsWith("#!/usr/bin/env bash"));
    }

    void cancelledDialogWritesNothing()
    {
        FileDialogs::setNextFileName(QString());
        QVERIFY(PlanExporter::exportTo(nullptr, test::documentedPlan(), {}).isEmpty());
    }
};

QTEST_MAIN(TestPlanExporter)
#include "tst_planexporter.moc"
