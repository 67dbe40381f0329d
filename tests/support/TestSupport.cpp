#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace meshfed::test {

QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(MESHFED_TESTS_DIR "/data")).filePath(relative);
}

QString binaryPath(const QString& name)
{
    return QDir(QStringLiteral(MESHFED_BINARY_DIR "/bin")).filePath(name);
}

QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(
            qPrintable(QStringLiteral("cannot read %1: %2").arg(path, file.errorString())), __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace meshfed::test

#include <QDir>

#include <yaml-cpp/yaml.h>

namespace meshfed::test {

bool matchesGolden(const QByteArray& actual, const QString& relative, QString* difference)
{
    const QString path = dataPath(relative);
    if (qEnvironmentVariableIsSet("MESHFED_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        return out.open(QIODevice::WriteOnly) && out.write(actual) == actual.size();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *difference = QStringLiteral("golden file %1 is missing (MESHFED_UPDATE_GOLDEN=1 writes it)").arg(path);
        return false;
    }
    const QList<QByteArray> expected = file.readAll().split('\n');
    const QList<QByteArray> got = actual.split('\n');
    for (qsizetype i = 0; i < std::max(expected.size(), got.size()); ++i) {
        const QByteArray e = expected.value(i, "<end of file>");
        const QByteArray g = got.value(i, "<end of file>");
        if (e != g) {
            *difference = QStringLiteral("%1:%2\n  expected: %3\n  actual:   %4")
                              .arg(path)
                              .arg(i + 1)
                              .arg(QString::fromUtf8(e), QString::fromUtf8(g));
            return false;
        }
    }
    return true;
}

namespace {

void collectLeaves(const YAML::Node& node, const QString& prefix, QStringList& out)
{
    if (!node.IsMap()) {
        out << prefix;
        return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = QString::fromStdString(it->first.as<std::string>());
        collectLeaves(it->second, prefix.isEmpty() ? key : prefix + u'.' + key, out);
    }
}

} // namespace

QStringList yamlLeafPaths(const QByteArray& yaml)
{
    QStringList leaves;
    collectLeaves(YAML::Load(yaml.toStdString()), {}, leaves);
    return leaves;
}

} // namespace meshfed::test
