#pragma once
// Takes case files into the pool: expands folders to the files ClueDesk can read, reads each
// one (text layer, else OCR), extracts its facts with the office's rules and stores it. The
// command line and the Case files screen both add files through here.
#include "casefiles/CaseFileStore.h"
#include "documents/CaseFileReader.h"

namespace cluedesk {

struct CaseFileAdded {
    qint64 id = 0;
    QString fileName;
    CaseFileRead read;
    CaseFileFacts facts;
};

class CaseFileIntake {
public:
    CaseFileIntake(Pool& pool, CaseFileReadOptions options = {});

    // The suffixes of files that can be case files (pdf, png, jpg, jpeg, tif, tiff, bmp).
    static const QStringList& suffixes();
    // Files as given, and inside every folder (recursively) the files with those suffixes,
    // sorted by path; paths that do not exist are returned in `missing`.
    static QStringList expand(const QStringList& paths, QStringList* missing = nullptr);

    // Reads and stores one file. Errors: casefile.unreadable (the file cannot be opened),
    // casefile.duplicate (the same bytes were added before), or the reader's and store's own.
    Result<CaseFileAdded> add(const QString& path, const PageProgress& progress = {}, const std::atomic_bool* cancel = nullptr);

private:
    Pool& m_pool;
    CaseFileReadOptions m_options;
    ExtractionRules m_rules;
};

} // namespace cluedesk
