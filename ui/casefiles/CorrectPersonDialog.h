#pragma once
// Correcting a person the reader was not sure of: the officer reads the page, types the name
// and ID number as they are written and says who the person is (victim, relative, defendant,
// witness, other); the ID is checked while typing (check character, birth date, region) and
// only a valid number can be saved. The persons in the pool with the
// same name and an ID one edit away from what was read are offered; taking one only fills in
// the fields, the officer still saves.
#include "casefiles/CaseFileStore.h"
#include "ingest/PossibleMatches.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cluedesk::ui {

class CorrectPersonDialog : public QDialog {
    Q_OBJECT
public:
    CorrectPersonDialog(
        const StoredFact& fact, const QDate& today, const std::vector<PossibleMatch>& matches = {}, QWidget* parent = nullptr);
    QString name() const;
    QString idText() const;
    QString role() const;

private:
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_idEdit = nullptr;
    void check();

    QDate m_today;
    QLabel* m_verdict = nullptr;
    QComboBox* m_role = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace cluedesk::ui
