#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
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
