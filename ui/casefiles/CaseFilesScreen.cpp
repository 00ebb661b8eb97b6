#include "casefiles/CaseFilesScreen.h"

#include "assistance/ParameterSet.h"
#include "casefiles/CorrectPersonDialog.h"
#include "casefiles/PageTextHighlighter.h"
#include "casefiles/PageViewer.h"
#include "common/EmptyState.h"
#include "common/PoolSession.h"
#include "common/TaskRunner.h"
#include "documents/CaseFileIntake.h"
#include "identity/IdNumber.h"
#include "pool/Pool.h"
#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/Disclosure.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace cluedesk::ui {
namespace {

enum FileColumn { FileName, Pages, ReadBy, DocType, CaseNo, Charge, Injury, GradeCol, Victims, ToReview, Added, FileColumns };
enum FactColumn { FactPage, FactKind, FactValue, FactSnippet, FactConfidence, FactReview, FactColumns };

QString gradeTitle(const QString& grade)
{
    if (grade == QLatin1String("red"))
        return CaseFilesScreen::tr("Red");
    if (grade == QLatin1String("orange"))
        return CaseFilesScreen::tr("Orange");
    if (grade == QLatin1String("yellow"))
        return CaseFilesScreen::tr("Yellow");
    return CaseFilesScreen::tr("none");
}

QString kindTitle(const QString& kind)
{
    if (kind == QLatin1String("case_no"))
        return CaseFilesScreen::tr("Case number");
    if (kind == QLatin1String("doc_type"))
        return CaseFilesScreen::tr("Document");
    if (kind == QLatin1String("charge"))
        return CaseFilesScreen::tr("Charge");
    if (kind == QLatin1String("victim"))
        return CaseFilesScreen::tr("Victim");
    if (kind == QLatin1String("injury"))
        return CaseFilesScreen::tr("Injury");
    if (kind == QLatin1String("disability"))
        return CaseFilesScreen::tr("Disability grade");
    if (kind == QLatin1String("keyword"))
        return CaseFilesScreen::tr("Keyword");
    return kind;
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    return i;
}

QTableWidgetItem* numberItem(qint64 n)
{
    auto* i = item(QString());
    i->setData(Qt::DisplayRole, n);
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

struct AddOutcome {
    int added = 0, pages = 0, ocrPages = 0, toReview = 0;
    qint64 firstId = 0;
    bool cancelled = false;
    QStringList lines, failures;
};

} // namespace

CaseFilesScreen::CaseFilesScreen(PoolSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Case files</h2>")));
    auto* bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Ctrl+Shift+O is the File menu's "Add case files...".
    bar->addAction(
           style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Add case files..."), this, &CaseFilesScreen::chooseFiles)
        ->setToolTip(tr("Add PDFs or scans (Ctrl+Shift+O); or drag files and folders here"));
    bar->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Add folder..."), this, &CaseFilesScreen::chooseFolder);
    QAction* correct = bar->addAction(
        style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Correct a person..."), this, &CaseFilesScreen::correctSelected);
    correct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    correct->setToolTip(tr("Correct the name or ID number of the selected victim (Ctrl+E)"));
    bar->addSeparator();
    m_reviewOnly = new QCheckBox(tr("Only files with extractions to review"));
    bar->addWidget(m_reviewOnly);
    layout->addWidget(bar);

    m_files = new QTableWidget(0, FileColumns);
    m_files->setHorizontalHeaderLabels({tr("File"), tr("Pages"), tr("Read by"), tr("Document"), tr("Case number"), tr("Charge"),
        tr("Injury"), tr("Grade"), tr("Victims"), tr("To review"), tr("Added")});
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setSelectionMode(QAbstractItemView::SingleSelection);
    m_files->setAlternatingRowColors(true);
    m_files->setSortingEnabled(true);
    m_files->verticalHeader()->hide();
    m_files->horizontalHeader()->setStretchLastSection(true);

    m_viewer = new PageViewer;
    m_legend = new QLabel;
    m_legend->setWordWrap(true);
    m_text = new QTextBrowser;
    m_facts = new QTableWidget(0, FactColumns);
    m_facts->setHorizontalHeaderLabels(
        {tr("Page"), tr("Kind"), tr("Value"), tr("Where it was read"), tr("Confidence"), tr("Review")});
    m_facts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_facts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_facts->verticalHeader()->hide();
    m_facts->horizontalHeader()->setStretchLastSection(true);
    m_facts->setWordWrap(false);

    auto* textPane = new QWidget;
    auto* textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(new QLabel(tr("<b>Text read from the page</b>")));
    textLayout->addWidget(m_legend);
    textLayout->addWidget(m_text, 1);
    auto* factsPane = new QWidget;
    auto* factsLayout = new QVBoxLayout(factsPane);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->addWidget(
        new QLabel(tr("<b>Facts</b> — click one to see its page; double-click a person marked red to correct them")));
    factsLayout->addWidget(m_facts, 1);
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(textPane);
    right->addWidget(factsPane);
    right->setSizes({320, 260});
    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_viewer);
    bottom->addWidget(right);
    bottom->setSizes({520, 640});
    auto* main = new QSplitter(Qt::Vertical);
    main->addWidget(m_files);
    main->addWidget(bottom);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 3);
    main->setSizes({170, 560});

    auto* empty = emptyState(tr("<div style='font-size:15px; color:#444'><p><b>No case files yet.</b></p>"
                                "<p>Drag PDFs, scans or whole folders here, or click <i>Add case files...</i></p>"
                                "<p style='color:#777'>Pages with a text layer are read directly, scans by OCR in Chinese. "
                                "Case number, charge, victims with ID numbers, injury and compensation or understanding "
                                "words are picked out; victims go to the victims list for the models.</p></div>"));
    m_stack = new QStackedWidget;
    m_stack->addWidget(empty);
    m_stack->addWidget(main);
    layout->addWidget(m_stack, 1);
    m_summary = new QLabel;
    m_summary->setStyleSheet(QStringLiteral("color: #555"));
    layout->addWidget(m_summary);

    connect(m_files->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseFilesScreen::showFile);
    connect(m_facts->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const auto rows = m_facts->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            showFact(rows.first().row());
    });
    connect(m_facts, &QTableWidget::cellDoubleClicked, this, [this] { correctSelected(); });
    connect(m_viewer, &PageViewer::pageChanged, this, &CaseFilesScreen::showText);
    connect(m_reviewOnly, &QCheckBox::toggled, this, &CaseFilesScreen::reload);
    connect(&session, &PoolSession::changed, this, &CaseFilesScreen::reload);
    reload();
}

