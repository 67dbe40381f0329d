#include "gui/app/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace meshfed {

FirstPaintProbe::FirstPaintProbe(QObject* parent, QElapsedTimer started)
    : QObject(parent)
    , m_started(started)
{ }

void FirstPaintProbe::installIfRequested(QObject* widget, QElapsedTimer started)
{
    if (qEnvironmentVariableIntValue("MESHFED_QUIT_AFTER_FIRST_PAINT") != 1)
        return;
    // Qt paints a window and all its children in one backing-store sync; the first Paint event
    // starts it and the queued quit runs after it, when the topology's viewport is painted too.
    QCoreApplication::instance()->installEventFilter(new FirstPaintProbe(widget, started));
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // Quit after this paint (and those queued with it) has finished.
        QTimer::singleShot(0, this, [this] {
            std::fprintf(stderr, "meshfed: first paint after %lld ms\n", static_cast<long long>(m_started.elapsed()));
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace meshfed
