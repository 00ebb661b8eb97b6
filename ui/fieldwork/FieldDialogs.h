#pragma once
// Visit packages in the GUI: export for the selected clues (the one-time passphrase shown once),
// the field laptop's view of a package with its visit form, and importing a returned package
// with its conflicts to resolve.
#include <QDialog>
#include <QList>

class QTableWidget;
class QTextBrowser;

namespace cluedesk {
class FieldPackage;
}

namespace cluedesk::ui {

class PoolSession;

void exportVisitPackage(QWidget* parent, PoolSession& session, const QList<qint64>& clueIds);
void importVisitPackage(QWidget* parent, PoolSession& session);
void openVisitPackage(QWidget* parent);

// The field laptop: the persons to visit, what was recorded, and the visit form; every change
// is saved into the package file at once.
class FieldPackageDialog : public QDialog {
    Q_OBJECT
public:
    FieldPackageDialog(const QString& path, const QByteArray& passphrase, FieldPackage& package, QWidget* parent = nullptr);
    QTableWidget* persons() const { return m_persons; }
    void recordVisit();
    void addNote();

private:
    void reload();
    QString m_path;
    QByteArray m_passphrase;
    FieldPackage& m_package;
    QTableWidget* m_persons = nullptr;
    QTextBrowser* m_detail = nullptr;
};

// Open conflicts from returned packages, with the two versions side by side.
class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    ConflictsDialog(PoolSession& session, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    void reload();
    void resolve(const QString& keep);
    PoolSession& m_session;
    QTableWidget* m_table = nullptr;
};

} // namespace cluedesk::ui
