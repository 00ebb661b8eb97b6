#pragma once
// Writes .xlsx workbooks row by row (exports of clues and rejects, the office's figures, the
// demo set) with libxlsxwriter in its constant-memory mode, so a 200,000-row export does not sit
// in memory. Text cells are formatted as text so Excel keeps all 18 digits of an ID, dates are
// real dates (yyyy-mm-dd).
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <optional>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace cluedesk {

class XlsxWriter {
public:
    struct Cell {
        enum class Kind { Empty, Text, Number, Date, NumberAsText };
        Kind kind = Kind::Empty;
        QString text;
        double number = 0;
        QDate date;
        static Cell t(QString s) { return {s.isEmpty() ? Kind::Empty : Kind::Text, std::move(s), 0, {}}; }
        static Cell n(double v) { return {Kind::Number, {}, v, {}}; }
        static Cell d(QDate v) { return {v.isValid() ? Kind::Date : Kind::Empty, {}, 0, v}; }
        // A number stored as a double: what Excel does to an ID typed into a general cell.
        static Cell rawNumber(QString digits) { return {Kind::NumberAsText, std::move(digits), 0, {}}; }
    };

    explicit XlsxWriter(const QString& path);
    ~XlsxWriter();
    Status beginSheet(const QString& name, const std::vector<double>& columnWidths = {});
    void addRow(const std::vector<Cell>& cells);
    void addTextRow(const QStringList& cells);
    // Merges cells of the row just written, e.g. "A1:F1" after a title row (the constant-memory
    // mode cannot go back to earlier rows).
    void mergeCells(const QString& range);
    Status endSheet();
    Status close();

    static double serial(const QDate& date);

private:
    Status failed(const QString& why);

    QString m_path;
    QByteArray m_tmpdir; // where libxlsxwriter keeps a sheet's rows until close()
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    struct Formats { // owned by the workbook
        lxw_format* text;
        lxw_format* number;
        lxw_format* date;
    } m_format{};
    QStringList m_sheetNames;
    std::vector<Cell> m_lastRow;
    quint32 m_row = 0;
    std::optional<Error> m_error;
};

class CsvWriter {
public:
    // UTF-8 with a BOM so that Excel on Chinese Windows shows the text; or GB18030 without.
    static QByteArray encodeRow(const QStringList& cells, QChar delimiter = u',');
    static Status write(const QString& path, const std::vector<QStringList>& rows, bool gb18030 = false, bool bom = true);
};

} // namespace cluedesk
