#include "ingest/RowMapper.h"

#include "identity/CreditCode.h"
#include "identity/IdNumber.h"
#include "identity/OrgName.h"
#include "identity/PersonName.h"
#include "ingest/ValueParser.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <set>

namespace cluedesk {
namespace {

const Cell kEmpty;

const Cell& cellAt(const TableRow& row, int column)
{
    return column >= 0 && size_t(column) < row.cells.size() ? row.cells[size_t(column)] : kEmpty;
}

// Unified social credit codes of organisations look like IDs to a careless eye.
bool isOrganisationCode(const QString& text)
{
    static const QRegularExpression uscc(QStringLiteral("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$"));
    const QString s = text::removeSpaces(text::foldWidth(text)).toUpper();
    return uscc.match(s).hasMatch() && s.contains(QRegularExpression(QStringLiteral("[A-Z]"))) && !s.endsWith(u'X');
}

bool isTotalText(const QString& text)
{
    static const QRegularExpression total(QStringLiteral("^(合计|总计|小计|共计|累计|总数|汇总|本页合计)|^合\\s*计"));
    return total.match(text::removeSpaces(text)).hasMatch();
}

bool isNoteText(const QString& text)
{
    static const QRegularExpression note(QStringLiteral(
        "^(制表|填表|审核|负责人|单位负责人|经办人|注[:：]|说明[:：]|备注[:：]|数据来源|统计时间|联系电话|打印时间)"));
    return note.match(text::removeSpaces(text)).hasMatch();
}

} // namespace

RowMapper::RowMapper(const DatasetType& type, const ColumnMapping& mapping, const QDate& today)
    : m_type(type), m_mapping(mapping), m_today(today)
{
    std::set<int> mapped;
    for (const auto& [field, col] : mapping.fieldColumn) {
        mapped.insert(col);
        if (col < mapping.headers.size())
            m_headerCells.emplace_back(col, mapping.headers[col].trimmed());
    }
    for (int c = 0; c < mapping.headers.size(); ++c)
        if (!mapped.count(c) && !mapping.headers[c].isEmpty())
            m_extraColumns.push_back(c);
    for (const FieldDef& f : type.fields)
        m_fieldColumns.push_back(mapping.column(f.name));
    for (const PersonRole& p : type.persons) {
        m_idColumns.push_back(mapping.column(p.idField));
        m_nameColumns.push_back(p.nameField.isEmpty() ? std::nullopt : mapping.column(p.nameField));
    }
}

QString RowMapper::rowJson(const TableRow& row)
{
    QJsonArray a;
    for (const Cell& c : row.cells)
        a.append(c.shown());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QByteArray RowMapper::recordJson(const QByteArray& fieldsJson, const FieldValues& extra)
{
    if (extra.isEmpty())
        return fieldsJson;
    // Splice instead of serialising the record twice: {"a":1} + extra -> {"a":1,"extra":{...}}
    QByteArray out = fieldsJson;
    out.chop(1);
    if (out.size() > 1)
        out += ',';
    out += "\"extra\":{";
    extra.appendMembers(out);
    out += "}}";
    return out;
}

RowIssue RowMapper::issue(int column, const Cell& cell, const char* severity, const char* code, const QString& message) const
{
    return RowIssue{column >= 0 ? m_mapping.describeColumn(column) : QString(), cell.shown(), QString::fromLatin1(severity),
        QString::fromLatin1(code), message};
}

bool RowMapper::isRepeatedHeader(const TableRow& row) const
{
    // Files printed page by page repeat the header verbatim; an exact comparison is enough
    // and keeps this check cheap on every row.
    int same = 0, compared = 0;
    for (const auto& [col, header] : m_headerCells) {
        const Cell& c = cellAt(row, col);
        if (c.isEmpty() || c.kind != Cell::Kind::Text)
            continue;
        ++compared;
        if (QStringView(c.text).trimmed() == header)
            ++same;
    }
    return compared >= 2 && same * 2 >= compared;
}

bool RowMapper::hasAnyId(const TableRow& row) const
{
    // Something an ID was meant to be: a number cell, or text with many digits ("2人" in a
    // total row's ID column is a count, not an attempt at an ID).
    for (const std::optional<int>& col : m_idColumns) {
        if (!col)
            continue;
        const Cell& c = cellAt(row, *col);
        if (c.kind == Cell::Kind::Number && c.number >= 1e9)
            return true;
        int digits = 0;
        for (QChar ch : c.text) // full-width digits count as digits too
            digits += (ch.unicode() >= 0xFF10 && ch.unicode() <= 0xFF19) || ch.isDigit() ? 1 : 0;
        if (digits >= 8)
            return true;
    }
    return false;
}

void RowMapper::mapField(const FieldDef& field, const Cell& cell, int column, MappedRow& out) const
{
    const QString title = field.title.text();
    if (cell.isEmpty()) {
        if (field.required && field.kind != FieldKind::Id)
            out.issues.push_back(issue(column, cell, "rejected", "field.missing",
                QCoreApplication::translate("RowMapper", "%1 is empty; this list needs it for every row").arg(title)));
        return;
    }
    switch (field.kind) {
    case FieldKind::Id: return; // persons are mapped together with their names
    case FieldKind::Name: out.data.insert(field.name, text::trimmed(cell.text)); return;
    case FieldKind::Date:
    case FieldKind::Month: {
        const auto d = ValueParser::date(cell);
        if (!d) {
            out.issues.push_back(issue(column, cell, field.required ? "rejected" : "warning", "date.unreadable",
                QCoreApplication::translate(
                    "RowMapper", "%1 \"%2\" is not a date; expected e.g. 2023-03-05, 2023/3/5, 2023年3月5日 or 202303")
                    .arg(title, cell.shown())));
            out.data.insert(field.name + QStringLiteral("_text"), cell.shown());
            return;
        }
        if (field.kind == FieldKind::Month) {
            out.data.insert(field.name, d->iso.left(7));
        } else {
            out.data.insert(field.name, d->iso);
            if (d->precision == ParsedDate::Precision::Month)
                out.issues.push_back(issue(column, cell, "warning", "date.month-only",
                    QCoreApplication::translate("RowMapper", "%1 \"%2\" gives only year and month; kept as %3")
                        .arg(title, cell.shown(), d->iso)));
        }
        return;
    }
    case FieldKind::Amount:
    case FieldKind::Number: {
        const auto v = ValueParser::amount(cell);
        if (!v) {
            out.issues.push_back(issue(column, cell, field.required ? "rejected" : "warning", "number.unreadable",
                QCoreApplication::translate("RowMapper", "%1 \"%2\" is not a number; expected e.g. 1234.50, 1,234 or 1234元")
                    .arg(title, cell.shown())));
            out.data.insert(field.name + QStringLiteral("_text"), cell.shown());
            return;
        }
        out.data.insert(field.name, *v);
        return;
    }
    case FieldKind::Text:
    case FieldKind::LongText:
        out.data.insert(field.name, cell.kind == Cell::Kind::Text ? text::trimmed(cell.text) : cell.shown());
        return;
    case FieldKind::Org:
    case FieldKind::Case: {
        const QString written = cell.kind == Cell::Kind::Text ? text::trimmed(cell.text) : cell.shown();
        const QString normal = field.kind == FieldKind::Org ? OrgName::normalise(written) : CaseNumber::normalise(written);
        out.data.insert(field.name, normal);
        if (normal != written)
            out.data.insert(field.name + QStringLiteral("_text"), written);
        return;
    }
    case FieldKind::Code: {
        const CreditCodeParse code = CreditCode::parse(cell.shown());
        if (!code.ok()) {
            out.issues.push_back(issue(column, cell, field.required ? "rejected" : "warning", "code.invalid",
                QCoreApplication::translate("RowMapper", "%1: %2").arg(title, code.message())));
            out.data.insert(field.name + QStringLiteral("_text"), cell.shown());
            return;
        }
        out.data.insert(field.name, *code.code);
        if (*code.code != cell.shown())
            out.data.insert(field.name + QStringLiteral("_text"), cell.shown());
        return;
    }
    }
}

bool RowMapper::hasSubjectKey(const MappedRow& out) const
{
    // A row about an organisation or a case (a company, a penalty decision, an auction lot) is
    // matched through that key even when no person in it has an ID number.
    for (const FieldDef& f : m_type.fields)
        if ((f.kind == FieldKind::Code || f.kind == FieldKind::Case) && !out.data.value(f.name).toString().trimmed().isEmpty())
            return true;
    return false;
}

void RowMapper::mapPersons(const TableRow& row, MappedRow& out) const
{
    for (size_t pi = 0; pi < m_type.persons.size(); ++pi) {
        const PersonRole& p = m_type.persons[pi];
        const std::optional<int>& idCol = m_idColumns[pi];
        const Cell& idCell = idCol ? cellAt(row, *idCol) : kEmpty;
        QString nameWritten;
        if (const std::optional<int>& nameCol = m_nameColumns[pi])
            nameWritten = text::trimmed(cellAt(row, *nameCol).shown());
        const QString roleTitle = p.title.text();
        const char* severity = p.required ? "rejected" : "warning";
        if (idCell.isEmpty()) {
            if (p.required)
                out.issues.push_back(issue(idCol.value_or(-1), idCell, severity, "id.missing",
                    QCoreApplication::translate("RowMapper", "the %1's ID number is empty; expected 18 characters")
                        .arg(roleTitle)));
            continue;
        }
        IdParse parsed = idCell.kind == Cell::Kind::Number ? IdParser::parseNumber(idCell.number, idCell.shown(), m_today)
                                                           : IdParser::parse(idCell.text, m_today);
        if (!parsed.ok()) {
            if (!p.required && isOrganisationCode(idCell.shown())) {
                out.issues.push_back(issue(*idCol, idCell, "warning", "id.organisation",
                    QCoreApplication::translate("RowMapper",
                        "the %1 \"%2\" is an organisation (credit code %3), not a person; the row is "
                        "kept without this person")
                        .arg(roleTitle, nameWritten, idCell.shown())));
                continue;
            }
            const char* code = parsed.problem == IdProblem::Damaged ? "id.damaged" : "id.invalid";
            out.issues.push_back(issue(*idCol, idCell, severity, code,
                QCoreApplication::translate("RowMapper", "%1's ID: %2").arg(roleTitle, parsed.message())));
            if (parsed.problem != IdProblem::Damaged && !nameWritten.isEmpty())
                out.broken.push_back(
                    {p.role, out.issues.size() - 1, idCell.shown(), PersonName::normalise(nameWritten), nameWritten});
            continue;
        }
        if (parsed.regionUnknown)
            out.issues.push_back(issue(*idCol, idCell, "warning", "id.region-unknown",
                QCoreApplication::translate("RowMapper",
                    "the %1's ID %2 has region code %3, which is not in GB/T 2260 (the list ends around 2015: a "
                    "county created since, or a mistyped code); the row is kept")
                    .arg(roleTitle, idCell.shown(), parsed.id->regionCode())));
        if (parsed.upgradedFrom15)
            out.issues.push_back(issue(*idCol, idCell, "warning", "id.upgraded-15",
                QCoreApplication::translate("RowMapper", "15-digit ID %1 upgraded to %2 (the text as written is kept)")
                    .arg(idCell.shown(), parsed.id->key())));
        out.persons.push_back({p.role, parsed.id->key(), parsed.original, PersonName::normalise(nameWritten), nameWritten});
    }
}

MappedRow RowMapper::map(const TableRow& row) const
{
    MappedRow out;
    if (row.isBlank()) {
        out.verdict = MappedRow::Verdict::Blank;
        return out;
    }
    if (!row.problem.isEmpty()) {
        out.verdict = MappedRow::Verdict::Rejected;
        out.issues.push_back({QString(), QString(), QStringLiteral("rejected"), row.problemCode, row.problem});
        return out;
    }
    if (isRepeatedHeader(row)) {
        out.verdict = MappedRow::Verdict::Skipped;
        out.issues.push_back({QString(), QString(), QStringLiteral("skipped"), QStringLiteral("row.repeated-header"),
            QCoreApplication::translate("RowMapper", "the header is repeated here (as in files printed page by page)")});
        return out;
    }
    if (!hasAnyId(row)) {
        // Only rows without anything like an ID can be totals, notes or signatures.
        int mappedFilled = 0;
        for (const auto& [field, col] : m_mapping.fieldColumn)
            if (!cellAt(row, col).isEmpty())
                ++mappedFilled;
        int seen = 0;
        bool total = false, note = false;
        for (const Cell& c : row.cells) {
            if (c.isEmpty() || c.kind != Cell::Kind::Text)
                continue;
            total = total || (seen < 4 && isTotalText(c.text));
            note = note || (seen < 2 && isNoteText(c.text));
            ++seen;
        }
        if (total || note || mappedFilled < 2) {
            out.verdict = MappedRow::Verdict::Skipped;
            if (total)
                out.issues.push_back({QString(), QString(), QStringLiteral("skipped"), QStringLiteral("row.total"),
                    QCoreApplication::translate("RowMapper", "a total row (合计/总计), not a person")});
            else
                out.issues.push_back({QString(), QString(), QStringLiteral("skipped"), QStringLiteral("row.note"),
                    QCoreApplication::translate(
                        "RowMapper", "a title, note or signature line without an ID number, not a person")});
            return out;
        }
    }

    for (size_t fi = 0; fi < m_type.fields.size(); ++fi) {
        const FieldDef& f = m_type.fields[fi];
        const std::optional<int>& col = m_fieldColumns[fi];
        if (col)
            mapField(f, cellAt(row, *col), *col, out);
        else if (f.required && f.kind != FieldKind::Id)
            out.issues.push_back({QString(), QString(), QStringLiteral("rejected"), QStringLiteral("field.no-column"),
                QCoreApplication::translate("RowMapper", "%1 is required but the file has no column for it")
                    .arg(f.title.text())});
    }
    mapPersons(row, out);
    for (int c : m_extraColumns)
        if (!cellAt(row, c).isEmpty())
            out.extra.insert(m_mapping.headers[c], cellAt(row, c).shown());
    bool rejected = false;
    for (const RowIssue& i : out.issues)
        rejected = rejected || i.severity == QLatin1String("rejected");
    if (!rejected && out.persons.empty() && !hasSubjectKey(out)) {
        out.issues.push_back({QString(), QString(), QStringLiteral("rejected"), QStringLiteral("row.no-person"),
            QCoreApplication::translate(
                "RowMapper", "no person in this row has a valid ID number, so it cannot be matched with other lists")});
        rejected = true;
    }
    out.verdict = rejected ? MappedRow::Verdict::Rejected : MappedRow::Verdict::Record;
    return out;
}

} // namespace cluedesk
