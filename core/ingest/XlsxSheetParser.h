#pragma once
// Reads the rows of one worksheet part of an .xlsx as its bytes come out of the zip, with
// libxml2's SAX2 push parser: the part is never held whole, no tree is built, and text stays
// UTF-8 until a cell is complete. Several times faster than walking it with QXmlStreamReader,
// which matters for sheets of a million rows.
#include "ingest/TableReader.h"

#include <QByteArray>
#include <deque>
#include <memory>
#include <vector>

namespace cluedesk {

// OOXML writes control characters as _xHHHH_.
QString unescapeOoxml(QString s);

class XlsxSheetParser {
public:
    struct Workbook {
        const std::vector<QString>* shared = nullptr; // shared strings, by index
        const std::vector<bool>* dateStyle = nullptr; // per cell style: is it a date format
        bool date1904 = false;
        qsizetype maxCellChars = 1 << 20;
    };
    explicit XlsxSheetParser(const Workbook& workbook);
    ~XlsxSheetParser();
    XlsxSheetParser(const XlsxSheetParser&) = delete;
    XlsxSheetParser& operator=(const XlsxSheetParser&) = delete;

    // The next bytes of the part; last when the part has ended. A part without <sheetData> has
    // no rows and no error, as before.
    void feed(const char* data, int size, bool last);
    // The next complete row, in file order; false when none is waiting.
    bool takeRow(TableRow& row);
    // </sheetData> was reached: every row has been parsed.
    bool finished() const { return m_finished; }
    // The XML is not well-formed (or ends early); rows before the fault were still handed out.
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // The number of the last complete row parsed.
    qint64 lastRow() const { return m_lastRow; }

private:
    struct Sax;
    void startElement(const char* name, int attributeCount, const char** attributes);
    void endElement(const char* name);
    void characters(const char* text, int size);
    void fail(const QString& message);
    Cell finishCell();

    Workbook m_workbook;
    void* m_ctxt = nullptr; // xmlParserCtxtPtr
    std::deque<TableRow> m_ready;
    TableRow m_row;
    qint64 m_lastRow = 0;
    bool m_inSheetData = false;
    bool m_inRow = false;
    bool m_finished = false;
    QString m_error;
    QString m_rowProblem;
    int m_nextColumn = 0;
    // The cell being read.
    int m_cellDepth = 0; // elements open inside <c>; 0 outside a cell
    int m_column = -1;
    int m_style = -1;
    QByteArray m_type;
    QByteArray m_value;  // <v>
    QByteArray m_inline; // <is><t>, rich text runs joined
    bool m_hasInline = false;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_inInlineText = false;
    int m_phoneticDepth = 0;
};

} // namespace cluedesk
