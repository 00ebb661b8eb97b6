#include "common/TaskRunner.h"

#include <QMetaObject>

namespace cluedesk::ui {

void Progress::report(double fraction, const QString& text)
{
    if (m_sink)
        m_sink(fraction, text, true);
}

void Progress::reportFinalStep(const QString& text)
{
    if (m_sink)
        m_sink(-1, text, false);
}

QProgressDialog* TaskRunner::makeDialog(QWidget* parent, const QString& title, const std::shared_ptr<Progress>& progress)
{
    auto* dialog = new QProgressDialog(title, tr("Cancel"), 0, 1000, parent);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400); // appears only for work over a moment
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumWidth(420);
    dialog->setValue(0);
    QPointer<QProgressDialog> guard(dialog);
    progress->m_sink = [guard](double fraction, QString text, bool cancellable) {
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, fraction, text, cancellable] {
                if (!guard)
                    return;
                if (!cancellable)
                    guard->setCancelButton(nullptr);
                if (fraction < 0) {
                    guard->setMaximum(0);
                } else {
                    guard->setMaximum(1000);
                    guard->setValue(int(fraction * 1000));
                }
                if (!text.isEmpty())
                    guard->setLabelText(text);
            },
            Qt::QueuedConnection);
    };
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [progress, dialog] {
        progress->m_cancel = true;
        dialog->setLabelText(tr("Cancelling..."));
    });
    return dialog;
}

} // namespace cluedesk::ui
