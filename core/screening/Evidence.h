#pragma once
// One row of one list that made a clue fire, with the steps of the model that admitted it.
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace cluedesk {

struct EvidenceRow {
    qint64 recordId = 0;
    QStringList steps; // the model steps that admitted this row
    qint64 datasetId = 0;
    QString type; // dataset type id
    QString fileName;
    QString sheet;
    qint64 row = 0;
    QString role;
    QString nameWritten;
    QString idWritten;
    QString personKey; // the number the row is about: another one than the clue's for same_person
    QJsonObject fields;
    QString fieldsJson; // the record's data as stored, kept to avoid serialising it again

    bool in(const QString& step) const { return steps.contains(step); }
};

using Evidence = std::vector<EvidenceRow>;

} // namespace cluedesk
