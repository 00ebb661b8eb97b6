#pragma once
// One row of one list that made a clue fire, with the steps of the model that admitted it.
#include <QByteArray>
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

    bool in(const QString& step) const { return steps.contains(step); }

    // The row's data (field name -> value).
    const QJsonObject& fields() const;
    void setFields(QJsonObject fields);
    // A screening run keeps the record's data as stored (UTF-8 JSON), writes it back as those
    // bytes and parses it only when a grade, reason, label or the clue's town reads fields():
    // no second copy as UTF-16 (94 MiB less at peak for 270,000 rows). The parse is cached in
    // the row, so a row is read by one thread at a time.
    void setStoredJson(QByteArray utf8);
    const QByteArray& storedJson() const { return m_json; } // empty unless set by setStoredJson

private:
    QByteArray m_json;
    mutable QJsonObject m_fields;
    mutable bool m_parsed = true;
};

using Evidence = std::vector<EvidenceRow>;

} // namespace cluedesk
