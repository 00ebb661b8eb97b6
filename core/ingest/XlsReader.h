#pragma once
// Legacy Excel 97-2003 workbooks (.xls, BIFF8), read by FreeXL in a separate process
// (cluedesk-xls-reader): FreeXL 1.0.6 over-reads memory on some damaged files, so a crafted
// .xls can at worst stop that helper, never ClueDesk. Rows stream from the helper's output; the
// format caps a sheet at 65,536 rows.
#include "ingest/TableReader.h"

#include <memory>

class QProcess;

namespace cluedesk {

class XlsReader final : public TableReader {
public:
    static Result<std::unique_ptr<XlsReader>> open(const QString& path, const ReaderOptions& options);
    ~XlsReader() override;
    // Where the helper program is: CLUEDESK_XLS_READER, beside the program, in libexec, or the build tree.
    static QString helperPath();

    QString format() const override { return QStringLiteral("xls"); }
    QStringList sheets() const override { return m_sheets; }
    bool openSheet(int index) override;
    bool next(TableRow& row) override;
    double progress() const override { return m_rows ? double(m_row) / double(m_rows) : 1.0; }
    // Rows come from the helper through a QProcess, whose notifiers belong to the thread that
    // started it. The helper is a process of its own, so reading here costs little anyway.
    bool readsOnAnyThread() const override { return false; }

private:
    XlsReader() = default;
    QByteArray readLine();
    QByteArray readBytes(qsizetype n);
    void helperFailed();
    QString m_path;
    QString m_fileName;
    QStringList m_sheets;
    ReaderOptions m_options;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_pending; // a row header already read ("R n") or "Z"
    unsigned int m_rows = 0;
    unsigned int m_row = 0;
    int m_sheet = -1;
};

} // namespace cluedesk
