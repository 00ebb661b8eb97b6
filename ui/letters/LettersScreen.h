#pragma once
// The letter register: every letter by number, with its addressee, persons, status and reply
// (due, replied, overdue in red); save the PDF again, print it, record a reply, or mark it void
// (its number stays used).
#include <QWidget>

class QTableWidget;

namespace cluedesk::ui {

class PoolSession;

class LettersScreen : public QWidget {
    Q_OBJECT
public:
    explicit LettersScreen(PoolSession& session, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    void reload();

private:
    QString selectedNumber() const;
    void savePdf();
    void print();
    void voidLetter();
    void recordReply();

    PoolSession& m_session;
    QTableWidget* m_table = nullptr;
};

} // namespace cluedesk::ui
