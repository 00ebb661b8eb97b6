#pragma once
// Streams a CSV/TXT table: RFC 4180 quoting with cells spanning lines, any of , ; TAB | as
// delimiter (detected), UTF-8/GB18030/UTF-16 (detected or given), CRLF/LF/CR line ends.
// An unclosed quote does not swallow the rest of the file: after a bounded look-ahead the row
// is reported and reading resumes on the next line.
#include "ingest/TableReader.h"

#include <QFile>
#include <QStringDecoder>
#include <deque>

namespace cluedesk {

class CsvReader final : public TableReader {
public:
    static Result<std::unique_ptr<CsvReader>> open(const QString& path, const ReaderOptions& options);

    QString format() const override { return QStringLiteral("csv"); }
    QString encoding() const override { return m_encoding; }
    QStringList sheets() const override { return {QString()}; }
    bool openSheet(int index) override { return index == 0; }
    bool next(TableRow& row) override;
    double progress() const override;
    QChar delimiter() const { return m_delimiter; }

    // Picks the delimiter that splits the sample's lines most consistently.
    static QChar detectDelimiter(QStringView sample);

private:
    CsvReader() = default;
    bool readPhysicalLine(QString& line, bool& truncated);
    bool fill();
    void splitPlain(const QString& line, std::vector<Cell>& cells) const;
    Cell makeCell(QString text) const;

    QFile m_file;
    QStringDecoder m_decoder;
    QString m_encoding;
    QChar m_delimiter = u',';
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    std::deque<QString> m_pending; // lines handed back after an unclosed quote
    qint64 m_record = 0;
    ReaderOptions m_options;
};

} // namespace cluedesk
