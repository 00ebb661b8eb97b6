#pragma once
// The office's settings: county name and ID region prefix, the office's name for letters, the
// annual assistance budget; the parameter sets for amounts; and the users (administrators).
#include <QWidget>
#include <map>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cluedesk::ui {

class PoolSession;

class SettingsScreen : public QWidget {
    Q_OBJECT
public:
    explicit SettingsScreen(PoolSession& session, QWidget* parent = nullptr);
    QLineEdit* field(const QString& key) const { return m_fields.at(key); }
    QTableWidget* parameterSets() const { return m_params; }
    QTableWidget* users() const { return m_users; }

public Q_SLOTS:
    void save();
    void reload();
    void importParameters();
    void addUser();
    void changePassphrase();

private:
    PoolSession& m_session;
    std::map<QString, QLineEdit*> m_fields;
    QTableWidget* m_params = nullptr;
    QTableWidget* m_users = nullptr;
    QLabel* m_encryption = nullptr;
    QPushButton* m_rekey = nullptr;
    void showEncryption();
};

} // namespace cluedesk::ui
