#include "screening/ModelLibrary.h"

#include "security/Access.h"
#include "security/AuditLog.h"

#include "ingest/DatasetCatalog.h"
#include "pool/Pool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <stdexcept>

namespace cluedesk {

const std::vector<ModelDefinition>& ModelLibrary::builtIns()
{
    static const std::vector<ModelDefinition> models = [] {
        std::vector<ModelDefinition> out;
        const QDir dir(QStringLiteral(":/cluedesk/models"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::ReadOnly);
            auto m = ModelDefinition::fromBytes(f.readAll(), name);
            if (!m) // a broken built-in is a build defect, caught by the model tests
                throw std::logic_error(QString(name + QStringLiteral(": ") + m.error().message).toStdString());
            m->builtIn = true;
            out.push_back(std::move(m.value()));
        }
        return out;
    }();
    return models;
}

ModelLibrary ModelLibrary::forPool(Pool& pool)
{
    ModelLibrary lib;
    std::map<QString, bool> enabled;
    std::vector<ModelDefinition> office;
    Statement st = pool.db().prepare(QStringLiteral("SELECT id, definition, enabled FROM models ORDER BY id"));
    while (st.step()) {
        enabled[st.text(0)] = st.int64(2) != 0;
        if (!st.isNull(1))
            if (auto m = ModelDefinition::fromBytes(st.text(1).toUtf8(), st.text(0)))
                office.push_back(std::move(m.value()));
    }
    for (const ModelDefinition& m : builtIns())
        lib.m_entries.push_back({m, enabled.count(m.id) ? enabled[m.id] : true});
    for (ModelDefinition& m : office)
        if (!lib.find(m.id))
            lib.m_entries.push_back({std::move(m), enabled[m.id]});
    return lib;
}

const ModelEntry* ModelLibrary::find(const QString& id) const
{
    for (const ModelEntry& e : m_entries)
        if (e.model.id == id)
            return &e;
    return nullptr;
}

Status ModelLibrary::save(Pool& pool, const ModelDefinition& model, const DatasetCatalog& catalog)
{
    if (Status s = Access::require(pool, Permission::EditModels); !s)
        return s;
    for (const ModelDefinition& b : builtIns())
        if (b.id == model.id)
            return fail(
                QCoreApplication::translate("ModelLibrary", "\"%1\" is a built-in model; save your version under another id.")
                    .arg(model.id),
                QStringLiteral("model.builtin"));
    if (Status s = model.check(catalog); !s)
        return s;
    pool.db()
        .prepare(
            QStringLiteral("INSERT INTO models(id, definition, enabled, updated_at, updated_by) VALUES(?1, ?2, 1, ?3, ?4) "
                           "ON CONFLICT(id) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at, "
                           "updated_by = excluded.updated_by"))
        .bind(1, model.id)
        .bind(2, QString::fromUtf8(QJsonDocument(model.toJson()).toJson(QJsonDocument::Indented)))
        .bind(3, pool.nowText())
        .bind(4, pool.user())
        .run();
    AuditLog(pool).record(QStringLiteral("model.save"), model.id);
    return success();
}

Status ModelLibrary::setEnabled(Pool& pool, const QString& id, bool enabled)
{
    if (Status s = Access::require(pool, Permission::EditModels); !s)
        return s;
    if (!forPool(pool).find(id))
        return fail(
            QCoreApplication::translate("ModelLibrary", "There is no model \"%1\".").arg(id), QStringLiteral("model.unknown"));
    pool.db()
        .prepare(
            QStringLiteral("INSERT INTO models(id, definition, enabled, updated_at, updated_by) VALUES(?1, NULL, ?2, ?3, ?4) "
                           "ON CONFLICT(id) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at, "
                           "updated_by = excluded.updated_by"))
        .bind(1, id)
        .bind(2, enabled ? 1 : 0)
        .bind(3, pool.nowText())
        .bind(4, pool.user())
        .run();
    AuditLog(pool).record(enabled ? QStringLiteral("model.enable") : QStringLiteral("model.disable"), id);
    return success();
}

Status ModelLibrary::remove(Pool& pool, const QString& id)
{
    for (const ModelDefinition& b : builtIns())
        if (b.id == id)
            return fail(
                QCoreApplication::translate("ModelLibrary", "\"%1\" is a built-in model; it can be switched off, not removed.")
                    .arg(id),
                QStringLiteral("model.builtin"));
    pool.db().prepare(QStringLiteral("DELETE FROM models WHERE id = ?1 AND definition IS NOT NULL")).bind(1, id).run();
    if (pool.db().changes() == 0)
        return fail(QCoreApplication::translate("ModelLibrary", "There is no office model \"%1\".").arg(id),
            QStringLiteral("model.unknown"));
    return success();
}

} // namespace cluedesk
