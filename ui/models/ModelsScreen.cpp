#include "models/ModelsScreen.h"

#include "common/PoolSession.h"
#include "common/TaskRunner.h"
#include "ingest/DatasetCatalog.h"
#include "screening/ModelDescriber.h"
#include "screening/ModelLibrary.h"
#include "screening/ScreeningRunner.h"
#include "security/Access.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cluedesk::ui {

ModelsScreen::ModelsScreen(PoolSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* run = new QPushButton(tr("Run this model"));
    m_toggle = new QPushButton(tr("Switch off"));
    auto* import = new QPushButton(tr("Import model..."));
    auto* exportButton = new QPushButton(tr("Export model..."));
    for (QPushButton* b : {run, m_toggle, import, exportButton})
        bar->addWidget(b);
    bar->addStretch();
    layout->addLayout(bar);
    m_list = new QListWidget;
    m_list->setMinimumWidth(300);
    auto* tabs = new QTabWidget;
    m_view = new QTextBrowser;
    tabs->addTab(m_view, tr("In plain words"));
    auto* editPage = new QWidget;
    auto* editLayout = new QVBoxLayout(editPage);
    m_editor = new QPlainTextEdit;
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_editor->setFont(mono);
    editLayout->addWidget(
        new QLabel(tr("The model as JSON: change filters, keyword lists and steps; Check before saving. A built-in "
                      "model is saved as the office's own copy under a new id.")));
    editLayout->addWidget(m_editor, 1);
    m_check = new QLabel;
    m_check->setWordWrap(true);
    editLayout->addWidget(m_check);
    auto* editButtons = new QHBoxLayout;
    auto* checkButton = new QPushButton(tr("Check"));
    auto* saveButton = new QPushButton(tr("Save as office model"));
    editButtons->addWidget(checkButton);
    editButtons->addWidget(saveButton);
    editButtons->addStretch();
    editLayout->addLayout(editButtons);
    tabs->addTab(editPage, tr("Edit"));
    auto* paramPage = new QWidget;
    auto* paramLayout = new QVBoxLayout(paramPage);
    paramLayout->addWidget(new QLabel(tr("Thresholds and other values of the model, with their legal basis. Change a value "
                                         "here, then Check and Save as office model on the Edit page.")));
    m_parameters = new QTableWidget(0, 4);
    m_parameters->setObjectName(QStringLiteral("parameters"));
    m_parameters->setHorizontalHeaderLabels(
        {tr("Parameter"), tr("Value", "a model parameter's value"), tr("Unit"), tr("Legal basis")});
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->verticalHeader()->hide();
    m_parameters->setWordWrap(true);
    paramLayout->addWidget(m_parameters, 1);
    tabs->addTab(paramPage, tr("Parameters"));
    connect(m_parameters, &QTableWidget::itemChanged, this, &ModelsScreen::parameterEdited);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    const bool mayEdit = Access::can(session.pool(), Permission::EditModels);
    for (QPushButton* b : {m_toggle, import, saveButton})
        b->setEnabled(mayEdit);
    run->setEnabled(Access::can(session.pool(), Permission::Screen));
    connect(m_list, &QListWidget::currentRowChanged, this, &ModelsScreen::showSelected);
    connect(checkButton, &QPushButton::clicked, this, &ModelsScreen::check);
    connect(saveButton, &QPushButton::clicked, this, &ModelsScreen::saveEdited);
    connect(m_toggle, &QPushButton::clicked, this, &ModelsScreen::toggleEnabled);
    connect(run, &QPushButton::clicked, this, &ModelsScreen::runSelected);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import model"), QString(), tr("Models (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export model"), selectedId() + QStringLiteral(".json"), tr("Models (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    reload();
}

QString ModelsScreen::selectedId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void ModelsScreen::reload()
{
    const QString keep = selectedId();
    m_list->clear();
    const ModelLibrary library = ModelLibrary::forPool(m_session.pool());
    for (const ModelEntry& e : library.entries()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1%2\n%3")
                                             .arg(e.model.title.text(), e.enabled ? QString() : tr(" (off)"),
                                                 e.model.builtIn ? tr("built-in") : tr("the office's own")));
        item->setData(Qt::UserRole, e.model.id);
        if (!e.enabled)
            item->setForeground(QColor(0x90, 0x90, 0x90));
        m_list->addItem(item);
        if (e.model.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ModelsScreen::showSelected()
{
    const ModelLibrary library = ModelLibrary::forPool(m_session.pool());
    const ModelEntry* e = library.find(selectedId());
    if (!e) {
        m_view->clear();
        m_editor->clear();
        return;
    }
    const DatasetCatalog catalog = DatasetCatalog::forPool(m_session.pool());
    QString h = QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(e->model.title.text().toHtmlEscaped(), e->model.description.text().toHtmlEscaped());
    if (!e->model.legalBasis.isEmpty())
        h += tr("<p><b>Legal basis:</b> %1</p>").arg(e->model.legalBasis.toHtmlEscaped());
    for (const QString& step : ModelDescriber::describe(e->model, catalog, currentLanguage()))
        h += QStringLiteral("<p>%1</p>").arg(step.toHtmlEscaped()); // the describer numbers the steps
    m_view->setHtml(h);
    m_editor->setPlainText(QString::fromUtf8(QJsonDocument(e->model.toJson()).toJson(QJsonDocument::Indented)));
    fillParameters(e->model.toJson());
    m_check->clear();
    m_toggle->setText(e->enabled ? tr("Switch off") : tr("Switch on"));
}

void ModelsScreen::fillParameters(const QJsonObject& model)
{
    m_filling = true;
    const QJsonArray params = model.value(QStringLiteral("parameters")).toArray();
    m_parameters->setRowCount(int(params.size()));
    for (int row = 0; row < params.size(); ++row) {
        const QJsonObject p = params[row].toObject();
        const QString title = LocalText::fromJson(p.value(QStringLiteral("title"))).text();
        auto* name = new QTableWidgetItem(title.isEmpty() ? p.value(QStringLiteral("name")).toString() : title);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        const QJsonValue v = p.value(QStringLiteral("value"));
        QTableWidgetItem* value = nullptr;
        if (v.isArray()) { // a threshold table is edited as JSON
            QStringList rows;
            for (const QJsonValue& r : v.toArray())
                rows << QStringLiteral("%1 ≥ %2")
                            .arg(r.toObject().value(QStringLiteral("words")).toVariant().toStringList().join(u'/'))
                            .arg(r.toObject().value(QStringLiteral("at_least")).toDouble(), 0, 'f', 0);
            value = new QTableWidgetItem(rows.join(u'\n'));
            value->setFlags(value->flags() & ~Qt::ItemIsEditable);
            value->setToolTip(tr("A table: change it on the Edit page."));
        } else {
            value = new QTableWidgetItem(v.isDouble() ? QString::number(v.toDouble(), 'g', 12) : v.toString());
        }
        auto* unit = new QTableWidgetItem(p.value(QStringLiteral("unit")).toString());
        auto* basis = new QTableWidgetItem(p.value(QStringLiteral("basis")).toString());
        for (QTableWidgetItem* i : {unit, basis})
            i->setFlags(i->flags() & ~Qt::ItemIsEditable);
        m_parameters->setItem(row, 0, name);
        m_parameters->setItem(row, 1, value);
        m_parameters->setItem(row, 2, unit);
        m_parameters->setItem(row, 3, basis);
    }
    m_parameters->resizeColumnsToContents();
    m_parameters->resizeRowsToContents();
    m_filling = false;
}

void ModelsScreen::parameterEdited(QTableWidgetItem* item)
{
    if (m_filling || item->column() != 1)
        return;
    QJsonObject model = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8()).object();
    QJsonArray params = model.value(QStringLiteral("parameters")).toArray();
    if (item->row() >= params.size()) {
        m_check->setText(tr("<span style='color:#B00000'>✘ The JSON on the Edit page no longer matches this table; "
                            "correct it there.</span>"));
        return;
    }
    QJsonObject p = params[item->row()].toObject();
    bool number = false;
    const double value = item->text().trimmed().toDouble(&number);
    if (p.value(QStringLiteral("value")).isDouble() && !number) {
        m_check->setText(QStringLiteral("<span style='color:#B00000'>✘ %1</span>")
                             .arg(tr("\"%1\" is not a number").arg(item->text()).toHtmlEscaped()));
        return;
    }
    // a number stays a number, a text stays a text ("12" typed into a text parameter is text)
    p.insert(QStringLiteral("value"),
        p.value(QStringLiteral("value")).isDouble() ? QJsonValue(value) : QJsonValue(item->text().trimmed()));
    params[item->row()] = p;
    model.insert(QStringLiteral("parameters"), params);
    m_editor->setPlainText(QString::fromUtf8(QJsonDocument(model).toJson(QJsonDocument::Indented)));
    check();
}

QString ModelsScreen::description() const
{
    return m_view->toPlainText();
}

QString ModelsScreen::checkResult() const
{
    return m_check->text();
}

bool ModelsScreen::check()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8(), &error);
    QString problem;
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        problem = tr("Not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString());
    } else if (auto m = ModelDefinition::fromJson(doc.object()); !m) {
        problem = m.error().message;
    } else if (Status s = m->check(DatasetCatalog::forPool(m_session.pool())); !s) {
        problem = s.error().message;
    }
    m_check->setText(problem.isEmpty() ? tr("<span style='color:#1B6E20'>✔ The model is valid.</span>")
                                       : QStringLiteral("<span style='color:#B00000'>✘ %1</span>").arg(problem.toHtmlEscaped()));
    return problem.isEmpty();
}

bool ModelsScreen::saveEdited()
{
    if (!check())
        return false;
    auto m = ModelDefinition::fromJson(QJsonDocument::fromJson(m_editor->toPlainText().toUtf8()).object());
    for (const ModelDefinition& b : ModelLibrary::builtIns())
        if (b.id == m->id) {
            m->id += QStringLiteral("-office");
            m->title.zh += QStringLiteral("（本院版）");
            m->title.en += QStringLiteral(" (office copy)");
        }
    if (Status s = ModelLibrary::save(m_session.pool(), *m, DatasetCatalog::forPool(m_session.pool())); !s) {
        m_check->setText(QStringLiteral("<span style='color:#B00000'>✘ %1</span>").arg(s.error().message.toHtmlEscaped()));
        return false;
    }
    m_session.notifyChanged();
    reload();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == m->id)
            m_list->setCurrentRow(i);
    return true;
}