void CaseFilesScreen::reload()
{
    m_fullView = Access::can(m_session.pool(), Permission::ViewFullIds);
    m_rules = ExtractionRules::forPool(m_session.pool());
    m_highlighter.setCategories(m_rules.categories);
    m_legend->setText(m_highlighter.legendHtml(tr("fact")));

    CaseFileStore store(m_session.pool());
    const std::vector<CaseFileInfo> files = store.list();
    const qint64 keep = m_fileId;
    int pages = 0, ocr = 0, review = 0;
    {
        const QSignalBlocker block(m_files->selectionModel());
        m_files->setSortingEnabled(false);
        m_files->setRowCount(0);
        for (const CaseFileInfo& f : files) {
            pages += f.pages;
            ocr += f.ocrPages;
            review += f.needsReview;
            if (m_reviewOnly->isChecked() && f.needsReview == 0)
                continue;
            const int r = m_files->rowCount();
            m_files->insertRow(r);
            auto* name = item(f.fileName);
            name->setData(Qt::UserRole, f.id);
            name->setToolTip(tr("Case file %1, %2, %3 bytes").arg(f.id).arg(f.format).arg(f.size));
            m_files->setItem(r, FileName, name);
            m_files->setItem(r, Pages, numberItem(f.pages));
            m_files->setItem(r, ReadBy,
                item(f.ocrPages == 0       ? tr("text layer")
                        : f.textPages == 0 ? tr("OCR")
                                           : tr("text layer %1, OCR %2").arg(f.textPages).arg(f.ocrPages)));
            m_files->setItem(r, DocType, item(f.docType));
            m_files->setItem(r, CaseNo, item(f.caseNo));
            m_files->setItem(r, Charge, item(f.charge));
            m_files->setItem(r, Injury, item(f.injury));
            auto* grade = item(gradeTitle(f.grade));
            QStringList tip = f.gradeReasons;
            if (const QString aid = ParameterStore(m_session.pool()).aidSuggestion(f.grade, m_session.pool().now().date());
                !aid.isEmpty())
                tip.prepend(tr("Suggested aid: %1").arg(aid));
            grade->setToolTip(tip.join(QLatin1Char('\n')));
            if (f.grade == QLatin1String("red"))
                grade->setForeground(QColor(0xC6, 0x28, 0x28));
            else if (f.grade == QLatin1String("orange"))
                grade->setForeground(QColor(0xD9, 0x6C, 0x00));
            m_files->setItem(r, GradeCol, grade);
            m_files->setItem(r, Victims, numberItem(f.victims));
            auto* toReview = numberItem(f.needsReview);
            if (f.needsReview > 0)
                toReview->setBackground(QColor(0xFB, 0xE3, 0xE3));
            m_files->setItem(r, ToReview, toReview);
            m_files->setItem(r, Added, item(tr("%1 by %2").arg(f.addedAt.left(16).replace(u'T', u' '), f.addedBy)));
        }
        m_files->setSortingEnabled(true);
        m_files->resizeColumnsToContents();
    }
    m_stack->setCurrentIndex(files.empty() ? 0 : 1);
    m_summary->setText(tr("%1 case files, %2 pages (%3 read by OCR); %4 extractions wait for review")
                           .arg(files.size())
                           .arg(pages)
                           .arg(ocr)
                           .arg(review));
    m_fileId = 0;
    if (m_files->rowCount() > 0)
        selectFile(keep);
    else
        showFile();
}

