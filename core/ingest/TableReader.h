#pragma once
// Every bureau file format is read through one streaming interface: sheets of rows of cells.
// Readers never hold a whole sheet in memory (FreeXL's .xls is the exception: the format caps
// a sheet at 65,536 rows) and never throw on bad input: a damaged file sets error(), a bad row
// carries its own problem, and the rest still comes through.
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace cluedesk {

struct Cell {
    enum class Kind : quint8 { Empty, Text, Number, Date, Boolean, Error };
    Kind kind = Kind::Empty;
    double number = 0; // Number; for Date the spreadsheet serial when the file had one
    QString text;      // Text as written; Number as stored ("3.3038219870506099E+17"); Date as ISO

    static Cell ofText(QString t) { return Cell{Kind::Text, 0, std::move(t)}; }
    static Cell ofNumber(double v, QString stored) { return Cell{Kind::Number, v, std::move(stored)}; }
    static Cell ofDate(QString iso, double serial = 0) { return Cell{Kind::Date, serial, std::move(iso)}; }
    bool isEmpty() const;
    // The cell as an officer would describe it (used in messages and the reject list).
    QString shown() const;
};

struct TableRow {
    qint64 number = 0; // 1-based, as the spreadsheet program shows it
    std::vector<Cell> cells;
    QString problem;     // set when the reader could not read this row properly
    QString problemCode; // e.g. "csv.unclosed-quote"
    bool isBlank() const;
};

struct ReaderOptions {
    QString encoding;                 // CSV: empty = detect; "utf-8", "gb18030", "utf-16le", "utf-16be"
    QChar delimiter;                  // CSV: null = detect
    qsizetype maxCellChars = 1 << 20; // longer cells are cut and the row reported
};

class TableReader {
public:
    virtual ~TableReader() = default;
    virtual QString format() const = 0; // "csv", "xlsx", "xls", "html"
    virtual QString encoding() const { return {}; }
    virtual QStringList sheets() const = 0; // CSV has one sheet named ""
    virtual bool openSheet(int index) = 0;  // false with error() on a damaged sheet
    // The next row of the open sheet; false at its end (or when the file breaks off: error()).
    virtual bool next(TableRow& row) = 0;
    virtual double progress() const = 0; // 0..1 through the open sheet
    // Whether next() may run on another thread than openSheet() did (the import reads on a
    // thread of its own). Not so for a reader built on a QObject that belongs to its thread.
    virtual bool readsOnAnyThread() const { return true; }
    const std::optional<Error>& error() const { return m_error; }

protected:
    void setError(QString message, QString code) { m_error = Error{std::move(message), std::move(code)}; }
    std::optional<Error> m_error;
};

// Opens any supported table file, chosen by its content rather than its name (a ".xls" that is
// really HTML or xlsx is common from web systems). The error names the file and says what was
// expected.
Result<std::unique_ptr<TableReader>> openTable(const QString& path, const ReaderOptions& options = {});

} // namespace cluedesk
