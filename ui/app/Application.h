#pragma once
// The GUI's error boundary: a storage failure (full disk, tampered page, locked or read-only
// file) thrown while an event is handled is caught here instead of ending the program, and
// reported once the event loop is back in a steady state. SQLite has rolled back whatever was
// unfinished; the main window tells the officer and closes the pool when it cannot go on.
#include <QApplication>

namespace cluedesk::ui {

class Application : public QApplication {
    Q_OBJECT
public:
    Application(int& argc, char** argv) : QApplication(argc, argv) { }
    bool notify(QObject* receiver, QEvent* event) override;
    static Application* instance() { return qobject_cast<Application*>(QCoreApplication::instance()); }

Q_SIGNALS:
    // message: for the officer; fatal: the pool should be closed.
    void storageFailed(const QString& message, bool fatal);

private:
    void report(const QString& message, bool fatal);
};

} // namespace cluedesk::ui
