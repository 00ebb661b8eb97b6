#pragma once
// Many web systems' "export to Excel" buttons write an HTML table and name it .xls. Excel
// opens those, so bureaus send them; this reader takes the rows of every <table> in the file as
// one sheet. libxml2's HTML parser reads the markup as a browser would (unclosed cells, every
// named entity, numeric references beyond the BMP such as the Extension B characters of rare
// names); a cell spanning columns is followed by empty cells, and a cell spanning rows repeats
// its text in the rows below, where the officer reads it too.
#include "ingest/TableReader.h"

#include <vector>

struct _xmlDoc;
struct _xmlNode;

namespace cluedesk {

class HtmlTableReader final : public TableReader {
public:
    static Result<std::unique_ptr<HtmlTableReader>> open(const QString& path, const ReaderOptions& options);
    ~HtmlTableReader() override;

    QString format() const override { return QStringLiteral("html"); }
    QString encoding() const override { return m_encoding; }
    QStringList sheets() const override { return {QString()}; }
    bool openSheet(int index) override { return index == 0; }
    bool next(TableRow& row) override;
    double progress() const override { return m_rows.empty() ? 1.0 : double(m_next) / double(m_rows.size()); }

    static bool looksLikeHtml(const QByteArray& head);

private:
    HtmlTableReader() = default;
    struct Pending { // a cell spanning rows, still to be repeated below
        int column = 0;
        int rowsLeft = 0;
        int columns = 1;
        QString text;
    };
    _xmlDoc* m_doc = nullptr;
    std::vector<_xmlNode*> m_rows; // every <tr>, in document order
    size_t m_next = 0;
    const _xmlNode* m_table = nullptr; // the table of the previous row: spans end with it
    std::vector<Pending> m_pending;
    QString m_encoding;
    ReaderOptions m_options;
};

} // namespace cluedesk
