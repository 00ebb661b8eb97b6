#pragma once
// The register of letters: numbers per prefix and year without gaps and never reused (a voided
// letter keeps its number), each letter with its content and PDF. Issuing is one transaction:
// if the PDF cannot be made, no number is taken.
#include "letters/LetterComposer.h"

#include <functional>
#include <optional>

namespace cluedesk {

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
    static QString formatNumber(const QString& prefix, int year, int seq); // 乐检救建〔2024〕3号

private:
    Pool& m_pool;
};

} // namespace cluedesk
