#pragma once
// Choosing a pool's passphrase: for a new pool (ClueDesk's first run, File ▸ New pool), for
// encrypting a plain pool and for changing the passphrase. The strength is shown as it is typed
// and a passphrase too easy to guess cannot be taken. For a new pool, an unencrypted one is a
// choice the officer has to make on purpose, next to a warning.
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace cluedesk::ui {

class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { NewPool, Encrypt, Change };
    PassphraseDialog(Purpose purpose, const QString& poolPath, const QStringList& knownWords = {}, QWidget* parent = nullptr);
    ~PassphraseDialog() override;
    // The chosen passphrase; empty when an unencrypted pool was chosen. Wipe it after use.
    QByteArray passphrase() const;
    bool plainChosen() const;

private:
    void update();
    QStringList m_knownWords;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QProgressBar* m_meter = nullptr;
    QLabel* m_verdict = nullptr;
    QCheckBox* m_plain = nullptr;
    QLabel* m_plainWarning = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace cluedesk::ui
