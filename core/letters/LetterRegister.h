#pragma once
// The register of letters: numbers per prefix and year without gaps and never reused (a voided
// letter keeps its number), each letter with its content and PDF. Issuing is one transaction:
// if the PDF cannot be made, no number is taken. Letters are followed up: each has the date its
// reply is due, replies are recorded, and a letter without one after that date is overdue.
#include "letters/LetterComposer.h"

#include <QDate>
#include <functional>
#include <optional>

namespace cluedesk {

struct LetterReply {
    qint64 id = 0;
    QString date; // when the department replied
    QString text;
    QString fileName; // empty: no file kept
    QString recordedAt, recordedBy;
};

struct IssuedLetter {
    qint64 id = 0;
    QString templateId;
    QString number;
    QString prefix;
    int year = 0;
    int seq = 0;
    QString department;
    QString date;
    std::vector<qint64> clueIds;
    QJsonArray persons;
    QString status; // issued, void
    QString voidReason;
    QString createdAt, createdBy;
    QString auditHead; // the audit log's head when it was issued ("seq:hash")
    QString dueDate;   // the reply is due by then
    std::vector<LetterReply> replies;
    // void, replied, due (waiting, not yet late) or overdue (no reply after the due date)
    QString state(const QDate& today) const;
    static LocalText stateTitle(const QString& state);
};

using LetterRenderer = std::function<Result<QByteArray>(const QString& html)>;

class LetterRegister {
public:
    explicit LetterRegister(Pool& pool) : m_pool(pool) { }
    Result<IssuedLetter> issue(const LetterDraft& draft, const LetterRenderer& render);
    Status voidLetter(const QString& number, const QString& reason);
    std::vector<IssuedLetter> list(int year = 0);
    std::optional<IssuedLetter> byNumber(const QString& number);
    // The letter as issued. It names people with their ID numbers, so only roles that may see
    // them get it, and each copy taken out is audited.
    Result<QByteArray> pdf(qint64 letterId);
    Result<QString> html(qint64 letterId); // for printing; the same rule as pdf()
    std::vector<IssuedLetter> forClue(qint64 clueId);
    // Records the department's reply; the letter must be issued (not void) and the reply not
    // dated before it. A file (the reply as scanned) is kept in the pool when given.
    Status reply(
        const QString& number, const QDate& date, const QString& text, const QString& fileName = {}, const QByteArray& file = {});
    Result<QByteArray> replyFile(qint64 replyId);
    // Issued letters without a reply whose due date has passed by `today`.
    std::vector<IssuedLetter> overdue(const QDate& today);
    static QString formatNumber(const QString& prefix, int year, int seq); // 乐检救建〔2024〕3号

private:
    Pool& m_pool;
};

} // namespace cluedesk
