#include "gui/cli/CommandLine.h"

#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Captured
    {
        QString out;
        QString err;
        int exitCode = -1;
    };

    static CommandLine withSampleCommands(QStringList* received)
    {
        CommandLine commandLine;
        commandLine.addCommand(
            {{u"plan"_s, u"init"_s}, u"Write a starter plan"_s, [received](const QStringList& args, Console&) {
                 *received = args;
                 return 0;
             }});
        commandLine.addCommand(
            {{u"values"_s}, u"Write the values files"_s, [received](const QStringList& args, Console&) {
                 *received = args;
                 return 7;
             }});
        return commandLine;
    }

    static Captured run(const CommandLine& commandLine, const QStringList& args)
    {
        Captured captured;
        QTextStream out(&captured.out);
        QTextStream err(&captured.err);
        Console console {out, err};
        captured.exitCode = commandLine.run(args, console);
        out.flush();
        err.flush();
        return captured;
    }

private Q_SLOTS:
    void headlessDecision_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("headless");
        QTest::newRow("no arguments: window") << QStringList {u"meshfed"_s} << false;
        QTest::newRow("--demo: window") << QStringList {u"meshfed"_s, u"--demo"_s} << false;
        QTest::newRow("--plan value: window") << QStringList {u"meshfed"_s, u"--plan"_s, u"p.yaml"_s} << false;
        QTest::newRow("--help") << QStringList {u"meshfed"_s, u"--help"_s} << true;
        QTest::newRow("-h") << QStringList {u"meshfed"_s, u"-h"_s} << true;
        QTest::newRow("--version") << QStringList {u"meshfed"_s, u"--version"_s} << true;
        QTest::newRow("subcommand") << QStringList {u"meshfed"_s, u"values"_s, u"--out"_s, u"d"_s} << true;
        QTest::newRow("option value is not a command")
            << QStringList {u"meshfed"_s, u"--kubeconfig"_s, u"values"_s} << false;
        QTest::newRow("unknown word is headless (to report it)") << QStringList {u"meshfed"_s, u"frobnicate"_s} << true;
    }

    void headlessDecision()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, headless);
        QStringList received;
        QCOMPARE(withSampleCommands(&received).isHeadless(args), headless);
    }

    void helpListsEveryCommand()
    {
        QStringList received;
        const Captured result = run(withSampleCommands(&received), {u"meshfed"_s, u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"plan init"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"Write a starter plan"_s));
        QVERIFY(result.out.contains(u"values"_s));
        QVERIFY(result.out.contains(u"--demo"_s));
        QVERIFY(received.isEmpty());
    }

    void versionPrintsNameAndVersion()
    {
        QStringList received;
        const Captured result = run(withSampleCommands(&received), {u"meshfed"_s, u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(u"Meshfed "_s));
        QVERIFY(result.out.trimmed().section(u' ', 1).count(u'.') == 2);
    }

    void longestCommandWinsAndGetsItsArguments()
    {
        QStringList received;
        const Captured result
            = run(withSampleCommands(&received), {u"meshfed"_s, u"plan"_s, u"init"_s, u"--out"_s, u"p.yaml"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(received, (QStringList {u"meshfed plan init"_s, u"--out"_s, u"p.yaml"_s}));
    }

    void globalKubeconfigReachesCommandsThatReadIt()
    {
        CommandLine commandLine;
        QStringList received;
        commandLine.addCommand({{u"contexts"_s}, u"List"_s,
            [&received](const QStringList& args, Console&) {
                received = args;
                return 0;
            },
            true});
        run(commandLine, {u"meshfed"_s, u"--kubeconfig"_s, u"/tmp/k"_s, u"contexts"_s});
        QCOMPARE(received, (QStringList {u"meshfed contexts"_s, u"--kubeconfig"_s, u"/tmp/k"_s}));
        run(commandLine, {u"meshfed"_s, u"--kubeconfig"_s, u"/tmp/k"_s, u"contexts"_s, u"--kubeconfig"_s, u"/x"_s});
        QCOMPARE(received, (QStringList {u"meshfed contexts"_s, u"--kubeconfig"_s, u"/x"_s}));
    }

    void commandExitCodeIsPassedOn()
    {
        QStringList received;
        QCOMPARE(run(withSampleCommands(&received), {u"meshfed"_s, u"values"_s}).exitCode, 7);
    }

    void unknownCommandIsAUsageError()
    {
        QStringList received;
        const Captured result = run(withSampleCommands(&received), {u"meshfed"_s, u"frobnicate"_s});
        QCOMPARE(result.exitCode, int(ExitUsage));
        QVERIFY(result.err.contains(u"unknown command \"frobnicate\""_s));
        QVERIFY(received.isEmpty());
    }

    void unknownGlobalOptionIsAUsageError()
    {
        QStringList received;
        const Captured result = run(withSampleCommands(&received), {u"meshfed"_s, u"--frob"_s, u"values"_s});
        QCOMPARE(result.exitCode, int(ExitUsage));
        QVERIFY(result.err.contains(u"frob"_s));
    }

    void guiOptionsAreParsed()
    {
        CommandLine commandLine;
        QString error;
        const auto options
            = commandLine.parseGuiOptions({u"meshfed"_s, u"--demo"_s, u"--plan"_s, u"/tmp/p.yaml"_s}, &error);
        QVERIFY(options);
        QVERIFY(options->demo);
        QCOMPARE(options->planFile, u"/tmp/p.yaml"_s);
        QVERIFY(!commandLine.parseGuiOptions({u"meshfed"_s, u"--nope"_s}, &error));
        QVERIFY(error.contains(u"nope"_s));
    }

    void commandParserHelpAndRequiredOptions()
    {
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        Console console {out, err};

        CommandParser help(u"Writes things."_s);
        help.addOption({u"out"_s, u"Folder"_s, u"DIR"_s});
        const auto helpExit = help.parse({u"meshfed values"_s, u"--help"_s}, console);
        QCOMPARE(helpExit, std::optional<int>(0));
        out.flush();
        QVERIFY(outText.contains(u"Writes things."_s));
        QVERIFY(outText.contains(u"--out <DIR>"_s));

        CommandParser missing(u"Writes things."_s);
        missing.addOption({u"out"_s, u"Folder"_s, u"DIR"_s});
        QCOMPARE(missing.parse({u"meshfed values"_s}, console), std::nullopt);
        QCOMPARE(missing.required(u"out"_s, console), std::nullopt);
        err.flush();
        QVERIFY(errText.contains(u"--out"_s));

        CommandParser bad(u"Writes things."_s);
        QCOMPARE(bad.parse({u"meshfed values"_s, u"--bogus"_s}, console), std::optional<int>(ExitUsage));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
