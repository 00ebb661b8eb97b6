#include "ingest/HtmlTableReader.h"

#include "ingest/TextEncoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace cluedesk {
namespace {

bool isElement(const xmlNode* n, const char* name)
{
    return n->type == XML_ELEMENT_NODE && xmlStrcasecmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

// The text of a cell as it is shown: tags dropped, a line break or a block is a space.
void appendText(const xmlNode* node, QByteArray& out)
{
    for (const xmlNode* n = node->children; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            out += reinterpret_cast<const char*>(n->content);
        } else if (n->type == XML_ELEMENT_NODE) {
            if (isElement(n, "script") || isElement(n, "style"))
                continue;
            if (isElement(n, "br")) {
                out += ' ';
                continue;
            }
            const bool block = isElement(n, "p") || isElement(n, "div") || isElement(n, "li");
            if (block)
                out += ' ';
            appendText(n, out);
            if (block)
                out += ' ';
        }
    }
}

int spanOf(const xmlNode* cell, const char* attribute, int most)
{
    xmlChar* value = xmlGetProp(cell, reinterpret_cast<const xmlChar*>(attribute));
    if (!value)
        return 1;
    const int n = QByteArray(reinterpret_cast<const char*>(value)).trimmed().toInt();
    xmlFree(value);
    return std::clamp(n, 1, most);
}

const xmlNode* tableOf(const xmlNode* row)
{
    for (const xmlNode* n = row->parent; n; n = n->parent)
        if (isElement(n, "table"))
            return n;
    return nullptr;
}

void collectRows(xmlNode* node, std::vector<xmlNode*>& rows)
{
    for (xmlNode* n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (isElement(n, "tr"))
            rows.push_back(n);
        collectRows(n->children, rows); // a table nested in a cell brings its own rows
    }
}

} // namespace

HtmlTableReader::~HtmlTableReader()
{
    if (m_doc)
        xmlFreeDoc(m_doc);
}

bool HtmlTableReader::looksLikeHtml(const QByteArray& head)
{
    const QByteArray h = head.left(4096).toLower();
    return h.contains("<table") || h.contains("<html") || h.contains("<!doctype html");
}

Result<std::unique_ptr<HtmlTableReader>> HtmlTableReader::open(const QString& path, const ReaderOptions& options)
{
    std::unique_ptr<HtmlTableReader> r(new HtmlTableReader());
    r->m_options = options;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("HtmlTableReader", "Cannot read %1: %2").arg(name, file.errorString()),
            QStringLiteral("file.unreadable"));
    if (file.size() > qint64(512) * 1024 * 1024)
        return fail(QCoreApplication::translate(
                        "HtmlTableReader", "%1 is an HTML table larger than 512 MB; save it as .xlsx or .csv first.")
                        .arg(name),
            QStringLiteral("html.too-large"));
    const QByteArray bytes = file.readAll();
    QString encoding = TextEncoding::canonicalName(options.encoding);
    if (encoding.isEmpty()) {
        static const QRegularExpression charset(
            QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)"), QRegularExpression::CaseInsensitiveOption);
        const auto m = charset.match(QString::fromLatin1(bytes.left(4096)));
        encoding = m.hasMatch() ? TextEncoding::canonicalName(m.captured(1)) : QString();
        QByteArray carry;
        if (encoding.isEmpty() || encoding == QLatin1String("utf-8"))
            encoding = TextEncoding::isValidUtf8(bytes.constData(), bytes.size(), carry) && carry.isEmpty()
                ? QStringLiteral("utf-8")
                : QStringLiteral("gb18030");
    }
    QStringDecoder decoder =
        encoding == QLatin1String("utf-8") ? QStringDecoder(QStringDecoder::Utf8) : QStringDecoder("GB18030");
    // Decoded here (the encoding is detected as for CSV files), handed to libxml2 as UTF-8.
    const QByteArray utf8 = QString(decoder.decode(bytes)).toUtf8();
    r->m_encoding = encoding;
    r->m_doc = htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC |
            HTML_PARSE_COMPACT);
    if (!r->m_doc)
        return fail(
            QCoreApplication::translate("HtmlTableReader", "%1 looks like an HTML table but cannot be read as HTML.").arg(name),
            QStringLiteral("html.unreadable"));
    collectRows(xmlDocGetRootElement(r->m_doc), r->m_rows);
    return r;
}

bool HtmlTableReader::next(TableRow& row)
{
    row.cells.clear();
    row.problem.clear();
    row.problemCode.clear();
    if (m_next >= m_rows.size())
        return false;
    xmlNode* tr = m_rows[m_next++];
    row.number = qint64(m_next);
    if (const xmlNode* table = tableOf(tr); table != m_table) {
        m_table = table;
        m_pending.clear(); // spans do not reach into another table
    }
    std::sort(m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) { return a.column < b.column; });
    size_t nextPending = 0;
    const auto put = [&](int column, const QString& text, int columns) {
        if (row.cells.size() < size_t(column + columns))
            row.cells.resize(size_t(column + columns));
        row.cells[size_t(column)] = text.isEmpty() ? Cell{} : Cell::ofText(text);
    };
    // Cells of rows above that span down into this one take their columns first.
    int column = 0;
    const auto fillSpansFrom = [&](bool all) {
        while (nextPending < m_pending.size() && (all || m_pending[nextPending].column <= column)) {
            Pending& p = m_pending[nextPending++];
            put(p.column, p.text, p.columns);
            column = std::max(column, p.column + p.columns);
            --p.rowsLeft;
        }
    };
    std::vector<Pending> started;
    for (const xmlNode* cell = tr->children; cell; cell = cell->next) {
        if (!isElement(cell, "td") && !isElement(cell, "th"))
            continue;
        fillSpansFrom(false);
        QByteArray bytes;
        appendText(cell, bytes);
        QString text = QString::fromUtf8(bytes).simplified();
        if (text.size() > m_options.maxCellChars) {
            text.truncate(m_options.maxCellChars);
            row.problem = QCoreApplication::translate("HtmlTableReader", "a cell is longer than %1 characters and was cut")
                              .arg(m_options.maxCellChars);
            row.problemCode = QStringLiteral("cell.too-long");
        }
        const int columns = spanOf(cell, "colspan", 1000), rows = spanOf(cell, "rowspan", 10000);
        put(column, text, columns);
        if (rows > 1)
            started.push_back({column, rows - 1, columns, text});
        column += columns;
    }
    fillSpansFrom(true);
    m_pending.erase(
        std::remove_if(m_pending.begin(), m_pending.end(), [](const Pending& p) { return p.rowsLeft <= 0; }), m_pending.end());
    m_pending.insert(m_pending.end(), started.begin(), started.end());
    while (!row.cells.empty() && row.cells.back().isEmpty())
        row.cells.pop_back();
    return true;
}

} // namespace cluedesk