void CaseFilesScreen::selectFile(qint64 caseFileId)
{
    // That file, else the first one with something to review, else the first.
    int row = -1;
    for (int r = 0; r < m_files->rowCount(); ++r)
        if (m_files->item(r, FileName)->data(Qt::UserRole).toLongLong() == caseFileId)
            row = r;
    for (int r = 0; r < m_files->rowCount() && row < 0; ++r)
        if (m_files->item(r, ToReview)->data(Qt::DisplayRole).toInt() > 0)
            row = r;
    row = std::max(row, 0);
    if (row < m_files->rowCount())
        caseFileId = m_files->item(row, FileName)->data(Qt::UserRole).toLongLong();
    if (m_files->rowCount() == 0)
        return;
    if (m_files->currentRow() == row && m_fileId == caseFileId)
        return;
    m_files->selectRow(row);
    showFile();
}

void CaseFilesScreen::showFile()
{
    const auto rows = m_files->selectionModel()->selectedRows();
    const qint64 id = rows.isEmpty() ? 0 : m_files->item(rows.first().row(), FileName)->data(Qt::UserRole).toLongLong();
    const bool sameFile = id == m_fileId && id != 0;
    m_fileId = id;
    CaseFileStore store(m_session.pool());
    m_factRows = id ? store.facts(id) : std::vector<StoredFact>{};
    // What waits for the officer comes first.
    std::stable_partition(m_factRows.begin(), m_factRows.end(), [](const StoredFact& f) { return f.needsReview; });
    m_facts->setRowCount(0);
    for (const StoredFact& f : m_factRows) {
        const int r = m_facts->rowCount();
        m_facts->insertRow(r);
        QString value = f.value;
        if (f.kind == QLatin1String("victim") || f.kind == QLatin1String("person")) {
            const QString key = f.detail.value(QStringLiteral("id")).toString();
            if (value.isEmpty())
                value = tr("(no name)");
            value += QLatin1Char(' ') + (key.isEmpty() ? tr("(no valid ID)") : IdNumber::mask(key));
            const QString phrase = f.detail.value(QStringLiteral("phrase")).toString();
            if (!phrase.isEmpty()) // the words that decided the role
                value += QStringLiteral(" ·「%1」").arg(phrase);
        } else if (f.kind == QLatin1String("keyword")) {
            const KeywordCategory* c = m_rules.category(f.detail.value(QStringLiteral("category")).toString());
            value = (c ? c->title.text() : f.detail.value(QStringLiteral("category")).toString()) + QStringLiteral("：") + value;
        }
        m_facts->setItem(r, FactPage, numberItem(f.page));
        m_facts->setItem(r, FactKind,
            item(f.kind == QLatin1String("person") ? m_rules.roleTitle(f.detail.value(QStringLiteral("role")).toString())
                                                   : kindTitle(f.kind)));
        m_facts->setItem(r, FactValue, item(value));
        auto* snippet = item(m_fullView ? f.snippet : Disclosure::maskIdNumbers(f.snippet));
        snippet->setToolTip(snippet->text());
        m_facts->setItem(r, FactSnippet, snippet);
        m_facts->setItem(r, FactConfidence, numberItem(qRound(f.confidence)));
        // The reason may quote the ID as read.
        m_facts->setItem(r, FactReview,
            item(!f.needsReview  ? QString()
                    : m_fullView ? f.reviewReason
                                 : Disclosure::maskIdNumbers(f.reviewReason)));
        if (f.needsReview)
            for (int c = 0; c < FactColumns; ++c)
                m_facts->item(r, c)->setBackground(QColor(0xFB, 0xE3, 0xE3));
    }
    m_facts->resizeColumnsToContents();
    m_facts->setColumnWidth(FactSnippet, std::min(m_facts->columnWidth(FactSnippet), 320));
    if (sameFile) { // a correction or a reload: keep the page
        showText(m_viewer->page());
        return;
    }
    m_marks.clear();
    m_markedPage = 0;
    m_pages = id ? store.pages(id) : std::vector<PageText>{};
    if (!id) {
        m_viewer->setSource(nullptr, tr("Select a case file to see its pages."));
        showText(0);
        return;
    }
    if (!m_fullView) {
        m_viewer->setBlank(int(m_pages.size()),
            tr("The pages show ID numbers in full, and your role reads masked ID numbers only. The text and the facts "
               "beside are masked."));
        return;
    }
    const auto info = store.get(id);
    auto source = CaseFileSource::open(store.content(id), info ? info->fileName : QString());
    if (!m_viewed.contains(id)) {
        AuditLog(m_session.pool()).record(QStringLiteral("casefile.view"), QString::number(id));
        m_viewed.insert(id);
    }
    if (source)
        m_viewer->setSource(*source);
    else
        m_viewer->setSource(nullptr, source.error().message);
    showText(m_viewer->page() > 0 ? m_viewer->page() : 1);
}

