#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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

namespace meshfed::test {

/// Compares `actual` with the golden file tests/data/<relative>. With MESHFED_UPDATE_GOLDEN=1 in
/// the environment the golden file is (re)written instead. On a mismatch `difference` names the
/// first differing line with both versions.
bool matchesGolden(const QByteArray& actual, const QString& relative, QString* difference);

/// The leaf key paths of a YAML mapping, e.g. "global.tls.enabled"; a list is a leaf.
QStringList yamlLeafPaths(const QByteArray& yaml);

} // namespace meshfed::test