void ModelsScreen::toggleEnabled()
{
    const ModelLibrary library = ModelLibrary::forPool(m_session.pool());
    const ModelEntry* e = library.find(selectedId());
    if (!e)
        return;
    if (Status s = ModelLibrary::setEnabled(m_session.pool(), e->model.id, !e->enabled); !s)
        QMessageBox::warning(this, tr("Models"), s.error().message);
    m_session.notifyChanged();
    reload();
}

void ModelsScreen::importFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import model"), tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    m_editor->setPlainText(QString::fromUtf8(f.readAll()));
    if (!saveEdited())
        QMessageBox::warning(this, tr("Import model"), tr("%1 was not imported: %2").arg(path, m_check->text()));
}

void ModelsScreen::exportFile(const QString& path)
{
    const ModelLibrary library = ModelLibrary::forPool(m_session.pool());
    const ModelEntry* e = library.find(selectedId());
    QFile f(path);
    if (!e || !f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(e->model.toJson()).toJson(QJsonDocument::Indented)) < 0)
        QMessageBox::warning(this, tr("Export model"), tr("Cannot write %1: %2").arg(path, f.errorString()));
}

void ModelsScreen::runSelected()
{
    const QString id = selectedId();
    PoolSession* session = &m_session;
    TaskRunner::run<QString>(
        this, tr("Running the model..."),
        [session, id](Progress& progress) -> QString {
            auto pool = session->openConnection();
            if (!pool)
                return pool.error().message;
            const ModelLibrary library = ModelLibrary::forPool(**pool);
            const ModelEntry* e = library.find(id);
            if (!e)
                return QString();
            progress.report(-1, e->model.title.text());
            auto r = ScreeningRunner(**pool, DatasetCatalog::forPool(**pool)).run(e->model, progress.cancelFlag());
            if (r && r->skipped)
                return tr("Nothing this model reads changed since its run of %1, so it was not run again: its %2 clues "
                          "stand.")
                    .arg(r->lastRunAt.left(16).replace(u'T', u' '))
                    .arg(r->clues);
            return r
                ? tr("%1 clues: %2 new, %3 still present, %4 gone.").arg(r->clues).arg(r->added).arg(r->stillPresent).arg(r->gone)
                : r.error().message;
        },
        [this](QString result) {
            m_session.notifyChanged();
            if (!result.isEmpty())
                QMessageBox::information(this, tr("Models"), result);
        });
}

} // namespace cluedesk::ui
