#include "gui/common/Notifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace meshfed {

Notifier::Notifier(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    // The tray icon is there for the notification only: it goes when the user comes back.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (m_tray && state == Qt::ApplicationActive)
            m_tray->hide();
    });
}

Notifier::~Notifier() = default;

bool Notifier::notify(const QString& title, const QString& message)
{
    if (!m_window || m_window->isActiveWindow())
        return false;
    m_lastMessage = message;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                if (m_window) {
                    m_window->raise();
                    m_window->activateWindow();
                }
            });
        }
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
    }
    QApplication::alert(m_window);
    return true;
}

} // namespace meshfed
