#pragma once
// While opening upgrades an older pool (rebuilding an index over two million rows took 8 s), a
// window says what is happening and keeps repainting; it closes when the notice is done.
#include "pool/Schema.h"

#include <QElapsedTimer>
#include <memory>

class QProgressDialog;

namespace cluedesk::ui {

class UpgradeNotice {
public:
    UpgradeNotice();
    ~UpgradeNotice();
    UpgradeNotice(const UpgradeNotice&) = delete;
    UpgradeNotice& operator=(const UpgradeNotice&) = delete;

    // For PoolOptions::upgrading; valid while this notice lives.
    Schema::Upgrading callback();
    void done();

private:
    void upgrading(int from, int to);

    std::unique_ptr<QProgressDialog> m_dialog;
    QElapsedTimer m_sincePaint;
};

} // namespace cluedesk::ui
