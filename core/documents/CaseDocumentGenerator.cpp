#include "documents/CaseDocumentGenerator.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoPeople.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <random>

namespace cluedesk {
namespace {

const char* kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "郑", "谢", "叶", "潘"};
const char* kGiven[] = {"建国", "秀英", "志强", "丽华", "海波", "晓燕", "国平", "春梅", "永福", "桂芳", "文斌", "雪琴"};
const char* kTowns[] = {"柳市镇", "虹桥镇", "乐成街道", "北白象镇", "大荆镇", "清江镇"};

QString num(int n)
{
    static const char* digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    QString s;
    for (QChar c : QString::number(n))
        s += QString::fromUtf8(digits[c.digitValue()]);
    return s;
}

QString chineseDate(const QDate& d)
{
    return QStringLiteral("%1年%2月%3日").arg(num(d.year())).arg(d.month()).arg(d.day());
}

QTextDocument* layout(const SyntheticCaseDocument& doc, const QSizeF& pageSize, double fontPixels, const QString& family)
{
    auto* td = new QTextDocument;
    QFont font(family.isEmpty() ? CaseDocumentGenerator::documentFont() : family);
    font.setPixelSize(int(fontPixels));
    td->setDefaultFont(font);
    td->setPageSize(pageSize);
    td->setDocumentMargin(fontPixels * 3);
    QString html = QStringLiteral("<html><body>");
    for (int i = 0; i < doc.paragraphs.size(); ++i) {
        const QString p = doc.paragraphs[i].toHtmlEscaped();
        if (i < 3)
            html += QStringLiteral("<p align='center' style='font-size:%1px; line-height:160%'><b>%2</b></p>")
                        .arg(int(fontPixels * (i == 1 ? 1.6 : 1.1)))
                        .arg(p);
        else
            html += QStringLiteral("<p style='line-height:160%'>&#12288;&#12288;%1</p>").arg(p);
    }
    html += QStringLiteral("</body></html>");
    td->setHtml(html);
    return td;
}

} // namespace

QString CaseDocumentGenerator::documentFont()
{
    const QStringList families = QFontDatabase::families();
    for (const QString& f :
        {QStringLiteral("AR PL UMing CN"), QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("Noto Serif CJK SC")})
        if (families.contains(f))
            return f;
    return QStringLiteral("Noto Sans CJK SC");
}

SyntheticCaseDocument CaseDocumentGenerator::indictment(const QString& victimName, const QString& victimId, const QString& injury,
    bool compensated, bool hardship, const QString& caseNo)
{
    SyntheticCaseDocument d;
    d.fileStem = QStringLiteral("indictment");
    d.docType = QStringLiteral("起诉书");
    d.caseNo = caseNo;
    d.charge = QStringLiteral("故意伤害");
    d.victims = {{victimName, victimId}};
    d.injury = injury;
    d.compensated = compensated;
    d.hardship = hardship;
    d.town = QStringLiteral("柳市镇");
    d.date = QStringLiteral("2023-06-01");
    const QString defendantId = DemoPeople::idFor(QStringLiteral("330382"), QDate(1985, 3, 2), 111);
    const QString victim = victimId.isEmpty() ? victimName : QStringLiteral("%1（男，身份证号码%2）").arg(victimName, victimId);
    d.paragraphs = {
        QStringLiteral("乐清市人民检察院"),
        QStringLiteral("起诉书"),
        d.caseNo,
        QStringLiteral("被告人李某，男，1985年3月2日出生，公民身份号码%1，汉族，初中文化，务工。").arg(defendantId),
        QStringLiteral("被告人李某涉嫌故意伤害罪一案，由乐清市公安局侦查终结，于二〇二三年五月六日移送本院审查起诉。"),
        QStringLiteral("经依法审查查明：二〇二三年三月五日晚，被告人李某在%1某饭店门口与被害人%2发生口角，后持木棍殴打被害人%"
                       "3，致其左腿骨折。经鉴定，被害人%3的损伤程度为%4。")
            .arg(d.town, victim, victimName, injury),
        hardship ? QStringLiteral("被害人%1系低保对象，家庭生活困难，住院治疗花去医疗费三万余元。").arg(victimName)
                 : QStringLiteral("被害人%1住院治疗七日。").arg(victimName),
        compensated ? QStringLiteral("案发后，被告人李某与被害人达成调解协议，已赔偿被害人经济损失五万元，并取得被害人谅解。")
                    : QStringLiteral("案发后，被告人李某至今未赔偿被害人经济损失，亦未取得被害人谅解。"),
        QStringLiteral("本院认为，被告人李某故意伤害他人身体，其行为触犯了《中华人民共和国刑法》第二百三十四条，应当以故意伤害罪"
                       "追究其刑事责任。"),
        QStringLiteral("此致 乐清市人民法院"),
        QStringLiteral("检察员：王某 二〇二三年六月一日"),
    };
    return d;
}

