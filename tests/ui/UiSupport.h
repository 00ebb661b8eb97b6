#pragma once
// Widget tests need a QApplication (offscreen); the prebuilt Catch2 main does not make one.
#include "app/Application.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>

namespace testing {
inline void ensureWidgetApp()
{
    if (QApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "cluedesk-ui-tests";
    static char* argv[] = {name, nullptr};
    new cluedesk::ui::Application(argc, argv); // the real one, error boundary included; lives until the end
}

// Answers every modal dialog that comes up with handle(dialog), until destroyed.
class ModalAnswerer {
public:
    explicit ModalAnswerer(std::function<void(QWidget*)> handle) : m_handle(std::move(handle))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (QWidget* w = QApplication::activeModalWidget())
                m_handle(w);
        });
        m_timer.start(20);
    }

private:
    std::function<void(QWidget*)> m_handle;
    QTimer m_timer;
};

// A dialog's widget by its objectName, as a user's automation would find it; the test fails
// when the dialog has no such widget.
template <class T> T* child(const QObject& parent, const char* name)
{
    T* w = parent.findChild<T*>(QString::fromLatin1(name));
    INFO("no " << name << " in " << parent.metaObject()->className());
    REQUIRE(w != nullptr);
    return w;
}

// Processes events until done() or the time is up; returns done().
inline bool waitFor(const std::function<bool()>& done, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(20);
    return done();
}

} // namespace testing
