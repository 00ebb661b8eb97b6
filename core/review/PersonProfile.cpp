#include "review/PersonProfile.h"

#include "security/AuditLog.h"
#include "security/Disclosure.h"

#include "identity/IdNumber.h"
#include "ingest/DatasetCatalog.h"
#include "pool/DatasetStore.h"
#include "pool/Pool.h"
#include "screening/LocalArea.h"
#include "screening/ModelLibrary.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cluedesk {

Result<PersonProfile> PersonProfile::load(Pool& pool, const QString& idText, const DatasetCatalog& catalog)
{
    const IdParse parsed = IdParser::parse(idText, pool.now().date());
    if (!parsed.ok())
        return fail(parsed.message(), QStringLiteral("person.bad-id"));
    PersonProfile p;
    p.key = parsed.id->key();
    p.birth = parsed.id->birthDate();
    p.male = parsed.id->sex() == Sex::Male;
    p.age = parsed.id->ageOn(pool.now().date());
    p.region = parsed.id->regionCode();

    Statement st = pool.db().prepare(
        QStringLiteral("SELECT rp.record_id, rp.dataset_id, d.type, d.stream, f.file_name, r.sheet, d.as_of, r.row_no, rp.role, "
                       "%1, %2, "
                       "r.data, (SELECT count(*) FROM current_datasets c WHERE c.id = d.id) "
                       "FROM record_persons rp JOIN records r ON r.id = rp.record_id JOIN datasets d ON d.id = rp.dataset_id "
                       "JOIN dataset_files f ON f.id = r.file_id WHERE %3 ORDER BY d.type, d.as_of DESC, f.file_name, r.row_no")
            .arg(DatasetStore::nameWrittenSql(u"rp"), DatasetStore::idWrittenSql(u"rp"),
                DatasetStore::personRowsSql(u"rp", u"= ?1")));
    st.bind(1, p.key);
    while (st.step()) {
        ProfileRecord r;
        r.recordId = st.int64(0);
        r.datasetId = st.int64(1);
        r.type = st.text(2);
        const DatasetType* t = catalog.find(r.type);
        r.typeTitle = t ? t->title.text() : r.type;
        r.stream = st.text(3);
        r.fileName = st.text(4);
        r.sheet = st.text(5);
        r.asOf = st.text(6);
        r.row = st.int64(7);
        r.role = st.text(8);
        r.nameWritten = st.text(9);
        r.idWritten = st.text(10);
        r.fields = QJsonDocument::fromJson(st.text(11).toUtf8()).object();
        r.current = st.int64(12) > 0;
        if (!r.nameWritten.trimmed().isEmpty() && !p.names.contains(r.nameWritten.trimmed()))
            p.names << r.nameWritten.trimmed();
        if (r.type == QLatin1String("judicial-aid") && r.current)
            p.judicialAidGiven = true;
        p.records.push_back(std::move(r));
    }
    // Local by the county's region codes or by an address in the person's rows.
    if (const LocalArea area = LocalArea::fromSettings(pool); area.isSet()) {
        QStringList addresses;
        for (const ProfileRecord& r : p.records)
            if (const QString a = r.fields.value(QStringLiteral("address")).toString(); !a.isEmpty())
                addresses << a;
        p.local = !area.match(p.key, addresses).how.isEmpty();
    }
    // The stores hand out keys as this user may see them: compare with the key in that form.
    const QString shown = Disclosure::id(pool, p.key);
    CaseFileStore files(pool);
    Statement facts = pool.db().prepare(QStringLiteral(
        "SELECT DISTINCT casefile_id FROM casefile_facts WHERE kind = 'victim' AND json_extract(detail, '$.id') = ?1"));
    facts.bind(1, p.key);
    while (facts.step())
        for (const StoredFact& f : files.facts(facts.int64(0)))
            if (f.kind == QLatin1String("victim") && f.detail.value(QStringLiteral("id")).toString() == shown)
                p.caseFileMentions.push_back(f);
    ClueFilter filter;
    filter.search = p.key;
    ReviewStore review(pool);
    const ModelLibrary library = ModelLibrary::forPool(pool);
    for (const ClueRow& c : ClueStore(pool).list(filter)) {
        if (c.personKey != shown)
            continue;
        const ModelEntry* m = library.find(c.modelId);
        p.clues.push_back({c, m ? m->model.title.text() : c.modelId, review.events(c.id), review.notes(c.id)});
    }
    p.visits = VisitStore(pool).forPerson(p.key);
    AuditLog(pool).record(QStringLiteral("person.view"), p.key);
    p.calculations = CalculationStore(pool).forPerson(p.key);
    LetterRegister letters(pool);
    for (const ProfileClue& c : p.clues)
        for (IssuedLetter& l : letters.forClue(c.clue.id))
            if (std::none_of(p.letters.begin(), p.letters.end(), [&](const IssuedLetter& x) { return x.id == l.id; }))
                p.letters.push_back(std::move(l));
    if (shown != p.key) { // a role that may not see full IDs gets none in the profile either
        for (ProfileRecord& r : p.records) {
            r.idWritten = Disclosure::maskIdNumbers(r.idWritten);
            r.fields = Disclosure::maskIdNumbers(r.fields);
        }
        for (Visit& v : p.visits)
            v.personKey = shown;
        p.key = shown;
    }
    return p;
}

} // namespace cluedesk
