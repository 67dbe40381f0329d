#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace meshfed {

/// Tells the user that something they waited for ended while the window was in the background:
/// a system notification through the tray where the desktop has one, else the task bar's
/// attention hint. Nothing is shown while the window is active: the user sees it already.
///
/// Usage:
///     Notifier notifier(window);
///     notifier.notify(tr("Wait ended"), tr("helm --wait for consul-dc1 ended after 95 s"));
class Notifier : public QObject
{
    Q_OBJECT

public:
    explicit Notifier(QWidget* window);
    ~Notifier() override;

    /// Returns true when the user was notified (the window was not active).
    bool notify(const QString& title, const QString& message);
    /// The last notification's message, for tests.
    const QString& lastMessage() const { return m_lastMessage; }

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastMessage;
};

} // namespace meshfed
