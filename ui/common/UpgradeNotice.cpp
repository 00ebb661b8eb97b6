#include "common/UpgradeNotice.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace cluedesk::ui {

UpgradeNotice::UpgradeNotice() = default;
UpgradeNotice::~UpgradeNotice() = default;

Schema::Upgrading UpgradeNotice::callback()
{
    return [this](int from, int to) { upgrading(from, to); };
}

void UpgradeNotice::done()
{
    m_dialog.reset();
}

void UpgradeNotice::upgrading(int from, int to)
{
    if (!m_dialog) {
        m_dialog = std::make_unique<QProgressDialog>();
        m_dialog->setWindowTitle(QCoreApplication::translate("UpgradeNotice", "ClueDesk"));
        m_dialog->setLabelText(QCoreApplication::translate("UpgradeNotice",
            "Upgrading the pool for this version of ClueDesk (schema %1 to %2).\n"
            "A large pool takes a few seconds. Please wait; nothing in it is lost.")
                                   .arg(from)
                                   .arg(to));
        m_dialog->setCancelButton(nullptr); // one transaction: it finishes or changes nothing
        m_dialog->setRange(0, 0);
        m_dialog->setMinimumDuration(0);
        m_dialog->setWindowModality(Qt::ApplicationModal);
        m_dialog->setMinimumWidth(460);
        m_dialog->show();
        QCoreApplication::processEvents();
        m_sincePaint.start();
        return;
    }
    if (m_sincePaint.elapsed() >= 50) { // repaint and animate, without taking clicks meanwhile
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        m_sincePaint.restart();
    }
}

} // namespace cluedesk::ui