void CaseFilesScreen::showText(int page)
{
    const auto it = std::find_if(m_pages.begin(), m_pages.end(), [page](const PageText& p) { return p.page == page; });
    if (it == m_pages.end()) {
        m_text->clear();
        return;
    }
    QStringList facts;
    for (const StoredFact& f : m_factRows)
        if (f.page == page && f.kind != QLatin1String("keyword"))
            facts << f.value;
    const bool marked = m_markedPage == page && !m_marks.isEmpty();
    m_text->setHtml(m_highlighter.html(it->source == QLatin1String("ocr")
            ? tr("Page %1, read by OCR (confidence %2)").arg(page).arg(qRound(it->confidence))
            : tr("Page %1, text layer").arg(page),
        m_fullView ? it->text : Disclosure::maskIdNumbers(it->text), facts, marked ? m_marks : QStringList()));
    if (marked)
        m_text->scrollToAnchor(QStringLiteral("focus"));
}

QString CaseFilesScreen::pageHtml() const
{
    return m_text->toHtml();
}

void CaseFilesScreen::showFact(int row)
{
    if (row < 0 || size_t(row) >= m_factRows.size())
        return;
    const StoredFact& f = m_factRows[size_t(row)];
    m_markedPage = f.page;
    // The snippet where it can be found on the page as it was read, else the value itself.
    m_marks = {m_fullView ? f.snippet : Disclosure::maskIdNumbers(f.snippet), f.value};
    if (m_viewer->page() != f.page)
        m_viewer->showPage(f.page); // shows the text too
    else
        showText(f.page);
}

const StoredFact* CaseFilesScreen::selectedFact() const
{
    const auto rows = m_facts->selectionModel()->selectedRows();
    if (rows.isEmpty() || size_t(rows.first().row()) >= m_factRows.size())
        return nullptr;
    return &m_factRows[size_t(rows.first().row())];
}

void CaseFilesScreen::correctSelected()
{
    const StoredFact* fact = selectedFact();
    if (!fact || (fact->kind != QLatin1String("victim") && fact->kind != QLatin1String("person"))) {
        QMessageBox::information(this, tr("Correct a person"),
            tr("Select a victim or another person in the facts list first; the ones the reader was not sure of are marked "
               "red."));
        return;
    }
    if (Status s = Access::require(m_session.pool(), Permission::Review); !s) {
        QMessageBox::warning(this, tr("Correct a person"), s.error().message);
        return;
    }
    if (!m_fullView)
        return;
    const auto matches =
        PossibleMatches(m_session.pool()).find(fact->detail.value(QStringLiteral("id_written")).toString(), fact->value);
    CorrectPersonDialog dialog(*fact, m_session.pool().now().date(), matches, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = CaseFileStore(m_session.pool()).correctPerson(fact->id, dialog.name(), dialog.idText(), dialog.role()); !s) {
        QMessageBox::warning(this, tr("Correct a person"), s.error().message);
        return;
    }
    m_session.notifyChanged();
    const bool listed = dialog.role() == QLatin1String("victim") || dialog.role() == QLatin1String("relative");
    QMessageBox::information(this, tr("Correct a person"),
        listed ? tr("%1 is now in the victims list. Run the models (F5 on the Clues screen) to screen the person.")
                     .arg(dialog.name())
               : tr("%1 is recorded as %2.").arg(dialog.name(), ExtractionRules::builtIn().roleTitle(dialog.role())));
}

