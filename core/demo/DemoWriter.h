#pragma once
// Renders a demo list the way a bureau would send it: .xlsx with a merged title and notes,
// CSV in GB18030 or UTF-8, tab-separated text, or an HTML table saved as .xls.
#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QStringBuilder>
#include <QStringList>
#include <vector>

namespace cluedesk {

enum class DateStyle { Iso, Slash, Dot, Chinese, Compact, Month, CompactMonth };

struct DemoValue {
    enum class Kind { Text, Date, Number, DamagedId };
    Kind kind = Kind::Text;
    QString text;
    QDate date;
    double number = 0;
    DateStyle style = DateStyle::Iso;

    DemoValue(QString t = {}) : text(std::move(t)) { } // NOLINT: rows read naturally as lists of text
    DemoValue(const char* t) : text(QString::fromUtf8(t)) { }
    template <typename A, typename B> DemoValue(const QStringBuilder<A, B>& t) : text(t) { }
    static DemoValue d(QDate v, DateStyle s = DateStyle::Iso)
    {
        DemoValue x;
        x.kind = Kind::Date;
        x.date = v;
        x.style = s;
        return x;
    }
    static DemoValue n(double v)
    {
        DemoValue x;
        x.kind = Kind::Number;
        x.number = v;
        return x;
    }
    static DemoValue damaged(QString id)
    {
        DemoValue x;
        x.kind = Kind::DamagedId;
        x.text = std::move(id);
        return x;
    }
    QString asText() const;
};

struct DemoSheet {
    QString name;
    QStringList titleLines;              // rows above the header; the first is a merged title
    std::vector<QStringList> headerRows; // one, or two for a grouped header
    std::vector<std::vector<DemoValue>> rows;
    std::vector<QStringList> footerRows; // totals, signatures
};

enum class DemoFormat { Xlsx, CsvUtf8Bom, CsvUtf8, CsvGb18030, TsvGb18030, HtmlXls };

struct DemoFile {
    QString type;
    QString fileName;
    DemoFormat format = DemoFormat::Xlsx;
    std::vector<DemoSheet> sheets;
};

class DemoWriter {
public:
    static Status write(const QString& dir, const DemoFile& file);
};

} // namespace cluedesk
