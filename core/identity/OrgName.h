#pragma once
// Organisation names and case numbers as different bureaus write the same one: full-width or
// half-width brackets and digits, spaces, traditional characters. normalise() gives the form
// used to compare them across files; the text as written is always kept too.
#include <QString>
#include <QStringView>

namespace cluedesk {

class OrgName {
public:
    // 乐清市 XX 汽车修理（有限责任）公司 and 乐清市XX汽车修理(有限公司) compare equal: no spaces,
    // half-width brackets and letters in upper case, simplified characters, and 有限责任公司 read as
    // 有限公司 (the two forms of a limited company; names differing only in it cannot both be
    // registered in one place). The credit code, where a list has it, is the key; this is the
    // fallback.
    static QString normalise(QStringView written);
};

struct CaseNumberParts {
    QString prefix; // what stands before the year: 乐检刑诉 in 乐检刑诉(2024)1号
    int year = 0;
    QString court; // 浙0382 in (2023)浙0382执123号
    QString kind;  // 执, 民初, 刑初, 执恢 ...
    int sequence = 0;
    bool valid() const { return year > 0 && sequence > 0; }
};

class CaseNumber {
public:
    // （2023）浙0382执0123号, (2023)浙0382执123号, 〔2023〕浙 0382 執 123 and [2023]浙0382执123号 are one
    // case: (2023)浙0382执123号. Brackets 〔〕【】[]（） become (), spaces go, full-width digits and
    // traditional characters are folded, leading zeros of the sequence dropped and 号 added.
    static QString normalise(QStringView written);
    // The parts of a normalised case number; invalid() when it does not have the usual shape.
    static CaseNumberParts parts(QStringView normalised);
};

} // namespace cluedesk