void CaseFilesScreen::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add case files"), QString(), tr("Case files (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;All files (*)"));
    if (!files.isEmpty())
        addPaths(files);
}

void CaseFilesScreen::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add every case file in a folder"));
    if (!dir.isEmpty())
        addPaths({dir});
}

void CaseFilesScreen::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CaseFilesScreen::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        addPaths(paths);
    }
}

void CaseFilesScreen::addPaths(const QStringList& paths)
{
    QStringList missing;
    const QStringList files = CaseFileIntake::expand(paths, &missing);
    if (files.isEmpty()) {
        QMessageBox::information(this, tr("Add case files"),
            tr("No PDFs or scans (PNG, JPEG, TIFF, BMP) were found in:\n%1").arg(paths.join(QLatin1Char('\n'))));
        return;
    }
    PoolSession* session = &m_session;
    TaskRunner::run<AddOutcome>(
        this, tr("Reading %n case file(s)...", nullptr, int(files.size())),
        [session, files, missing](Progress& progress) {
            AddOutcome out;
            for (const QString& m : missing)
                out.failures << tr("%1: not found").arg(m);
            auto pool = session->openConnection();
            if (!pool) {
                out.failures << pool.error().message;
                return out;
            }
            CaseFileReadOptions options;
            options.workers = std::max(1, QThread::idealThreadCount());
            CaseFileIntake intake(**pool, options);
            const double n = double(files.size());
            for (qsizetype i = 0; i < files.size(); ++i) {
                if (progress.cancelled()) {
                    out.cancelled = true;
                    break;
                }
                const QString name = QFileInfo(files[i]).fileName();
                progress.report(double(i) / n, tr("%1 (file %2 of %3)").arg(name).arg(i + 1).arg(files.size()));
                auto added = intake.add(
                    files[i],
                    [&](int page, int done, int total, const QString& how) {
                        progress.report((double(i) + double(done) / total) / n,
                            tr("%1 (file %2 of %3)\npage %4 read by %5 — %6 of %7 pages")
                                .arg(name)
                                .arg(i + 1)
                                .arg(files.size())
                                .arg(page)
                                .arg(how == QLatin1String("ocr") ? tr("OCR") : tr("text layer"))
                                .arg(done)
                                .arg(total));
                    },
                    progress.cancelFlag());
                if (!added) {
                    if (added.error().code == QLatin1String("casefile.cancelled")) {
                        out.cancelled = true;
                        break;
                    }
                    out.failures << added.error().message;
                    continue;
                }
                ++out.added;
                out.pages += added->read.pages;
                out.ocrPages += added->read.ocrPages;
                const auto stored = CaseFileStore(**pool).get(added->id); // what the files table will show
                const int review = stored ? stored->needsReview : 0;
                out.toReview += review;
                if (!out.firstId)
                    out.firstId = added->id;
                out.lines << tr("%1: %2 pages, grade %3, %4 victims%5")
                                 .arg(name)
                                 .arg(added->read.pages)
                                 .arg(gradeTitle(added->facts.grade))
                                 .arg(added->facts.victims().size())
                                 .arg(review ? tr(", %1 to review").arg(review) : QString());
            }
            return out;
        },
        [this, files](AddOutcome out) {
            if (out.added > 0)
                m_session.notifyChanged();
            if (out.firstId)
                selectFile(out.firstId);
            QString text = tr("%1 of %2 case files added: %3 pages, %4 of them read by OCR.")
                               .arg(out.added)
                               .arg(files.size())
                               .arg(out.pages)
                               .arg(out.ocrPages);
            if (out.toReview > 0)
                text += QLatin1Char('\n') +
                    tr("%1 extractions wait for your review: they are marked red in the facts list.").arg(out.toReview);
            if (out.cancelled)
                text += QLatin1Char('\n') + tr("Cancelled: the file being read and the files after it were not added.");
            if (!out.failures.isEmpty())
                text += QLatin1Char('\n') + tr("Not added:") + QLatin1Char('\n') + out.failures.join(QLatin1Char('\n'));
            Q_EMIT added(text);
            QMessageBox box(out.failures.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Add case files"), text,
                QMessageBox::Ok, this);
            box.setDetailedText(out.lines.join(QLatin1Char('\n')));
            box.exec();
        });
}

} // namespace cluedesk::ui
