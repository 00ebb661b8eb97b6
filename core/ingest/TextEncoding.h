#pragma once
// Which text encoding a CSV file uses. Bureau systems export UTF-8 (with or without BOM),
// GB18030/GBK, and Excel's "Unicode text" is UTF-16LE; a strict UTF-8 check over the bytes
// tells UTF-8 from GB18030 reliably because GBK text is almost never valid UTF-8.
#include <QByteArray>
#include <QString>

class QIODevice;

namespace cluedesk {

struct DetectedEncoding {
    QString name; // "utf-8", "gb18030", "utf-16le", "utf-16be"
    int bomLength = 0;
    bool binary = false; // NUL bytes or control characters: not a text file at all
};

class TextEncoding {
public:
    // Looks at the whole device (streaming) and rewinds it.
    static DetectedEncoding detect(QIODevice& device);
    // Validates UTF-8; `carry` holds an incomplete sequence across calls.
    static bool isValidUtf8(const char* data, qsizetype size, QByteArray& carry);
    static QString canonicalName(const QString& userName); // "GBK" -> "gb18030"; empty if unknown
};

} // namespace cluedesk
