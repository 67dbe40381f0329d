#pragma once

#include <QMainWindow>

namespace meshfed {

/// Meshfed's main window: menus, the central views and the status bar.
/// Usage: MainWindow window; window.show();
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    void createMenus();
    void showAbout();
};

} // namespace meshfed
