#include "assistance/PoolGroups.h"

#include "ingest/DatasetCatalog.h"
#include "pool/DatasetStore.h"
#include "pool/Pool.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cluedesk {

int PoolGroups::disabilityLevel(const QString& text)
{
    static const std::vector<std::pair<int, QStringList>> words = {
        {1, {QStringLiteral("一级"), QStringLiteral("1级"), QStringLiteral("壹级"), QStringLiteral("一")}},
        {2, {QStringLiteral("二级"), QStringLiteral("2级"), QStringLiteral("贰级"), QStringLiteral("二")}},
        {3, {QStringLiteral("三级"), QStringLiteral("3级"), QStringLiteral("叁级"), QStringLiteral("三")}},
        {4, {QStringLiteral("四级"), QStringLiteral("4级"), QStringLiteral("肆级"), QStringLiteral("四")}},
    };
    const QString t = text.trimmed();
    for (const auto& [level, forms] : words)
        for (const QString& f : forms)
            if (t.contains(f))
                return level;
    bool ok = false;
    const int n = t.toInt(&ok);
    return ok && n >= 1 && n <= 4 ? n : 0;
}

std::vector<GroupFinding> PoolGroups::find(Pool& pool, const QString& personKey, const ParameterSet& params)
{
    // list type -> the group it puts a person in (the disabled list depends on the level)
    static const std::map<QString, QString> groupOf = {
        {QStringLiteral("children-in-distress"), QStringLiteral("children-in-distress")},
        {QStringLiteral("special-care"), QStringLiteral("key-special-care")},
        {QStringLiteral("women-in-need"), QStringLiteral("women-in-need")},
        {QStringLiteral("workers-in-difficulty"), QStringLiteral("workers-in-difficulty")},
        {QStringLiteral("medical-aid"), QStringLiteral("medical-aid")},
        {QStringLiteral("subsistence"), QStringLiteral("other-in-need")},
        {QStringLiteral("poverty-monitoring"), QStringLiteral("other-in-need")}};
    const DatasetCatalog catalog = DatasetCatalog::forPool(pool);
    std::vector<GroupFinding> out;
    Statement st = pool.db().prepare(QStringLiteral(
        "SELECT d.type, f.file_name, r.row_no, r.data FROM record_persons rp JOIN records r ON r.id = rp.record_id "
        "JOIN current_datasets d ON d.id = rp.dataset_id JOIN dataset_files f ON f.id = r.file_id "
        "WHERE %1 ORDER BY d.type, r.row_no")
                                         .arg(DatasetStore::personRowsSql(u"rp", u"= ?1")));
    st.bind(1, personKey);
    while (st.step()) {
        const QString type = st.text(0);
        const QJsonObject data = QJsonDocument::fromJson(st.text(3).toUtf8()).object();
        QString group, value;
        if (type == QLatin1String("disabled")) {
            value = data.value(QStringLiteral("level")).toString();
            const int level = disabilityLevel(value);
            if (level == 0)
                continue; // the level decides the group: an unreadable one is left to the officer
            group = level <= 2 ? QStringLiteral("disabled-1-2") : QStringLiteral("disabled-3-4");
        } else if (const auto it = groupOf.find(type); it != groupOf.end()) {
            group = it->second;
            value = data.value(QStringLiteral("category")).toString();
        } else {
            continue;
        }
        if (!params.group(group) ||
            std::any_of(out.begin(), out.end(), [&](const GroupFinding& g) { return g.groupId == group; }))
            continue;
        const DatasetType* t = catalog.find(type);
        const QString where = QStringLiteral("%1 #%2").arg(st.text(1)).arg(st.int64(2));
        out.push_back({group, t ? t->title : LocalText{type, type},
            value.isEmpty() ? where : QStringLiteral("%1（%2）").arg(where, value)});
    }
    return out;
}

} // namespace cluedesk
