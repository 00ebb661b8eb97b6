#include "ingest/CsvReader.h"

#include "ingest/TextEncoding.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <map>

namespace cluedesk {
namespace {

constexpr qsizetype kChunkBytes = 1 << 20;
constexpr int kMaxLinesInCell = 1000;

QStringDecoder makeDecoder(const QString& name)
{
    if (name == QLatin1String("utf-8"))
        return QStringDecoder(QStringDecoder::Utf8);
    if (name == QLatin1String("utf-16le"))
        return QStringDecoder(QStringDecoder::Utf16LE);
    if (name == QLatin1String("utf-16be"))
        return QStringDecoder(QStringDecoder::Utf16BE);
    return QStringDecoder("GB18030"); // through ICU; encodingForName() does not know the name
}

} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path, const ReaderOptions& options)
{
    std::unique_ptr<CsvReader> r(new CsvReader());
    r->m_options = options;
    r->m_file.setFileName(path);
    const QString name = QFileInfo(path).fileName();
    if (!r->m_file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("CsvReader", "Cannot read %1: %2").arg(name, r->m_file.errorString()),
            QStringLiteral("file.unreadable"));
    if (r->m_file.size() == 0)
        return fail(
            QCoreApplication::translate("CsvReader", "%1 is empty (0 bytes); expected a table with a header row.").arg(name),
            QStringLiteral("file.empty"));

    DetectedEncoding enc = TextEncoding::detect(r->m_file);
    if (!options.encoding.isEmpty()) {
        const QString wanted = TextEncoding::canonicalName(options.encoding);
        if (wanted.isEmpty())
            return fail(QCoreApplication::translate(
                            "CsvReader", "Unknown encoding \"%1\"; expected utf-8, gb18030 (also gbk) or utf-16le.")
                            .arg(options.encoding),
                QStringLiteral("csv.unknown-encoding"));
        if (wanted != enc.name)
            enc.bomLength = 0;
        enc.name = wanted;
        enc.binary = false;
    }
    if (enc.binary)
        return fail(QCoreApplication::translate(
                        "CsvReader", "%1 is not a text table: it contains binary data. Expected CSV text, .xlsx or .xls.")
                        .arg(name),
            QStringLiteral("file.binary"));
    r->m_encoding = enc.name;
    r->m_decoder = makeDecoder(enc.name);
    if (!r->m_decoder.isValid())
        return fail(QCoreApplication::translate("CsvReader", "This system cannot decode %1 text.").arg(enc.name),
            QStringLiteral("csv.no-decoder"));
    r->m_file.seek(enc.bomLength);

    if (!options.delimiter.isNull()) {
        r->m_delimiter = options.delimiter;
    } else {
        QStringDecoder sampleDecoder = makeDecoder(enc.name);
        const QString sample = sampleDecoder.decode(r->m_file.peek(64 * 1024));
        r->m_delimiter = detectDelimiter(sample);
    }
    return r;
}

