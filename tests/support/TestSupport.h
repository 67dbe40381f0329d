#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace meshfed::test {

/// Path of a file in tests/data/.
QString dataPath(const QString& relative);

/// Path of a built executable of the project (bin/<name>).
QString binaryPath(const QString& name);

/// The environment without any display: no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM.
QProcessEnvironment headlessEnvironment();

/// Reads a whole file as UTF-8; fails the current test (QVERIFY-style) when it cannot.
QString readText(const QString& path);

} // namespace meshfed::test
