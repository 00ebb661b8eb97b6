#include "ingest/DatasetCatalog.h"

#include "pool/Pool.h"
#include "security/Access.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <stdexcept>

namespace cluedesk {

const DatasetCatalog& DatasetCatalog::builtIn()
{
    static const DatasetCatalog catalog = [] {
        DatasetCatalog c;
        const QDir dir(QStringLiteral(":/cluedesk/datasets"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::ReadOnly);
            auto t = DatasetType::fromJson(QJsonDocument::fromJson(f.readAll()).object());
            if (!t) // a broken built-in is a build defect, caught by the catalogue test
                throw std::logic_error(
                    QString(QStringLiteral("built-in dataset type ") + name + QStringLiteral(": ") + t.error().message)
                        .toStdString());
            t->builtIn = true;
            c.m_types.push_back(std::move(t.value()));
        }
        return c;
    }();
    return catalog;
}

DatasetCatalog DatasetCatalog::forPool(Pool& pool)
{
    DatasetCatalog c = builtIn();
    Statement st = pool.db().prepare(QStringLiteral("SELECT definition FROM dataset_types ORDER BY id"));
    while (st.step()) {
        auto t = DatasetType::fromJson(QJsonDocument::fromJson(st.text(0).toUtf8()).object());
        if (t && !c.find(t->id))
            c.m_types.push_back(std::move(t.value()));
    }
    return c;
}

const DatasetType* DatasetCatalog::find(const QString& id) const
{
    for (const DatasetType& t : m_types)
        if (t.id == id)
            return &t;
    return nullptr;
}

Status DatasetCatalog::saveCustom(Pool& pool, const DatasetType& type)
{
    if (Status s = Access::require(pool, Permission::EditModels); !s) // types shape what models read
        return s;
    if (builtIn().find(type.id))
        return fail(QCoreApplication::translate("DatasetCatalog", "\"%1\" is a built-in dataset type; give your type another id.")
                        .arg(type.id),
            QStringLiteral("type.builtin"));
    pool.db()
        .prepare(QStringLiteral("INSERT INTO dataset_types(id, definition, created_at, created_by) VALUES(?1, ?2, ?3, ?4) "
                                "ON CONFLICT(id) DO UPDATE SET definition = excluded.definition"))
        .bind(1, type.id)
        .bind(2, QString::fromUtf8(QJsonDocument(type.toJson()).toJson(QJsonDocument::Compact)))
        .bind(3, pool.nowText())
        .bind(4, pool.user())
        .run();
    return success();
}

} // namespace cluedesk
