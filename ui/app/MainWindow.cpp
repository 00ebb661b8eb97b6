#include "app/MainWindow.h"

#include "app/Application.h"

#include "casefiles/CaseFilesScreen.h"
#include "clues/ClueTableModel.h"
#include "clues/CluesScreen.h"
#include "common/PoolSession.h"
#include "dashboard/DashboardScreen.h"
#include "fieldwork/FieldDialogs.h"
#include "letters/LetterDialog.h"
#include "letters/LettersScreen.h"
#include "models/ModelsScreen.h"
#include "person/CalculatorDialog.h"
#include "person/PersonDialog.h"
#include "person/VisitDialog.h"
#include "pool/DataPoolScreen.h"
#include "pool/RejectsDialog.h"
#include "security/Access.h"
#include "security/AuditScreen.h"
#include "settings/SettingsScreen.h"

#include "ingest/PossibleMatches.h"
#include "pool/DatasetStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace cluedesk::ui {

MainWindow::MainWindow(PoolSession& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    if (Application* app = Application::instance())
        connect(app, &Application::storageFailed, this, &MainWindow::storageFailed);
    setWindowTitle(tr("ClueDesk — %1").arg(session.path()));
    setMinimumSize(1024, 640);
    m_nav = new QListWidget;
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setFixedWidth(170);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { background: #23364A; color: #E8EEF4; border: none; font-size: 14px; }"
                                        "QListWidget::item { padding: 10px 8px; }"
                                        "QListWidget::item:selected { background: #3A78B8; color: white; }"));
    m_stack = new QStackedWidget;
    auto* central = new QWidget;
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_nav);
    row->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_dataPool = new DataPoolScreen(session);
    addScreen(QStringLiteral("pool"), tr("Data pool"), style()->standardIcon(QStyle::SP_DriveHDIcon), m_dataPool);
    m_caseFiles = new CaseFilesScreen(session);
    addScreen(QStringLiteral("casefiles"), tr("Case files"), style()->standardIcon(QStyle::SP_FileDialogStart), m_caseFiles);
    addScreen(QStringLiteral("models"), tr("Models"), style()->standardIcon(QStyle::SP_FileDialogContentsView),
        new ModelsScreen(session));
    m_clues = new CluesScreen(session);
    addScreen(QStringLiteral("clues"), tr("Clues"), style()->standardIcon(QStyle::SP_FileDialogDetailedView), m_clues);
    addScreen(QStringLiteral("letters"), tr("Letters"), style()->standardIcon(QStyle::SP_FileIcon), new LettersScreen(session));
    addScreen(QStringLiteral("dashboard"), tr("Dashboard"), style()->standardIcon(QStyle::SP_ComputerIcon),
        new DashboardScreen(session));
    addScreen(QStringLiteral("settings"), tr("Settings"), style()->standardIcon(QStyle::SP_FileDialogListView),
        new SettingsScreen(session));
    if (Access::can(session.pool(), Permission::ViewFullIds))
        addScreen(QStringLiteral("audit"), tr("Audit log"), style()->standardIcon(QStyle::SP_FileDialogInfoView),
            new AuditScreen(session));
    connect(m_clues, &CluesScreen::personRequested, this, [this](const QString& key, qint64 clue) {
        PersonDialog dialog(m_session, key, clue, this);
        dialog.exec();
    });
    connect(m_clues, &CluesScreen::letterRequested, this, [this](const QList<qint64>& clues) {
        LetterDialog dialog(m_session, clues, this);
        dialog.exec();
    });
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);
    buildMenus();
    statusBar()->showMessage(session.pool().role().isEmpty()
            ? tr("User: %1").arg(session.pool().user())
            : tr("User: %1 (%2)").arg(session.pool().user(), Access::roleTitle(session.pool().role()).text()));
    if (!session.pool().encrypted())
        statusBar()->addPermanentWidget(new QLabel(tr("<span style='color:#B00000'>Pool not encrypted</span>")));

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::addScreen(const QString& name, const QString& title, const QIcon& icon, QWidget* widget)
{
    m_names << name;
    m_stack->addWidget(widget);
    auto* item = new QListWidgetItem(icon, title);
    item->setData(Qt::UserRole, name);
    m_nav->addItem(item);
}

void MainWindow::showScreen(const QString& name)
{
    const int i = int(m_names.indexOf(name));
    if (i >= 0)
        m_nav->setCurrentRow(i);
}

QWidget* MainWindow::screen(const QString& name) const
{
    const int i = int(m_names.indexOf(name));
    return i >= 0 ? m_stack->widget(i) : nullptr;
}

