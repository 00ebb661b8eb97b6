#pragma once
// Runs long work (imports, screening, OCR) off the GUI thread with a progress dialog and a
// cancel button. The work function gets a Progress to report to and to ask about cancel;
// the result is handed back on the GUI thread.
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>
#include <atomic>
#include <functional>
#include <memory>

namespace cluedesk::ui {

class Progress {
public:
    // Thread-safe; fraction 0..1, or negative for "busy" without a known end.
    void report(double fraction, const QString& text = {});
    // Thread-safe; for the last step, which cannot be undone once begun (writing an import to
    // disk): the cancel button goes, rather than promise what it can no longer do.
    void reportFinalStep(const QString& text);
    bool cancelled() const { return m_cancel.load(); }
    const std::atomic_bool* cancelFlag() const { return &m_cancel; }

private:
    friend class TaskRunner;
    std::atomic_bool m_cancel{false};
    std::function<void(double, QString, bool)> m_sink; // fraction, text, can still cancel
};

class TaskRunner : public QObject {
    Q_OBJECT
public:
    // Shows a window-modal progress dialog over parent after a short delay, runs work in the
    // thread pool and calls done(result) on the GUI thread.
    template <typename R>
    static void run(QWidget* parent, const QString& title, std::function<R(Progress&)> work, std::function<void(R)> done)
    {
        auto progress = std::make_shared<Progress>();
        auto* dialog = makeDialog(parent, title, progress);
        auto* watcher = new QFutureWatcher<R>(dialog);
        QObject::connect(watcher, &QFutureWatcher<R>::finished, dialog, [watcher, dialog, done] {
            R result = watcher->result();
            dialog->close();
            dialog->deleteLater();
            done(std::move(result));
        });
        watcher->setFuture(QtConcurrent::run([work, progress] { return work(*progress); }));
    }

private:
    static QProgressDialog* makeDialog(QWidget* parent, const QString& title, const std::shared_ptr<Progress>& progress);
};

} // namespace cluedesk::ui
