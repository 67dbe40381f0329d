#include "translations/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace meshfed {

namespace {

const QString kCatalogueDir = QStringLiteral(":/i18n");

bool installCatalogue(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& dir)
{
    auto translator = std::make_unique<QTranslator>(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), dir))
        return false;
    app.installTranslator(translator.release());
    return true;
}

} // namespace

QStringList installTranslations(QCoreApplication& app, const QLocale& locale)
{
    QStringList installed;
    if (installCatalogue(app, locale, QStringLiteral("meshfed"), kCatalogueDir))
        installed << QStringLiteral("meshfed");
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (installCatalogue(app, locale, QStringLiteral("qtbase"), qtDir))
        installed << QStringLiteral("qtbase");
    return installed;
}

QStringList availableLanguages()
{
    QStringList languages;
    const auto entries = QDir(kCatalogueDir).entryList({QStringLiteral("meshfed_*.qm")}, QDir::Files);
    for (const QString& entry : entries)
        languages << entry.mid(8, entry.size() - 8 - 3);
    return languages;
}

} // namespace meshfed
