#pragma once
// Reads the two parts of an .xlsx that grow with the list, as their bytes come out of the zip,
// with libxml2's SAX2 push parser (SaxPushParser): a worksheet's rows, and the shared strings
// Excel and WPS keep the text of cells in. The part is never held whole, no tree is built, and
// text stays UTF-8 until a cell or string is complete. Several times faster than walking them
// with QXmlStreamReader, which matters for sheets of a million rows.
#include "ingest/SaxPushParser.h"
#include "ingest/TableReader.h"

#include <QByteArray>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace cluedesk {

// OOXML writes control characters as _xHHHH_.
QString unescapeOoxml(QString s);

class XlsxSheetParser final : public SaxPushParser {
public:
    struct Workbook {
        const std::vector<QString>* shared = nullptr; // shared strings, by index
        const std::vector<bool>* dateStyle = nullptr; // per cell style: is it a date format
        bool date1904 = false;
        qsizetype maxCellChars = 1 << 20;
    };
    explicit XlsxSheetParser(const Workbook& workbook) : m_workbook(workbook) { }

    // feed() the part's bytes. The next complete row, in file order; false when none waits.
    bool takeRow(TableRow& row);
    // </sheetData> was reached: every row has been parsed. A part without <sheetData> has no
    // rows and no error. failed(): not well-formed or cut short; the rows before the fault are
    // still handed out.
    bool finished() const { return stopped(); }
    // The number of the last complete row parsed.
    qint64 lastRow() const { return m_lastRow; }

private:
    void startElement(const char* name, int attributeCount, const char** attributes) override;
    void endElement(const char* name) override;
    void characters(const char* text, int size) override;
    void ended() override;
    Cell finishCell();

    Workbook m_workbook;
    std::deque<TableRow> m_ready;
    TableRow m_row;
    qint64 m_lastRow = 0;
    bool m_inSheetData = false;
    bool m_inRow = false;
    QString m_rowProblem;
    int m_nextColumn = 0;
    // The cell being read.
    int m_cellDepth = 0; // elements open inside <c>; 0 outside a cell
    int m_column = -1;
    int m_style = -1;
    // The cell's t attribute; a type OOXML does not define is read as a number, as none is.
    enum class Type : quint8 { Number, Shared, Inline, Formula, Boolean, Error, Date };
    Type m_type = Type::Number;
    // The cell's text as it arrives: std::string keeps its capacity when cleared, so reading a
    // sheet allocates per cell only the cell's own QString.
    std::string m_value;   // <v>
    std::string m_inline;  // <is><t>, rich text runs joined
    size_t m_rowWidth = 0; // cells in the row before: the next row is made as wide
    bool m_hasInline = false;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_inInlineText = false;
    int m_phoneticDepth = 0;
};

// The shared strings part (xl/sharedStrings.xml): each <si> is plain <t> text or rich-text runs
// <r><t>, joined; phonetic guides <rPh> are left out; _xHHHH_ escapes are undone.
class XlsxSharedStringsParser final : public SaxPushParser {
public:
    explicit XlsxSharedStringsParser(std::vector<QString>& strings) : m_strings(strings) { }

private:
    void startElement(const char* name, int attributeCount, const char** attributes) override;
    void endElement(const char* name) override;
    void characters(const char* text, int size) override;

    std::vector<QString>& m_strings;
    std::string m_text;
    bool m_inItem = false;
    bool m_inText = false;
    int m_phoneticDepth = 0;
};

} // namespace cluedesk
