#pragma once
// Forms official Chinese documents use: dates in Chinese numerals (二〇二四年七月一日) and
// amounts in capital numerals (壹万贰仟叁佰肆拾伍元陆角).
#include <QDate>
#include <QString>

namespace cluedesk::chinese {

QString date(const QDate& date);   // 二〇二四年七月一日
QString amountInWords(qint64 fen); // 人民币大写, e.g. 壹万贰仟叁佰肆拾伍元整

} // namespace cluedesk::chinese
