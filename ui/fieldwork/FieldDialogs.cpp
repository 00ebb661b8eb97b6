#include "fieldwork/FieldDialogs.h"

#include "common/PoolSession.h"
#include "fieldwork/FieldPackage.h"
#include "identity/IdNumber.h"
#include "person/VisitDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cluedesk::ui {
namespace {

QString nowText()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
}

QByteArray askPassphrase(QWidget* parent, const QString& path)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, FieldPackageDialog::tr("Visit package"),
        FieldPackageDialog::tr("One-time passphrase of %1:").arg(QFileInfo(path).fileName()), QLineEdit::Normal, QString(), &ok);
    return ok ? text.trimmed().toUtf8() : QByteArray();
}

} // namespace

void exportVisitPackage(QWidget* parent, PoolSession& session, const QList<qint64>& clueIds)
{
    if (clueIds.isEmpty()) {
        QMessageBox::information(parent, FieldPackageDialog::tr("Visit package"),
            FieldPackageDialog::tr("Select the clues to visit on the Clues screen first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(parent, FieldPackageDialog::tr("Export visit package"),
        FieldPackageDialog::tr("visits-%1.cdvisit").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))),
        FieldPackageDialog::tr("Visit packages (*.cdvisit)"));
    if (path.isEmpty())
        return;
    auto passphrase = FieldPackage::exportTo(session.pool(), std::vector<qint64>(clueIds.begin(), clueIds.end()), path);
    if (!passphrase) {
        QMessageBox::warning(parent, FieldPackageDialog::tr("Visit package"), passphrase.error().message);
        return;
    }
    session.notifyChanged();
    QMessageBox box(QMessageBox::Information, FieldPackageDialog::tr("Visit package"),
        FieldPackageDialog::tr("<p>%n person(s) exported to %1.</p><p>One-time passphrase:</p><h2>%2</h2>"
                               "<p>Write it down and give it to the visiting officer separately from the USB stick. "
                               "It is shown only now.</p>",
            nullptr, int(clueIds.size()))
            .arg(path.toHtmlEscaped(), *passphrase),
        QMessageBox::Ok, parent);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void importVisitPackage(QWidget* parent, PoolSession& session)
{
    const QString path = QFileDialog::getOpenFileName(parent, FieldPackageDialog::tr("Import returned visit package"), QString(),
        FieldPackageDialog::tr("Visit packages (*.cdvisit)"));
    if (path.isEmpty())
        return;
    const QByteArray passphrase = askPassphrase(parent, path);
    if (passphrase.isEmpty())
        return;
    auto package = FieldPackage::open(path, passphrase);
    if (!package) {
        QMessageBox::warning(parent, FieldPackageDialog::tr("Visit package"), package.error().message);
        return;
    }
    auto report = FieldMerge::merge(session.pool(), *package);
    if (!report) {
        QMessageBox::warning(parent, FieldPackageDialog::tr("Visit package"), report.error().message);
        return;
    }
    session.notifyChanged();
    QMessageBox::information(parent, FieldPackageDialog::tr("Visit package"),
        FieldPackageDialog::tr("Visits added: %1, updated: %2; notes added: %3; already here: %4; conflicts to resolve: %5.")
            .arg(report->visitsAdded)
            .arg(report->visitsUpdated)
            .arg(report->notesAdded)
            .arg(report->unchanged)
            .arg(report->conflicts.size()));
    if (!FieldMerge::conflicts(session.pool()).empty()) {
        ConflictsDialog conflicts(session, parent);
        conflicts.exec();
    }
}

void openVisitPackage(QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, FieldPackageDialog::tr("Open visit package"), QString(), FieldPackageDialog::tr("Visit packages (*.cdvisit)"));
    if (path.isEmpty())
        return;
    const QByteArray passphrase = askPassphrase(parent, path);
    if (passphrase.isEmpty())
        return;
    auto package = FieldPackage::open(path, passphrase);
    if (!package) {
        QMessageBox::warning(parent, FieldPackageDialog::tr("Visit package"), package.error().message);
        return;
    }
    FieldPackageDialog dialog(path, passphrase, *package, parent);
    dialog.exec();
}

