#pragma once

#include "gui/app/DemoSession.h"
#include "gui/app/MainWindow.h"
#include "tests/support/SimScenario.h"

#include <QApplication>

#include <cstdio>
#include <functional>

namespace meshfed::test {

/// The body of a screenshot program (not a test): demo mode on the fast simulator, the main window
/// at 1600×1000 showing its workspace, `prepare` bringing it into the state to show (false: it
/// failed and said why on stderr), then QWidget::grab() saved to argv[1].
///
/// Usage: `int main(int argc, char** argv) { return takeDemoScreenshot(argc, argv, "x", prepare); }`
inline int takeDemoScreenshot(
    int argc, char** argv, const char* program, const std::function<bool(DemoSession&, MainWindow&)>& prepare)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <out.png>\n", program);
        return 2;
    }
    DemoSession demo;
    QString error;
    if (!demo.start(scenario::fastSimulator(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow window;
    window.showWorkspace(demo.workspace());
    window.resize(1600, 1000);
    window.show();
    if (!prepare(demo, window))
        return 1;
    if (!window.grab().save(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "could not write %s\n", argv[1]);
        return 1;
    }
    return 0;
}

} // namespace meshfed::test
