#pragma once
// Widget tests need a QApplication (offscreen); the prebuilt Catch2 main does not make one.
#include <QApplication>

namespace testing {
inline void ensureWidgetApp()
{
    if (QApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "cluedesk-ui-tests";
    static char* argv[] = {name, nullptr};
    new QApplication(argc, argv); // lives until the process ends
}
} // namespace testing
