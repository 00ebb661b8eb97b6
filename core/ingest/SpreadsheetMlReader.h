#pragma once
// Excel 2003 XML spreadsheets (SpreadsheetML), which some bureau systems still export and name
// .xls: <Workbook><Worksheet ss:Name><Table><Row><Cell><Data ss:Type>. Streamed with
// QXmlStreamReader, one sheet at a time. A cell merged across columns is followed by empty
// cells; one merged down repeats its text in the rows below, as the HTML reader does with a
// rowspan.
#include "ingest/TableReader.h"

#include <QFile>
#include <QXmlStreamReader>
#include <vector>

namespace cluedesk {

class SpreadsheetMlReader final : public TableReader {
public:
    static Result<std::unique_ptr<SpreadsheetMlReader>> open(const QString& path, const ReaderOptions& options);

    QString format() const override { return QStringLiteral("spreadsheetml"); }
    QStringList sheets() const override { return m_sheets; }
    bool openSheet(int index) override;
    bool next(TableRow& row) override;
    double progress() const override;

    static bool looksLikeSpreadsheetMl(const QByteArray& head);

private:
    SpreadsheetMlReader() = default;
    Cell readData();
    void damaged();

    struct MergedDown {
        int column = 0;
        qint64 lastRow = 0;
        Cell cell;
    };
    QString m_fileName;
    ReaderOptions m_options;
    QStringList m_sheets;
    QFile m_file;
    QXmlStreamReader m_xml;
    int m_sheet = -1;
    bool m_inTable = false;
    qint64 m_lastRow = 0;
    std::vector<MergedDown> m_merged;
};

} // namespace cluedesk
