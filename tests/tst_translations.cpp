#include "translations/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

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

    void germanCatalogueIsComplete()
    {
        // Every string lupdate collected has a finished German translation.
        QFile ts(QStringLiteral(MESHFED_SOURCE_DIR "/translations/meshfed_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source"_s) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation"_s) {
                const bool pending = xml.attributes().value(u"type"_s) == u"unfinished"_s;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (pending || text.isEmpty())
                    unfinished << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(unfinished.isEmpty(), qPrintable(u"untranslated: "_s + unfinished.join(u" | "_s)));
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
