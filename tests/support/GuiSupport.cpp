#include "GuiSupport.h"

#include <QGuiApplication>

namespace testing {

void ensureGuiApp()
{
    if (QGuiApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "cluedesk-tests";
    static char* argv[] = {name, nullptr};
    // Lives until the process ends; destroying it from a static destructor races Qt's own.
    new QGuiApplication(argc, argv);
}

} // namespace testing
