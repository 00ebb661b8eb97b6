#include "documents/LetterPdf.h"

#include "documents/DocumentFont.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace cluedesk {

Status LetterPdf::paint(const QString& html, QPagedPaintDevice& device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const double dpm = device.logicalDpiX() / 25.4; // device units per millimetre
    const QRectF body(28 * dpm, 37 * dpm, (210 - 28 - 26) * dpm, (297 - 37 - 35) * dpm);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device); // pt sizes resolve at the device's resolution
    QFont font(DocumentFont::family());
    font.setPointSizeF(14);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPageSize(body.size());
    doc.setHtml(html);
    QPainter painter;
    if (!painter.begin(&device))
        return fail(QCoreApplication::translate("LetterPdf", "The letter cannot be drawn on this device."),
            QStringLiteral("letter.device"));
    const int pages = doc.pageCount();
    QFont footerFont = font;
    footerFont.setPointSizeF(12);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - p * body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, p * body.height(), body.width(), body.height());
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        painter.setFont(footerFont);
        painter.drawText(QRectF(0, (297 - 25) * dpm, 210 * dpm, 10 * dpm), Qt::AlignCenter, QStringLiteral("— %1 —").arg(p + 1));
    }
    painter.end();
    return success();
}

Result<QByteArray> LetterPdf::render(const QString& html)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("ClueDesk"));
        writer.setTitle(QStringLiteral("ClueDesk letter"));
        if (Status s = paint(html, writer); !s)
            return s.error();
    }
    if (bytes.isEmpty())
        return fail(QCoreApplication::translate("LetterPdf", "The PDF came out empty."), QStringLiteral("letter.empty"));
    return bytes;
}

} // namespace cluedesk
