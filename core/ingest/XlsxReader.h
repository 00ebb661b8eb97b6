#pragma once
// Streams worksheets of an Office Open XML workbook (.xlsx, also WPS output) straight from the
// zip: minizip inflates the sheet part (ZipArchive, which refuses zip bombs) and XlsxSheetParser
// (libxml2's SAX parser) turns its bytes into rows as they come, so a sheet of a million rows
// never sits in memory. The shared strings are read the same way (XlsxSharedStringsParser) when
// the workbook is opened; the workbook and styles (to recognise dates) are small parts read
// with QXmlStreamReader.
#include "ingest/TableReader.h"
#include "ingest/ZipArchive.h"

#include <QXmlStreamReader>
#include <memory>
#include <vector>

namespace cluedesk {

class XlsxSheetParser;

class XlsxReader final : public TableReader {
public:
    static Result<std::unique_ptr<XlsxReader>> open(const QString& path, const ReaderOptions& options);
    ~XlsxReader() override;

    QString format() const override { return QStringLiteral("xlsx"); }
    QStringList sheets() const override;
    bool openSheet(int index) override;
    bool next(TableRow& row) override;
    double progress() const override;

    // Spreadsheet serial to ISO date ("2023-03-05", with time if it has a fraction).
    static QString serialToIso(double serial, bool date1904);
    static bool isDateFormat(int numFmtId, const QString& formatCode);

private:
    struct SheetRef {
        QString name;
        QString part; // e.g. xl/worksheets/sheet1.xml
    };
    XlsxReader();
    Status readWorkbook();
    Status readSharedStrings();
    Status readStyles();
    bool openPart(const QString& part);
    QString partTooLarge(const QString& part) const;
    QString xmlProblem() const; // the XML error, or why the zip part stopped

    QString m_path;
    QString m_fileName;
    ReaderOptions m_options;
    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<ZipPart> m_part;
    ZipArchive::Problem m_partProblem = ZipArchive::Problem::None;
    QXmlStreamReader m_xml;
    std::vector<SheetRef> m_sheets;
    std::vector<QString> m_shared;
    std::vector<bool> m_dateStyle;
    bool m_date1904 = false;
    int m_sheetIndex = -1;
    std::unique_ptr<XlsxSheetParser> m_sheet;
    QByteArray m_buffer;
    bool m_sheetDone = false;
};

} // namespace cluedesk
