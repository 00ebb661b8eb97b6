#include "ingest/ColumnMapping.h"

#include "util/Text.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace cluedesk {
namespace {

int columnFromLetters(const QString& s)
{
    static const QRegularExpression letters(QStringLiteral("^[A-Z]{1,3}$"));
    if (!letters.match(s).hasMatch())
        return -1;
    int col = 0;
    for (QChar c : s)
        col = col * 26 + (c.unicode() - u'A' + 1);
    return col - 1;
}

} // namespace

std::optional<int> ColumnMapping::column(const QString& field) const
{
    const auto it = fieldColumn.find(field);
    if (it == fieldColumn.end())
        return std::nullopt;
    return it->second;
}

QString ColumnMapping::describeColumn(int column) const
{
    const QString letters = text::columnLetters(column);
    const QString header = column < headers.size() ? headers[column] : QString();
    return header.isEmpty() ? letters : QStringLiteral("%1 (%2)").arg(letters, header);
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject o;
    for (const auto& [field, col] : fieldColumn)
        o.insert(text::columnLetters(col), field);
    return o;
}

QString HeaderMatcher::normalise(QStringView header)
{
    QString s = text::removeSpaces(text::foldWidth(header));
    s.remove(u'*').remove(u'★').remove(u'：').remove(u':');
    static const QRegularExpression notes(QStringLiteral("[(（\\[【][^)）\\]】]*[)）\\]】]"));
    const QString stripped = QString(s).remove(notes);
    return stripped.isEmpty() ? s : stripped;
}

int HeaderMatcher::match(const QStringList& headers, const DatasetType& type, std::map<QString, int>& out)
{
    struct Candidate {
        int quality;
        int column;
        const FieldDef* field;
    };
    std::vector<Candidate> candidates;
    QStringList normal;
    for (const QString& h : headers)
        normal << normalise(h);
    for (const FieldDef& f : type.fields) {
        for (int a = 0; a < f.columns.size(); ++a) {
            const QString alias = normalise(f.columns[a]);
            for (int c = 0; c < normal.size(); ++c) {
                if (normal[c].isEmpty())
                    continue;
                if (normal[c] == alias)
                    candidates.push_back({100000 - a, c, &f}); // exact: earlier aliases win
                else if (alias.size() >= 2 && normal[c].contains(alias) && normal[c].size() <= alias.size() + 8)
                    candidates.push_back({int(alias.size()) * 100 - a, c, &f}); // "被害人身份证号码（18位）"
            }
        }
    }
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.quality > b.quality; });
    std::vector<bool> columnUsed(size_t(headers.size()), false);
    out.clear();
    for (const Candidate& c : candidates) {
        if (columnUsed[size_t(c.column)] || out.count(c.field->name))
            continue;
        out[c.field->name] = c.column;
        columnUsed[size_t(c.column)] = true;
    }
    return int(out.size());
}

Status HeaderMatcher::applyOverride(const MappingOverride& override, const DatasetType& type, ColumnMapping& mapping)
{
    if (override.complete)
        mapping.fieldColumn.clear();
    for (auto it = override.columns.cbegin(); it != override.columns.cend(); ++it) {
        if (!type.field(it.value()))
            return fail(
                QCoreApplication::translate("ColumnMapping", "the mapping names field \"%1\", which type \"%2\" does not have")
                    .arg(it.value(), type.id),
                QStringLiteral("mapping.unknown-field"));
        int col = columnFromLetters(it.key());
        if (col < 0) {
            const QString wanted = normalise(it.key());
            for (int c = 0; c < mapping.headers.size(); ++c)
                if (normalise(mapping.headers[c]) == wanted)
                    col = c;
        }
        if (col < 0)
            return fail(QCoreApplication::translate(
                            "ColumnMapping", "the mapping names column \"%1\", which the header row %2 does not have")
                            .arg(it.key())
                            .arg(mapping.headerRow),
                QStringLiteral("mapping.unknown-column"));
        for (auto f = mapping.fieldColumn.begin(); f != mapping.fieldColumn.end();)
            f = f->second == col ? mapping.fieldColumn.erase(f) : std::next(f);
        mapping.fieldColumn[it.value()] = col;
    }
    return success();
}

Result<MappingOverride> MappingOverride::fromJson(const QByteArray& json, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return fail(QCoreApplication::translate("ColumnMapping",
                        "%1 is not a valid mapping file: %2 at character %3; expected a JSON object like "
                        "{\"columns\": {\"身份证\": \"id_number\"}}")
                        .arg(fileName, error.errorString())
                        .arg(error.offset),
            QStringLiteral("mapping.bad-json"));
    const QJsonObject o = doc.object();
    MappingOverride m;
    m.type = o.value(QStringLiteral("type")).toString();
    m.headerRow = o.value(QStringLiteral("header_row")).toInteger(0);
    m.complete = o.value(QStringLiteral("complete")).toBool(false);
    const QJsonObject cols = o.value(QStringLiteral("columns")).toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it)
        m.columns.insert(it.key(), it.value().toString());
    return m;
}

Result<MappingOverride> MappingOverride::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("ColumnMapping", "Cannot read the mapping file %1: %2").arg(path, f.errorString()),
            QStringLiteral("file.unreadable"));
    return fromJson(f.readAll(), QFileInfo(path).fileName());
}

} // namespace cluedesk
