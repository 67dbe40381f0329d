#include "tests/support/LogCapture.h"

#include <QMutex>

namespace meshfed::test {

namespace {

QMutex mutex;
QStringList captured;
QtMessageHandler previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&mutex);
        captured.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1String(": ") + message);
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

LogCapture::LogCapture(const QString& rules)
{
    QMutexLocker lock(&mutex);
    captured.clear();
    previous = qInstallMessageHandler(capture);
    QLoggingCategory::setFilterRules(rules);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
}

QStringList LogCapture::messages() const
{
    QMutexLocker lock(&mutex);
    return captured;
}

} // namespace meshfed::test
