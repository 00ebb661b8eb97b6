#pragma once
// Dates and amounts as bureaus write them. Dates: real spreadsheet dates, serial numbers,
// and text (2023-03-05, 2023/3/5, 2023.03.05, 2023年3月5日, 20230305, 202303, 2023-03, 2023年3月).
// Amounts: 1,234.50 / 1，234元 / ￥1234 / 1.5万.
#include "ingest/TableReader.h"

#include <QString>
#include <optional>

namespace cluedesk {

struct ParsedDate {
    enum class Precision { Day, Month };
    QString iso; // "2023-03-05" or, for Month precision, "2023-03"
    Precision precision = Precision::Day;
};

class ValueParser {
public:
    static std::optional<ParsedDate> date(const Cell& cell);
    static std::optional<ParsedDate> dateText(QStringView text);
    static std::optional<double> amount(const Cell& cell);
    static std::optional<double> amountText(QStringView text);
};

} // namespace cluedesk
