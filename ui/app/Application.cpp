#include "app/Application.h"

#include "pool/StorageError.h"

#include <QTimer>
#include <exception>

namespace cluedesk::ui {

bool Application::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const DbError& e) {
        report(storageMessage(e), storageFailureIsFatal(e));
    } catch (const std::exception& e) {
        report(tr("An internal error stopped this step: %1").arg(QString::fromLocal8Bit(e.what())), false);
    }
    return false;
}

void Application::report(const QString& message, bool fatal)
{
    qWarning("cluedesk: %s", qUtf8Printable(message));
    // Not from inside the failed handler: a dialog there would run a nested loop over a half-done step.
    QTimer::singleShot(0, this, [this, message, fatal] { Q_EMIT storageFailed(message, fatal); });
}

} // namespace cluedesk::ui
