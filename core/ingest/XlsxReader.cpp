#include "ingest/XlsxReader.h"

#include "ingest/XlsxSheetParser.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>

namespace cluedesk {
namespace {

constexpr qint64 kReadChunk = 256 * 1024; // bytes of a part handed to the XML parser at a time

QString resolvePart(const QString& target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString t = target;
    QString base = QStringLiteral("xl");
    while (t.startsWith(QLatin1String("../"))) {
        t = t.mid(3);
        base.clear();
    }
    return base.isEmpty() ? t : base + u'/' + t;
}

} // namespace

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader()
{
    m_sheet.reset();
    m_part.reset(); // before the archive it reads from
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString& path, const ReaderOptions& options)
{
    std::unique_ptr<XlsxReader> r(new XlsxReader());
    r->m_path = path;
    r->m_fileName = QFileInfo(path).fileName();
    r->m_options = options;
    r->m_zip = ZipArchive::open(path);
    if (!r->m_zip)
        return fail(QCoreApplication::translate("XlsxReader",
                        "%1 is damaged: it is not a complete .xlsx (zip) file. Ask for the file again or re-save it "
                        "in Excel/WPS.")
                        .arg(r->m_fileName),
            QStringLiteral("xlsx.bad-zip"));
    if (Status s = r->readWorkbook(); !s)
        return s.error();
    if (Status s = r->readSharedStrings(); !s)
        return s.error();
    if (Status s = r->readStyles(); !s)
        return s.error();
    return r;
}

bool XlsxReader::openPart(const QString& part)
{
    m_xml.setDevice(nullptr);
    m_part.reset();
    m_part = m_zip->openPart(part, &m_partProblem);
    if (!m_part)
        return false;
    m_xml.clear();
    m_xml.setDevice(m_part.get());
    return true;
}

QString XlsxReader::partTooLarge(const QString& part) const
{
    return QCoreApplication::translate("XlsxReader",
        "%1: the part %2 would unpack to an absurd size for its packed size (a zip bomb, or a damaged file); it "
        "was not read.")
        .arg(m_fileName, part);
}

QString XlsxReader::xmlProblem() const
{
    if (m_part && !m_part->problem().isEmpty())
        return m_part->problem();
    return m_sheet && m_sheet->failed() ? m_sheet->error() : m_xml.errorString();
}

Status XlsxReader::readWorkbook()
{
    // Relationship ids to part names.
    QHash<QString, QString> targets;
    if (openPart(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.name() == QLatin1String("Relationship"))
                targets.insert(m_xml.attributes().value(QLatin1String("Id")).toString(),
                    resolvePart(m_xml.attributes().value(QLatin1String("Target")).toString()));
        }
    }
    if (!openPart(QStringLiteral("xl/workbook.xml")))
        return fail(QCoreApplication::translate(
                        "XlsxReader", "%1 is a zip file but not an Excel workbook (no xl/workbook.xml); expected .xlsx.")
                        .arg(m_fileName),
            QStringLiteral("xlsx.not-workbook"));
    int ordinal = 0;
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        m_xml.readNext();
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() == QLatin1String("workbookPr")) {
            const auto v = m_xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (m_xml.name() == QLatin1String("sheet")) {
            ++ordinal;
            const auto attrs = m_xml.attributes();
            QString rid;
            for (const auto& a : attrs)
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
            QString part = targets.value(rid);
            if (part.isEmpty())
                part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(ordinal);
            if (part.contains(QLatin1String("chartsheet")))
                continue;
            m_sheets.push_back({attrs.value(QLatin1String("name")).toString(), part});
        }
    }
    if (m_xml.hasError())
        return fail(QCoreApplication::translate("XlsxReader", "%1 is damaged: its workbook part cannot be read (%2).")
                        .arg(m_fileName, xmlProblem()),
            QStringLiteral("xlsx.bad-workbook"));
    if (m_sheets.empty())
        return fail(
            QCoreApplication::translate("XlsxReader", "%1 has no worksheets.").arg(m_fileName), QStringLiteral("xlsx.no-sheets"));
    return success();
}

Status XlsxReader::readSharedStrings()
{
    if (!openPart(QStringLiteral("xl/sharedStrings.xml"))) {
        if (m_partProblem == ZipArchive::Problem::TooLarge)
            return fail(partTooLarge(QStringLiteral("xl/sharedStrings.xml")), QStringLiteral("xlsx.too-large"));
        return success(); // workbooks with inline strings only have none
    }
    // Excel keeps every text cell here: a million-row list makes this part as large as its sheet.
    m_xml.setDevice(nullptr);
    XlsxSharedStringsParser strings(m_shared);
    QByteArray buffer(kReadChunk, Qt::Uninitialized);
    while (!strings.failed()) {
        const qint64 n = m_part->read(buffer.data(), kReadChunk);
        if (n <= 0) {
            strings.feed(nullptr, 0, true);
            break;
        }
        strings.feed(buffer.constData(), int(n), false);
    }
    if (strings.failed() || !m_part->problem().isEmpty())
        return fail(QCoreApplication::translate("XlsxReader", "%1 is damaged: its shared strings cannot be read (%2).")
                        .arg(m_fileName, m_part->problem().isEmpty() ? strings.error() : m_part->problem()),
            QStringLiteral("xlsx.bad-strings"));
    return success();
}

