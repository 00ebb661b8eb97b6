#pragma once
// Field visit packages for the offline laptop. The office exports the selected clues (only the
// persons, the key facts of their evidence and the visits so far) into one file encrypted with
// a one-time passphrase; on the laptop ClueDesk opens that file, and the officer records
// household visits and notes into it; back at the office the returned file is merged.
//
// Merging never overwrites silently: a visit changed both at the office and in the field, or a
// field visit for a clue decided at the office meanwhile, becomes a conflict for the officer to
// resolve; everything from the field is kept. Merging the same package twice changes nothing.
//
// File: "CDVISIT1" | salt (16) | nonce (24) | XChaCha20-Poly1305(JSON), key from the passphrase
// with Argon2id.
#include "review/VisitStore.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <vector>

namespace cluedesk {

class Pool;

class FieldPackage {
public:
    // Writes a package for the clues and returns the one-time passphrase to give the officer.
    // fieldUser (the exporting user when empty) is the officer who takes it: what comes back is
    // recorded as theirs, whatever names the package carries.
    static Result<QString> exportTo(
        Pool& pool, const std::vector<qint64>& clueIds, const QString& path, const QString& fieldUser = {});
    static Result<FieldPackage> open(const QString& path, const QByteArray& passphrase);
    Status save(const QString& path, const QByteArray& passphrase) const;

    QString id() const;
    QJsonArray persons() const; // clue, key, names, reason, town, status, evidence
    std::vector<Visit> visits() const;
    QJsonArray notes() const;

    // In the field: a new visit for a clue of the package, or a change to one; a note.
    Result<QString> addVisit(Visit visit, const QString& by, const QString& at);
    Status updateVisit(Visit visit, const QString& by, const QString& at);
    Status addNote(qint64 clueId, const QString& text, const QString& by, const QString& at);

    QJsonObject data;

private:
    QJsonObject person(qint64 clueId) const;
};

struct FieldConflict {
    qint64 id = 0;
    QString packageId;
    qint64 clueId = 0;
    QString kind; // visit, clue-status
    QString item; // visit UUID, or the clue
    QJsonObject office, field;
    QString status, resolution, foundAt;
};

struct MergeReport {
    int visitsAdded = 0, visitsUpdated = 0, notesAdded = 0, unchanged = 0;
    std::vector<FieldConflict> conflicts; // found by this merge
};

class FieldMerge {
public:
    static Result<MergeReport> merge(Pool& pool, const FieldPackage& package);
    static std::vector<FieldConflict> conflicts(Pool& pool, bool openOnly = true);
    // keep "office" or "field" for a visit conflict; "office" acknowledges a clue-status one.
    static Status resolve(Pool& pool, qint64 conflictId, const QString& keep);
};

} // namespace cluedesk
