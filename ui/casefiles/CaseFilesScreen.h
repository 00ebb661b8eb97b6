#pragma once
// The case files screen: PDFs and scans added by drag and drop, file or whole folder, read
// off the GUI thread with progress per file and page; each file's pages (Poppler rendering)
// beside the text read from them with the warning keywords highlighted; the facts extracted,
// each linked to its page; and the officer's correction of victims read with low confidence.
#include "casefiles/CaseFileStore.h"
#include "casefiles/PageTextHighlighter.h"

#include <QSet>
#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace cluedesk::ui {

class PageViewer;
class PoolSession;

class CaseFilesScreen : public QWidget {
    Q_OBJECT
public:
    explicit CaseFilesScreen(PoolSession& session, QWidget* parent = nullptr);
    // Files and folders (searched recursively for PDFs and scans); reads them in the background.
    void addPaths(const QStringList& paths);
    void selectFile(qint64 caseFileId);
    void showFact(int row); // the fact's page, its snippet marked in the text
    qint64 currentFile() const { return m_fileId; }
    QTableWidget* filesTable() const { return m_files; }
    QTableWidget* factsTable() const { return m_facts; }
    PageViewer* pageViewer() const { return m_viewer; }
    QString pageHtml() const;

public Q_SLOTS:
    void chooseFiles();
    void chooseFolder();
    void reload();
    void correctSelected();

Q_SIGNALS:
    // Files were read: the summary for whoever wants to show or check it.
    void added(const QString& summary);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showFile();
    void showText(int page);
    const StoredFact* selectedFact() const;

    PoolSession& m_session;
    bool m_fullView = false; // the role may see ID numbers in full (pages show them)
    qint64 m_fileId = 0;
    std::vector<StoredFact> m_factRows;
    std::vector<PageText> m_pages;
    ExtractionRules m_rules;
    PageTextHighlighter m_highlighter;
    QSet<qint64> m_viewed; // files whose pages were shown (audited once each)
    QStringList m_marks;   // the passage to underline on m_markedPage (see PageTextHighlighter::html)
    int m_markedPage = 0;
    QStackedWidget* m_stack = nullptr;
    QCheckBox* m_reviewOnly = nullptr;
    QTableWidget* m_files = nullptr;
    QTableWidget* m_facts = nullptr;
    PageViewer* m_viewer = nullptr;
    QTextBrowser* m_text = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace cluedesk::ui
