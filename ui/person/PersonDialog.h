#pragma once
// One person as the pool knows them (every list, case file, clue, decision, visit, amount and
// letter), with the next steps of the review: record a household visit, calculate the amount.
// ID numbers are masked until the officer asks to see the full number.
#include <QDialog>

class QTextBrowser;

namespace cluedesk::ui {

class PoolSession;

class PersonDialog : public QDialog {
    Q_OBJECT
public:
    PersonDialog(PoolSession& session, const QString& personKey, qint64 clueId, QWidget* parent = nullptr);
    QString html() const;

public Q_SLOTS:
    void reload();
    void recordVisit();
    void calculate();

private:
    PoolSession& m_session;
    QString m_key;
    qint64 m_clueId = 0;
    bool m_fullIds = false;
    QTextBrowser* m_view = nullptr;
};

} // namespace cluedesk::ui
