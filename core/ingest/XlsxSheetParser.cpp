#include "ingest/XlsxSheetParser.h"

#include "ingest/XlsxReader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cstring>
#include <optional>
#include <string_view>

namespace cluedesk {
namespace {

constexpr int kLastColumn = 16383; // XFD, Excel's last column

// "BC12" -> zero-based column 54; -1 if there is no column part; beyond kLastColumn for a
// reference with more letters than XFD has (never an overflowed int).
int columnOfRef(std::string_view ref)
{
    int col = 0;
    size_t letters = 0;
    for (; letters < ref.size(); ++letters) {
        char c = ref[letters];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            break;
        if (letters >= 3)
            return kLastColumn + 1;
        col = col * 26 + (c - 'A' + 1);
    }
    // A letter outside A-Z (any other Unicode letter) is no column at all in a reference.
    if (letters < ref.size() && static_cast<unsigned char>(ref[letters]) >= 0x80)
        return kLastColumn + 1;
    return letters == 0 ? -1 : col - 1;
}

// Up to 15 digits and nothing else (a row number, a style, a shared string's index, a whole
// number), read without the general parser; anything else is left to it.
std::optional<qint64> digitsOnly(std::string_view text)
{
    if (text.empty() || text.size() > 15)
        return std::nullopt;
    qint64 v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

qint64 toInt64(std::string_view text, qint64 fallback)
{
    if (const auto v = digitsOnly(text))
        return *v;
    bool ok = false;
    const qint64 v = QByteArray::fromRawData(text.data(), qsizetype(text.size())).trimmed().toLongLong(&ok);
    return ok ? v : fallback;
}

QString fromUtf8(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

QString unescapeOoxml(QString s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    static const QRegularExpression re(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

void XlsxSheetParser::ended()
{
    if (m_inSheetData)
        fail(QCoreApplication::translate("XlsxReader", "the sheet ends before its rows do"));
}

bool XlsxSheetParser::takeRow(TableRow& row)
{
    if (m_ready.empty())
        return false;
    row = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}

void XlsxSheetParser::startElement(const char* name, int attributeCount, const char** attributes)
{
    const auto attribute = [&](const char* key) { return SaxPushParser::attribute(key, attributeCount, attributes); };
    const auto named = [&](const char* literal) { return is(name, literal); };
    if (!m_inSheetData) {
        m_inSheetData = named("sheetData");
        return;
    }
    if (!m_inRow) {
        if (!named("row"))
            return;
        m_inRow = true;
        m_row = TableRow{};
        m_row.cells.reserve(m_rowWidth);
        const auto r = attribute("r");
        const qint64 number = r ? toInt64(*r, 0) : 0;
        m_row.number = number > 0 ? number : m_lastRow + 1;
        m_rowProblem.clear();
        m_nextColumn = 0;
        return;
    }
    if (m_cellDepth == 0) {
        if (!named("c"))
            return;
        m_cellDepth = 1;
        const auto r = attribute("r");
        int col = r ? columnOfRef(*r) : -1;
        if (col < 0)
            col = m_nextColumn;
        m_column = col;
        if (col <= kLastColumn)
            m_nextColumn = col + 1;
        const auto t = attribute("t");
        m_type = !t             ? Type::Number
            : *t == "s"         ? Type::Shared
            : *t == "inlineStr" ? Type::Inline
            : *t == "str"       ? Type::Formula
            : *t == "b"         ? Type::Boolean
            : *t == "e"         ? Type::Error
            : *t == "d"         ? Type::Date
                                : Type::Number;
        const auto s = attribute("s");
        m_style = s ? int(toInt64(*s, 0)) : -1;
        m_value.clear();
        m_inline.clear();
        m_hasInline = m_inValue = m_inInline = m_inInlineText = false;
        m_phoneticDepth = 0;
        return;
    }
    ++m_cellDepth;
    if (m_cellDepth == 2 && named("v")) {
        m_inValue = true;
    } else if (m_cellDepth == 2 && named("is")) {
        m_inInline = m_hasInline = true;
    } else if (m_inInline) {
        if (named("rPh"))
            ++m_phoneticDepth;
        else if (named("t") && m_phoneticDepth == 0)
            m_inInlineText = true;
    }
}

void XlsxSheetParser::endElement(const char* name)
{
    const auto named = [&](const char* literal) { return is(name, literal); };
    if (m_cellDepth > 0) {
        if (m_cellDepth == 1) {
            m_cellDepth = 0;
            if (m_column > kLastColumn)
                return; // beyond the last column: dropped
            Cell cell = finishCell();
            if (cell.text.size() > m_workbook.maxCellChars) {
                cell.text.truncate(m_workbook.maxCellChars);
                m_rowProblem = QCoreApplication::translate("XlsxReader", "a cell is longer than %1 characters and was cut")
                                   .arg(m_workbook.maxCellChars);
            }
            if (!cell.isEmpty()) {
                if (m_row.cells.size() <= size_t(m_column))
                    m_row.cells.resize(size_t(m_column) + 1);
                m_row.cells[size_t(m_column)] = std::move(cell);
            }
            return;
        }
        if (m_inInline) {
            if (named("rPh"))
                --m_phoneticDepth;
            else if (named("t"))
                m_inInlineText = false;
            else if (m_cellDepth == 2 && named("is"))
                m_inInline = false;
        }
        if (m_cellDepth == 2 && named("v"))
            m_inValue = false;
        --m_cellDepth;
        return;
    }
    if (m_inRow) {
        if (!named("row"))
            return;
        m_inRow = false;
        if (!m_rowProblem.isEmpty()) {
            m_row.problem = m_rowProblem;
            m_row.problemCode = QStringLiteral("xlsx.bad-cell");
        }
        m_lastRow = m_row.number;
        m_rowWidth = m_row.cells.size();
        m_ready.push_back(std::move(m_row));
        return;
    }
    if (m_inSheetData && named("sheetData"))
        stop(); // what follows the rows is not read
}

void XlsxSheetParser::characters(const char* text, int size)
{
    if (m_inValue)
        m_value.append(text, size_t(size));
    else if (m_inInlineText)
        m_inline.append(text, size_t(size));
}

Cell XlsxSheetParser::finishCell()
{
    if (m_type == Type::Shared) {
        qint64 i = -1;
        bool ok = false;
        if (const auto d = digitsOnly(m_value)) {
            i = *d;
            ok = true;
        } else {
            i = fromUtf8(m_value).toLongLong(&ok);
        }
        const std::vector<QString>& shared = *m_workbook.shared;
        if (!ok || i < 0 || i >= qint64(shared.size())) {
            m_rowProblem =
                QCoreApplication::translate("XlsxReader", "a cell refers to shared string %1, which the file does not have")
                    .arg(fromUtf8(m_value));
            return Cell{Cell::Kind::Error, 0, fromUtf8(m_value)};
        }
        return Cell::ofText(shared[size_t(i)]);
    }
    if (m_type == Type::Inline || m_hasInline) {
        const QString text = unescapeOoxml(fromUtf8(m_inline));
        return text.isEmpty() ? Cell{} : Cell::ofText(text);
    }
    const QString value = fromUtf8(m_value);
    if (m_type == Type::Formula)
        return value.isEmpty() ? Cell{} : Cell::ofText(unescapeOoxml(value));
    if (m_type == Type::Boolean)
        return Cell{Cell::Kind::Boolean, value == QLatin1String("1") ? 1.0 : 0.0, value};
    if (m_type == Type::Error)
        return Cell{Cell::Kind::Error, 0, value};
    if (m_type == Type::Date)
        return Cell::ofDate(value.left(19));
    if (value.isEmpty())
        return {};
    bool ok = false;
    double number = 0;
    if (const auto whole = digitsOnly(m_value)) { // a whole number, the usual case
        number = double(*whole);
        ok = true;
    } else {
        number = value.toDouble(&ok);
    }
    if (!ok)
        return Cell::ofText(value);
    const std::vector<bool>& dates = *m_workbook.dateStyle;
    if (m_style >= 0 && m_style < int(dates.size()) && dates[size_t(m_style)]) {
        const QString iso = XlsxReader::serialToIso(number, m_workbook.date1904);
        if (!iso.isEmpty())
            return Cell::ofDate(iso, number);
    }
    return Cell::ofNumber(number, value);
}

} // namespace cluedesk

namespace cluedesk {

void XlsxSharedStringsParser::startElement(const char* name, int attributeCount, const char** attributes)
{
    if (is(name, "sst")) {
        const auto count = attribute("uniqueCount", attributeCount, attributes);
        const qint64 n = count ? QByteArray(count->data(), qsizetype(count->size())).toLongLong() : 0;
        if (n > 0 && n < 50'000'000)
            m_strings.reserve(size_t(n));
    } else if (is(name, "si")) {
        m_inItem = true;
        m_text.clear();
        m_phoneticDepth = 0;
    } else if (m_inItem && is(name, "rPh")) {
        ++m_phoneticDepth;
    } else if (m_inItem && is(name, "t") && m_phoneticDepth == 0) {
        m_inText = true;
    }
}

void XlsxSharedStringsParser::endElement(const char* name)
{
    if (!m_inItem)
        return;
    if (is(name, "si")) {
        m_strings.push_back(unescapeOoxml(fromUtf8(m_text)));
        m_inItem = false;
    } else if (is(name, "rPh")) {
        --m_phoneticDepth;
    } else if (is(name, "t")) {
        m_inText = false;
    }
}

void XlsxSharedStringsParser::characters(const char* text, int size)
{
    if (m_inText)
        m_text.append(text, size_t(size));
}

} // namespace cluedesk
