#include "documents/CaseDocumentGenerator.h"

#include "documents/DocumentFont.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoPeople.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace cluedesk {
namespace {

QTextDocument* layout(const SyntheticCaseDocument& doc, const QSizeF& pageSize, double fontPixels, const QString& family)
{
    auto* td = new QTextDocument;
    QFont font(family.isEmpty() ? DocumentFont::family() : family);
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
