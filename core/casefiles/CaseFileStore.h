#pragma once
// Case files in the pool: the original file, the text of every page, the facts read from
// it, and its victims and their relatives as rows of the `victims` dataset (stream
// "casefiles"), so screening models use them like imported victims. Persons without a valid ID
// or without a role wait for the officer.
#include "casefiles/FactExtractor.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace cluedesk {

class Pool;

struct CaseFileInfo {
    qint64 id = 0;
    QString fileName, sha256, format;
    qint64 size = 0;
    int pages = 0, textPages = 0, ocrPages = 0;
    double seconds = 0;
    QString addedAt, addedBy;
    QString caseNo, docType, charge, injury, grade;
    double score = 0;
    QStringList gradeReasons;
    int victims = 0;
    int needsReview = 0;
};

struct StoredFact {
    qint64 id = 0;
    qint64 caseFileId = 0;
    QString kind, value;
    QJsonObject detail;
    int page = 0;
    QString snippet;
    double confidence = 100;
    bool needsReview = false;
    QString reviewReason;
    std::optional<qint64> recordId; // the victims row made from this fact
};

struct CaseFileReadSummary {
    QString format;
    int pages = 0, textPages = 0, ocrPages = 0;
    double seconds = 0;
    std::vector<PageText> pageTexts;
};

class CaseFileStore {
public:
    static constexpr const char* kStream = "casefiles";
    explicit CaseFileStore(Pool& pool) : m_pool(pool) { }

    std::optional<CaseFileInfo> bySha(const QString& sha256);
    // Stores the file, its pages and facts, and its victims with valid IDs, in one transaction.
    Result<qint64> add(
        const QString& fileName, const QByteArray& bytes, const CaseFileReadSummary& read, const CaseFileFacts& facts);
    std::vector<CaseFileInfo> list();
    std::optional<CaseFileInfo> get(qint64 id);
    std::vector<StoredFact> facts(qint64 caseFileId);
    std::vector<StoredFact> needingReview();
    std::vector<PageText> pages(qint64 caseFileId);
    QByteArray content(qint64 caseFileId);
    // The officer's correction of a person read from a case file: a valid ID, the name, and the
    // role (empty: keep the one read). A victim or a victim's relative joins the victims list;
    // the fact keeps what was read and who corrected it.
    Status correctPerson(qint64 factId, const QString& name, const QString& idText, const QString& role = {});

private:
    qint64 casefileDataset();
    qint64 addPersonRecord(qint64 datasetId, qint64 fileId, const CaseFileInfo& file, int page, const QString& role,
        const QString& name, const QString& key, const QString& idWritten, const QString& summary, const QString& victimName);
    Pool& m_pool;
};

} // namespace cluedesk
