#include "demo/DemoPeople.h"

#include "identity/IdNumber.h"

namespace cluedesk {
namespace {

const char* kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
    "林", "郑", "谢", "罗", "叶", "潘", "金", "施", "董", "卢", "蔡", "余", "倪", "翁", "郑", "章", "欧阳"};
const char* kMaleGiven[] = {"伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "建国", "志强", "海波", "国华", "建军", "文斌",
    "永福", "晓东", "俊杰", "宏伟", "家豪", "子轩", "浩然", "德明", "长青", "利民"};
const char* kFemaleGiven[] = {"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀英", "桂英", "玉兰", "美华", "晓燕", "丽萍",
    "雪梅", "春燕", "婷婷", "梓涵", "欣怡", "雨萱", "慧敏", "素珍", "彩霞", "月娥"};
const char* kTowns[] = {"乐成街道", "城东街道", "城南街道", "盐盆街道", "翁垟街道", "白石街道", "柳市镇", "北白象镇", "虹桥镇",
    "淡溪镇", "清江镇", "芙蓉镇", "雁荡镇", "大荆镇", "仙溪镇", "南塘镇"};
const char* kVillages[] = {"东村", "西岙村", "南山村", "中心社区", "新桥村", "上塘村", "下垟村", "石门村", "前岸社区", "白沙村"};
const char* kOtherRegions[] = {"330302", "330681", "511025", "522422", "412726", "362330", "430524"};

} // namespace

DemoPeople::DemoPeople(quint32 seed) : m_rng(seed)
{
}

int DemoPeople::between(int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(m_rng);
}

QDate DemoPeople::dateBetween(const QDate& from, const QDate& to)
{
    return from.addDays(between(0, int(from.daysTo(to))));
}

QString DemoPeople::idFor(const QString& region, const QDate& birth, int sequence)
{
    const QString first17 =
        region + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QString DemoPeople::to15(const QString& id18)
{
    return id18.left(6) + id18.mid(8, 9);
}

QString DemoPeople::fullWidth(const QString& ascii)
{
    QString out;
    for (QChar c : ascii)
        out += (c.unicode() >= 0x21 && c.unicode() <= 0x7E) ? QChar(char16_t(c.unicode() + 0xFEE0)) : c;
    return out;
}

QStringList DemoPeople::towns()
{
    QStringList t;
    for (const char* s : kTowns)
        t << QString::fromUtf8(s);
    return t;
}

QString DemoPeople::town()
{
    return QString::fromUtf8(kTowns[between(0, int(std::size(kTowns)) - 1)]);
}
QString DemoPeople::village()
{
    return QString::fromUtf8(kVillages[between(0, int(std::size(kVillages)) - 1)]);
}

QString DemoPeople::name(bool male)
{
    const QString surname = QString::fromUtf8(kSurnames[between(0, int(std::size(kSurnames)) - 1)]);
    const QString given = male ? QString::fromUtf8(kMaleGiven[between(0, int(std::size(kMaleGiven)) - 1)])
                               : QString::fromUtf8(kFemaleGiven[between(0, int(std::size(kFemaleGiven)) - 1)]);
    return surname + given;
}

DemoPerson DemoPeople::makeOfSex(int minYear, int maxYear, bool male)
{
    DemoPerson p;
    do {
        p = make(minYear, maxYear);
    } while (p.male != male);
    return p;
}

DemoPerson DemoPeople::make(int minYear, int maxYear, bool local)
{
    DemoPerson p;
    p.male = between(0, 1) == 1;
    p.birth = dateBetween(QDate(minYear, 1, 1), QDate(maxYear, 12, 31));
    p.local = local;
    const QString region = local ? QString::fromLatin1(kCountyPrefix)
                                 : QString::fromLatin1(kOtherRegions[between(0, int(std::size(kOtherRegions)) - 1)]);
    // Sequence: two digits of police station, then the sex digit (odd for men).
    int seq = (++m_sequence % 50) * 10 + between(0, 4) * 2 + (p.male ? 1 : 0);
    p.id = idFor(region, p.birth, seq);
    p.name = name(p.male);
    p.town = town();
    return p;
}

DemoPerson DemoPeople::makeMinor(const QDate& onDate)
{
    DemoPerson p = make(onDate.year() - 15, onDate.year() - 8, true);
    return p;
}

} // namespace cluedesk