QChar CsvReader::detectDelimiter(QStringView sample)
{
    static const QChar candidates[] = {u',', u'\t', u';', u'|'};
    const auto lines = sample.split(u'\n');
    QChar best = u',';
    int bestScore = 0;
    for (QChar d : candidates) {
        std::map<int, int> countsByLine; // delimiters per line -> number of lines
        int linesSeen = 0;
        for (QStringView line : lines) {
            if (++linesSeen > 200)
                break;
            int count = 0;
            bool quoted = false;
            for (QChar c : line) {
                if (c == u'"')
                    quoted = !quoted;
                else if (c == d && !quoted)
                    ++count;
            }
            if (count > 0)
                countsByLine[count]++;
        }
        int score = 0;
        for (const auto& [count, lineCount] : countsByLine)
            score = std::max(score, lineCount);
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray bytes = m_file.read(kChunkBytes);
    if (bytes.isEmpty()) {
        m_eof = true;
        m_buffer += m_decoder(QByteArray()); // flush
        return false;
    }
    m_buffer += m_decoder(bytes);
    return true;
}

bool CsvReader::readPhysicalLine(QString& line, bool& truncated)
{
    truncated = false;
    if (!m_pending.empty()) {
        line = std::move(m_pending.front());
        m_pending.pop_front();
        return true;
    }
    const qsizetype limit = m_options.maxCellChars * 4;
    for (;;) {
        qsizetype i = m_pos;
        const qsizetype n = m_buffer.size();
        const QChar* data = m_buffer.constData();
        while (i < n && data[i] != u'\n' && data[i] != u'\r')
            ++i;
        if (i < n) {
            if (data[i] == u'\r' && i + 1 == n && !m_eof) { // maybe \r\n split across chunks
                fill();                                     // moves the buffer: scan again
                continue;
            }
            line = m_buffer.mid(m_pos, i - m_pos);
            qsizetype after = i + 1;
            if (data[i] == u'\r' && after < m_buffer.size() && m_buffer[after] == u'\n')
                ++after;
            m_pos = after;
            return true;
        }
        if (n - m_pos > limit) {
            // A line without end: keep its head, drop the rest up to the next line end.
            line = m_buffer.mid(m_pos, limit);
            truncated = true;
            m_pos = n;
            for (;;) {
                if (!fill())
                    return true;
                const QChar* d = m_buffer.constData();
                qsizetype j = 0;
                while (j < m_buffer.size() && d[j] != u'\n' && d[j] != u'\r')
                    ++j;
                if (j < m_buffer.size()) {
                    m_pos = j + 1;
                    if (d[j] == u'\r' && m_pos < m_buffer.size() && d[m_pos] == u'\n')
                        ++m_pos;
                    return true;
                }
                m_pos = m_buffer.size();
            }
        }
        if (!fill()) {
            if (m_pos >= m_buffer.size())
                return false;
            line = m_buffer.mid(m_pos);
            m_pos = m_buffer.size();
            return true;
        }
    }
}

Cell CsvReader::makeCell(QString text) const
{
    // ="0123" is how programs write text into CSV so that Excel keeps leading zeros.
    if (text.size() >= 3 && text.startsWith(QLatin1String("=\"")) && text.endsWith(u'"'))
        text = text.mid(2, text.size() - 3);
    return text.isEmpty() ? Cell{} : Cell::ofText(std::move(text));
}

void CsvReader::splitPlain(const QString& line, std::vector<Cell>& cells) const
{
    for (const QString& part : line.split(m_delimiter))
        cells.push_back(makeCell(part));
}

bool CsvReader::next(TableRow& row)
{
    row.cells.clear();
    row.problem.clear();
    row.problemCode.clear();
    QString line;
    bool truncated = false;
    if (!readPhysicalLine(line, truncated))
        return false;
    row.number = ++m_record;
    if (truncated) {
        row.problem = QCoreApplication::translate(
            "CsvReader", "the row is longer than %1 characters and was cut; expected one record per line")
                          .arg(m_options.maxCellChars * 4);
        row.problemCode = QStringLiteral("csv.line-too-long");
    }

    std::vector<QString> consumed{line};
    QString field;
    enum { FieldStart, Plain, Quoted, AfterQuote } state = FieldStart;
    qsizetype chars = 0;
    for (size_t li = 0;; ++li) {
        const QString& current = consumed[li];
        // Runs of plain characters are appended at once, not character by character.
        const QChar* p = current.constData();
        const qsizetype n = current.size();
        for (qsizetype i = 0; i < n;) {
            const QChar c = p[i];
            switch (state) {
            case FieldStart:
                if (c == u'"') {
                    state = Quoted;
                    ++i;
                } else if (c == m_delimiter) {
                    row.cells.push_back(makeCell(std::move(field)));
                    field.clear();
                    ++i;
                } else {
                    state = Plain; // the run starts here
                }
                break;
            case Plain: {
                qsizetype j = i;
                while (j < n && p[j] != m_delimiter)
                    ++j;
                field.append(p + i, j - i);
                i = j;
                if (j < n) {
                    row.cells.push_back(makeCell(std::move(field)));
                    field.clear();
                    state = FieldStart;
                    ++i;
                }
                break;
            }
            case Quoted: {
                qsizetype j = i;
                while (j < n && p[j] != u'"')
                    ++j;
                field.append(p + i, j - i);
                i = j;
                if (j < n) {
                    state = AfterQuote;
                    ++i;
                }
                break;
            }
            case AfterQuote:
                if (c == u'"') { // "" inside quotes
                    field += c;
                    state = Quoted;
                    ++i;
                } else if (c == m_delimiter) {
                    row.cells.push_back(makeCell(std::move(field)));
                    field.clear();
                    state = FieldStart;
                    ++i;
                } else { // "ab"c: Excel keeps the c
                    state = Plain;
                }
                break;
            }
        }
        if (state != Quoted)
            break;
        // The quoted cell goes on in the next line, unless the quote is obviously never closed.
        chars += current.size();
        QString more;
        bool moreTruncated = false;
        if (chars > m_options.maxCellChars || consumed.size() >= size_t(kMaxLinesInCell) ||
            !readPhysicalLine(more, moreTruncated)) {
            for (size_t k = consumed.size(); k-- > 1;)
                m_pending.push_front(consumed[k]);
            row.cells.clear();
            splitPlain(consumed[0], row.cells);
            row.problem = QCoreApplication::translate("CsvReader",
                "a quote (\") opened in this row is never closed, so the row was read as plain text; "
                "expected quotes in pairs");
            row.problemCode = QStringLiteral("csv.unclosed-quote");
            return true;
        }
        field += u'\n';
        consumed.push_back(std::move(more));
    }
    row.cells.push_back(makeCell(std::move(field)));
    while (!row.cells.empty() && row.cells.back().isEmpty())
        row.cells.pop_back();
    bool undecodable = false;
    for (Cell& cell : row.cells) {
        undecodable = undecodable || cell.text.contains(QChar::ReplacementCharacter);
        if (cell.text.size() > m_options.maxCellChars) {
            cell.text.truncate(m_options.maxCellChars);
            row.problem = QCoreApplication::translate("CsvReader", "a cell is longer than %1 characters and was cut")
                              .arg(m_options.maxCellChars);
            row.problemCode = QStringLiteral("cell.too-long");
        }
    }
    if (undecodable && row.problem.isEmpty()) {
        row.problem = QCoreApplication::translate("CsvReader",
            "the row holds bytes that are not valid %1 text; expected one encoding for the whole file "
            "(choose it with --encoding)")
                          .arg(m_encoding);
        row.problemCode = QStringLiteral("csv.bad-encoding");
    }
    return true;
}

double CsvReader::progress() const
{
    const qint64 size = m_file.size();
    return size > 0 ? double(m_file.pos()) / double(size) : 1.0;
}

} // namespace cluedesk