void MainWindow::saveScreenshots(const QString& dir)
{
    QDir().mkpath(dir);
    for (const QString& name : m_names) {
        showScreen(name);
        QApplication::processEvents();
        grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
    const auto shoot = [&](QDialog* d, const char* name) {
        d->show();
        QApplication::processEvents();
        d->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
        d->close();
        delete d;
    };
    // The rows not imported of a list with a broken ID that has a possible match.
    IssueFilter rejected;
    rejected.severities = {QStringLiteral("rejected")};
    for (const ImportIssue& i : DatasetStore(m_session.pool()).issues(rejected))
        if (i.code == QLatin1String("id.invalid") && !PossibleMatches(m_session.pool()).forIssue(i.id).empty()) {
            shoot(new RejectsDialog(m_session.pool(), i.datasetId, this), "rejects.png");
            break;
        }
    // The review dialogs, on the first clue of the queue.
    showScreen(QStringLiteral("clues"));
    if (m_clues->model()->rowCount() == 0)
        return;
    const ClueRow* clue = m_clues->model()->clue(0);
    shoot(new PersonDialog(m_session, clue->personKey, clue->id, this), "person.png");
    shoot(new VisitDialog(m_session, clue->personKey, clue->id, this), "visit.png");
    shoot(new CalculatorDialog(m_session, clue->id, clue->personKey, this), "calculator.png");
    shoot(new LetterDialog(m_session, {clue->id}, this), "letter.png");
    // A clue about an auction lot, a case or a company, as the supervision models find them.
    for (int row = 0; row < m_clues->model()->rowCount(); ++row)
        if (!m_clues->model()->clue(row)->aboutPerson()) {
            m_clues->selectRow(row);
            QApplication::processEvents();
            grab().save(QDir(dir).filePath(QStringLiteral("clues-supervision.png")));
            break;
        }
    // A supervision clue carried to the end: its letter, the reply and what the next screening found.
    if (auto* status = m_clues->findChild<QComboBox*>(QStringLiteral("statusFilter"))) {
        status->setCurrentIndex(status->findData(QStringLiteral("corrected")));
        if (m_clues->model()->rowCount() > 0) {
            m_clues->selectRow(0);
            QApplication::processEvents();
            grab().save(QDir(dir).filePath(QStringLiteral("clues-followup.png")));
        }
        status->setCurrentIndex(0);
    }
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Import lists..."), QKeySequence(Qt::CTRL | Qt::Key_I), m_dataPool, &DataPoolScreen::chooseFiles);
    file->addAction(tr("Add &case files..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, [this] {
        showScreen(QStringLiteral("casefiles"));
        m_caseFiles->chooseFiles();
    });
    file->addSeparator();
    file->addAction(tr("Export visit package for selected clues..."), this,
        [this] { exportVisitPackage(this, m_session, m_clues->selectedClues()); });
    file->addAction(tr("Import returned visit package..."), this, [this] { importVisitPackage(this, m_session); });
    file->addAction(tr("Open visit package (field laptop)..."), this, [this] { openVisitPackage(this); });
    file->addAction(tr("Conflicts from visit packages..."), this, [this] {
        ConflictsDialog dialog(m_session, this);
        dialog.exec();
    });
    file->addSeparator();
    file->addAction(tr("&Open pool..."), QKeySequence::Open, this, &MainWindow::openPool);
    file->addAction(tr("&New pool..."), QKeySequence::New, this, &MainWindow::newPool);
    file->addSeparator();
    file->addAction(tr("E&xit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ClueDesk"), this, &MainWindow::about);
}

// Switching pools restarts the program on the other pool: every screen then starts clean.
void MainWindow::openPool()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open pool"), QString(), tr("ClueDesk pools (*.pool);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("pool/last"), path);
    QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--pool"), path});
    close();
}

void MainWindow::newPool()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New pool"), tr("office.pool"), tr("ClueDesk pools (*.pool)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("pool/last"), path);
    QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--pool"), path, QStringLiteral("--create")});
    close();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About ClueDesk"),
        tr("<h3>ClueDesk %1</h3><p>A workstation for legal supervision screening models: import the lists of "
           "other bureaus, screen them, review the clues, visit, decide and write to other departments.</p>"
           "<p>Works offline. Pool: %2</p>")
            .arg(QApplication::applicationVersion(), m_session.path()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::storageFailed(const QString& message, bool fatal)
{
    if (!fatal) {
        QMessageBox::warning(this, tr("The pool"), message);
        m_session.notifyChanged(); // views show what is saved
        return;
    }
    QMessageBox::critical(this, tr("The pool"), message + QLatin1Char('\n') + tr("ClueDesk closes the pool now."));
    close();
}

} // namespace cluedesk::ui
