#pragma once
// Legacy Excel 97-2003 workbooks (.xls, BIFF8) through FreeXL. FreeXL parses the whole
// workbook on open; the format caps a sheet at 65,536 rows, so that stays small.
#include "ingest/TableReader.h"

namespace cluedesk {

class XlsReader final : public TableReader {
public:
    static Result<std::unique_ptr<XlsReader>> open(const QString& path, const ReaderOptions& options);
    ~XlsReader() override;

    QString format() const override { return QStringLiteral("xls"); }
    QStringList sheets() const override { return m_sheets; }
    bool openSheet(int index) override;
    bool next(TableRow& row) override;
    double progress() const override { return m_rows ? double(m_row) / double(m_rows) : 1.0; }

private:
    XlsReader() = default;
    const void* m_handle = nullptr;
    QString m_fileName;
    QStringList m_sheets;
    ReaderOptions m_options;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_row = 0;
};

} // namespace cluedesk
