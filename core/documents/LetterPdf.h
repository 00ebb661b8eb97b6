#pragma once
// Lays out a letter's HTML on A4 pages with the margins of official documents (GB/T 9704) and
// page numbers, on any paged device: a PDF file, or a printer from the GUI's print preview.
// Set in AR PL UMing (a Song/Ming face) where installed, whose PDF text layer extracts
// correctly; Qt 6.4 with Noto CJK writes radicals into the text layer.
#include "util/Result.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;

namespace cluedesk {

class LetterPdf {
public:
    static Result<QByteArray> render(const QString& html);
    static Status paint(const QString& html, QPagedPaintDevice& device);
};

} // namespace cluedesk
