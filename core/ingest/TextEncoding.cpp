#include "ingest/TextEncoding.h"

#include <QIODevice>

namespace cluedesk {

bool TextEncoding::isValidUtf8(const char* data, qsizetype size, QByteArray& carry)
{
    QByteArray joined;
    const unsigned char* p;
    const unsigned char* end;
    if (!carry.isEmpty()) {
        joined = carry + QByteArray::fromRawData(data, size);
        p = reinterpret_cast<const unsigned char*>(joined.constData());
        end = p + joined.size();
    } else {
        p = reinterpret_cast<const unsigned char*>(data);
        end = p + size;
    }
    carry.clear();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n;
        unsigned int cp;
        if ((c & 0xE0) == 0xC0) {
            n = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p - 1 < n) { // the sequence continues in the next chunk
            for (const unsigned char* q = p + 1; q < end; ++q)
                if ((*q & 0xC0) != 0x80)
                    return false;
            carry = QByteArray(reinterpret_cast<const char*>(p), end - p);
            return true;
        }
        for (int i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += n + 1;
    }
    return true;
}

DetectedEncoding TextEncoding::detect(QIODevice& device)
{
    DetectedEncoding d;
    const QByteArray head = device.peek(4096);
    if (head.startsWith("\xEF\xBB\xBF")) {
        d.name = QStringLiteral("utf-8");
        d.bomLength = 3;
        return d;
    }
    if (head.startsWith("\xFF\xFE")) {
        d.name = QStringLiteral("utf-16le");
        d.bomLength = 2;
        return d;
    }
    if (head.startsWith("\xFE\xFF")) {
        d.name = QStringLiteral("utf-16be");
        d.bomLength = 2;
        return d;
    }
    // UTF-16 without BOM: ASCII-heavy text has a NUL in every other byte.
    int evenNul = 0, oddNul = 0, controls = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const unsigned char c = uchar(head[i]);
        if (c == 0)
            (i % 2 ? oddNul : evenNul)++;
        else if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1A && c != 0x1B))
            ++controls;
    }
    const qsizetype half = head.size() / 2;
    if (half > 8 && oddNul > half * 3 / 10 && evenNul == 0) {
        d.name = QStringLiteral("utf-16le");
        return d;
    }
    if (half > 8 && evenNul > half * 3 / 10 && oddNul == 0) {
        d.name = QStringLiteral("utf-16be");
        return d;
    }
    if (evenNul + oddNul > 0 || controls > head.size() / 100 + 2) {
        d.binary = true;
        return d;
    }
    QByteArray carry;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    bool utf8 = true;
    const qint64 start = device.pos();
    for (;;) {
        const qint64 n = device.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        if (!isValidUtf8(buffer.constData(), n, carry)) {
            utf8 = false;
            break;
        }
    }
    if (!carry.isEmpty())
        utf8 = false; // the file ends inside a multi-byte sequence
    device.seek(start);
    d.name = utf8 ? QStringLiteral("utf-8") : QStringLiteral("gb18030");
    return d;
}

QString TextEncoding::canonicalName(const QString& userName)
{
    const QString n = userName.trimmed().toLower().remove(u'-').remove(u'_');
    if (n == QLatin1String("utf8"))
        return QStringLiteral("utf-8");
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312") || n == QLatin1String("cp936"))
        return QStringLiteral("gb18030");
    if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        return QStringLiteral("utf-16le");
    if (n == QLatin1String("utf16be"))
        return QStringLiteral("utf-16be");
    return {};
}

} // namespace cluedesk
