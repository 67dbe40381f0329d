#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace meshfed {

/// Start-up measurement: when MESHFED_QUIT_AFTER_FIRST_PAINT=1, prints the time from `started`
/// to the first paint of `widget` to stderr ("meshfed: first paint after 412 ms") and quits.
/// Usage: FirstPaintProbe::installIfRequested(&window, startedInMain);
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    static void installIfRequested(QObject* widget, QElapsedTimer started);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FirstPaintProbe(QObject* parent, QElapsedTimer started);

    QElapsedTimer m_started;
    bool m_done = false;
};

} // namespace meshfed
