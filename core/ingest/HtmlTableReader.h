#pragma once
// Many web systems' "export to Excel" buttons write an HTML table and name it .xls. Excel
// opens those, so bureaus send them; this reader takes the rows of every <table> in the file
// as one sheet (colspan respected, tags inside cells dropped, entities decoded).
#include "ingest/TableReader.h"

namespace cluedesk {

class HtmlTableReader final : public TableReader {
public:
    static Result<std::unique_ptr<HtmlTableReader>> open(const QString& path, const ReaderOptions& options);

    QString format() const override { return QStringLiteral("html"); }
    QString encoding() const override { return m_encoding; }
    QStringList sheets() const override { return {QString()}; }
    bool openSheet(int index) override { return index == 0; }
    bool next(TableRow& row) override;
    double progress() const override { return m_text.isEmpty() ? 1.0 : double(m_pos) / double(m_text.size()); }

    static bool looksLikeHtml(const QByteArray& head);

private:
    HtmlTableReader() = default;
    QString m_text;
    QString m_encoding;
    qsizetype m_pos = 0;
    qint64 m_row = 0;
    ReaderOptions m_options;
};

} // namespace cluedesk