std::vector<SyntheticCaseDocument> CaseDocumentGenerator::generate(int count, quint32 seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    std::vector<SyntheticCaseDocument> out;
    const QStringList kinds = {QStringLiteral("起诉书"), QStringLiteral("判决书"), QStringLiteral("鉴定意见"),
        QStringLiteral("道路交通事故认定书"), QStringLiteral("和解协议"), QStringLiteral("谅解书")};
    const QStringList injuries = {QStringLiteral("轻伤二级"), QStringLiteral("重伤二级"), QStringLiteral("死亡"),
        QStringLiteral("轻微伤"), QStringLiteral("轻伤一级")};
    for (int i = 0; i < count; ++i) {
        SyntheticCaseDocument d;
        d.docType = kinds[i % kinds.size()];
        d.fileStem = QStringLiteral("case-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        d.charge = d.docType == QStringLiteral("道路交通事故认定书") || pick(3) == 0 ? QStringLiteral("交通肇事")
                                                                                     : QStringLiteral("故意伤害");
        d.injury = injuries[pick(injuries.size())];
        d.compensated = d.docType == QStringLiteral("和解协议") || d.docType == QStringLiteral("谅解书") || pick(3) == 0;
        d.hardship = pick(2) == 0;
        d.town = QString::fromUtf8(kTowns[pick(int(std::size(kTowns)))]);
        const QDate date = QDate(2022, 1, 1).addDays(pick(900));
        d.date = date.toString(Qt::ISODate);
        const int year = date.year();
        const int victims = pick(4) == 0 ? 2 : 1;
        for (int v = 0; v < victims; ++v) {
            const QString name = QString::fromUtf8(kSurnames[pick(int(std::size(kSurnames)))]) +
                QString::fromUtf8(kGiven[pick(int(std::size(kGiven)))]);
            const bool withId = pick(6) != 0;
            d.victims.push_back({name,
                withId ? DemoPeople::idFor(QStringLiteral("330382"), QDate(1950, 1, 1).addDays(pick(20000)), pick(999))
                       : QString()});
        }
        QString victimList;
        for (const auto& v : d.victims) {
            if (!victimList.isEmpty())
                victimList += QStringLiteral("；");
            victimList += v.id.isEmpty() ? QStringLiteral("被害人%1").arg(v.name)
                                         : QStringLiteral("被害人%1，身份证号码%2").arg(v.name, v.id);
        }
        const QString first = d.victims.front().name;
        const QString defendant = DemoPeople::idFor(QStringLiteral("330382"), QDate(1980, 6, 1).addDays(pick(3000)), pick(999));
        const QString injuryText =
            d.injury == QStringLiteral("死亡") ? QStringLiteral("经抢救无效死亡") : QStringLiteral("损伤程度为%1").arg(d.injury);
        const QString hardshipText = d.hardship ? QStringLiteral("%1家庭生活困难，系低保对象，子女未成年。").arg(first)
                                                : QStringLiteral("%1有固定工作。").arg(first);
        const QString compensationText = d.compensated
            ? QStringLiteral("双方已达成调解协议，被告人已赔偿被害人经济损失，被害人对被告人表示谅解。")
            : QStringLiteral("被告人无赔偿能力，至今未赔偿被害人经济损失，双方未达成调解协议。");
        if (d.docType == QStringLiteral("起诉书")) {
            d.caseNo = QStringLiteral("乐检刑诉〔%1〕%2号").arg(year).arg(100 + i);
            d.paragraphs = {QStringLiteral("乐清市人民检察院"), QStringLiteral("起诉书"), d.caseNo,
                QStringLiteral("被告人陈某，男，身份证号码%1，汉族，务工。").arg(defendant),
                QStringLiteral("被告人陈某涉嫌%1罪一案，由乐清市公安局侦查终结，移送本院审查起诉。").arg(d.charge),
                QStringLiteral("经依法审查查明：%1，被告人陈某在%2与%3发生冲突，致%4%5。")
                    .arg(chineseDate(date), d.town, victimList, first, injuryText),
                hardshipText, compensationText,
                QStringLiteral("本院认为，被告人陈某的行为已构成%1罪，应当追究其刑事责任。").arg(d.charge)};
        } else if (d.docType == QStringLiteral("判决书")) {
            d.caseNo = QStringLiteral("（%1）浙0382刑初%2号").arg(year).arg(200 + i);
            d.paragraphs = {QStringLiteral("浙江省乐清市人民法院"), QStringLiteral("刑事判决书"), d.caseNo,
                QStringLiteral("公诉机关乐清市人民检察院。被告人陈某，男，身份证号码%1。").arg(defendant),
                QStringLiteral("乐清市人民检察院指控被告人陈某犯%1罪，于%2向本院提起公诉。").arg(d.charge, chineseDate(date)),
                QStringLiteral("经审理查明：被告人陈某在%1致%2%3。").arg(d.town, victimList, injuryText), hardshipText,
                compensationText, QStringLiteral("本院认为，被告人陈某犯%1罪，判处有期徒刑一年六个月。").arg(d.charge)};
        } else if (d.docType == QStringLiteral("鉴定意见")) {
            d.caseNo = QStringLiteral("乐公刑鉴字〔%1〕%2号").arg(year).arg(300 + i);
            d.paragraphs = {QStringLiteral("乐清市公安局物证鉴定室"), QStringLiteral("法医学人体损伤程度鉴定书"), d.caseNo,
                QStringLiteral("委托事项：对%1的损伤程度进行鉴定。案由：%2。").arg(victimList, d.charge),
                QStringLiteral("检验所见：左胫骨骨折，住院手术治疗。"),
                QStringLiteral("鉴定意见：%1%2。")
                    .arg(first,
                        d.injury == QStringLiteral("死亡") ? QStringLiteral("系颅脑损伤死亡")
                                                           : QStringLiteral("的损伤程度属%1").arg(d.injury)),
                hardshipText, compensationText};
        } else if (d.docType == QStringLiteral("道路交通事故认定书")) {
            d.caseNo = QStringLiteral("乐公交认字〔%1〕%2号").arg(year).arg(400 + i);
            d.paragraphs = {QStringLiteral("乐清市公安局交通警察大队"), QStringLiteral("道路交通事故认定书"), d.caseNo,
                QStringLiteral("%1，陈某驾驶小型货车在%2路段与行人%3相撞，造成%4%5。")
                    .arg(chineseDate(date), d.town, victimList, first, injuryText),
                QStringLiteral("陈某涉嫌交通肇事罪，负事故全部责任。"), hardshipText, compensationText};
        } else if (d.docType == QStringLiteral("和解协议")) {
            d.caseNo = QStringLiteral("乐检刑诉〔%1〕%2号").arg(year).arg(500 + i);
            d.paragraphs = {QStringLiteral("乐清市人民检察院"), QStringLiteral("刑事和解协议书"), d.caseNo,
                QStringLiteral("甲方（被告人）：陈某，身份证号码%1。乙方：%2。").arg(defendant, victimList),
                QStringLiteral("因陈某涉嫌%1罪致%2%3一案，双方自愿达成如下协议：").arg(d.charge, first, injuryText),
                QStringLiteral("一、甲方已赔偿乙方经济损失人民币八万元，赔偿到位。"), QStringLiteral("二、乙方对甲方表示谅解。"),
                hardshipText};
        } else {
            d.caseNo = QStringLiteral("乐检刑诉〔%1〕%2号").arg(year).arg(600 + i);
            d.paragraphs = {QStringLiteral("乐清市人民检察院"), QStringLiteral("刑事谅解书"), d.caseNo,
                QStringLiteral("本人%1，系陈某涉嫌%2罪一案的被害人。").arg(victimList, d.charge),
                QStringLiteral("陈某致本人%1，现陈某已赔偿本人全部经济损失，本人对陈某的行为表示谅解。").arg(injuryText),
                hardshipText};
        }
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<QImage> CaseDocumentGenerator::pageImages(
    const SyntheticCaseDocument& doc, int dpi, int rotation, double skew, const QString& font)
{
    const QSize pixels(qRound(8.27 * dpi), qRound(11.69 * dpi)); // A4
    std::unique_ptr<QTextDocument> td(layout(doc, QSizeF(pixels), dpi * 10.5 / 72.0, font));
    std::vector<QImage> pages;
    for (int p = 0; p < td->pageCount(); ++p) {
        QImage img(pixels, QImage::Format_Grayscale8);
        img.fill(Qt::white);
        img.setDotsPerMeterX(qRound(dpi / 0.0254));
        img.setDotsPerMeterY(qRound(dpi / 0.0254));
        QPainter painter(&img);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(0, -p * pixels.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, p * pixels.height(), pixels.width(), pixels.height());
        ctx.palette.setColor(QPalette::Text, Qt::black);
        td->documentLayout()->draw(&painter, ctx);
        painter.end();
        if (rotation != 0 || skew != 0) {
            QImage turned = img.transformed(QTransform().rotate(rotation + skew), Qt::SmoothTransformation);
            QImage filled(turned.size(), QImage::Format_Grayscale8);
            filled.fill(Qt::white);
            QPainter fp(&filled);
            fp.drawImage(0, 0, turned.convertToFormat(QImage::Format_ARGB32));
            fp.end();
            filled.setDotsPerMeterX(img.dotsPerMeterX());
            filled.setDotsPerMeterY(img.dotsPerMeterY());
            img = filled;
        }
        pages.push_back(img);
    }
    return pages;
}

QByteArray CaseDocumentGenerator::pdf(const SyntheticCaseDocument& doc, bool textLayer, int dpi, const QString& font)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(dpi);
    writer.setCreator(QStringLiteral("ClueDesk test documents"));
    if (textLayer) {
        const QSizeF page(writer.width(), writer.height());
        std::unique_ptr<QTextDocument> td(layout(doc, page, dpi * 10.5 / 72.0, font));
        QPainter painter(&writer);
        for (int p = 0; p < td->pageCount(); ++p) {
            if (p > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -p * page.height());
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = QRectF(0, p * page.height(), page.width(), page.height());
            td->documentLayout()->draw(&painter, ctx);
            painter.restore();
        }
        painter.end();
    } else {
        const auto pages = pageImages(doc, dpi, 0, 0, font);
        QPainter painter(&writer);
        for (size_t p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            painter.drawImage(QRect(0, 0, writer.width(), writer.height()), pages[p]);
        }
        painter.end();
    }
    return bytes;
}

Status CaseDocumentGenerator::writeDemoCaseFiles(const QString& dir, const std::vector<DemoCaseFile>& files)
{
    for (const DemoCaseFile& c : files) {
        const SyntheticCaseDocument doc = indictment(c.victimName, c.victimId, c.injury, c.compensated, c.hardship, c.caseNo);
        QByteArray bytes;
        if (c.fileName.endsWith(QLatin1String(".png")))
            bytes = png(pageImages(doc, 300, 0, 1.2).front()); // a slightly crooked scan
        else
            bytes = pdf(doc, !c.scanned, 300);
        QFile f(QDir(dir).filePath(c.fileName));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return fail(QStringLiteral("Cannot write %1").arg(f.fileName()), QStringLiteral("demo.write"));
    }
    return success();
}

QByteArray CaseDocumentGenerator::png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace cluedesk
