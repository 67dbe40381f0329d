#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace meshfed {

/// Installs Meshfed's own catalogue and Qt's for a locale on the application object.
/// Usage: call once right after constructing the (Core)Application:
///     meshfed::installTranslations(app, QLocale::system());
/// Returns the catalogues that were found and installed (for diagnostics and tests).
QStringList installTranslations(QCoreApplication& app, const QLocale& locale);

/// Languages for which Meshfed ships a catalogue (e.g. "de").
QStringList availableLanguages();

} // namespace meshfed