bool XlsxReader::isDateFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    // Strip quoted literals, escapes and [colour]/[locale] sections, then look for date letters.
    QString c;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar ch = code[i];
        if (ch == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (ch == u'\\' || ch == u'_' || ch == u'*') {
            ++i;
        } else if (ch == u'[') {
            const qsizetype close = code.indexOf(u']', i);
            const QString inner = code.mid(i + 1, close - i - 1).toLower();
            if (inner == QLatin1String("h") || inner == QLatin1String("hh") || inner == QLatin1String("mm") ||
                inner == QLatin1String("ss"))
                c += inner;
            if (close < 0)
                break;
            i = close;
        } else {
            c += ch.toLower();
        }
    }
    if (c == QLatin1String("general") || c == QLatin1String("@"))
        return false;
    for (QChar ch : c)
        if (ch == u'y' || ch == u'd' || ch == u'm' || ch == u'h' || ch == u'e')
            return true;
    return false;
}

Status XlsxReader::readStyles()
{
    if (!openPart(QStringLiteral("xl/styles.xml")))
        return success();
    QHash<int, QString> customFormats;
    bool inCellXfs = false;
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        m_xml.readNext();
        if (m_xml.isStartElement()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("numFmt")) {
                customFormats.insert(m_xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                    m_xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (name == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (name == QLatin1String("xf") && inCellXfs) {
                const int id = m_xml.attributes().value(QLatin1String("numFmtId")).toInt();
                m_dateStyle.push_back(isDateFormat(id, customFormats.value(id)));
            }
        } else if (m_xml.isEndElement() && m_xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    // A damaged styles part costs only date recognition; numbers still come through.
    return success();
}

QStringList XlsxReader::sheets() const
{
    QStringList names;
    for (const auto& s : m_sheets)
        names << s.name;
    return names;
}

bool XlsxReader::openSheet(int index)
{
    m_error.reset();
    m_sheetIndex = index;
    m_sheetDone = false;
    m_sheet.reset();
    if (index < 0 || index >= int(m_sheets.size()))
        return false;
    if (!openPart(m_sheets[size_t(index)].part)) {
        if (m_partProblem == ZipArchive::Problem::TooLarge) {
            setError(partTooLarge(m_sheets[size_t(index)].part), QStringLiteral("xlsx.too-large"));
            return false;
        }
        setError(
            QCoreApplication::translate("XlsxReader", "%1: the sheet \"%2\" is missing from the file (%3); the file is damaged.")
                .arg(m_fileName, m_sheets[size_t(index)].name, m_sheets[size_t(index)].part),
            QStringLiteral("xlsx.missing-sheet"));
        return false;
    }
    m_xml.setDevice(nullptr); // the sheet's rows are parsed by XlsxSheetParser from the part's bytes
    m_sheet =
        std::make_unique<XlsxSheetParser>(XlsxSheetParser::Workbook{&m_shared, &m_dateStyle, m_date1904, m_options.maxCellChars});
    return true;
}

QString XlsxReader::serialToIso(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465)
        return {};
    double whole = std::floor(serial);
    const double fraction = serial - whole;
    QDate base;
    if (date1904)
        base = QDate(1904, 1, 1);
    else if (whole < 60)
        base = QDate(1899, 12, 31); // serial 1 is 1900-01-01
    else
        base = QDate(1899, 12, 30); // Excel counts a 29 February 1900 that never was
    const QDate date = base.addDays(qint64(whole));
    if (fraction < 1e-9)
        return date.toString(Qt::ISODate);
    const int seconds = int(std::lround(fraction * 86400.0));
    return QDateTime(date, QTime(0, 0)).addSecs(seconds).toString(Qt::ISODate);
}

bool XlsxReader::next(TableRow& row)
{
    row.cells.clear();
    row.problem.clear();
    row.problemCode.clear();
    if (m_sheetDone || !m_part || !m_sheet)
        return false;
    while (!m_sheet->takeRow(row)) {
        if (m_sheet->finished() || m_sheet->failed()) {
            if (m_sheet->failed())
                setError(QCoreApplication::translate("XlsxReader",
                             "%1, sheet \"%2\": the file breaks off or is damaged after row %3 (%4); rows up to there "
                             "were read.")
                             .arg(m_fileName, m_sheets[size_t(m_sheetIndex)].name)
                             .arg(m_sheet->lastRow())
                             .arg(xmlProblem()),
                    QStringLiteral("xlsx.damaged-sheet"));
            m_sheetDone = true;
            return false;
        }
        if (m_buffer.size() != kReadChunk)
            m_buffer.resize(kReadChunk);
        const qint64 n = m_part->read(m_buffer.data(), kReadChunk);
        if (n > 0)
            m_sheet->feed(m_buffer.constData(), int(n), false);
        else
            m_sheet->feed(nullptr, 0, true); // the end of the part, or where inflating stopped
    }
    return true;
}

double XlsxReader::progress() const
{
    if (!m_part || m_part->size() <= 0)
        return 1.0;
    return double(m_part->consumed()) / double(m_part->size());
}

} // namespace cluedesk
