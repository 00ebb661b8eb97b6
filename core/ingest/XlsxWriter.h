#pragma once
// Writes .xlsx workbooks row by row (exports of clues and rejects, the demo set, test
// fixtures). Strings are written inline, IDs as text so Excel keeps all 18 digits, dates as
// real dates.
#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <vector>

class QuaZip;
class QuaZipFile;

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
    void mergeCells(const QString& range); // e.g. "A1:F1", applied to the current sheet
    Status endSheet();
    Status close();

    static double serial(const QDate& date);

private:
    Status writePart(const QString& name, const QByteArray& bytes);
    void write(const QByteArray& bytes);

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QStringList m_sheets;
    QStringList m_merges;
    qint64 m_row = 0;
    QByteArray m_buffer;
    bool m_failed = false;
};

class CsvWriter {
public:
    // UTF-8 with a BOM so that Excel on Chinese Windows shows the text; or GB18030 without.
    static QByteArray encodeRow(const QStringList& cells, QChar delimiter = u',');
    static Status write(const QString& path, const std::vector<QStringList>& rows, bool gb18030 = false, bool bom = true);
};

} // namespace cluedesk