FieldPackageDialog::FieldPackageDialog(const QString& path, const QByteArray& passphrase, FieldPackage& package, QWidget* parent)
    : QDialog(parent), m_path(path), m_passphrase(passphrase), m_package(package)
{
    setWindowTitle(tr("Household visits — %1").arg(QFileInfo(path).fileName()));
    resize(1100, 700);
    auto* layout = new QHBoxLayout(this);
    m_persons = new QTableWidget(0, 4);
    m_persons->setHorizontalHeaderLabels({tr("Name"), tr("ID number"), tr("Town"), tr("Visits")});
    m_persons->horizontalHeader()->setStretchLastSection(true);
    m_persons->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_persons->setSelectionMode(QAbstractItemView::SingleSelection);
    m_persons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_persons->verticalHeader()->hide();
    layout->addWidget(m_persons, 2);
    auto* right = new QVBoxLayout;
    m_detail = new QTextBrowser;
    right->addWidget(m_detail, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* visit = buttons->addButton(tr("Record visit..."), QDialogButtonBox::ActionRole);
    auto* note = buttons->addButton(tr("Add note..."), QDialogButtonBox::ActionRole);
    connect(visit, &QPushButton::clicked, this, &FieldPackageDialog::recordVisit);
    connect(note, &QPushButton::clicked, this, &FieldPackageDialog::addNote);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);
    layout->addLayout(right, 3);
    connect(m_persons, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_persons->currentRow();
        if (row < 0)
            return;
        const QJsonObject p = m_package.persons()[row].toObject();
        const qint64 clue = p.value(QStringLiteral("clue")).toInteger();
        QString h =
            QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(p.value(QStringLiteral("names")).toVariant().toStringList().join(QStringLiteral(" / ")).toHtmlEscaped(),
                    p.value(QStringLiteral("reason")).toString().toHtmlEscaped());
        for (const QJsonValue& e : p.value(QStringLiteral("evidence")).toArray()) {
            QStringList fields;
            const QJsonObject f = e.toObject().value(QStringLiteral("fields")).toObject();
            for (auto it = f.begin(); it != f.end(); ++it)
                fields << QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString());
            h += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                     .arg(e.toObject().value(QStringLiteral("list")).toString().toHtmlEscaped(),
                         fields.join(QStringLiteral("；")).toHtmlEscaped());
        }
        for (const Visit& v : m_package.visits())
            if (v.clueId == clue)
                h += tr("<p>Visit %1 (%2): %3</p>").arg(v.visitDate, v.visitors.toHtmlEscaped(), v.conclusion.toHtmlEscaped());
        m_detail->setHtml(h);
    });
    reload();
    if (m_persons->rowCount() > 0)
        m_persons->selectRow(0);
}

void FieldPackageDialog::reload()
{
    const int current = m_persons->currentRow();
    m_persons->setRowCount(0);
    const auto visits = m_package.visits();
    for (const QJsonValue& v : m_package.persons()) {
        const QJsonObject p = v.toObject();
        const qint64 clue = p.value(QStringLiteral("clue")).toInteger();
        const int n = int(std::count_if(visits.begin(), visits.end(), [clue](const Visit& x) { return x.clueId == clue; }));
        const int r = m_persons->rowCount();
        m_persons->insertRow(r);
        const QStringList cells = {p.value(QStringLiteral("names")).toVariant().toStringList().join(QStringLiteral(" / ")),
            IdNumber::mask(p.value(QStringLiteral("key")).toString()), p.value(QStringLiteral("town")).toString(),
            QString::number(n)};
        for (int c = 0; c < cells.size(); ++c)
            m_persons->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    if (current >= 0 && current < m_persons->rowCount())
        m_persons->selectRow(current);
}

void FieldPackageDialog::recordVisit()
{
    const int row = m_persons->currentRow();
    if (row < 0)
        return;
    const QJsonObject p = m_package.persons()[row].toObject();
    const qint64 clue = p.value(QStringLiteral("clue")).toInteger();
    const QString officer = qEnvironmentVariable("USER");
    VisitDialog dialog(
        p.value(QStringLiteral("key")).toString(), clue, officer, QDate::currentDate(),
        [this, officer](const Visit& v) -> Status {
            auto r = m_package.addVisit(v, officer, nowText());
            if (!r)
                return r.error();
            return m_package.save(m_path, m_passphrase);
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void FieldPackageDialog::addNote()
{
    const int row = m_persons->currentRow();
    if (row < 0)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add note"), tr("Note:"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const qint64 clue = m_package.persons()[row].toObject().value(QStringLiteral("clue")).toInteger();
    Status s = m_package.addNote(clue, text, qEnvironmentVariable("USER"), nowText());
    if (s)
        s = m_package.save(m_path, m_passphrase);
    if (!s)
        QMessageBox::warning(this, windowTitle(), s.error().message);
}

ConflictsDialog::ConflictsDialog(PoolSession& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Conflicts from visit packages"));
    resize(1000, 500);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The same thing was changed at the office and in the field. Nothing was overwritten: "
                                    "choose which version to keep; the other stays on record.")));
    m_table = new QTableWidget(0, 5);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Clue"), tr("Kind"), tr("At the office"), tr("In the field")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* office = buttons->addButton(tr("Keep the office's version"), QDialogButtonBox::ActionRole);
    auto* field = buttons->addButton(tr("Keep the field's version"), QDialogButtonBox::ActionRole);
    connect(office, &QPushButton::clicked, this, [this] { resolve(QStringLiteral("office")); });
    connect(field, &QPushButton::clicked, this, [this] { resolve(QStringLiteral("field")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

void ConflictsDialog::reload()
{
    m_table->setRowCount(0);
    for (const FieldConflict& c : FieldMerge::conflicts(m_session.pool())) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const bool visit = c.kind == QLatin1String("visit");
        const QStringList cells = {QString::number(c.id), QString::number(c.clueId),
            visit ? tr("Visit changed in both places") : tr("Clue decided meanwhile"),
            visit ? c.office.value(QStringLiteral("conclusion")).toString() : c.office.value(QStringLiteral("status")).toString(),
            visit ? c.field.value(QStringLiteral("conclusion")).toString()
                  : tr("visits recorded against status %1").arg(c.field.value(QStringLiteral("status")).toString())};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeRowsToContents();
}

void ConflictsDialog::resolve(const QString& keep)
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    if (Status s = FieldMerge::resolve(m_session.pool(), m_table->item(rows.first().row(), 0)->text().toLongLong(), keep); !s)
        QMessageBox::warning(this, windowTitle(), s.error().message);
    m_session.notifyChanged();
    reload();
}

} // namespace cluedesk::ui
