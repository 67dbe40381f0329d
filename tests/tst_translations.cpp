#include "translations/Translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanCatalogueIsEmbedded() { QVERIFY(meshfed::availableLanguages().contains(u"de"_s)); }

    void germanTranslatesTheApplicationDescription()
    {
        const QStringList installed
            = meshfed::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German));
        QVERIFY(installed.contains(u"meshfed"_s));
        const QString translated = QCoreApplication::translate(
            "meshfed::CommandLine", "Start on the embedded simulator instead of real clusters.");
        QCOMPARE(translated, u"Auf dem eingebauten Simulator statt auf echten Clustern starten."_s);
    }

    void unknownLanguageFallsBackToEnglish()
    {
        const QStringList installed
            = meshfed::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Swahili));
        QVERIFY(!installed.contains(u"meshfed"_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
